// Every change the explorer's view state can undergo.
import type { Graph, Path, TimeOrderSearch, Triple } from '@kgx/contract';
import type { LayoutName } from '../graph-view/layouts.ts';
import type {
  CanvasPoint,
  CanvasViewport,
  NeighborFilter,
  Notice,
  PanelId,
  PathForm,
  PathQuery,
  ReaderState,
  RelationQuery,
  TimelineState,
  Truncation,
} from './explorer-state.ts';

/** Undo and Redo, which step through the canvas history rather than change the view themselves. */
export type HistoryAction = { type: 'history/undo' } | { type: 'history/redo' };

/** `label` says what the change is in Undo's title ("expand Ruben Vardanyan"); a replace without one is not undoable. */
export type ExplorerAction =
  | HistoryAction
  /** `keepPlaces`: what is on the canvas stays where it is drawn, and what comes is laid out around it. */
  | {
      type: 'graph/merge';
      graph: Graph;
      select?: string[];
      label?: string;
      keepPlaces?: boolean;
      /** Merges of one group, one right after another, are one undo step and one Back step (a playback's steps). */
      group?: string;
    }
  | { type: 'graph/replace'; graph: Graph; select?: string[]; label?: string }
  | { type: 'graph/clear' }
  | { type: 'nodes/remove'; ids: string[] }
  | { type: 'nodes/hide'; ids: string[] }
  | { type: 'nodes/show'; ids?: string[] }
  | { type: 'nodes/pin'; ids: string[]; pinned: boolean }
  | { type: 'selection/set'; ids: string[] }
  | { type: 'panel/set'; panel: PanelId }
  | { type: 'layout/set'; layout: LayoutName }
  | { type: 'layout/rerun' }
  | { type: 'neighbor-filter/set'; filter: NeighborFilter }
  | { type: 'truncation/set'; truncation: Truncation }
  | { type: 'path-form/set'; form: Partial<PathForm> }
  | { type: 'path/start'; query: PathQuery; keepView?: boolean }
  | { type: 'path/done'; query: PathQuery; paths: Path[]; timeOrder?: TimeOrderSearch; hubDegree?: number }
  | { type: 'path/fail'; query: PathQuery; error: string }
  | { type: 'path/activate'; index: number | null }
  | { type: 'path/clear' }
  | { type: 'relation-form/set'; form: Partial<RelationQuery> }
  | { type: 'relations/start'; query: RelationQuery }
  | { type: 'relations/done'; query: RelationQuery; triples: Triple[]; total: number; truncated: boolean }
  | { type: 'relations/fail'; query: RelationQuery; error: string }
  | { type: 'relations/clear' }
  /** The whole who-did-what form emptied and its results cleared. */
  | { type: 'relations/reset' }
  | { type: 'timeline/set'; timeline: TimelineState }
  | { type: 'map/set'; open: boolean }
  | { type: 'table/set'; open: boolean }
  | { type: 'types/set-hidden'; types: string[] }
  /** Changes some of the timeline's settings, over what they are when it lands (an empty value clears one). */
  | { type: 'timeline/patch'; patch: Partial<TimelineState> }
  | { type: 'reader/open'; reader: ReaderState }
  | { type: 'reader/close' }
  /**
   * The canvas as a link or a Back step describes it: these entities and relations only, hidden and pinned as listed,
   * in this layout; placed where `positions` says (and zoomed and panned as `viewport` says) when it says anything.
   */
  | {
      type: 'view/restore';
      graph: Graph;
      hidden: string[];
      pinned: string[];
      layout: LayoutName;
      positions: Record<string, CanvasPoint>;
      viewport: CanvasViewport | null;
    }
  /** Where the canvas has drawn its nodes and how it is zoomed and panned, reported after a layout, a drag or a pan. */
  | { type: 'canvas/arranged'; positions: Record<string, CanvasPoint>; viewport: CanvasViewport }
  | { type: 'focus'; id: string }
  | { type: 'busy/start'; key: string; label: string }
  | { type: 'busy/end'; key: string }
  | { type: 'notice/show'; notice: Omit<Notice, 'id'> }
  | { type: 'notice/dismiss' };

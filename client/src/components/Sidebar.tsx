// The left sidebar: tabs for Explore, Paths, Who did what, Timeline, Documents, Cypher, Data, Review and Admin; panels stay mounted so their work survives a switch.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Role } from '@kgx/contract';
import { useMayDo } from '../state/session-store.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { PanelId } from '../state/explorer-state.ts';
import { ExplorePanel } from './ExplorePanel.tsx';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// Every panel but Explore is loaded when first opened, not with the page (a link that opens one loads it at once).
const PathFinder = onDemand(() => import('./PathFinder.tsx'), 'PathFinder');
const RelationQuery = onDemand(() => import('./RelationQuery.tsx'), 'RelationQuery');
const Timeline = onDemand(() => import('./Timeline.tsx'), 'Timeline');
const AdminPanel = onDemand(() => import('./AdminPanel.tsx'), 'AdminPanel');
const CypherConsole = onDemand(() => import('./CypherConsole.tsx'), 'CypherConsole');
const DocumentsPanel = onDemand(() => import('./DocumentsPanel.tsx'), 'DocumentsPanel');
const DataPanel = onDemand(() => import('./DataPanel.tsx'), 'DataPanel');
const ReviewPanel = onDemand(() => import('./ReviewPanel.tsx'), 'ReviewPanel');

const TABS: { id: PanelId; title: string; render: () => ReactNode; needs?: Role }[] = [
  { id: 'explore', title: 'Explore', render: () => <ExplorePanel /> },
  { id: 'paths', title: 'Paths', render: () => <PathFinder /> },
  { id: 'who', title: 'Who did what', render: () => <RelationQuery /> },
  { id: 'timeline', title: 'Timeline', render: () => <Timeline /> },
  { id: 'documents', title: 'Documents', render: () => <DocumentsPanel /> },
  { id: 'cypher', title: 'Cypher', render: () => <CypherConsole /> },
  { id: 'data', title: 'Data', render: () => <DataPanel /> },
  { id: 'review', title: 'Review', render: () => <ReviewPanel />, needs: 'editor' },
  { id: 'admin', title: 'Admin', render: () => <AdminPanel />, needs: 'admin' },
];

const WIDE_PANELS: readonly PanelId[] = ['who', 'cypher', 'review', 'admin'];

/** The tools; `open` false hides them (panels stay mounted); `onClose` is given where they are a drawer over the canvas. */
export function Sidebar({ open, onClose }: { open: boolean; onClose?: () => void }) {
  const { state, dispatch } = useExplorer();
  const isAdmin = useMayDo('admin');
  const isEditor = useMayDo('editor');
  const tabs = TABS.filter((tab) => tab.needs === undefined || (tab.needs === 'admin' ? isAdmin : isEditor));
  // A shared link may open a panel this role does not have: show Explore instead.
  const panel = tabs.some((tab) => tab.id === state.panel) ? state.panel : 'explore';
  // A panel is mounted when first shown and stays mounted, so its work survives a switch.
  const [opened, setOpened] = useState<ReadonlySet<PanelId>>(() => new Set([panel]));
  if (!opened.has(panel)) setOpened(new Set([...opened, panel]));

  /** Arrow keys move between the tabs (and open the one reached), Home and End go to the first and last. */
  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === panel);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowDown: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      ArrowUp: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key] ?? null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    dispatch({ type: 'panel/set', panel: tab.id });
    document.getElementById(`tab-${tab.id}`)?.focus();
  }

  return (
    <section
      className={`sidebar${WIDE_PANELS.includes(panel) ? ' is-wide' : ''}`}
      id={LANDMARK_IDS.tools}
      tabIndex={-1}
      aria-label="Tools"
      data-testid="sidebar"
      data-panel={panel}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.stopPropagation();
          onClose();
          document.getElementById(LANDMARK_IDS.toolsToggle)?.focus();
        }
      }}
    >
      {onClose ? (
        <button type="button" className="drawer-close" data-testid="tools-close" aria-label="Close the tools" onClick={onClose}>
          ×
        </button>
      ) : null}
      <div className="tabs" role="tablist" aria-label="Tools" onKeyDown={onTabKey}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            tabIndex={panel === tab.id ? 0 : -1}
            aria-controls={`panel-${tab.id}`}
            className={`tab${panel === tab.id ? ' is-active' : ''}`}
            data-testid={`tab-${tab.id}`}
            onClick={() => dispatch({ type: 'panel/set', panel: tab.id })}
          >
            {tab.title}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <section
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          className="tab-panel"
          data-testid={`panel-${tab.id}`}
          hidden={panel !== tab.id}
        >
          <h2 className="visually-hidden">{tab.title}</h2>
          {opened.has(tab.id) ? <OnDemand fallback={<p className="muted panel-loading">Loading…</p>}>{tab.render()}</OnDemand> : null}
        </section>
      ))}
    </section>
  );
}

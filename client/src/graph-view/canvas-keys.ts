// The canvas's own keys, for when it has the focus: what each key asks for, and the words that tell a user about them.
import type { ArrowDirection } from './direction.ts';

export type CanvasKeyCommand =
  /** To the neighbour along a relation that lies in the arrow's direction. */
  | { kind: 'move'; direction: ArrowDirection }
  /** To the next (or previous) relation of the entity in focus, going round it clockwise. */
  | { kind: 'relation'; step: 1 | -1 }
  /** Among the entities shown, in order of name. */
  | { kind: 'entity'; to: 'first' | 'last' | 'next' | 'previous' }
  | { kind: 'select' }
  | { kind: 'expand' }
  | { kind: 'evidence' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const ARROWS: Readonly<Record<string, ArrowDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const ENTITY_STEPS: Readonly<Record<string, 'first' | 'last' | 'next' | 'previous'>> = {
  Home: 'first',
  End: 'last',
  PageDown: 'next',
  PageUp: 'previous',
};

/**
 * What a key pressed on the canvas asks for; null for any other key, and for any key held with Ctrl, Alt or Meta (the
 * browser's and the system's) or an arrow with Shift, so those keep their usual meaning. Letters work in either case,
 * and `+` whether or not the keyboard needs Shift for it.
 */
export function canvasKeyCommand(press: KeyPress): CanvasKeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const direction = ARROWS[press.key];
  if (direction !== undefined) return press.shiftKey ? null : { kind: 'move', direction };
  const step = ENTITY_STEPS[press.key];
  if (step !== undefined) return { kind: 'entity', to: step };
  switch (press.key) {
    case ']':
      return { kind: 'relation', step: 1 };
    case '[':
      return { kind: 'relation', step: -1 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'e':
    case 'E':
    case '+':
      return { kind: 'expand' };
    case 'v':
    case 'V':
      return { kind: 'evidence' };
    default:
      return null;
  }
}

export interface CanvasKeyHelp {
  keys: readonly string[];
  does: string;
}

/** The canvas's keys as the help lists them, and as the canvas describes itself to a screen reader. */
export const CANVAS_KEY_HELP: readonly CanvasKeyHelp[] = [
  { keys: ['Tab'], does: 'Focus the canvas, on the selected entity or else the most connected one' },
  { keys: ['←', '↑', '→', '↓'], does: 'Move along a relation to the neighbour in that direction' },
  { keys: ['[', ']'], does: 'Step round the relations of the entity in focus' },
  { keys: ['Enter', 'Space'], does: 'Select what has the focus and show its details' },
  { keys: ['E', '+'], does: 'Expand the entity in focus' },
  { keys: ['V'], does: 'Open the first quote of the relation in focus, or of the entity’s relations, in the reader' },
  { keys: ['Home', 'End'], does: 'First or last entity by name' },
  { keys: ['PgUp', 'PgDn'], does: 'Previous or next entity by name' },
];

/** The help as one paragraph, for the canvas's `aria-describedby`. */
export function describeCanvasKeys(help: readonly CanvasKeyHelp[] = CANVAS_KEY_HELP): string {
  const spoken: Readonly<Record<string, string>> = {
    '←': 'Left',
    '↑': 'Up',
    '→': 'Right',
    '↓': 'Down',
    PgUp: 'Page Up',
    PgDn: 'Page Down',
  };
  const sentences = help.map(
    ({ keys, does }) => `${keys.map((k) => spoken[k] ?? k).join(', ')}: ${does.charAt(0).toLowerCase()}${does.slice(1)}.`,
  );
  return `Keys on the canvas. ${sentences.join(' ')}`;
}

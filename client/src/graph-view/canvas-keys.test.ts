import { describe, expect, it } from 'vitest';
import { CANVAS_KEY_HELP, canvasKeyCommand, describeCanvasKeys, type KeyPress } from './canvas-keys.ts';

const press = (key: string, held: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

describe('canvasKeyCommand', () => {
  it('reads the arrows as moves in their direction', () => {
    expect(canvasKeyCommand(press('ArrowLeft'))).toEqual({ kind: 'move', direction: 'left' });
    expect(canvasKeyCommand(press('ArrowRight'))).toEqual({ kind: 'move', direction: 'right' });
    expect(canvasKeyCommand(press('ArrowUp'))).toEqual({ kind: 'move', direction: 'up' });
    expect(canvasKeyCommand(press('ArrowDown'))).toEqual({ kind: 'move', direction: 'down' });
  });

  it('steps round the relations with the brackets', () => {
    expect(canvasKeyCommand(press(']'))).toEqual({ kind: 'relation', step: 1 });
    expect(canvasKeyCommand(press('['))).toEqual({ kind: 'relation', step: -1 });
  });

  it('goes to the first, last, next and previous entity with Home, End, Page Down and Page Up', () => {
    expect(canvasKeyCommand(press('Home'))).toEqual({ kind: 'entity', to: 'first' });
    expect(canvasKeyCommand(press('End'))).toEqual({ kind: 'entity', to: 'last' });
    expect(canvasKeyCommand(press('PageDown'))).toEqual({ kind: 'entity', to: 'next' });
    expect(canvasKeyCommand(press('PageUp'))).toEqual({ kind: 'entity', to: 'previous' });
  });

  it('selects on Enter and Space, expands on E or +, opens the evidence on V, in either case', () => {
    expect(canvasKeyCommand(press('Enter'))).toEqual({ kind: 'select' });
    expect(canvasKeyCommand(press(' '))).toEqual({ kind: 'select' });
    expect(canvasKeyCommand(press('e'))).toEqual({ kind: 'expand' });
    expect(canvasKeyCommand(press('E', { shiftKey: true }))).toEqual({ kind: 'expand' });
    expect(canvasKeyCommand(press('+', { shiftKey: true }))).toEqual({ kind: 'expand' });
    expect(canvasKeyCommand(press('v'))).toEqual({ kind: 'evidence' });
    expect(canvasKeyCommand(press('V', { shiftKey: true }))).toEqual({ kind: 'evidence' });
  });

  it('leaves Tab, Escape, Delete, slash and other keys to the page', () => {
    for (const key of ['Tab', 'Escape', 'Delete', 'Backspace', '/', 'a', 'F5']) expect(canvasKeyCommand(press(key))).toBeNull();
    expect(canvasKeyCommand(press('Tab', { shiftKey: true }))).toBeNull();
  });

  it('leaves keys held with Ctrl, Alt or Meta, and Shift with an arrow, to the browser and the system', () => {
    expect(canvasKeyCommand(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(canvasKeyCommand(press('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(canvasKeyCommand(press('e', { ctrlKey: true }))).toBeNull();
    expect(canvasKeyCommand(press('v', { metaKey: true }))).toBeNull();
    expect(canvasKeyCommand(press('Home', { ctrlKey: true }))).toBeNull();
  });
});

describe('describeCanvasKeys', () => {
  it('says every key of the help, with the arrows and page keys in words', () => {
    const text = describeCanvasKeys();
    expect(text).toMatch(/^Keys on the canvas\. Tab: focus the canvas/);
    expect(text).toContain('Left, Up, Right, Down: move along a relation to the neighbour in that direction.');
    expect(text).toContain('Page Up, Page Down: previous or next entity by name.');
    expect(text.match(/: /g)).toHaveLength(CANVAS_KEY_HELP.length);
  });
});

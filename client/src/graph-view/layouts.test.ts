import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  FULL_FORCE_MAX_NODES,
  LAYOUTS,
  LAYOUT_TITLES,
  canLayOutIncrementally,
  isLayoutName,
  spreadFactor,
} from './layouts.ts';

describe('spreadFactor', () => {
  it('spreads a cramped draft layout to about one cell per node', () => {
    const factor = spreadFactor(5000, { w: 1000, h: 700 });
    const area = 1000 * factor * 700 * factor;
    expect(area / 5000).toBeCloseTo(75 * 75, 0);
  });

  it('never shrinks a layout that already has room', () => {
    expect(spreadFactor(10, { w: 5000, h: 5000 })).toBe(1);
  });

  it('copes with a degenerate box', () => {
    expect(Number.isFinite(spreadFactor(FULL_FORCE_MAX_NODES + 1, { w: 0, h: 0 }))).toBe(true);
  });
});

describe('the layout catalogue', () => {
  it('recognises exactly the layouts it offers, each with a title', () => {
    expect(LAYOUTS.every(isLayoutName)).toBe(true);
    expect(isLayoutName('spiral')).toBe(false);
    expect(Object.keys(LAYOUT_TITLES).sort()).toEqual([...LAYOUTS].sort());
  });

  it('starts with the force-directed layout, the only one that continues from where nodes are', () => {
    expect(LAYOUTS[0]).toBe(DEFAULT_LAYOUT);
    expect(LAYOUTS.filter(canLayOutIncrementally)).toEqual([DEFAULT_LAYOUT]);
  });
});

import { describe, expect, it } from 'vitest';
import { DODGE_GAP, dodgeMarkers, type DodgeItem } from './marker-dodge.ts';

function item(id: string, x: number, y: number, radius = 10): DodgeItem {
  return { id, x, y, radius };
}

function closestGap(items: readonly DodgeItem[], placed: ReadonlyMap<string, { x: number; y: number }>): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      const pa = a && placed.get(a.id);
      const pb = b && placed.get(b.id);
      if (!a || !b || !pa || !pb) continue;
      least = Math.min(least, Math.hypot(pa.x - pb.x, pa.y - pb.y) - a.radius - b.radius);
    }
  }
  return least;
}

describe('dodgeMarkers', () => {
  it('leaves markers that do not touch where they are', () => {
    const items = [item('place:a', 10, 10), item('place:b', 100, 10)];
    expect([...dodgeMarkers(items)]).toEqual([
      ['place:a', { x: 10, y: 10 }],
      ['place:b', { x: 100, y: 10 }],
    ]);
  });

  it('spreads markers piled on one spot until none covers another, staying close to it', () => {
    const pile = Array.from({ length: 12 }, (_, i) => item(`place:${i}`, 200, 150 + (i % 3) * 0.5));
    const placed = dodgeMarkers(pile);
    expect(closestGap(pile, placed)).toBeGreaterThanOrEqual(DODGE_GAP - 0.1);
    for (const position of placed.values()) expect(Math.hypot(position.x - 200, position.y - 150)).toBeLessThan(80);
  });

  it('keeps the larger marker on its true place and moves a smaller one it covers just clear of it', () => {
    const placed = dodgeMarkers([item('place:village', 105, 50, 8), item('place:country', 100, 50, 16)]);
    expect(placed.get('place:country')).toEqual({ x: 100, y: 50 });
    const village = placed.get('place:village');
    const distance = Math.hypot((village?.x ?? 0) - 100, (village?.y ?? 0) - 50);
    expect(distance).toBeGreaterThanOrEqual(16 + 8 + DODGE_GAP - 0.01);
    expect(distance).toBeLessThan(16 + 8 + DODGE_GAP + 6);
  });

  it('places the same markers the same way whatever order they come in', () => {
    const pile = [item('place:a', 50, 50), item('place:b', 50, 50), item('place:c', 51, 50)];
    expect(dodgeMarkers(pile)).toEqual(dodgeMarkers([...pile].reverse()));
  });
});

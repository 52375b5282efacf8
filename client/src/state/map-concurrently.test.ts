import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './map-concurrently.ts';

describe('mapConcurrently', () => {
  it('keeps order, records failures, and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrently([1, 2, 3, 4, 5], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await Promise.resolve();
      running--;
      if (n === 3) throw new Error('three');
      return n * 10;
    });
    expect(peak).toBeLessThanOrEqual(2);
    expect(results.map((r) => (r.ok ? r.value : 'failed'))).toEqual([10, 20, 'failed', 40, 50]);
  });

  it('handles no items', async () => {
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});

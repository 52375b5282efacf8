import { describe, expect, it } from 'vitest';
import { anchorsOf } from './scene.ts';

describe('anchorsOf', () => {
  it('finds the old entities the new ones hang from, once each', () => {
    const edges = [
      { source: 'old-a', target: 'new-1' },
      { source: 'new-2', target: 'old-a' },
      { source: 'new-1', target: 'new-2' },
      { source: 'old-b', target: 'old-c' },
      { source: 'new-3', target: 'old-d' },
    ];
    expect(anchorsOf(['new-1', 'new-2', 'new-3'], edges).sort()).toEqual(['old-a', 'old-d']);
  });

  it('finds none when nothing was added', () => {
    expect(anchorsOf([], [{ source: 'a', target: 'b' }])).toEqual([]);
  });
});

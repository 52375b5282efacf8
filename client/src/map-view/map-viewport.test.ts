import { describe, expect, it } from 'vitest';
import { IDENTITY_VIEW, MAX_MAP_ZOOM, MIN_MAP_ZOOM, applyView, panView, zoomAround } from './map-viewport.ts';

describe('zoomAround', () => {
  it('keeps the point under the pointer where it is', () => {
    const pointer = [120, 80] as const;
    const view = zoomAround(panView(IDENTITY_VIEW, 15, -7), 2.5, pointer);
    const projectedUnderPointer = [(120 - 15) / 1, (80 + 7) / 1] as const;
    const [x, y] = applyView(view, projectedUnderPointer);
    expect(x).toBeCloseTo(120);
    expect(y).toBeCloseTo(80);
    expect(view.k).toBeCloseTo(2.5);
  });

  it('stays within its zoom limits', () => {
    expect(zoomAround(IDENTITY_VIEW, 1e6, [0, 0]).k).toBe(MAX_MAP_ZOOM);
    expect(zoomAround(IDENTITY_VIEW, 1e-6, [0, 0]).k).toBe(MIN_MAP_ZOOM);
  });
});

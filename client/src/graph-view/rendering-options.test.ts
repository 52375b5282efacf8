import { describe, expect, it } from 'vitest';
import { LIMITS, renderingOptionsFor, sameRenderingOptions } from './rendering-options.ts';

describe('renderingOptionsFor', () => {
  it('draws small graphs in full', () => {
    expect(renderingOptionsFor(40, 60)).toEqual({
      edgeCurve: 'bezier',
      icons: true,
      labelOutline: true,
      animate: true,
      viewportShortcuts: false,
      webgl: false,
    });
  });

  it('draws very large graphs cheaply', () => {
    expect(renderingOptionsFor(5000, 10000)).toEqual({
      edgeCurve: 'haystack',
      icons: false,
      labelOutline: false,
      animate: false,
      viewportShortcuts: true,
      webgl: false,
    });
  });

  it('draws very large graphs with WebGL only where the browser draws it on a graphics processor', () => {
    const large = [5000, 10000] as const;
    expect(renderingOptionsFor(...large, { policy: 'auto', hardware: () => true }).webgl).toBe(true);
    // In software the 2D canvas is faster (bench:ui), so it stays.
    expect(renderingOptionsFor(...large, { policy: 'auto', hardware: () => false }).webgl).toBe(false);
    // Below the viewport threshold the 2D canvas keeps up on its own.
    expect(renderingOptionsFor(40, 60, { policy: 'auto', hardware: () => true }).webgl).toBe(false);
    expect(renderingOptionsFor(LIMITS.viewportElements, 0, { policy: 'auto', hardware: () => true }).webgl).toBe(false);
    expect(renderingOptionsFor(LIMITS.viewportElements + 1, 0, { policy: 'auto', hardware: () => true }).webgl).toBe(true);
  });

  it('asks whether WebGL is drawn on a graphics processor only for a graph large enough for it to matter', () => {
    let asked = 0;
    const hardware = () => {
      asked += 1;
      return true;
    };
    renderingOptionsFor(40, 60, { policy: 'auto', hardware });
    expect(asked).toBe(0);
    renderingOptionsFor(5000, 10000, { policy: 'auto', hardware });
    expect(asked).toBe(1);
  });

  it('lets the benchmark force either renderer whatever the graph and the hardware', () => {
    expect(renderingOptionsFor(40, 60, { policy: 'always', hardware: () => false }).webgl).toBe(true);
    expect(renderingOptionsFor(5000, 10000, { policy: 'never', hardware: () => true }).webgl).toBe(false);
  });

  it('compares option sets', () => {
    expect(sameRenderingOptions(renderingOptionsFor(1, 1), renderingOptionsFor(2, 2))).toBe(true);
    expect(sameRenderingOptions(renderingOptionsFor(1, 1), renderingOptionsFor(5000, 1))).toBe(false);
    const software = renderingOptionsFor(5000, 10000, { policy: 'auto', hardware: () => false });
    expect(sameRenderingOptions(software, renderingOptionsFor(5000, 10000, { policy: 'auto', hardware: () => true }))).toBe(false);
  });
});

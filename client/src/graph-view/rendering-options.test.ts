import { describe, expect, it } from 'vitest';
import { renderingOptionsFor, sameRenderingOptions } from './rendering-options.ts';

describe('renderingOptionsFor', () => {
  it('draws small graphs in full', () => {
    expect(renderingOptionsFor(40, 60)).toEqual({
      edgeCurve: 'bezier',
      icons: true,
      labelOutline: true,
      animate: true,
      viewportShortcuts: false,
    });
  });

  it('draws very large graphs cheaply', () => {
    expect(renderingOptionsFor(5000, 10000)).toEqual({
      edgeCurve: 'haystack',
      icons: false,
      labelOutline: false,
      animate: false,
      viewportShortcuts: true,
    });
  });

  it('compares option sets', () => {
    expect(sameRenderingOptions(renderingOptionsFor(1, 1), renderingOptionsFor(2, 2))).toBe(true);
    expect(sameRenderingOptions(renderingOptionsFor(1, 1), renderingOptionsFor(5000, 1))).toBe(false);
  });
});

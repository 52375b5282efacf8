import { describe, expect, it } from 'vitest';
import { blend, contrastRatio } from '../domain/contrast.ts';
import { renderingOptionsFor } from './rendering-options.ts';
import { CANVAS_BACKGROUND, buildStylesheet } from './stylesheet.ts';

const INK = '#1f2937';

type Style = Record<string, unknown>;

/** Each rule's style, by selector, later rules over earlier ones as Cytoscape applies them. */
function stylesOf(selectorPart: string): { selector: string; style: Style }[] {
  return buildStylesheet(renderingOptionsFor(10, 10))
    .map((rule) => rule as unknown as { selector?: string; style?: Style })
    .flatMap((rule) => (rule.selector?.includes(selectorPart) && rule.style ? [{ selector: rule.selector, style: rule.style }] : []));
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

describe('the canvas stylesheet', () => {
  // Bug: a dimmed label faded with its element, to 1.5:1 off a path and about 1.1:1 outside the timeline's range.
  it('keeps the labels of dimmed entities and relations at 4.5:1 or better (off a path, outside the timeline)', () => {
    const rules = [...stylesOf('off-path'), ...stylesOf('out-of-range')];
    expect(rules.map((r) => r.selector).sort()).toEqual(['edge.off-path', 'edge.out-of-range', 'node.off-path', 'node.out-of-range']);
    for (const { selector, style } of rules) {
      const colour = typeof style['color'] === 'string' ? style['color'] : INK;
      const seen = blend(colour, CANVAS_BACKGROUND, numberOr(style['opacity'], 1) * numberOr(style['text-opacity'], 1));
      expect(contrastRatio(seen, CANVAS_BACKGROUND), selector).toBeGreaterThanOrEqual(4.5);
      // ...while the shape or line itself does fade.
      const faded = selector.startsWith('node') ? style['background-opacity'] : style['line-opacity'];
      expect(numberOr(faded, 1), selector).toBeLessThan(0.5);
    }
  });
});

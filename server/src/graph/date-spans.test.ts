import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPAN_CLASS_LIMITS, dayOrdinal, ordinalDay, spanClassBounds } from './date-spans.ts';

/** Any day of the form YYYY-MM-DD, impossible ones (2023-02-30) included, as sources write them. */
const anyDay = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('day ordinals', () => {
  it('order days as their strings sort, and give each ordinal back as its day', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(Math.sign(dayOrdinal(a) - dayOrdinal(b))).toBe(Math.sign(a.localeCompare(b)));
        expect(ordinalDay(dayOrdinal(a))).toBe(a);
      }),
    );
  });

  it('never measure a real span shorter than it is', () => {
    const realDay = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(realDay, realDay, (x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const real = Math.round((to.getTime() - from.getTime()) / 86_400_000);
        const day = (d: Date) => d.toISOString().slice(0, 10);
        expect(dayOrdinal(day(to)) - dayOrdinal(day(from))).toBeGreaterThanOrEqual(real);
      }),
    );
  });
});

describe('spanClassBounds', () => {
  it('puts each class its limit before the window, the last one unbounded, from an impossible day too', () => {
    const bounds = spanClassBounds('2023-02-30');
    expect(bounds).toHaveLength(SPAN_CLASS_LIMITS.length + 1);
    expect(bounds[0]).toEqual({ spanClass: 0, earliestStart: '2023-02-30' });
    expect(bounds[1]).toEqual({ spanClass: 1, earliestStart: '2023-02-27' });
    expect(bounds.at(-1)).toEqual({ spanClass: SPAN_CLASS_LIMITS.length, earliestStart: '' });
    expect(spanClassBounds('0001-01-01').at(-2)?.earliestStart).toBe('0000-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { blend, contrastRatio } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#6b7280', '#6b7280')).toBe(1);
  });

  it('matches published figures: #767676 on white is the lightest grey at 4.5:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('grey', '#ffffff')).toThrow(/not a #rrggbb/);
  });
});

describe('blend', () => {
  it('lays a colour over another at an opacity', () => {
    expect(blend('#000000', '#ffffff', 1)).toBe('#000000');
    expect(blend('#000000', '#ffffff', 0)).toBe('#ffffff');
    expect(blend('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

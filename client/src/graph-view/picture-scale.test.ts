import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_SIDE, PICTURE_SCALE, pictureScaleFor } from './picture-scale.ts';

describe('pictureScaleFor', () => {
  it('draws an ordinary graph at twice its size', () => {
    expect(pictureScaleFor(900, 600)).toBe(PICTURE_SCALE);
    expect(pictureScaleFor(4000, 10)).toBe(PICTURE_SCALE);
  });

  it('shrinks a very large graph so its longer side fits', () => {
    const scale = pictureScaleFor(20_000.4, 5_000);
    expect(scale).toBeLessThan(1);
    expect(Math.ceil(20_000.4) * scale).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
    expect(Math.ceil(5_000) * pictureScaleFor(1_000, 5_000)).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
  });

  it('gives a finite scale for an empty box', () => {
    expect(pictureScaleFor(0, 0)).toBe(PICTURE_SCALE);
  });
});

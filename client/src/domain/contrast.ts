// Contrast between two colours as WCAG 2 defines it (relative luminance), and a colour laid at some opacity over another.

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`contrast: '${hex}' is not a #rrggbb colour`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (none) to 21 (black on white); WCAG AA asks 4.5 for body text. */
export function contrastRatio(foreground: string, background: string): number {
  const [high, low] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The colour seen where `foreground` is drawn at `opacity` over `background`. */
export function blend(foreground: string, background: string, opacity: number): string {
  const fg = channels(foreground);
  const bg = channels(background);
  return toHex(fg.map((c, i) => c * opacity + (bg[i] ?? 0) * (1 - opacity)));
}

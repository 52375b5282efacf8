import { describe, expect, it } from 'vitest';
import type { ExportedView, LegendEntry } from './png-caption.ts';
import { TEXT_LOOKS, layoutPngExport, wrapText, type MeasureText, type PngLayout } from './png-layout.ts';

/** Every character as wide as half the style's font size: enough to make lines wrap where a real font would. */
const measure: MeasureText = (text, style) => text.length * TEXT_LOOKS[style].size * 0.5;

function view(extra: Partial<ExportedView> = {}): ExportedView {
  return {
    caption: [
      { style: 'headline', text: '9 entities, 12 relations' },
      { style: 'body', text: 'Data set: Nagorno-Karabakh 2023 (demo)' },
      { style: 'body', text: 'Dates: 2020 – Sep 2023' },
    ],
    entityTypes: [
      { type: 'Person', text: 'People (4)' },
      { type: 'Organisation', text: 'Organisations (5)' },
    ],
    relationTypes: [{ type: 'MEMBER_OF', text: 'member of (12)' }],
    footer: [{ style: 'note', text: 'Exported 12 Jan 2024 · Link to this view: http://localhost:8080/?e=person:ruben-vardanyan' }],
    ...extra,
  };
}

function texts(layout: PngLayout): string[] {
  return layout.panel.texts.map((t) => t.text);
}

/** Whether every text and mark lies inside the panel, clear of its padding on the right. */
function fitsInPanel(layout: PngLayout): boolean {
  const right = layout.panel.width - 20 + 0.001;
  return (
    layout.panel.texts.every(
      (t) => t.x + measure(t.text, t.style) <= right && t.top + TEXT_LOOKS[t.style].lineHeight <= layout.panel.height,
    ) && layout.panel.marks.every((m) => m.x + m.width <= right && m.top + m.height <= layout.panel.height)
  );
}

function legendEntries(count: number, text: (i: number) => string): LegendEntry[] {
  return Array.from({ length: count }, (_, i) => ({ type: `Type${i}`, text: text(i) }));
}

describe('wrapText', () => {
  it('breaks between words, each line as full as fits', () => {
    // 6.5 units per character in body text: 110 units hold 16 characters.
    expect(wrapText('Data sets: Alpha beta gamma delta epsilon', 110, 'body', measure)).toEqual([
      'Data sets: Alpha',
      'beta gamma delta',
      'epsilon',
    ]);
  });

  it('breaks a word wider than the line, such as a link, into pieces that fit', () => {
    const link = 'http://localhost:8080/?e=person:ruben-vardanyan,person:nikol-pashinyan';
    const lines = wrapText(`Link: ${link}`, 130, 'body', measure);
    expect(lines.join('')).toBe(`Link:${link}`);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line, 'body')).toBeLessThanOrEqual(130);
  });

  it('breaks a link after its punctuation where it can, and mid-name only where it must', () => {
    // 20 characters a line.
    const lines = wrapText('http://host/?e=person:ruben-vardanyan,place:abcdefghijklmnopqrstuvwxyz', 130, 'body', measure);
    expect(lines).toEqual(['http://host/?e=', 'person:ruben-', 'vardanyan,place:', 'abcdefghijklmnopqrst', 'uvwxyz']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 100, 'body', measure)).toEqual(['']);
  });
});

describe('layoutPngExport', () => {
  it('puts the panel below a picture of ordinary shape, as wide as the picture', () => {
    const layout = layoutPngExport({ view: view(), picture: { width: 1600, height: 1000 }, pictureScale: 2, measure });
    expect(layout.placement).toBe('below');
    expect(layout.width).toBe(1600);
    expect(layout.height).toBeGreaterThan(1000);
    expect(layout.picture).toEqual({ x: 0, y: 0, width: 1600, height: 1000 });
    expect(layout.panel).toMatchObject({ x: 0, y: 1000, scale: 2, width: 800 });
    expect(layout.height).toBe(1000 + Math.ceil(layout.panel.height * 2));
    expect(texts(layout)).toEqual([
      '9 entities, 12 relations',
      'Data set: Nagorno-Karabakh 2023 (demo)',
      'Dates: 2020 – Sep 2023',
      'ENTITY TYPES',
      'People (4)',
      'Organisations (5)',
      'RELATIONS',
      'member of (12)',
      'Exported 12 Jan 2024 · Link to this view: http://localhost:8080/?e=person:ruben-vardanyan',
    ]);
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('widens the image for a small picture so the caption has room, with the picture in the middle', () => {
    const layout = layoutPngExport({ view: view(), picture: { width: 200, height: 180 }, pictureScale: 2, measure });
    expect(layout.placement).toBe('below');
    expect(layout.width).toBe(1040);
    expect(layout.picture.x).toBe(420);
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('puts the panel beside a picture much taller than wide', () => {
    const layout = layoutPngExport({ view: view(), picture: { width: 600, height: 2000 }, pictureScale: 2, measure });
    expect(layout.placement).toBe('beside');
    expect(layout.panel.x).toBe(600);
    expect(layout.width).toBeGreaterThan(600);
    expect(layout.height).toBe(2000);
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('draws the caption larger on a very large picture, so it stays readable when the picture is seen whole', () => {
    const layout = layoutPngExport({ view: view(), picture: { width: 8000, height: 6000 }, pictureScale: 2, measure });
    expect(layout.panel.scale).toBe(8);
    expect(layout.panel.width).toBe(1000);
    expect(layout.height).toBe(6000 + Math.ceil(layout.panel.height * 8));
  });

  it('wraps long data set names inside the panel', () => {
    const names = Array.from({ length: 6 }, (_, i) => `A very long data set name number ${i} from a leak`).join(' · ');
    const layout = layoutPngExport({
      view: view({ caption: [{ style: 'body', text: `Data sets: ${names}` }] }),
      picture: { width: 400, height: 300 },
      pictureScale: 2,
      measure,
    });
    const captionLines = layout.panel.texts.filter((t) => t.style === 'body');
    expect(captionLines.length).toBeGreaterThan(3);
    expect(captionLines.map((t) => t.text).join(' ')).toBe(`Data sets: ${names}`);
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('lays many types out top to bottom in columns, side by side, none overlapping', () => {
    const entityTypes = legendEntries(30, (i) => `Type number ${i} (1)`);
    const layout = layoutPngExport({ view: view({ entityTypes }), picture: { width: 1600, height: 1000 }, pictureScale: 2, measure });
    const marks = layout.panel.marks.filter((m) => m.kind === 'entity');
    expect(marks).toHaveLength(30);
    const columns = [...new Set(marks.map((m) => m.x))];
    expect(columns.length).toBeGreaterThan(1);
    // Column by column: the second entry is under the first, and the next column starts where the first one ends.
    expect(marks[1]?.x).toBe(marks[0]?.x);
    expect(marks[1]?.top).toBeGreaterThan(marks[0]?.top ?? Infinity);
    const perColumn = marks.filter((m) => m.x === columns[0]).length;
    expect(perColumn).toBe(Math.ceil(30 / columns.length));
    for (const [i, a] of marks.entries()) {
      for (const b of marks.slice(i + 1)) expect(a.x === b.x && Math.abs(a.top - b.top) < a.height).toBe(false);
    }
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('wraps a type name too long for a column onto more lines, pushing the entries under it down', () => {
    const entityTypes = [
      { type: 'Long', text: 'A type name far too long to fit in one legend column of the picture (1)' },
      { type: 'Short', text: 'Short (1)' },
    ];
    const layout = layoutPngExport({
      view: view({ entityTypes, relationTypes: [] }),
      picture: { width: 300, height: 300 },
      pictureScale: 2,
      measure,
    });
    const legend = layout.panel.texts.filter((t) => t.style === 'legend');
    expect(legend.length).toBeGreaterThan(2);
    const [long, short] = layout.panel.marks;
    expect(short?.top).toBeGreaterThanOrEqual((long?.top ?? 0) + (legend.length - 1) * TEXT_LOOKS.legend.lineHeight);
    expect(fitsInPanel(layout)).toBe(true);
  });

  it('leaves a legend section out when there is nothing in it', () => {
    const layout = layoutPngExport({
      view: view({ relationTypes: [] }),
      picture: { width: 1600, height: 1000 },
      pictureScale: 2,
      measure,
    });
    expect(texts(layout)).not.toContain('RELATIONS');
    expect(layout.panel.marks.every((m) => m.kind === 'entity')).toBe(true);
  });
});

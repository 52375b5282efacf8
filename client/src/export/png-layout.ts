// Where the parts of an exported PNG go: the graph picture, and beside or below it a panel with the caption, the legend
// in as many columns as fit, and the footer. Pure: text is measured by a function the drawing passes in.
import type { CaptionLine, ExportedView, LegendEntry } from './png-caption.ts';

export type TextStyle = CaptionLine['style'] | 'heading' | 'legend';

export interface TextLook {
  size: number;
  weight: number;
  lineHeight: number;
  colour: string;
}

/** Sizes are in panel units: one unit is one CSS pixel at the scale the panel is drawn at. */
export const TEXT_LOOKS: Readonly<Record<TextStyle, TextLook>> = {
  headline: { size: 16, weight: 700, lineHeight: 22, colour: '#111827' },
  body: { size: 13, weight: 400, lineHeight: 18, colour: '#1f2937' },
  heading: { size: 11, weight: 700, lineHeight: 16, colour: '#4b5563' },
  legend: { size: 12, weight: 400, lineHeight: 17, colour: '#1f2937' },
  note: { size: 11, weight: 400, lineHeight: 15, colour: '#6b7280' },
};

/** Width of a text in panel units, drawn in the given style. */
export type MeasureText = (text: string, style: TextStyle) => number;

export interface Size {
  width: number;
  height: number;
}

export interface PlacedText {
  text: string;
  style: TextStyle;
  x: number;
  /** The top of its line box. */
  top: number;
}

export interface PlacedMark {
  kind: 'entity' | 'relation';
  type: string;
  x: number;
  top: number;
  width: number;
  height: number;
}

export type Placement = 'below' | 'beside';

export interface PngLayout {
  /** The whole image, in pixels. */
  width: number;
  height: number;
  placement: Placement;
  /** Where the graph picture goes, in pixels. */
  picture: { x: number; y: number; width: number; height: number };
  panel: {
    /** Its top-left corner, in pixels. */
    x: number;
    y: number;
    /** Pixels per panel unit. */
    scale: number;
    /** In panel units. */
    width: number;
    height: number;
    texts: PlacedText[];
    marks: PlacedMark[];
  };
}

export interface PngLayoutInput {
  view: ExportedView;
  /** The graph picture's size in pixels. */
  picture: Size;
  /** Pixels per CSS pixel the picture was drawn at; the panel's text is drawn at least this large. */
  pictureScale: number;
  measure: MeasureText;
}

const PADDING = 20;
/** Caption lines longer than this are hard to read across a wide picture. */
const MAX_TEXT_WIDTH = 760;
const MIN_PANEL_WIDTH = 520;
const SIDE_PANEL_WIDTH = 340;
/** A picture this many times taller than wide gets the panel beside it, not a narrow column of text under it. */
const TALL_RATIO = 1.6;
/**
 * A picture's longer side, in panel units at the least: a large picture seen whole on a screen is shrunk, and its
 * caption must stay readable with it.
 */
const READABLE_SPAN = 1000;
const MAX_COLUMN_WIDTH = 240;
const COLUMN_GAP = 20;
const ITEM_GAP = 4;
const MARK_GAP = 7;
const ENTITY_MARK = 16;
const RELATION_MARK = { width: 26, height: 12 } as const;
const SECTION_GAP = 12;

/** Where a link reads best broken: after one of these. */
const LINK_BREAKS = new Set([',', '/', '&', '?', '=', '-', ':']);

/**
 * Splits a word too wide for a line (a long link) into pieces that fit, at least one character each: after the last
 * punctuation that fits when there is one, else wherever the line is full.
 */
function breakWord(word: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of [...word]) {
    while (piece !== '' && measure(piece + char, style) > maxWidth) {
      const chars = [...piece];
      const after = chars.findLastIndex((c, i) => i < chars.length - 1 && LINK_BREAKS.has(c));
      pieces.push(after < 0 ? piece : chars.slice(0, after + 1).join(''));
      piece = after < 0 ? '' : chars.slice(after + 1).join('');
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The text in lines no wider than maxWidth, broken between words, and inside a word only when it alone is too wide. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word, style) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, maxWidth, style, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Lays out a block of lines from `top`; returns where the next block may start. */
function placeLines(
  texts: PlacedText[],
  lines: readonly CaptionLine[],
  at: { x: number; top: number; width: number },
  measure: MeasureText,
) {
  let top = at.top;
  for (const line of lines) {
    for (const text of wrapText(line.text, at.width, line.style, measure)) {
      texts.push({ text, style: line.style, x: at.x, top });
      top += TEXT_LOOKS[line.style].lineHeight;
    }
  }
  return top;
}

interface LegendItem {
  mark: Omit<PlacedMark, 'x' | 'top'>;
  lines: string[];
  height: number;
}

/**
 * A legend section: its heading, then its entries top to bottom in columns of equal width, as many as fit across;
 * returns where the next block may start.
 */
function placeLegend(
  layout: { texts: PlacedText[]; marks: PlacedMark[] },
  section: { heading: string; kind: PlacedMark['kind']; entries: readonly LegendEntry[] },
  at: { x: number; top: number; width: number },
  measure: MeasureText,
): number {
  if (section.entries.length === 0) return at.top;
  const look = TEXT_LOOKS.legend;
  const markSize = section.kind === 'entity' ? { width: ENTITY_MARK, height: ENTITY_MARK } : RELATION_MARK;
  layout.texts.push({ text: section.heading, style: 'heading', x: at.x, top: at.top });
  const top = at.top + TEXT_LOOKS.heading.lineHeight + ITEM_GAP;

  const widest = Math.max(...section.entries.map((entry) => measure(entry.text, 'legend')));
  const columnWidth = Math.min(MAX_COLUMN_WIDTH, at.width, markSize.width + MARK_GAP + Math.ceil(widest));
  const fitting = Math.max(1, Math.floor((at.width + COLUMN_GAP) / (columnWidth + COLUMN_GAP)));
  const perColumn = Math.ceil(section.entries.length / Math.min(fitting, section.entries.length));
  const labelWidth = Math.max(1, columnWidth - markSize.width - MARK_GAP);

  const items: LegendItem[] = section.entries.map((entry) => {
    const lines = wrapText(entry.text, labelWidth, 'legend', measure);
    return {
      mark: { kind: section.kind, type: entry.type, ...markSize },
      lines,
      height: Math.max(markSize.height, lines.length * look.lineHeight),
    };
  });

  let bottom = top;
  items.forEach((item, i) => {
    const column = Math.floor(i / perColumn);
    const x = at.x + column * (columnWidth + COLUMN_GAP);
    const above = items.slice(column * perColumn, i).reduce((sum, earlier) => sum + earlier.height + ITEM_GAP, 0);
    const itemTop = top + above;
    // The mark sits level with the first line of its label.
    layout.marks.push({ ...item.mark, x, top: itemTop + Math.max(0, (look.lineHeight - item.mark.height) / 2) });
    item.lines.forEach((text, line) => {
      layout.texts.push({ text, style: 'legend', x: x + markSize.width + MARK_GAP, top: itemTop + line * look.lineHeight });
    });
    bottom = Math.max(bottom, itemTop + item.height);
  });
  return bottom;
}

/** The panel's content for a given width in units: what it holds and how tall it is. */
function layoutPanel(view: ExportedView, width: number, measure: MeasureText) {
  const panel = { texts: [] as PlacedText[], marks: [] as PlacedMark[] };
  const inner = width - 2 * PADDING;
  const textWidth = Math.min(inner, MAX_TEXT_WIDTH);
  let top = placeLines(panel.texts, view.caption, { x: PADDING, top: PADDING, width: textWidth }, measure);
  const sections = [
    { heading: 'ENTITY TYPES', kind: 'entity' as const, entries: view.entityTypes },
    { heading: 'RELATIONS', kind: 'relation' as const, entries: view.relationTypes },
  ];
  for (const section of sections) {
    if (section.entries.length === 0) continue;
    top = placeLegend(panel, section, { x: PADDING, top: top + SECTION_GAP, width: inner }, measure);
  }
  top = placeLines(panel.texts, view.footer, { x: PADDING, top: top + SECTION_GAP, width: textWidth }, measure);
  return { ...panel, height: top + PADDING };
}

/** Where the picture and the panel go, and the size of the whole image. */
export function layoutPngExport({ view, picture, pictureScale, measure }: PngLayoutInput): PngLayout {
  const scale = Math.max(pictureScale, Math.max(picture.width, picture.height) / READABLE_SPAN);
  const placement: Placement = picture.height >= TALL_RATIO * picture.width ? 'beside' : 'below';

  if (placement === 'beside') {
    const panel = layoutPanel(view, SIDE_PANEL_WIDTH, measure);
    const panelPixels = { width: Math.ceil(SIDE_PANEL_WIDTH * scale), height: Math.ceil(panel.height * scale) };
    const height = Math.max(picture.height, panelPixels.height);
    return {
      width: picture.width + panelPixels.width,
      height,
      placement,
      picture: { x: 0, y: Math.round((height - picture.height) / 2), ...picture },
      panel: { x: picture.width, y: 0, scale, width: SIDE_PANEL_WIDTH, ...panel },
    };
  }

  const width = Math.ceil(Math.max(picture.width, MIN_PANEL_WIDTH * scale));
  const panel = layoutPanel(view, width / scale, measure);
  return {
    width,
    height: picture.height + Math.ceil(panel.height * scale),
    placement,
    picture: { x: Math.round((width - picture.width) / 2), y: 0, ...picture },
    panel: { x: 0, y: picture.height, scale, width: width / scale, ...panel },
  };
}

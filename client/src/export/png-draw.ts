// Draws an exported PNG with the canvas 2D API: the graph picture as an image, then the panel's text (as text) and
// marks where png-layout.ts put them, the entity types in the canvas's own colours and shapes.
import { entityStyle } from '../graph-view/entity-style.ts';
import { shapeOutline } from '../graph-view/shape-outline.ts';
import { CANVAS_LOOK } from '../graph-view/stylesheet.ts';
import type { ExportedView } from './png-caption.ts';
import { TEXT_LOOKS, layoutPngExport, type PlacedMark, type PngLayout, type TextStyle } from './png-layout.ts';

/** The canvas's own font. */
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const RULE = '#d1d5db';

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

interface DrawingSurface {
  context: Canvas2D;
  toBlob(): Promise<Blob>;
}

function fontOf(style: TextStyle): string {
  const look = TEXT_LOOKS[style];
  return `${look.weight} ${look.size}px ${FONT_FAMILY}`;
}

/** An OffscreenCanvas where there is one, else a detached canvas element. */
function createSurface(width: number, height: number): DrawingSurface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('png export: no 2D context on an OffscreenCanvas');
    return { context, toBlob: () => canvas.convertToBlob({ type: 'image/png' }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('png export: no 2D context on a canvas');
  return {
    context,
    toBlob: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`png export: could not encode ${width}×${height}`))), 'image/png'),
      ),
  };
}

/** The type's shape in its colour with its glyph (or initial) in white, as TypeGlyph.tsx draws it, on a 24×24 grid. */
function drawEntityMark(context: Canvas2D, mark: PlacedMark): void {
  const style = entityStyle(mark.type);
  context.save();
  context.translate(mark.x, mark.top);
  context.scale(mark.width / 24, mark.height / 24);
  const outline = new Path2D(shapeOutline(style.shape));
  context.fillStyle = style.colour;
  context.fill(outline);
  context.strokeStyle = style.ink;
  context.lineWidth = 0.8;
  context.stroke(outline);
  context.fillStyle = '#ffffff';
  if (style.glyph !== '') {
    if (style.shape === 'star') {
      context.translate(7.2, 8.4);
      context.scale(0.4, 0.4);
    } else {
      context.translate(5, 5);
      context.scale(0.5833, 0.5833);
    }
    context.fill(new Path2D(style.glyph), 'evenodd');
  } else {
    context.font = `700 12px ${FONT_FAMILY}`;
    context.textAlign = 'center';
    context.textBaseline = 'alphabetic';
    context.fillText(style.initial ?? '', 12, 16.5);
  }
  context.restore();
}

/** A relation as the canvas draws one: a grey line ending in an arrowhead. */
function drawRelationMark(context: Canvas2D, mark: PlacedMark): void {
  const y = mark.top + mark.height / 2;
  const head = 7;
  context.save();
  context.strokeStyle = CANVAS_LOOK.edge;
  context.fillStyle = CANVAS_LOOK.edge;
  context.lineWidth = 1.6;
  context.beginPath();
  context.moveTo(mark.x, y);
  context.lineTo(mark.x + mark.width - head, y);
  context.stroke();
  context.beginPath();
  context.moveTo(mark.x + mark.width, y);
  context.lineTo(mark.x + mark.width - head, y - head / 2);
  context.lineTo(mark.x + mark.width - head, y + head / 2);
  context.closePath();
  context.fill();
  context.restore();
}

function drawPanel(context: Canvas2D, layout: PngLayout): void {
  const { panel } = layout;
  context.save();
  context.strokeStyle = RULE;
  context.lineWidth = Math.max(1, panel.scale);
  context.beginPath();
  if (layout.placement === 'below') {
    context.moveTo(0, panel.y + 0.5);
    context.lineTo(layout.width, panel.y + 0.5);
  } else {
    context.moveTo(panel.x + 0.5, 0);
    context.lineTo(panel.x + 0.5, layout.height);
  }
  context.stroke();
  context.translate(panel.x, panel.y);
  context.scale(panel.scale, panel.scale);
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  for (const text of panel.texts) {
    const look = TEXT_LOOKS[text.style];
    context.font = fontOf(text.style);
    context.fillStyle = look.colour;
    context.fillText(text.text, text.x, text.top + look.lineHeight / 2);
  }
  for (const mark of panel.marks) {
    if (mark.kind === 'entity') drawEntityMark(context, mark);
    else drawRelationMark(context, mark);
  }
  context.restore();
}

export interface DrawnPng {
  blob: Blob;
  layout: PngLayout;
}

/** The graph picture with the view's caption and legend beside or below it, as a PNG. */
export async function drawExportPng(options: { picture: Blob; pictureScale: number; view: ExportedView }): Promise<DrawnPng> {
  const picture = await createImageBitmap(options.picture);
  try {
    const measuring = createSurface(1, 1).context;
    const layout = layoutPngExport({
      view: options.view,
      picture: { width: picture.width, height: picture.height },
      pictureScale: options.pictureScale,
      measure: (text, style) => {
        measuring.font = fontOf(style);
        return measuring.measureText(text).width;
      },
    });
    const surface = createSurface(layout.width, layout.height);
    const { context } = surface;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, layout.width, layout.height);
    context.drawImage(picture, layout.picture.x, layout.picture.y);
    drawPanel(context, layout);
    return { blob: await surface.toBlob(), layout };
  } finally {
    picture.close();
  }
}

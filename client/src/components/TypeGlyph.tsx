// An entity type drawn as on the canvas: its shape in its colour with its glyph (or initial) inside.
import { entityStyle } from '../graph-view/entity-style.ts';
import { shapeOutline } from '../graph-view/shape-outline.ts';

/** The shape, glyph and initial on a 24×24 grid, for an SVG of its own or a marker inside a larger one. */
export function TypeGlyphMark({ type, strokeWidth = 0.8 }: { type: string; strokeWidth?: number }) {
  const style = entityStyle(type);
  const inset = style.shape === 'star' ? 'translate(7.2 8.4) scale(0.4)' : 'translate(5 5) scale(0.5833)';
  return (
    <>
      <path d={shapeOutline(style.shape)} fill={style.colour} stroke={style.ink} strokeWidth={strokeWidth} />
      {style.glyph !== '' ? (
        <path d={style.glyph} transform={inset} fill="#ffffff" fillRule="evenodd" />
      ) : (
        <text x="12" y="16.5" textAnchor="middle" fontSize="12" fontWeight="700" fill="#ffffff">
          {style.initial}
        </text>
      )}
    </>
  );
}

export function TypeGlyph({ type, size = 18, title }: { type: string; size?: number; title?: string }) {
  return (
    <svg className="type-glyph" width={size} height={size} viewBox="0 0 24 24" role="img" aria-label={title ?? type} data-type={type}>
      {title ? <title>{title}</title> : null}
      <TypeGlyphMark type={type} />
    </svg>
  );
}

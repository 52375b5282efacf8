// An entity type drawn as on the canvas: its shape in its colour with its glyph inside.
import type { NodeType } from '@kgx/contract';
import { entityStyle } from '../graph-view/entity-style.ts';
import { shapeOutline } from '../graph-view/shape-outline.ts';

export function TypeGlyph({ type, size = 18, title }: { type: NodeType | string; size?: number; title?: string }) {
  const style = entityStyle(type);
  const inset = style.shape === 'star' ? 'translate(7.2 8.4) scale(0.4)' : 'translate(5 5) scale(0.5833)';
  return (
    <svg className="type-glyph" width={size} height={size} viewBox="0 0 24 24" role="img" aria-label={title ?? type} data-type={type}>
      {title ? <title>{title}</title> : null}
      <path d={shapeOutline(style.shape)} fill={style.colour} stroke={style.ink} strokeWidth={0.8} />
      <path d={style.glyph} transform={inset} fill="#ffffff" fillRule="evenodd" />
    </svg>
  );
}

// An entity's name with its type glyph; a button when it can be clicked.
import type { NodeType } from '@kgx/contract';
import { TypeGlyph } from './TypeGlyph.tsx';

export interface EntityChipProps {
  id: string;
  name: string;
  type: NodeType | string;
  onClick?: (id: string) => void;
  title?: string;
  testId?: string;
}

export function EntityChip({ id, name, type, onClick, title, testId }: EntityChipProps) {
  const content = (
    <>
      <TypeGlyph type={type} size={15} />
      <span className="entity-chip-name">{name}</span>
    </>
  );
  if (!onClick) {
    return (
      <span className="entity-chip" data-entity-id={id} title={title ?? `${type}: ${name}`} data-testid={testId}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="entity-chip is-clickable"
      data-entity-id={id}
      title={title ?? `${type}: ${name} — click to show on the canvas`}
      data-testid={testId}
      onClick={() => onClick(id)}
    >
      {content}
    </button>
  );
}

// Toggles entity types on and off as chips; none chosen means any type. The chips are the vocabulary's types the
// graph holds, and any already chosen.
import type { EntityType } from '@kgx/contract';
import { useStats } from '../state/use-stats.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { TypeGlyph } from './TypeGlyph.tsx';

export interface EntityTypePickerProps {
  label: string;
  value: readonly EntityType[];
  onChange: (value: EntityType[]) => void;
  testId: string;
}

export function EntityTypePicker({ label, value, onChange, testId }: EntityTypePickerProps) {
  const vocabulary = useVocabulary();
  const stats = useStats();
  const chosen = new Set(value);
  const types = vocabulary.entityTypes
    .map((t) => t.name)
    .filter((type) => chosen.has(type) || stats === null || (stats.nodes[type] ?? 0) > 0);
  return (
    <div className="field">
      <span className="field-label">
        {label} <span className="field-hint">{value.length === 0 ? 'any' : ''}</span>
      </span>
      <div className="type-chips" role="group" aria-label={label} data-testid={testId}>
        {types.map((type) => (
          <button
            key={type}
            type="button"
            className={`type-chip${chosen.has(type) ? ' is-on' : ''}`}
            aria-pressed={chosen.has(type)}
            data-type={type}
            title={vocabulary.entityType(type)?.description}
            onClick={() => onChange(types.filter((t) => (t === type ? !chosen.has(t) : chosen.has(t))))}
          >
            <TypeGlyph type={type} size={14} />
            {type}
          </button>
        ))}
      </div>
    </div>
  );
}

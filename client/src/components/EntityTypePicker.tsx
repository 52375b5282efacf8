// Toggles entity types on and off as chips; none chosen means any type.
import { ENTITY_TYPES, type EntityType } from '@kgx/contract';
import { TypeGlyph } from './TypeGlyph.tsx';

export interface EntityTypePickerProps {
  label: string;
  value: readonly EntityType[];
  onChange: (value: EntityType[]) => void;
  testId: string;
}

export function EntityTypePicker({ label, value, onChange, testId }: EntityTypePickerProps) {
  const chosen = new Set(value);
  return (
    <div className="field">
      <span className="field-label">
        {label} <span className="field-hint">{value.length === 0 ? 'any' : ''}</span>
      </span>
      <div className="type-chips" role="group" aria-label={label} data-testid={testId}>
        {ENTITY_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={`type-chip${chosen.has(type) ? ' is-on' : ''}`}
            aria-pressed={chosen.has(type)}
            data-type={type}
            onClick={() => onChange(ENTITY_TYPES.filter((t) => (t === type ? !chosen.has(t) : chosen.has(t))))}
          >
            <TypeGlyph type={type} size={14} />
            {type}
          </button>
        ))}
      </div>
    </div>
  );
}

// A form field holding one entity: shows the pick as a chip, or an autocomplete to choose one.
import type { EntityType } from '@kgx/contract';
import { EntityAutocomplete } from './EntityAutocomplete.tsx';
import { rememberPickedEntity, type PickedEntity } from './picked-entity.ts';
import { TypeGlyph } from './TypeGlyph.tsx';

export interface EntityPickerProps {
  label: string;
  placeholder: string;
  value: PickedEntity | null;
  onChange: (value: PickedEntity | null) => void;
  /** Test ids are `${testId}-input`, `${testId}-option`, `${testId}-results`, `${testId}-value` and `${testId}-clear`. */
  testId: string;
  types?: readonly EntityType[];
}

export function EntityPicker({ label, placeholder, value, onChange, testId, types }: EntityPickerProps) {
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      {value ? (
        <div className="picked-entity" data-testid={`${testId}-value`} data-entity-id={value.id}>
          <TypeGlyph type={value.type} size={16} />
          <span className="picked-name" title={value.id}>
            {value.name}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={`Clear ${label.toLowerCase()}`}
            data-testid={`${testId}-clear`}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </div>
      ) : (
        <EntityAutocomplete
          label={label}
          placeholder={placeholder}
          inputTestId={`${testId}-input`}
          optionTestId={`${testId}-option`}
          listTestId={`${testId}-results`}
          {...(types ? { types } : {})}
          onPick={(result) => {
            const picked = { id: result.id, name: result.name, type: result.type };
            // Remembered so that the pick shows by name at once, before any lookup by id.
            rememberPickedEntity(picked);
            onChange(picked);
          }}
        />
      )}
    </div>
  );
}

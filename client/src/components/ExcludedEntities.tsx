// A form field holding several entities to leave out (the path finder's "not through"): chips, and a box to add one.
import { EntityAutocomplete } from './EntityAutocomplete.tsx';
import { rememberPickedEntity } from './picked-entity.ts';
import { TypeGlyph } from './TypeGlyph.tsx';
import { usePickedEntity } from './use-picked-entity.ts';

export interface ExcludedEntitiesProps {
  label: string;
  ids: readonly string[];
  onChange: (ids: string[]) => void;
  /** Test ids are `${testId}-input`, `${testId}-option`, `${testId}-results`, `${testId}-chip` and `${testId}-remove`. */
  testId: string;
}

function ExcludedChip({ id, testId, onRemove }: { id: string; testId: string; onRemove: () => void }) {
  const picked = usePickedEntity(id);
  return (
    <li className="picked-entity" data-testid={`${testId}-chip`} data-entity-id={id}>
      {picked ? <TypeGlyph type={picked.type} size={16} /> : null}
      <span className="picked-name" title={id}>
        {picked?.name ?? id}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={`Allow paths through ${picked?.name ?? id} again`}
        data-testid={`${testId}-remove`}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

export function ExcludedEntities({ label, ids, onChange, testId }: ExcludedEntitiesProps) {
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      {ids.length > 0 ? (
        <ul className="excluded-list">
          {ids.map((id) => (
            <ExcludedChip key={id} id={id} testId={testId} onRemove={() => onChange(ids.filter((other) => other !== id))} />
          ))}
        </ul>
      ) : null}
      <EntityAutocomplete
        label={label}
        placeholder="An entity to go around…"
        inputTestId={`${testId}-input`}
        optionTestId={`${testId}-option`}
        listTestId={`${testId}-results`}
        clearOnPick
        onPick={(result) => {
          rememberPickedEntity({ id: result.id, name: result.name, type: result.type });
          if (!ids.includes(result.id)) onChange([...ids, result.id]);
        }}
      />
    </div>
  );
}

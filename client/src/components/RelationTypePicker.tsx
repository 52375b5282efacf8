// Chooses relation types, grouped by category, in a disclosure that says what is chosen when closed. The options are
// the vocabulary's types the graph holds, and any already chosen.
import type { RelationType } from '@kgx/contract';
import { categoryTitle, relationLabel } from '../domain/vocabulary.ts';
import { useStats } from '../state/use-stats.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';

export interface RelationTypePickerProps {
  label: string;
  value: readonly RelationType[];
  onChange: (value: RelationType[]) => void;
  testId: string;
  /** What an empty choice means, in words: "any relation". */
  emptyMeaning?: string;
}

export function RelationTypePicker({ label, value, onChange, testId, emptyMeaning = 'Any relation' }: RelationTypePickerProps) {
  const vocabulary = useVocabulary();
  const stats = useStats();
  const chosen = new Set(value);
  const offered = vocabulary.relationTypes.filter((t) => chosen.has(t.type) || stats === null || (stats.relations[t.type] ?? 0) > 0);
  const offeredTypes = offered.map((t) => t.type);
  const summary =
    value.length === 0
      ? emptyMeaning
      : value.length <= 2
        ? value.map((t) => relationLabel(t, vocabulary)).join(', ')
        : `${value.length} relation types`;

  function toggle(type: RelationType) {
    const next = new Set(chosen);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    onChange(offeredTypes.filter((t) => next.has(t)));
  }

  function toggleCategory(category: string, on: boolean) {
    const next = new Set(chosen);
    for (const definition of offered) {
      if (definition.category !== category) continue;
      if (on) next.add(definition.type);
      else next.delete(definition.type);
    }
    onChange(offeredTypes.filter((t) => next.has(t)));
  }

  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <details className="relation-picker" data-testid={testId}>
        <summary className="relation-picker-summary" data-testid={`${testId}-summary`}>
          {summary}
        </summary>
        <div className="relation-picker-body">
          {value.length > 0 ? (
            <button type="button" className="link-button" data-testid={`${testId}-clear`} onClick={() => onChange([])}>
              Clear ({emptyMeaning.toLowerCase()})
            </button>
          ) : null}
          {vocabulary.categories.map((category) => {
            const types = offered.filter((t) => t.category === category);
            if (types.length === 0) return null;
            const all = types.every((t) => chosen.has(t.type));
            return (
              <fieldset key={category} className="relation-category">
                <legend>
                  <label>
                    <input type="checkbox" checked={all} onChange={(e) => toggleCategory(category, e.target.checked)} />
                    {categoryTitle(category)}
                  </label>
                </legend>
                {types.map((definition) => (
                  <label key={definition.type} className="checkbox-row" title={definition.description}>
                    <input
                      type="checkbox"
                      value={definition.type}
                      data-testid={`${testId}-option`}
                      checked={chosen.has(definition.type)}
                      onChange={() => toggle(definition.type)}
                    />
                    {definition.label}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      </details>
    </div>
  );
}

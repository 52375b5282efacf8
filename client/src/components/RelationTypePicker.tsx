// Chooses relation types, grouped by category, in a disclosure that says what is chosen when closed.
import { RELATION_TYPES, RELATIONS, type RelationCategory, type RelationType } from '@kgx/contract';

const CATEGORY_TITLES: Record<RelationCategory, string> = {
  role: 'Roles and membership',
  geography: 'Geography and control',
  event: 'Events and actions',
  statement: 'Statements',
  movement: 'Movement of people',
};

const CATEGORIES = Object.keys(CATEGORY_TITLES) as RelationCategory[];

export interface RelationTypePickerProps {
  label: string;
  value: readonly RelationType[];
  onChange: (value: RelationType[]) => void;
  testId: string;
  /** What an empty choice means, in words: "any relation". */
  emptyMeaning?: string;
}

export function RelationTypePicker({ label, value, onChange, testId, emptyMeaning = 'Any relation' }: RelationTypePickerProps) {
  const chosen = new Set(value);
  const summary =
    value.length === 0
      ? emptyMeaning
      : value.length <= 2
        ? value.map((t) => RELATIONS[t].label).join(', ')
        : `${value.length} relation types`;

  function toggle(type: RelationType) {
    const next = new Set(chosen);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    onChange(RELATION_TYPES.filter((t) => next.has(t)));
  }

  function toggleCategory(category: RelationCategory, on: boolean) {
    const next = new Set(chosen);
    for (const type of RELATION_TYPES) {
      if (RELATIONS[type].category !== category) continue;
      if (on) next.add(type);
      else next.delete(type);
    }
    onChange(RELATION_TYPES.filter((t) => next.has(t)));
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
          {CATEGORIES.map((category) => {
            const types = RELATION_TYPES.filter((t) => RELATIONS[t].category === category);
            const all = types.every((t) => chosen.has(t));
            return (
              <fieldset key={category} className="relation-category">
                <legend>
                  <label>
                    <input type="checkbox" checked={all} onChange={(e) => toggleCategory(category, e.target.checked)} />
                    {CATEGORY_TITLES[category]}
                  </label>
                </legend>
                {types.map((type) => (
                  <label key={type} className="checkbox-row" title={RELATIONS[type].description}>
                    <input
                      type="checkbox"
                      value={type}
                      data-testid={`${testId}-option`}
                      checked={chosen.has(type)}
                      onChange={() => toggle(type)}
                    />
                    {RELATIONS[type].label}
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

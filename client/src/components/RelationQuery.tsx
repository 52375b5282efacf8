// Who did what: a query builder over subject, relation, object, their types and a date range.
import type { FormEvent } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { DateInput } from './DateInput.tsx';
import { EntityPicker } from './EntityPicker.tsx';
import { EntityTypePicker } from './EntityTypePicker.tsx';
import { RelationResultsTable } from './RelationResultsTable.tsx';
import { RelationTypePicker } from './RelationTypePicker.tsx';
import { usePickedEntity } from './use-picked-entity.ts';

export function RelationQuery() {
  const { state, dispatch, commands } = useExplorer();
  const form = state.relationForm;
  const subject = usePickedEntity(form.subject);
  const object = usePickedEntity(form.object);
  const set = (patch: Partial<typeof form>) => dispatch({ type: 'relation-form/set', form: patch });
  const running = state.relations?.status === 'loading';

  function submit(event: FormEvent) {
    event.preventDefault();
    void commands.runRelations(form);
  }

  return (
    <div className="panel-body relation-query" data-testid="relation-query">
      <p className="panel-intro">Who did what to whom, and when. Leave a field empty to match anything.</p>
      <form className="form" onSubmit={submit}>
        <EntityPicker
          label="Subject (who)"
          placeholder="Any subject…"
          testId="who-subject"
          value={subject}
          onChange={(picked) => set({ subject: picked?.id })}
        />
        <EntityTypePicker
          label="Subject types"
          testId="who-subject-types"
          value={form.subjectType}
          onChange={(subjectType) => set({ subjectType })}
        />
        <RelationTypePicker label="Did what" testId="who-relations" value={form.predicate} onChange={(predicate) => set({ predicate })} />
        <EntityPicker
          label="Object (to whom / what)"
          placeholder="Any object…"
          testId="who-object"
          value={object}
          onChange={(picked) => set({ object: picked?.id })}
        />
        <EntityTypePicker
          label="Object types"
          testId="who-object-types"
          value={form.objectType}
          onChange={(objectType) => set({ objectType })}
        />
        <div className="field-row">
          <DateInput label="From" testId="who-from" value={form.from} onChange={(from) => set({ from })} />
          <DateInput label="To" testId="who-to" value={form.to} onChange={(to) => set({ to })} />
        </div>
        <label
          className="checkbox-row"
          title="Also what was done by (or to) an organ or member of the chosen subject (or object): its government, army, ministries, members, up to 3 ties away"
        >
          <input
            type="checkbox"
            data-testid="who-include-organs"
            checked={form.includeOrgans === true}
            onChange={(e) => set({ includeOrgans: e.target.checked })}
          />
          Include organs and members
        </label>
        <div className="form-actions">
          <button type="submit" className="button is-primary" data-testid="who-run" disabled={running}>
            {running ? 'Querying…' : 'Find relations'}
          </button>
          <button type="button" className="button" data-testid="who-reset" onClick={() => dispatch({ type: 'relations/reset' })}>
            Reset
          </button>
        </div>
      </form>
      {state.relations ? <RelationResultsTable result={state.relations} /> : null}
    </div>
  );
}

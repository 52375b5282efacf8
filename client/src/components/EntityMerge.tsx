// For editors, in an entity's details: pick a duplicate of it and merge it in (its relations, mentions, names and data
// sets join this entity, every quote of both kept), with an undo while nothing has changed since.
import { useState } from 'react';
import type { EntityMergeResponse, SearchResult } from '@kgx/contract';
import { describeError } from '../api/api-error.ts';
import { mergeEntity, unmergeEntity } from '../api/merges.ts';
import { countOf } from '../domain/counts.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { reloadStats } from '../state/use-stats.ts';
import { EntityAutocomplete } from './EntityAutocomplete.tsx';

type Step =
  | { status: 'idle' }
  | { status: 'confirming'; duplicate: SearchResult }
  | { status: 'working' }
  | { status: 'merged'; duplicate: SearchResult; result: EntityMergeResponse }
  | { status: 'error'; message: string };

export function EntityMerge({ entityId, name, onChanged }: { entityId: string; name: string; onChanged: () => void }) {
  const { dispatch, commands } = useExplorer();
  const [step, setStep] = useState<Step>({ status: 'idle' });

  async function merge(duplicate: SearchResult) {
    setStep({ status: 'working' });
    try {
      const result = await mergeEntity(duplicate.id, entityId);
      dispatch({ type: 'nodes/remove', ids: [duplicate.id] });
      await commands.addEntity(entityId);
      reloadStats();
      onChanged();
      setStep({ status: 'merged', duplicate, result });
    } catch (error) {
      setStep({ status: 'error', message: describeError(error) });
    }
  }

  async function undo(duplicate: SearchResult) {
    setStep({ status: 'working' });
    try {
      await unmergeEntity(duplicate.id);
      await commands.addEntity(duplicate.id);
      reloadStats();
      onChanged();
      setStep({ status: 'idle' });
    } catch (error) {
      setStep({ status: 'error', message: describeError(error) });
    }
  }

  return (
    <section className="entity-merge" data-testid="entity-merge">
      <h3 className="section-title">Merge a duplicate</h3>
      {step.status === 'idle' || step.status === 'error' ? (
        <EntityAutocomplete
          label={`Another record of ${name}`}
          placeholder="Find the duplicate…"
          inputTestId="merge-input"
          optionTestId="merge-option"
          listTestId="merge-options"
          onPick={(duplicate) => setStep(duplicate.id === entityId ? { status: 'idle' } : { status: 'confirming', duplicate })}
        />
      ) : null}
      {step.status === 'confirming' ? (
        <div className="merge-confirm" role="group" aria-label="Confirm the merge">
          <p>
            Merge “{step.duplicate.name}” into “{name}”? Its relations, mentions and quotes join {name}; its names become aliases.
          </p>
          <button type="button" className="is-danger" data-testid="merge-confirm" onClick={() => void merge(step.duplicate)}>
            Merge
          </button>
          <button type="button" onClick={() => setStep({ status: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : null}
      {step.status === 'working' ? <p className="muted">Working…</p> : null}
      {step.status === 'merged' ? (
        <p className="review-message" role="status" data-testid="merge-done">
          Merged “{step.duplicate.name}” into “{name}”: {countOf(step.result.relations.moved, 'relation')} moved,{' '}
          {countOf(step.result.relations.combined, 'relation')} combined.{' '}
          <button type="button" className="link-button" data-testid="merge-undo" onClick={() => void undo(step.duplicate)}>
            Undo
          </button>
        </p>
      ) : null}
      {step.status === 'error' ? (
        <p className="error-box" role="alert" data-testid="merge-error">
          {step.message}
        </p>
      ) : null}
    </section>
  );
}

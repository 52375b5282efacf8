// The path finder: how are two entities connected? Paths are drawn on the canvas and listed as readable steps.
import { DEFAULT_PATH_HOPS, DEFAULT_PATHS, MAX_PATH_HOPS, MAX_PATHS } from '@kgx/contract';
import type { FormEvent } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { EntityPicker } from './EntityPicker.tsx';
import { ExcludedEntities } from './ExcludedEntities.tsx';
import { PathList } from './PathList.tsx';
import { RelationTypePicker } from './RelationTypePicker.tsx';
import { usePickedEntity } from './use-picked-entity.ts';

function clampInt(raw: string, min: number, max: number, fallback: number): number {
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export function PathFinder() {
  const { state, dispatch, commands } = useExplorer();
  const form = state.pathForm;
  const from = usePickedEntity(form.from);
  const to = usePickedEntity(form.to);
  const result = state.path;
  const running = result?.status === 'loading';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.from || !form.to) return;
    const { exclude, ...rest } = form;
    // The ends themselves are never gone around: a path must start and end on them.
    const around = (exclude ?? []).filter((id) => id !== form.from && id !== form.to);
    void commands.runPaths({ ...rest, from: form.from, to: form.to, ...(around.length > 0 ? { exclude: around } : {}) });
  }

  return (
    <div className="panel-body path-finder" data-testid="path-finder">
      <p className="panel-intro">How are two entities connected? Shortest paths first, through any relations you allow.</p>
      <form className="form" onSubmit={submit}>
        <EntityPicker
          label="From"
          placeholder="Start entity…"
          testId="path-from"
          value={from}
          onChange={(picked) => dispatch({ type: 'path-form/set', form: { from: picked?.id } })}
        />
        <div className="swap-row">
          <button
            type="button"
            className="link-button"
            data-testid="path-swap"
            disabled={!form.from && !form.to}
            onClick={() => dispatch({ type: 'path-form/set', form: { from: form.to, to: form.from } })}
          >
            ⇅ swap
          </button>
        </div>
        <EntityPicker
          label="To"
          placeholder="End entity…"
          testId="path-to"
          value={to}
          onChange={(picked) => dispatch({ type: 'path-form/set', form: { to: picked?.id } })}
        />
        <div className="field-row">
          <label className="field">
            <span className="field-label">Max hops</span>
            <input
              className="input"
              type="number"
              min={1}
              max={MAX_PATH_HOPS}
              value={form.maxHops}
              data-testid="path-max-hops"
              onChange={(e) =>
                dispatch({ type: 'path-form/set', form: { maxHops: clampInt(e.target.value, 1, MAX_PATH_HOPS, DEFAULT_PATH_HOPS) } })
              }
            />
          </label>
          <label className="field">
            <span className="field-label">Paths</span>
            <input
              className="input"
              type="number"
              min={1}
              max={MAX_PATHS}
              value={form.k}
              data-testid="path-k"
              onChange={(e) => dispatch({ type: 'path-form/set', form: { k: clampInt(e.target.value, 1, MAX_PATHS, DEFAULT_PATHS) } })}
            />
          </label>
        </div>
        <RelationTypePicker
          label="Through relations"
          testId="path-relations"
          value={form.relation}
          onChange={(relation) => dispatch({ type: 'path-form/set', form: { relation } })}
        />
        <ExcludedEntities
          label="Not through"
          testId="path-exclude"
          ids={form.exclude ?? []}
          onChange={(exclude) => dispatch({ type: 'path-form/set', form: { exclude } })}
        />
        <label className="checkbox-row" title="Keep only paths whose dated steps never go back in time; undated steps fit anywhere">
          <input
            type="checkbox"
            data-testid="path-time-ordered"
            checked={form.timeOrdered === true}
            onChange={(e) => dispatch({ type: 'path-form/set', form: { timeOrdered: e.target.checked } })}
          />
          Only paths in time order
        </label>
        <label
          className="checkbox-row"
          title={
            form.relation.length === 0
              ? 'Every relation is walked already, organ and member ties included'
              : 'A path may also start at an organ or member of From (its army, government, ministries) and end at one of To, up to 3 ties away, not counted in the hops'
          }
        >
          <input
            type="checkbox"
            data-testid="path-include-organs"
            checked={form.includeOrgans === true}
            disabled={form.relation.length === 0}
            onChange={(e) => dispatch({ type: 'path-form/set', form: { includeOrgans: e.target.checked } })}
          />
          Include organs and members
        </label>
        <label
          className="checkbox-row"
          title="Hubs (entities with more relations than the server's cap) connect everything to everything; paths go round them unless this is on, and a search through them can take until the deadline"
        >
          <input
            type="checkbox"
            data-testid="path-through-hubs"
            checked={form.throughHubs === true}
            onChange={(e) => dispatch({ type: 'path-form/set', form: { throughHubs: e.target.checked } })}
          />
          Also through hubs
        </label>
        <div className="form-actions">
          <button type="submit" className="button is-primary" data-testid="path-run" disabled={!form.from || !form.to || running}>
            {running ? 'Finding…' : 'Find paths'}
          </button>
          {result ? (
            <button type="button" className="button" data-testid="path-clear" onClick={() => dispatch({ type: 'path/clear' })}>
              Clear
            </button>
          ) : null}
        </div>
      </form>
      {result ? <PathList result={result} /> : null}
    </div>
  );
}

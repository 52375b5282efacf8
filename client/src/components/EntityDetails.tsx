// The details panel for an entity: who or what it is, its relations read from it, and the documents naming it.
import { useMemo, useState } from 'react';
import { entityBrief } from '../domain/brief-request.ts';
import { countOf } from '../domain/counts.ts';
import type { GraphNode, NeighborsResponse } from '@kgx/contract';
import { formatDateRange } from '../domain/partial-date.ts';
import { entityTypePlural, relationLabel } from '../domain/vocabulary.ts';
import { entityStyle } from '../graph-view/entity-style.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { NeighborFilter as NeighborFilterState } from '../state/explorer-state.ts';
import { useMayDo } from '../state/session-store.ts';
import { DocumentList } from './DocumentList.tsx';
import { ExplainButton } from './ExplainButton.tsx';
import { NeighborFilter } from './NeighborFilter.tsx';
import { RelationGroups } from './RelationGroups.tsx';
import { TypeGlyph } from './TypeGlyph.tsx';
import { useEntityDetails } from './use-entity-details.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// Only editors see it: loaded for them alone.
const EntityMerge = onDemand(() => import('./EntityMerge.tsx'), 'EntityMerge');

const DATE_LABELS: Record<string, string> = { Event: 'When', Person: 'Lived', Organisation: 'Active', Group: 'Active', Place: 'Dates' };

function describeFilter(filter: NeighborFilterState): string {
  const parts = [
    filter.relation.length > 0 ? `${filter.relation.length} relation type${filter.relation.length === 1 ? '' : 's'}` : '',
    filter.type.length > 0 ? filter.type.join(', ') : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

const COUNTS_SHOWN = 6;

function largestFirst(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/**
 * How all the relations divide when only the first page is listed (a hub of a hundred thousand): by the neighbour's
 * type and by relation, each a button that makes Expand bring in only those.
 */
function NeighborCounts({ counts }: { counts: NeighborsResponse['counts'] }) {
  const { dispatch } = useExplorer();
  const row = (kind: 'type' | 'relation', entries: [string, number][], label: (key: string) => string) => (
    <p className="neighbor-counts" data-testid={`neighbor-counts-${kind}`}>
      {entries.slice(0, COUNTS_SHOWN).map(([key, n], i) => (
        <span key={key}>
          {i > 0 ? ' · ' : ''}
          <button
            type="button"
            className="link-button"
            data-testid={`neighbor-count-${kind}`}
            data-key={key}
            title={`Expand brings in only ${label(key).toLowerCase()}`}
            // The counts are of every relation, so the filter becomes exactly the one picked.
            onClick={() =>
              dispatch({
                type: 'neighbor-filter/set',
                filter: kind === 'type' ? { relation: [], type: [key] } : { relation: [key], type: [] },
              })
            }
          >
            {label(key)}
          </button>{' '}
          <span className="muted">{n.toLocaleString('en')}</span>
        </span>
      ))}
      {entries.length > COUNTS_SHOWN ? <span className="muted"> · {entries.length - COUNTS_SHOWN} more</span> : null}
    </p>
  );
  return (
    <div data-testid="neighbor-counts">
      {row('type', largestFirst(counts.types), (type) => entityTypePlural(type))}
      {row('relation', largestFirst(counts.relations), (type) => relationLabel(type))}
    </div>
  );
}

export function EntityDetails({ node }: { node: GraphNode }) {
  const { state, dispatch, commands } = useExplorer();
  const [reloadKey, setReloadKey] = useState(0);
  const details = useEntityDetails(node.id, reloadKey);
  const entity = details.entity?.entity ?? node;
  const pinned = state.pinned.includes(node.id);
  const truncation = state.truncations[node.id];
  const expanding = `expand:${node.id}` in state.busy;
  const filter = state.neighborFilter;
  const filtered = filter.relation.length > 0 || filter.type.length > 0;
  const dates = formatDateRange(entity.startDate, entity.endDate);
  const neighbors = details.neighbors;
  const mayEdit = useMayDo('editor');
  const explain = useMemo(() => entityBrief(Object.values(state.edges), node.id), [state.edges, node.id]);

  return (
    <div className="entity-details" data-testid="entity-details" data-entity-id={node.id}>
      <header className="details-header">
        <TypeGlyph type={entity.type} size={30} />
        <div>
          <h2 className="details-title" data-testid="details-title">
            {entity.name}
          </h2>
          <div className="details-subtitle" style={{ color: entityStyle(entity.type).ink }}>
            {entity.type}
            {entity.degree !== undefined ? <span className="muted"> · {countOf(entity.degree, 'relation')}</span> : null}
          </div>
        </div>
      </header>

      <div className="details-actions">
        <button
          type="button"
          className="button is-primary"
          data-testid="expand-button"
          disabled={expanding}
          onClick={() => void commands.expand(node.id)}
        >
          {expanding ? 'Expanding…' : 'Expand neighbours'}
        </button>
        <button
          type="button"
          className="button"
          data-testid="pin-button"
          aria-pressed={pinned}
          onClick={() => dispatch({ type: 'nodes/pin', ids: [node.id], pinned: !pinned })}
        >
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" className="button" data-testid="hide-button" onClick={() => dispatch({ type: 'nodes/hide', ids: [node.id] })}>
          Hide
        </button>
        <button
          type="button"
          className="button"
          data-testid="remove-button"
          onClick={() => dispatch({ type: 'nodes/remove', ids: [node.id] })}
        >
          Remove
        </button>
        <ExplainButton ask={explain} testId="entity-explain" />
      </div>
      <details className="inline-filter" data-testid="details-expand-options">
        <summary>{filtered ? `Expand brings in only ${describeFilter(filter)}` : 'Expand brings in every neighbour'}</summary>
        <NeighborFilter testIdPrefix="details-expand" title="" />
      </details>
      {truncation ? (
        <p className="hint" data-testid="details-truncated">
          The canvas shows {truncation.shown} of its {truncation.total} relations.{' '}
          <button type="button" className="link-button" onClick={() => void commands.loadMore(node.id)}>
            Load more
          </button>
        </p>
      ) : null}

      {entity.description ? (
        <p className="details-description" data-testid="details-description">
          {entity.description}
        </p>
      ) : null}
      <dl className="details-facts">
        {entity.aliases.length > 0 ? (
          <>
            <dt>Also known as</dt>
            <dd data-testid="details-aliases">{entity.aliases.join(' · ')}</dd>
          </>
        ) : null}
        {dates ? (
          <>
            <dt>{DATE_LABELS[entity.type] ?? 'Dates'}</dt>
            <dd data-testid="details-dates">{dates}</dd>
          </>
        ) : null}
        <dt>Id</dt>
        <dd className="muted mono">{entity.id}</dd>
      </dl>

      <section className="details-section">
        <h3 className="section-title">
          Relations
          {neighbors && neighbors.truncated ? (
            <span className="muted">
              {' '}
              · first {neighbors.edges.length} of {neighbors.total}
            </span>
          ) : null}
        </h3>
        {details.status === 'loading' ? <p className="muted">Loading relations…</p> : null}
        {details.status === 'error' ? (
          <p className="error-text" role="alert">
            {details.error}{' '}
            <button type="button" className="link-button" onClick={() => setReloadKey((k) => k + 1)}>
              Retry
            </button>
          </p>
        ) : null}
        {neighbors && neighbors.truncated ? <NeighborCounts counts={neighbors.counts} /> : null}
        {neighbors ? <RelationGroups entity={entity} edges={neighbors.edges} nodes={neighbors.nodes} /> : null}
      </section>

      <section className="details-section">
        <h3 className="section-title">Mentioned in</h3>
        {details.entity ? (
          <DocumentList documents={details.entity.documents} />
        ) : details.status === 'loading' ? (
          <p className="muted">Loading documents…</p>
        ) : null}
      </section>

      {mayEdit ? (
        <section className="details-section">
          <OnDemand fallback={null}>
            <EntityMerge key={node.id} entityId={node.id} name={entity.name} onChanged={() => setReloadKey((k) => k + 1)} />
          </OnDemand>
        </section>
      ) : null}
    </div>
  );
}

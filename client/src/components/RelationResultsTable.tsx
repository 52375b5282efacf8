// Who-did-what results as a table (subject, relation, object, date, first quote or record), and onto the canvas as a graph.
import type { GraphNode, Triple } from '@kgx/contract';
import { formatRelationDate } from '../domain/partial-date.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { RelationResult } from '../state/explorer-state.ts';
import { EntityChip } from './EntityChip.tsx';
import { FirstSource } from './FirstSource.tsx';

function toGraph(triples: readonly Triple[]) {
  const nodes = new Map<string, GraphNode>();
  for (const t of triples) {
    nodes.set(t.subject.id, t.subject);
    nodes.set(t.object.id, t.object);
  }
  return { nodes: [...nodes.values()], edges: triples.map((t) => t.relation) };
}

export function RelationResultsTable({ result }: { result: RelationResult }) {
  const { dispatch, commands } = useExplorer();
  if (result.status === 'loading') {
    return (
      <p className="muted" role="status" data-testid="who-loading">
        Querying…
      </p>
    );
  }
  if (result.status === 'error') {
    return (
      <p className="error-text" role="alert" data-testid="who-error">
        {result.error}
      </p>
    );
  }
  if (result.triples.length === 0) {
    return (
      <p className="empty-result" data-testid="who-empty">
        No relation matches these filters.
      </p>
    );
  }

  function show(triple: Triple, select: string) {
    commands.addGraph({ nodes: [triple.subject, triple.object], edges: [triple.relation] }, { select: [select] });
    dispatch({ type: 'focus', id: select === triple.relation.id ? triple.subject.id : select });
  }

  return (
    <div className="relation-results" data-testid="who-results" data-row-count={result.triples.length}>
      <div className="results-header">
        <span>
          {result.truncated ? `First ${result.triples.length} of ${result.total}` : `${result.triples.length}`} relation
          {result.total === 1 ? '' : 's'}
        </span>
        <button
          type="button"
          className="button is-primary is-small"
          data-testid="who-to-canvas"
          onClick={() => commands.addGraph(toGraph(result.triples))}
        >
          Put on canvas
        </button>
      </div>
      <div className="table-scroll">
        {/* Three columns and the quote beneath, each relation its own row group: it fits a narrow panel, names wrap. */}
        <table className="results-table is-relations">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Did what</th>
              <th scope="col">Object</th>
            </tr>
          </thead>
          {result.triples.map((triple) => {
            const date = formatRelationDate(triple.relation);
            return (
              <tbody key={triple.relation.id} className="relation-result">
                <tr data-testid="who-row" data-edge-id={triple.relation.id}>
                  <td>
                    <EntityChip
                      id={triple.subject.id}
                      name={triple.subject.name}
                      type={triple.subject.type}
                      onClick={(id) => show(triple, id)}
                    />
                  </td>
                  <td className="relation-cell">
                    <button
                      type="button"
                      className="link-button"
                      title="Show this relation on the canvas"
                      onClick={() => show(triple, triple.relation.id)}
                    >
                      {relationLabel(triple.relation.type)}
                    </button>
                    {triple.relation.detail ? (
                      <div className="muted small clamp-2" title={triple.relation.detail}>
                        {triple.relation.detail}
                      </div>
                    ) : null}
                    {date ? (
                      <div className="relation-date" data-testid="who-date">
                        {date}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <EntityChip
                      id={triple.object.id}
                      name={triple.object.name}
                      type={triple.object.type}
                      onClick={(id) => show(triple, id)}
                    />
                  </td>
                </tr>
                <tr className="relation-result-source">
                  <td colSpan={3}>
                    <span className="visually-hidden">First source: </span>
                    <FirstSource evidence={triple.relation.evidence} testId="who" />
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}

// Who-did-what results as a table (subject, relation, object, date, first quote or record), and onto the canvas as a graph;
// a row found through an organ or member says through whom.
import type { ActorVia, GraphEdge, GraphNode, Triple } from '@kgx/contract';
import { describeVia, viaGraph } from '../domain/actor-via.ts';
import { formatRelationDate } from '../domain/partial-date.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { RelationResult } from '../state/explorer-state.ts';
import { EntityChip } from './EntityChip.tsx';
import { FirstSource } from './FirstSource.tsx';

/** The triples' ends and relations, with the ties through which a row stands for the entity asked about. */
function toGraph(triples: readonly Triple[]) {
  const ties = viaGraph(triples.flatMap((t) => [t.subjectVia, t.objectVia]));
  const nodes = new Map<string, GraphNode>();
  for (const node of [...triples.flatMap((t) => [t.subject, t.object]), ...ties.nodes]) nodes.set(node.id, node);
  const edges = new Map<string, GraphEdge>();
  for (const edge of [...triples.map((t) => t.relation), ...ties.edges]) edges.set(edge.id, edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A row's end, and when it stands for the entity asked about through ties, through whom: "(organ of Azerbaijan)". */
function TripleEnd({
  node,
  via,
  testId,
  onClick,
}: {
  node: GraphNode;
  via: ActorVia | undefined;
  testId: string;
  onClick: (id: string) => void;
}) {
  return (
    <>
      <EntityChip id={node.id} name={node.name} type={node.type} onClick={onClick} />
      {via ? (
        <div className="muted small" data-testid={testId} data-via-ids={via.map((tie) => tie.to.id).join(' ')}>
          ({describeVia(via)})
        </div>
      ) : null}
    </>
  );
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
    commands.addGraph(toGraph([triple]), { select: [select] });
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
                    <TripleEnd node={triple.subject} via={triple.subjectVia} testId="who-subject-via" onClick={(id) => show(triple, id)} />
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
                    <TripleEnd node={triple.object} via={triple.objectVia} testId="who-object-via" onClick={(id) => show(triple, id)} />
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

// What is on the canvas as two tables, in place of the drawing: the entities shown, and the relations among them with
// their first quote (or record) and its document. For reading with a screen reader, sorting by eye, and checking.
import type { GraphNode } from '@kgx/contract';
import { useMemo } from 'react';
import { countOf } from '../domain/counts.ts';
import { formatDateRange, formatRelationDate } from '../domain/partial-date.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { selectHiddenIds } from '../state/view-selectors.ts';
import { EntityChip } from './EntityChip.tsx';
import { FirstSource } from './FirstSource.tsx';

function byName(a: GraphNode, b: GraphNode): number {
  return a.name.localeCompare(b.name);
}

export function CanvasTable() {
  const { state, dispatch } = useExplorer();
  const { nodes: nodeRecords, edges: edgeRecords } = state;
  const { hidden: hiddenByHand, hiddenTypes } = state;
  const hidden = useMemo(
    () => selectHiddenIds({ nodes: nodeRecords, hidden: hiddenByHand, hiddenTypes }),
    [nodeRecords, hiddenByHand, hiddenTypes],
  );
  const nodes = useMemo(
    () =>
      Object.values(nodeRecords)
        .filter((n) => !hidden.has(n.id))
        .sort(byName),
    [nodeRecords, hidden],
  );
  const edges = useMemo(
    () =>
      Object.values(edgeRecords)
        .filter((e) => !hidden.has(e.source) && !hidden.has(e.target))
        .sort((a, b) => (a.dateFrom ?? '9999').localeCompare(b.dateFrom ?? '9999')),
    [edgeRecords, hidden],
  );
  const relationCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of edges) for (const id of [edge.source, edge.target]) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [edges]);
  const select = (id: string) => dispatch({ type: 'selection/set', ids: [id] });
  const nameOf = (id: string) => nodeRecords[id]?.name ?? id;
  const typeOf = (id: string) => nodeRecords[id]?.type ?? 'Document';

  return (
    <section className="canvas-table" aria-label="The canvas as a table" data-testid="canvas-table">
      {nodes.length === 0 ? (
        <p className="muted">Nothing is on the canvas.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="results-table is-entities" data-testid="canvas-table-entities">
              <caption>{countOf(nodes.length, 'entity', 'entities')} on the canvas</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Dates</th>
                  <th scope="col" title="Relations on the canvas">
                    Relations
                  </th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((node) => (
                  <tr
                    key={node.id}
                    data-testid="canvas-table-entity"
                    data-entity-id={node.id}
                    aria-selected={state.selection.includes(node.id)}
                  >
                    <th scope="row">
                      <EntityChip id={node.id} name={node.name} type={node.type} onClick={select} />
                    </th>
                    <td>{node.type}</td>
                    <td className="nowrap">{formatDateRange(node.startDate, node.endDate)}</td>
                    <td>{relationCounts.get(node.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-scroll">
            <table className="results-table is-relations" data-testid="canvas-table-relations">
              <caption>{countOf(edges.length, 'relation')} among them, the earliest first</caption>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">Relation</th>
                  <th scope="col">Object</th>
                  <th scope="col">Date</th>
                  <th scope="col">First source</th>
                </tr>
              </thead>
              <tbody>
                {edges.map((edge) => (
                  <tr
                    key={edge.id}
                    data-testid="canvas-table-relation"
                    data-edge-id={edge.id}
                    aria-selected={state.selection.includes(edge.id)}
                  >
                    <td>
                      <EntityChip id={edge.source} name={nameOf(edge.source)} type={typeOf(edge.source)} onClick={select} />
                    </td>
                    <td className="relation-cell">
                      <button type="button" className="link-button" title="Show this relation's details" onClick={() => select(edge.id)}>
                        {relationLabel(edge.type)}
                      </button>
                      {edge.evidence.length > 1 ? <div className="muted small">{countOf(edge.evidence.length, 'source')}</div> : null}
                    </td>
                    <td>
                      <EntityChip id={edge.target} name={nameOf(edge.target)} type={typeOf(edge.target)} onClick={select} />
                    </td>
                    <td className="nowrap">{formatRelationDate(edge)}</td>
                    <td>
                      <FirstSource evidence={edge.evidence} testId="canvas-table" withDocument />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

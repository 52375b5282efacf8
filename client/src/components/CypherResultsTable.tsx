// A Cypher result: row count, the graph it contains (to put on the canvas), and the rows as a table.
import type { CypherResponse } from '@kgx/contract';
import { countOf } from '../domain/counts.ts';
import { describeCell } from '../domain/cypher-cell.ts';
import { CypherCellView } from './CypherCellView.tsx';

const ROWS_SHOWN = 200;

export interface CypherResultsTableProps {
  response: CypherResponse;
  ms: number;
  onPutOnCanvas: () => void;
}

export function CypherResultsTable({ response, ms, onPutOnCanvas }: CypherResultsTableProps) {
  const { columns, rows, graph, truncated } = response;
  return (
    <div className="cypher-results" data-testid="cypher-results" data-row-count={rows.length}>
      <div className="results-header">
        <span>
          {rows.length} row{rows.length === 1 ? '' : 's'}
          {truncated ? ' (truncated by the server)' : ''} · {ms} ms
        </span>
        {graph.nodes.length > 0 ? (
          <button type="button" className="button is-primary is-small" data-testid="cypher-to-canvas" onClick={onPutOnCanvas}>
            Put {countOf(graph.nodes.length, 'node')}, {countOf(graph.edges.length, 'relation')} on canvas
          </button>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="empty-result" data-testid="cypher-empty">
          The query returned no rows.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="results-table" data-testid="cypher-results-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, ROWS_SHOWN).map((row, r) => (
                <tr key={r} data-testid="cypher-row">
                  {columns.map((column, c) => (
                    <td key={column}>
                      <CypherCellView cell={describeCell(row[c])} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > ROWS_SHOWN ? <p className="muted small">Showing the first {ROWS_SHOWN} rows.</p> : null}
        </div>
      )}
    </div>
  );
}

// One cell of a Cypher result: entities as chips, relations as their wording, paths by length, the rest as text.
import type { CypherCell } from '../domain/cypher-cell.ts';
import { countOf } from '../domain/counts.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { EntityChip } from './EntityChip.tsx';

export function CypherCellView({ cell }: { cell: CypherCell }) {
  switch (cell.kind) {
    case 'node':
      return <EntityChip id={cell.node.id} name={cell.node.name} type={cell.node.type} />;
    case 'edge':
      return <span className="cell-edge">—{relationLabel(cell.edge.type)}→</span>;
    case 'relationship':
      return (
        <span className="cell-edge" title={JSON.stringify(cell.properties, null, 1)}>
          —{relationLabel(cell.type)}→
        </span>
      );
    case 'graph':
      return (
        <span className="muted">
          path: {countOf(cell.nodes.length, 'node')}, {countOf(cell.edges.length, 'relation')}
        </span>
      );
    case 'list':
      return (
        <span className="cell-list">
          [
          {cell.items.map((item, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              <CypherCellView cell={item} />
            </span>
          ))}
          ]
        </span>
      );
    case 'empty':
      return <span className="muted">null</span>;
    case 'text':
      return <span className="cell-text">{cell.text}</span>;
  }
}

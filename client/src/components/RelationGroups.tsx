// An entity's relations grouped by type and read from it, both directions: "detained by Azerbaijani Armed Forces".
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { formatRelationDate } from '../domain/partial-date.ts';
import { groupRelations } from '../domain/relation-groups.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { EntityChip } from './EntityChip.tsx';

export interface RelationGroupsProps {
  entity: GraphNode;
  edges: readonly GraphEdge[];
  nodes: readonly GraphNode[];
}

export function RelationGroups({ entity, edges, nodes }: RelationGroupsProps) {
  const { state, dispatch, commands } = useExplorer();
  const groups = groupRelations(edges, nodes, entity.id);
  if (groups.length === 0) return <p className="muted">No who-did-what relations recorded.</p>;

  function show(other: GraphNode, edge: GraphEdge, select: string) {
    commands.addGraph({ nodes: [entity, other], edges: [edge] }, { select: [select] });
    dispatch({ type: 'focus', id: other.id });
  }

  return (
    <div className="relation-groups" data-testid="relation-groups">
      {groups.map((group) => (
        <section key={group.key} className="relation-group" data-relation-type={group.type} data-direction={group.direction}>
          <h4 className="relation-group-title">
            {group.wording} <span className="count">{group.items.length}</span>
          </h4>
          <ul>
            {group.items.map(({ edge, other }) => (
              <li
                key={edge.id}
                className={`relation-row${state.edges[edge.id] ? ' is-on-canvas' : ''}`}
                data-testid="relation-row"
                data-edge-id={edge.id}
              >
                <span className="relation-reading" data-testid="relation-reading">
                  <span className="visually-hidden">{group.wording} </span>
                  <EntityChip id={other.id} name={other.name} type={other.type} onClick={() => show(other, edge, other.id)} />
                </span>
                <span className="relation-extra">
                  {formatRelationDate(edge) ? <span className="relation-date">{formatRelationDate(edge)}</span> : null}
                  <button
                    type="button"
                    className="link-button"
                    data-testid="relation-evidence-button"
                    title="Show this relation and its evidence"
                    onClick={() => show(other, edge, edge.id)}
                  >
                    {edge.evidence.length} quote{edge.evidence.length === 1 ? '' : 's'} ›
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import { groupRelations } from './relation-groups.ts';
import { withDefaultVocabulary } from './default-vocabulary.test-setup.ts';

withDefaultVocabulary();

const ruben: GraphNode = { id: 'person:ruben-vardanyan', type: 'Person', name: 'Ruben Vardanyan', aliases: [] };
const forces: GraphNode = {
  id: 'organisation:azerbaijani-armed-forces',
  type: 'Organisation',
  name: 'Azerbaijani Armed Forces',
  aliases: [],
};
const artsakh: GraphNode = { id: 'organisation:artsakh-government', type: 'Organisation', name: 'Artsakh government', aliases: [] };

function edge(id: string, type: GraphEdge['type'], source: string, target: string): GraphEdge {
  return { id, type, source, target, evidence: [] };
}

describe('groupRelations', () => {
  it('reads each group from the entity, in both directions', () => {
    const groups = groupRelations(
      [edge('e1', 'DETAINED', forces.id, ruben.id), edge('e2', 'WORKS_FOR', ruben.id, artsakh.id)],
      [ruben, forces, artsakh],
      ruben.id,
    );
    expect(groups.map((g) => [g.wording, g.items.map((i) => i.other.name)])).toEqual([
      ['works for', ['Artsakh government']],
      ['detained by', ['Azerbaijani Armed Forces']],
    ]);
  });

  it('keeps the two directions of one type apart and ignores relations not touching the entity', () => {
    const groups = groupRelations(
      [
        edge('e1', 'ADVISES', ruben.id, artsakh.id),
        edge('e2', 'ADVISES', forces.id, ruben.id),
        edge('e3', 'ADVISES', forces.id, artsakh.id),
      ],
      [ruben, forces, artsakh],
      ruben.id,
    );
    expect(groups.map((g) => g.wording)).toEqual(['advises', 'advised by']);
  });

  it('stands in for an entity the response left out', () => {
    const [group] = groupRelations([edge('e1', 'DETAINED', 'organisation:unknown', ruben.id)], [ruben], ruben.id);
    expect(group?.items[0]?.other.name).toBe('organisation:unknown');
  });
});

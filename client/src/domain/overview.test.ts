import { describe, expect, it } from 'vitest';
import type { GraphNode, Triple } from '@kgx/contract';
import { pickOverview } from './overview.ts';

function node(id: string, type: GraphNode['type'], degree?: number): GraphNode {
  return { id, type, name: id, aliases: [], ...(degree === undefined ? {} : { degree }) };
}

function triple(subject: GraphNode, object: GraphNode, id: string): Triple {
  return { subject, object, relation: { id, type: 'LEADS', source: subject.id, target: object.id, evidence: [] } };
}

describe('pickOverview', () => {
  const hub = node('person:hub', 'Person', 40);
  const second = node('organisation:second', 'Organisation', 20);
  const minor = node('person:minor', 'Person', 1);
  const event = node('event:small', 'Event', 2);

  it('keeps the highest-degree entities and the relations among them', () => {
    const graph = pickOverview([triple(hub, second, 'r1'), triple(hub, minor, 'r2'), triple(minor, second, 'r3')], {
      maxEntities: 2,
      eventSlots: 0,
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(['person:hub', 'organisation:second']);
    expect(graph.edges.map((e) => e.id)).toEqual(['r1']);
  });

  it('keeps room for events even when they are less connected', () => {
    const graph = pickOverview([triple(hub, second, 'r1'), triple(hub, event, 'r2')], { maxEntities: 2, eventSlots: 1 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['event:small', 'person:hub']);
  });

  it('falls back to counting occurrences when the degree is not given', () => {
    const a = node('person:a', 'Person');
    const b = node('person:b', 'Person');
    const c = node('person:c', 'Person');
    const graph = pickOverview([triple(a, b, 'r1'), triple(a, c, 'r2')], { maxEntities: 1, eventSlots: 0 });
    expect(graph.nodes.map((n) => n.id)).toEqual(['person:a']);
  });

  it('is empty for no triples', () => {
    expect(pickOverview([])).toEqual({ nodes: [], edges: [] });
  });
});

import { describe, expect, it } from 'vitest';
import type { ActorTie, GraphNode } from '@kgx/contract';
import { describeVia, isActorTie, viaGraph } from './actor-via.ts';

function node(id: string, name: string): GraphNode {
  return { id, type: 'Organisation', name, aliases: [] };
}

function tie(type: 'ORGAN_OF' | 'MEMBER_OF', from: string, to: GraphNode): ActorTie {
  return { relation: { id: `${from}>${type}>${to.id}`, type, source: from, target: to.id, evidence: [] }, to };
}

const STATE = node('place:meridia', 'Meridia');
const GOVERNMENT = node('organisation:government', 'Government of Meridia');
const LEAGUE = node('organisation:league', 'Free Rivers League');

describe('describeVia', () => {
  it('reads one tie in the vocabulary’s words', () => {
    expect(describeVia([tie('ORGAN_OF', 'organisation:army', STATE)])).toBe('organ of Meridia');
    expect(describeVia([tie('MEMBER_OF', 'person:ada', LEAGUE)])).toBe('member of Free Rivers League');
  });

  it('reads a chain from the row’s entity to the one asked about', () => {
    const via = [tie('ORGAN_OF', 'organisation:ministry', GOVERNMENT), tie('ORGAN_OF', GOVERNMENT.id, STATE)];
    expect(describeVia(via)).toBe('organ of Government of Meridia, organ of Meridia');
  });
});

describe('viaGraph', () => {
  it('gathers the ties of both ends of every row, and nothing for rows without', () => {
    const graph = viaGraph([[tie('ORGAN_OF', 'organisation:army', STATE)], undefined, [tie('MEMBER_OF', 'person:ada', LEAGUE)]]);
    expect(graph.nodes.map((n) => n.id)).toEqual([STATE.id, LEAGUE.id]);
    expect(graph.edges.map((e) => e.type)).toEqual(['ORGAN_OF', 'MEMBER_OF']);
  });
});

describe('isActorTie', () => {
  it('knows organ and member ties, and nothing else', () => {
    expect(['ORGAN_OF', 'MEMBER_OF', 'DETAINED', 'PART_OF'].map((type) => isActorTie({ type }))).toEqual([true, true, false, false]);
  });
});

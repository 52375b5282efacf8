import { describe, expect, it } from 'vitest';
import { MAX_BRIEF_RELATIONS, type GraphEdge, type Path } from '@kgx/contract';
import { briefFileName, entityBrief, pathBrief, selectionBrief } from './brief-request.ts';

const edge = (source: string, type: string, target: string): GraphEdge => ({
  id: `${source}>${type}>${target}`,
  type,
  source,
  target,
  evidence: [],
});

const AB = edge('a', 'DETAINED', 'b');
const CB = edge('c', 'ACCUSED', 'b');
const CD = edge('c', 'LEADS', 'd');
const MENTION = { ...edge('doc', 'MENTIONS', 'b'), type: 'MENTIONS' as const };

describe('pathBrief', () => {
  it('asks for the path’s relations in walking order, headed by its two ends', () => {
    const path: Path = { nodes: [], edges: [CB, AB], length: 2, nodeIds: ['a', 'b', 'c'], edgeIds: [AB.id, CB.id] };
    expect(pathBrief(path)).toEqual({ request: { relationIds: [AB.id, CB.id], focus: ['a', 'c'] }, total: 2 });
  });
});

describe('selectionBrief', () => {
  it('asks for the selected relations and those between two selected entities, never a document’s mentions', () => {
    const ask = selectionBrief([AB, CB, CD, MENTION], ['a', 'b', CD.id, 'doc']);
    expect(ask.request).toEqual({ relationIds: [AB.id, CD.id] });
    expect(ask.total).toBe(2);
  });

  it('asks for at most the contract’s limit and says how many there were', () => {
    const many = Array.from({ length: MAX_BRIEF_RELATIONS + 5 }, (_, i) => edge('a', 'LINKED_TO', `n${i}`));
    const ask = selectionBrief(many, ['a', ...many.map((e) => e.target)]);
    expect(ask.request.relationIds).toHaveLength(MAX_BRIEF_RELATIONS);
    expect(ask.total).toBe(MAX_BRIEF_RELATIONS + 5);
  });
});

describe('entityBrief', () => {
  it('asks for the entity’s relations on the canvas, either way round, focused on it', () => {
    expect(entityBrief([AB, CB, CD, MENTION], 'b')).toEqual({ request: { relationIds: [AB.id, CB.id], focus: ['b'] }, total: 2 });
    expect(entityBrief([CD], 'b').request.relationIds).toEqual([]);
  });
});

describe('briefFileName', () => {
  it('names the file after the title, in plain lower-case words', () => {
    expect(briefFileName('How Ruben Vardanyan connects to Nikol Pashinyan', 'md')).toBe(
      'brief-how-ruben-vardanyan-connects-to-nikol-pashinyan.md',
    );
    expect(briefFileName('What the sources say about Dunja Mijatović', 'html')).toBe(
      'brief-what-the-sources-say-about-dunja-mijatovic.html',
    );
    expect(briefFileName('<script>', 'md')).toBe('brief-script.md');
    expect(briefFileName('???', 'html')).toBe('brief.html');
  });
});

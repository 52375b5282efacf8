import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '@kgx/contract';
import type { FocusReport } from '../graph-view/keyboard-focus.ts';
import { relationSentenceOf, wordsForFocus, type CanvasRecords } from './canvas-focus-words.ts';

const RUBEN: GraphNode = { id: 'person:ruben', type: 'Person', name: 'Ruben Vardanyan', aliases: [], degree: 7 };
const FORCES: GraphNode = { id: 'org:forces', type: 'Organisation', name: 'Azerbaijani Armed Forces', aliases: [] };
const DETENTION: GraphEdge = {
  id: 'rel:detained',
  type: 'DETAINED',
  source: FORCES.id,
  target: RUBEN.id,
  evidence: [{ documentId: 'doc:a', quote: 'Detained.' }],
};

const records: CanvasRecords = {
  nodes: { [RUBEN.id]: RUBEN, [FORCES.id]: FORCES },
  edges: { [DETENTION.id]: DETENTION },
  selection: [RUBEN.id],
  pinned: [],
};

describe('wordsForFocus', () => {
  it('says an entity with its relations shown, whether it is selected, and where it stands', () => {
    const report: FocusReport = { kind: 'entity', id: RUBEN.id, index: 1, total: 2, relationIds: [DETENTION.id], unrelated: false };
    expect(wordsForFocus(report, records)).toBe('Ruben Vardanyan, Person, 1 of 7 relations shown, selected; 2 of 2 on the canvas');
  });

  it('says a relation from source to target and which entity’s relations the brackets step round', () => {
    const report: FocusReport = { kind: 'relation', id: DETENTION.id, anchorId: RUBEN.id, index: 0, total: 1 };
    expect(wordsForFocus(report, records)).toBe(
      'Relation: Azerbaijani Armed Forces detained Ruben Vardanyan, 1 quote; 1 of 1 relation of Ruben Vardanyan',
    );
  });

  it('says the canvas is empty, and nothing for an element no longer held', () => {
    expect(wordsForFocus({ kind: 'empty' }, records)).toMatch(/^The canvas is empty\./);
    expect(wordsForFocus({ kind: 'relation', id: 'rel:gone', anchorId: RUBEN.id, index: 0, total: 1 }, records)).toBeNull();
  });
});

describe('relationSentenceOf', () => {
  it('names the ends, and falls back to the id', () => {
    expect(relationSentenceOf(records, DETENTION.id)).toBe('Azerbaijani Armed Forces detained Ruben Vardanyan');
    expect(relationSentenceOf(records, 'rel:gone')).toBe('rel:gone');
  });
});

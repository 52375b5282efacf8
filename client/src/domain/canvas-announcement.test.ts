import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '@kgx/contract';
import {
  describeEntityFocus,
  describeNoQuote,
  describeRelationFocus,
  describeSelected,
  evidenceInWords,
  relationSentence,
  typeInWords,
} from './canvas-announcement.ts';

const RUBEN = { name: 'Ruben Vardanyan', type: 'Person', degree: 7 };
const QUOTE = { documentId: 'doc:a', quote: 'He was detained at the checkpoint.' };
const RECORD = { datasetId: 'ds', file: 'f.csv', row: 2, record: { a: 'b' } };

const detention: GraphEdge = {
  id: 'rel:1',
  type: 'DETAINED',
  source: 'organisation:azerbaijani-armed-forces',
  target: 'person:ruben-vardanyan',
  startDate: '2023-09-27',
  evidence: [QUOTE],
};

describe('describeEntityFocus', () => {
  it('says the name, the type, the relations and where it stands on the canvas', () => {
    expect(describeEntityFocus({ entity: RUBEN, relations: 7, index: 0, total: 12, selected: false, pinned: false })).toBe(
      'Ruben Vardanyan, Person, 7 relations; 1 of 12 on the canvas',
    );
  });

  it('counts in words, one relation or none', () => {
    const lone = { name: 'Azerbaijan', type: 'Place' };
    expect(describeEntityFocus({ entity: lone, relations: 1, index: 2, total: 3, selected: false, pinned: false })).toBe(
      'Azerbaijan, Place, 1 relation; 3 of 3 on the canvas',
    );
    expect(describeEntityFocus({ entity: lone, relations: 0, index: 0, total: 1, selected: false, pinned: false })).toBe(
      'Azerbaijan, Place, no relations; 1 of 1 on the canvas',
    );
  });

  it('says how many relations the graph holds when the canvas shows fewer', () => {
    expect(describeEntityFocus({ entity: RUBEN, relations: 2, index: 4, total: 5, selected: false, pinned: false })).toBe(
      'Ruben Vardanyan, Person, 2 of 7 relations shown; 5 of 5 on the canvas',
    );
  });

  it('says when it is selected or pinned', () => {
    expect(describeEntityFocus({ entity: RUBEN, relations: 7, index: 0, total: 2, selected: true, pinned: true })).toBe(
      'Ruben Vardanyan, Person, 7 relations, selected, pinned; 1 of 2 on the canvas',
    );
  });

  it('says when the arrow found no relation and went to the nearest entity', () => {
    const said = describeEntityFocus({ entity: RUBEN, relations: 7, index: 0, total: 2, selected: false, pinned: false, unrelated: true });
    expect(said).toBe('No relation to follow; nearest entity: Ruben Vardanyan, Person, 7 relations; 1 of 2 on the canvas');
  });

  it('reads a type of several words as words', () => {
    expect(typeInWords('PublicBody')).toBe('Public body');
    expect(typeInWords('Person')).toBe('Person');
  });
});

describe('describeRelationFocus', () => {
  const facts = { sourceName: 'Azerbaijani Armed Forces', targetName: 'Ruben Vardanyan', anchorName: 'Ruben Vardanyan', selected: false };

  it('reads the relation from source to target in the vocabulary’s words, with its date, evidence and place', () => {
    expect(describeRelationFocus({ ...facts, edge: detention, index: 1, total: 7 })).toBe(
      'Relation: Azerbaijani Armed Forces detained Ruben Vardanyan, 27 Sep 2023, 1 quote; 2 of 7 relations of Ruben Vardanyan',
    );
  });

  it('leaves out a date it does not have, and says when the relation is selected', () => {
    const undated: GraphEdge = { ...detention, startDate: undefined, evidence: [QUOTE, QUOTE] };
    expect(describeRelationFocus({ ...facts, edge: undated, index: 0, total: 1, selected: true })).toBe(
      'Relation: Azerbaijani Armed Forces detained Ruben Vardanyan, 2 quotes, selected; 1 of 1 relation of Ruben Vardanyan',
    );
  });

  it('reads a document’s mention as such', () => {
    expect(relationSentence({ type: 'MENTIONS' }, { source: 'A report', target: 'Stepanakert' })).toBe('A report mentions Stepanakert');
  });
});

describe('evidenceInWords', () => {
  it('counts quotes and records apart', () => {
    expect(evidenceInWords([])).toBe('no evidence');
    expect(evidenceInWords([RECORD])).toBe('1 record');
    expect(evidenceInWords([QUOTE, RECORD, RECORD])).toBe('1 quote and 2 records');
  });
});

describe('what a key that did something says', () => {
  it('says what was selected', () => {
    expect(describeSelected({ entityName: 'Ruben Vardanyan' })).toBe('Selected Ruben Vardanyan.');
    expect(describeSelected({ relation: 'A detained B' })).toBe('Selected the relation: A detained B.');
  });

  it('says where there was no quote to open', () => {
    expect(describeNoQuote({ entityName: 'Azerbaijan' })).toBe('No quote to open among the relations of Azerbaijan shown.');
    expect(describeNoQuote({ relation: 'A detained B' })).toMatch(/records are in the details/);
  });
});

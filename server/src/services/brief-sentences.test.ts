import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, type Evidence, type GraphEdge, type GraphNode } from '@kgx/contract';
import type { BriefRelation, CitedDocument } from '../graph/brief-relations.ts';
import { briefTitle, buildBriefBody, inOrderOfEvents, predicateOf, sentenceOf } from './brief-sentences.ts';

const node = (id: string, name: string, type = 'Person'): GraphNode => ({ id, type, name, aliases: [] });
const RUBEN = node('person:ruben-vardanyan', 'Ruben Vardanyan');
const AZERBAIJAN = node('place:azerbaijan', 'Azerbaijan', 'Place');
const FORCES = node('organisation:azerbaijani-armed-forces', 'Azerbaijani Armed Forces', 'Organisation');
const ARTSAKH = node('organisation:republic-of-artsakh', 'Republic of Artsakh', 'Organisation');

const ARREST_QUOTE = { documentId: 'doc-wiki', quote: 'On 27 September, Ruben Vardanyan was apprehended by Azerbaijani forces.' };
const BLOCKADE_QUOTE = { documentId: 'doc-news', quote: 'Ruben Vardanyan explains the suffering the blockade is inflicting.' };

function relation(subject: GraphNode, type: string, object: GraphNode, edge: Partial<GraphEdge> & { evidence: Evidence[] }): BriefRelation {
  return { subject, object, relation: { id: `${subject.id}>${type}>${object.id}`, type, source: subject.id, target: object.id, ...edge } };
}

const detained = relation(FORCES, 'DETAINED', RUBEN, {
  detail: 'apprehended as he was poised to enter Armenia',
  dateFrom: '2023-09-27',
  dateTo: '2023-09-27',
  evidence: [{ ...ARREST_QUOTE, date: '2023-09-27' }],
});
const accused = relation(RUBEN, 'ACCUSED', AZERBAIJAN, {
  detail: 'of the ultimate goal of ethnically cleansing the Armenian population of Artsakh',
  evidence: [BLOCKADE_QUOTE],
});
const minister = relation(RUBEN, 'WORKS_FOR', ARTSAKH, { role: 'State Minister', evidence: [BLOCKADE_QUOTE] });
const blockade = relation(AZERBAIJAN, 'BLOCKADED', ARTSAKH, {
  dateFrom: '2022-12-12',
  dateTo: '2023-09-30',
  evidence: [{ documentId: 'doc-news', quote: 'Azerbaijan has blockaded the Lachin corridor since December 2022.' }],
});

const DOCUMENTS = new Map<string, CitedDocument>([
  ['doc-wiki', { id: 'doc-wiki', title: 'Flight of Nagorno-Karabakh Armenians' }],
  ['doc-news', { id: 'doc-news', title: 'Life in Nagorno-Karabakh', date: '2023-11-08' }],
]);

function material(items: BriefRelation[], relationIds = items.map((i) => i.relation.id)) {
  return {
    relationIds,
    relations: new Map(items.map((i) => [i.relation.id, i])),
    documents: DOCUMENTS,
    vocabulary: DEFAULT_VOCABULARY,
  };
}

const labelOf = (type: string) => DEFAULT_VOCABULARY.relationTypes.find((t) => t.type === type)?.label ?? '?';

describe('sentenceOf', () => {
  it('reads subject, the vocabulary’s wording and object, a detail that opens with a preposition continuing the clause', () => {
    expect(sentenceOf(accused, labelOf)).toBe(
      'Ruben Vardanyan accused Azerbaijan of the ultimate goal of ethnically cleansing the Armenian population of Artsakh.',
    );
  });

  it('opens with the date and sets any other detail after a dash', () => {
    expect(sentenceOf(detained, labelOf)).toBe(
      'On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan — apprehended as he was poised to enter Armenia.',
    );
  });

  it('reads the role as "as …"', () => {
    expect(sentenceOf(minister, labelOf)).toBe('Ruben Vardanyan works for Republic of Artsakh as State Minister.');
  });

  it('gives a label that names a state a verb, and does not end a sentence twice', () => {
    const member = relation(RUBEN, 'MEMBER_OF', ARTSAKH, { detail: 'its government.', evidence: [BLOCKADE_QUOTE] });
    expect(sentenceOf(member, labelOf)).toBe('Ruben Vardanyan is a member of Republic of Artsakh — its government.');
    expect(predicateOf('located in')).toBe('is located in');
    expect(predicateOf('carried out')).toBe('carried out');
  });
});

describe('inOrderOfEvents', () => {
  it('orders by the first day each may have happened, undated last, keeping the order asked for otherwise', () => {
    const undatedFirst = { relation: {}, name: 'undated first' };
    const late = { relation: { dateFrom: '2023-09-27' }, name: 'late' };
    const undatedSecond = { relation: {}, name: 'undated second' };
    const early = { relation: { dateFrom: '2022-12-12' }, name: 'early' };
    const lateAgain = { relation: { dateFrom: '2023-09-27' }, name: 'late again' };
    expect(inOrderOfEvents([undatedFirst, late, undatedSecond, early, lateAgain]).map((i) => i.name)).toEqual([
      'early',
      'late',
      'late again',
      'undated first',
      'undated second',
    ]);
  });
});

describe('buildBriefBody', () => {
  it('puts the sentences in the order of events and numbers the sources as they are first cited', () => {
    const body = buildBriefBody(material([accused, detained, minister, blockade]));
    expect(body.sentences.map((s) => s.relationId)).toEqual([
      blockade.relation.id,
      detained.relation.id,
      accused.relation.id,
      minister.relation.id,
    ]);
    expect(body.sentences.map((s) => s.citations)).toEqual([[1], [2], [3], [3]]);
    expect(body.sentences[1]).toMatchObject({ dateFrom: '2023-09-27', dateTo: '2023-09-27' });
    expect(body.sentences[2]?.dateFrom).toBeUndefined();
    expect(body.sources.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(body.notFound).toEqual([]);
  });

  it('gives one number to the same quote however many relations rest on it, with its document’s title and date', () => {
    const body = buildBriefBody(material([accused, minister]));
    expect(body.sources).toEqual([
      {
        number: 1,
        kind: 'quote',
        documentId: 'doc-news',
        documentTitle: 'Life in Nagorno-Karabakh',
        documentDate: '2023-11-08',
        quote: BLOCKADE_QUOTE.quote,
      },
    ]);
    expect(body.sentences.map((s) => s.citations)).toEqual([[1], [1]]);
  });

  it('cites a record by its data set, file, row and cells, and names a document the graph lacks by its id', () => {
    const owns = relation(RUBEN, 'OWNS', ARTSAKH, {
      evidence: [
        { datasetId: 'registry', file: 'owners.csv', row: 4, record: { owner: 'Ruben Vardanyan', share: '51%' } },
        { documentId: 'doc-gone', quote: 'Vardanyan owns the company outright.' },
      ],
    });
    const body = buildBriefBody(material([owns]));
    expect(body.sources).toEqual([
      { number: 1, kind: 'record', datasetId: 'registry', file: 'owners.csv', row: 4, cells: { owner: 'Ruben Vardanyan', share: '51%' } },
      { number: 2, kind: 'quote', documentId: 'doc-gone', documentTitle: 'doc-gone', quote: 'Vardanyan owns the company outright.' },
    ]);
    expect(body.sentences[0]?.citations).toEqual([1, 2]);
  });

  it('lists the ids that name no relation, once each, and reads an id asked for twice once', () => {
    const ids = [detained.relation.id, 'person:nobody>DETAINED>person:no-one', detained.relation.id, 'not-an-id'];
    const body = buildBriefBody(material([detained], ids));
    expect(body.sentences.map((s) => s.relationId)).toEqual([detained.relation.id]);
    expect(body.notFound).toEqual(['person:nobody>DETAINED>person:no-one', 'not-an-id']);
  });

  it('reads a relation type the vocabulary lacks from its name', () => {
    const odd = relation(RUBEN, 'FUNDED_BY_PROXY', ARTSAKH, { evidence: [BLOCKADE_QUOTE] });
    expect(buildBriefBody(material([odd])).sentences[0]?.text).toBe('Ruben Vardanyan funded by proxy Republic of Artsakh.');
  });
});

describe('briefTitle', () => {
  it('heads a path by its ends and an entity’s relations by its name, as the relations name them', () => {
    const relations = [detained, accused];
    expect(briefTitle({ focus: [FORCES.id, AZERBAIJAN.id] }, relations)).toBe('How Azerbaijani Armed Forces connects to Azerbaijan');
    expect(briefTitle({ focus: [RUBEN.id] }, relations)).toBe('What the sources say about Ruben Vardanyan');
    expect(briefTitle({ title: 'Mine', focus: [RUBEN.id] }, relations)).toBe('Mine');
    expect(briefTitle({}, relations)).toBe('What the sources say');
  });
});

// Documents uploaded through real multipart requests, extracted in the background, and reviewed: every proposal
// pinned to a verbatim sentence, every decision undone to the exact graph it started from, a rejection remembered.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditResponseSchema,
  CandidateDecisionResponseSchema,
  CandidatesResponseSchema,
  DatasetResponseSchema,
  DatasetUploadResponseSchema,
  DocumentResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  NeighborsResponseSchema,
  type CandidatesResponse,
  type DatasetSummary,
  type RelationCandidate,
} from '@kgx/contract';
import { LIST_CANDIDATES, READ_CANDIDATE, WRITE_ENTITY_CANDIDATES, WRITE_RELATION_CANDIDATES } from '../../server/src/graph/candidates.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { asQuote } from '../support/evidence.ts';
import { countGraph, firstDifference, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';
import { planOperators } from '../support/query-plan.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/text');
const DATASET = 'port-inquiry';

let app: TestApp;
let before: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.client);
});
afterAll(async () => {
  for (const id of ['second-note', DATASET, 'scanned-letter', 'empty-note']) await removeDataset(app.client, id, () => undefined);
  await app?.close();
});

async function upload(fields: Record<string, string>, names: string[], contents: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const name of names) {
    const bytes = name in contents ? Buffer.from(contents[name] ?? '') : await readFile(path.join(FIXTURES, name));
    form.append('files', new Blob([bytes]), name);
  }
  return call(app.baseUrl, '/api/datasets', { method: 'POST', form });
}

/** Polls the record until the import, and the extraction it asked for, have ended: the condition, not a fixed wait. */
async function settled(id: string, opts: { extraction: boolean }): Promise<DatasetSummary> {
  for (;;) {
    const { dataset } = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${id}`)).body);
    const imported = dataset.status === 'done' || dataset.status === 'failed';
    const extracted = !opts.extraction || dataset.status === 'failed' || ['done', 'failed'].includes(dataset.extraction?.status ?? '');
    if (imported && extracted) return dataset;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function candidates(status: 'open' | 'all' = 'open'): Promise<CandidatesResponse> {
  const response = await call(app.baseUrl, `/api/datasets/${DATASET}/candidates?status=${status}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return CandidatesResponseSchema.parse(response.body);
}

async function decide(id: string, body: unknown) {
  return call(app.baseUrl, `/api/candidates/${id}/decision`, { method: 'POST', body });
}

async function undo(id: string) {
  return call(app.baseUrl, `/api/candidates/${id}/decision`, { method: 'DELETE' });
}

function findRelation(list: RelationCandidate[], match: (c: RelationCandidate) => boolean): RelationCandidate {
  const found = list.find(match);
  if (!found)
    throw new Error(`no such relation candidate among ${list.map((c) => `${c.subject.name} ${c.type} ${c.object.name}`).join('; ')}`);
  return found;
}

describe('documents in, candidates out', () => {
  it('imports txt, pdf and docx files as documents and extracts candidates from them at once', async () => {
    const response = await upload({ format: 'text', name: 'Port inquiry' }, ['port-inquiry.txt', 'statement.pdf', 'notes.docx']);
    expect(response.status).toBe(202);
    expect(DatasetUploadResponseSchema.parse(response.body).id).toBe(DATASET);
    const dataset = await settled(DATASET, { extraction: true });
    expect(dataset).toMatchObject({ status: 'done', counts: { documents: 3 }, extraction: { status: 'done', documents: 3, processed: 3 } });
    expect(dataset.extraction?.relations).toBeGreaterThan(0);
  });

  it('pins every candidate to a verbatim sentence of its document, and its ends and names to their words', async () => {
    const { entities, relations } = await candidates();
    expect(relations.length).toBeGreaterThan(0);
    expect(entities.length).toBeGreaterThan(0);
    const texts = new Map<string, string>();
    for (const id of new Set([...relations, ...entities].map((c) => c.documentId))) {
      texts.set(id, DocumentResponseSchema.parse((await call(app.baseUrl, `/api/documents/${id}`)).body).document.text);
    }
    for (const c of relations) {
      const text = texts.get(c.documentId) ?? '';
      expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.quote);
      for (const end of [c.subject, c.object]) {
        expect(end.start).toBeGreaterThanOrEqual(c.sentence.start);
        expect(end.end).toBeLessThanOrEqual(c.sentence.end);
      }
      expect(c.why.rule).not.toBe('');
    }
    for (const c of entities) {
      const text = texts.get(c.documentId) ?? '';
      expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
      expect(text.slice(c.start, c.end).toLowerCase()).toContain(c.name.toLowerCase());
    }
  });

  it('proposes a name that resembles an existing entity as a merge, not as a new entity', async () => {
    const { entities } = await candidates();
    const variant = entities.find((c) => c.name === 'Ruben Vardanian');
    expect(variant?.mergeWith).toMatchObject({ id: 'person:ruben-vardanyan', name: 'Ruben Vardanyan' });
  });
});

describe('decisions', () => {
  it('accepts a relation into the graph with its sentence as evidence, creating its new end, and undoes it to the exact graph before', async () => {
    const visit = findRelation((await candidates()).relations, (c) => c.type === 'VISITED' && c.subject.id === 'person:ruben-vardanyan');
    expect(visit.object.id).toBeUndefined();
    const start = await countGraph(app.client);

    const accepted = await decide(visit.id, { decision: 'accept' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const { relation } = CandidateDecisionResponseSchema.parse(accepted.body);
    expect(relation).toMatchObject({ status: 'accepted', decided: { by: 'local' } });
    const placeId = relation?.object.id;
    if (placeId === undefined) throw new Error('the new end has no id');
    const place = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${placeId}`)).body);
    expect(place.entity).toMatchObject({ name: 'Valmora', type: 'Place', datasets: [DATASET] });
    const neighbours = NeighborsResponseSchema.parse(
      (await call(app.baseUrl, `/api/entities/person:ruben-vardanyan/neighbors?limit=500`)).body,
    );
    const edge = neighbours.edges.find((e) => e.type === 'VISITED' && e.target === placeId);
    expect(edge?.evidence.map(asQuote).map((q) => q?.quote)).toEqual([visit.quote]);
    expect(edge?.datasets).toEqual([DATASET]);
    // Its entity candidate was accepted with it.
    expect((await candidates('all')).entities.find((c) => c.name === 'Valmora')).toMatchObject({ status: 'accepted', entityId: placeId });
    // The data set says what review added to it (bug: its counts said only what was imported, "no relations").
    const summary = async () => DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${DATASET}`)).body).dataset;
    expect((await summary()).accepted).toEqual({ entities: 1, relations: 1 });

    const undone = await undo(visit.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(CandidateDecisionResponseSchema.parse(undone.body).relation?.status).toBe('open');
    expect((await call(app.baseUrl, `/api/entities/${placeId}`)).status).toBe(404);
    expect((await candidates()).entities.find((c) => c.name === 'Valmora')?.status).toBe('open');
    expect((await summary()).accepted).toEqual({ entities: 0, relations: 0 });
    const end = await countGraph(app.client);
    expectSameGraph(end, start);
  });

  it('accepts with an end changed to an existing entity, creating the other end, and undoes it', async () => {
    const accusation = findRelation((await candidates()).relations, (c) => c.type === 'ACCUSED' && c.object.name === 'Delta Shipping Ltd');
    const start = await countGraph(app.client);
    const accepted = await decide(accusation.id, { decision: 'accept', objectId: 'organisation:government-of-azerbaijan' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const { relation } = CandidateDecisionResponseSchema.parse(accepted.body);
    expect(relation?.object.id).toBe('organisation:government-of-azerbaijan');
    expect(relation?.relationId).toBe(`${relation?.subject.id ?? ''}>ACCUSED>organisation:government-of-azerbaijan`);
    const government = NeighborsResponseSchema.parse(
      (await call(app.baseUrl, '/api/entities/organisation:government-of-azerbaijan/neighbors?limit=500')).body,
    );
    expect(government.edges.find((e) => e.id === relation?.relationId)?.evidence.map((e) => asQuote(e)?.quote)).toEqual([accusation.quote]);
    expect((await undo(accusation.id)).status).toBe(200);
    expectSameGraph(await countGraph(app.client), start);
  });

  it('names an end the reviewer changed as the entity chosen (bug: the accepted candidate kept the name of the sentence)', async () => {
    const accusation = findRelation((await candidates()).relations, (c) => c.type === 'ACCUSED' && c.object.name === 'Delta Shipping Ltd');
    const accepted = await decide(accusation.id, { decision: 'accept', objectId: 'organisation:government-of-azerbaijan' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const { relation } = CandidateDecisionResponseSchema.parse(accepted.body);
    expect(relation?.object).toMatchObject({
      id: 'organisation:government-of-azerbaijan',
      name: 'Government of Azerbaijan',
      type: 'Organisation',
    });
    expect(relation?.subject.name).toBe(accusation.subject.name);
    const listed = findRelation((await candidates('all')).relations, (c) => c.id === accusation.id);
    expect(listed.object).toMatchObject({ id: 'organisation:government-of-azerbaijan', name: 'Government of Azerbaijan' });
    expect((await undo(accusation.id)).status).toBe(200);
    const reopened = findRelation((await candidates()).relations, (c) => c.id === accusation.id);
    expect(reopened.object.name).toBe('Delta Shipping Ltd');
  });

  it('lists only the candidates that name an entity when asked', async () => {
    const response = await call(app.baseUrl, `/api/datasets/${DATASET}/candidates?entityId=person:ruben-vardanyan`);
    const about = CandidatesResponseSchema.parse(response.body);
    expect(about.relations.length).toBeGreaterThan(0);
    for (const c of about.relations) expect([c.subject.id, c.object.id]).toContain('person:ruben-vardanyan');
    expect(about.relations.length).toBeLessThan((await candidates()).relations.length);
  });

  it('merges a candidate into an existing entity as an alias, and undoes it', async () => {
    const variant = (await candidates()).entities.find((c) => c.name === 'Ruben Vardanian');
    if (!variant) throw new Error('no merge candidate');
    const start = await countGraph(app.client);
    const merged = await decide(variant.id, { decision: 'merge', entityId: 'person:ruben-vardanyan' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:ruben-vardanyan')).body).entity;
    expect(entity.aliases).toContain('Ruben Vardanian');
    expect((await undo(variant.id)).status).toBe(200);
    const after = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:ruben-vardanyan')).body).entity;
    expect(after.aliases).not.toContain('Ruben Vardanian');
    const end = await countGraph(app.client);
    expectSameGraph(end, start);
  });

  it('remembers a rejection: extraction run again does not propose it again', async () => {
    // A pair the sentence only puts near each other ("accused Delta Shipping Ltd of dumping fuel near Valmora"): one to reject.
    const wrong = findRelation(
      (await candidates()).relations,
      (c) => c.subject.name === 'Delta Shipping Ltd' && c.object.name === 'Valmora',
    );
    expect((await decide(wrong.id, { decision: 'reject' })).status).toBe(200);
    expect((await call(app.baseUrl, `/api/datasets/${DATASET}/extract`, { method: 'POST', body: {} })).status).toBe(202);
    const dataset = await settled(DATASET, { extraction: true });
    expect(dataset.extraction?.status).toBe('done');
    const again = await candidates();
    expect(again.relations.map((c) => c.id)).not.toContain(wrong.id);
    expect((await candidates('all')).relations.find((c) => c.id === wrong.id)?.status).toBe('rejected');
    expect(again.counts.relations.rejected).toBe(1);
  });

  it('records each decision in the audit trail, with who and which candidate', async () => {
    const audit = AuditResponseSchema.parse((await call(app.baseUrl, '/api/audit?action=candidate.decide')).body);
    expect(audit.entries.length).toBeGreaterThanOrEqual(3);
    expect(audit.entries[0]).toMatchObject({ actor: 'local', outcome: 'done', target: { kind: 'candidate' } });
  });

  it('refuses what cannot be decided with the right status, changing nothing', async () => {
    const open = await candidates();
    const untyped = open.relations.find((c) => c.type === undefined);
    const typed = findRelation(open.relations, (c) => c.type !== undefined);
    const rejected = (await candidates('all')).relations.find((c) => c.status === 'rejected');
    const start = await countGraph(app.client);
    const refusals: [string, unknown, number, string][] = [
      [typed.id, { decision: 'accept', type: 'NOT_A_TYPE' }, 400, 'INVALID_PARAMETER'],
      [typed.id, { decision: 'accept', subjectId: 'person:nobody-at-all' }, 400, 'INVALID_PARAMETER'],
      [typed.id, { decision: 'merge', entityId: 'person:ruben-vardanyan' }, 400, 'INVALID_PARAMETER'],
      [typed.id, { decision: 'launch' }, 400, 'INVALID_BODY'],
      [rejected?.id ?? '', { decision: 'accept' }, 409, 'CONFLICT'],
      ['rc-00000000000000000000', { decision: 'reject' }, 404, 'CANDIDATE_NOT_FOUND'],
    ];
    if (untyped) refusals.push([untyped.id, { decision: 'accept' }, 400, 'INVALID_PARAMETER']);
    for (const [id, body, status, code] of refusals) {
      const response = await decide(id, body);
      expect(response.status, `${id} ${JSON.stringify(body)}: ${JSON.stringify(response.body)}`).toBe(status);
      expect(ErrorBodySchema.parse(response.body).error.code).toBe(code);
    }
    expect((await undo(typed.id)).status).toBe(409);
    expect(await countGraph(app.client)).toEqual(start);
  });
});

describe('refused documents', () => {
  it.each([
    ['a PDF without a text layer', 'scanned-letter', 'scan.pdf', undefined, 'no text layer: OCR is not supported'],
    ['an empty file', 'empty-note', 'empty.txt', '', 'is empty'],
  ])('refuses %s with the reason, storing no document', async (_what, id, name, content, reason) => {
    const documents = (await countGraph(app.client)).labels['Document'];
    const response = await upload({ format: 'text', name: id }, [name], content === undefined ? {} : { [name]: content });
    expect(response.status).toBe(202);
    const dataset = await settled(id, { extraction: false });
    expect(dataset.status).toBe('failed');
    expect(dataset.report?.problems).toEqual([{ file: name, reason: expect.stringContaining(reason) }]);
    expect((await countGraph(app.client)).labels['Document']).toBe(documents);
  });
});

describe('what a new document changes', () => {
  it('reports per document what its candidates add', async () => {
    const { documents, relations, entities } = await candidates();
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.reduce((sum, d) => sum + d.newRelations + d.corroborating, 0)).toBe(relations.length);
    expect(documents.reduce((sum, d) => sum + d.newEntities + d.mergeSuggestions, 0)).toBe(entities.length);
  });

  it('says that a later document corroborates an accepted relation, and where its date contradicts it', async () => {
    const visit = findRelation((await candidates()).relations, (c) => c.type === 'VISITED');
    expect((await decide(visit.id, { decision: 'accept' })).status).toBe(200);
    const response = await upload({ format: 'text', name: 'Second note' }, ['second-note.txt'], {
      'second-note.txt': 'Travel log. Ruben Vardanyan visited Valmora in June 2023, a witness said.',
    });
    expect(response.status).toBe(202);
    await settled('second-note', { extraction: true });
    const second = CandidatesResponseSchema.parse((await call(app.baseUrl, '/api/datasets/second-note/candidates')).body);
    const again = findRelation(second.relations, (c) => c.type === 'VISITED');
    expect(again).toMatchObject({
      subject: { id: 'person:ruben-vardanyan' },
      corroborates: 'person:ruben-vardanyan>VISITED>place:valmora',
    });
    expect(again.contradicts).toEqual([expect.stringContaining('this sentence 2023-06')]);
    expect(second.documents).toEqual([expect.objectContaining({ corroborating: 1, contradicting: 1 })]);
  });
});

describe('removing the data set', () => {
  it('takes its candidates and what was accepted from them, leaving the graph as before', async () => {
    for (const id of ['second-note', DATASET, 'scanned-letter', 'empty-note']) {
      expect((await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE' })).status).toBe(200);
    }
    expect((await call(app.baseUrl, `/api/datasets/${DATASET}/candidates`)).status).toBe(404);
    expect(await countGraph(app.client)).toEqual(before);
  });
});

/** The graph as it was, apart from the candidates' record of decisions; a difference is shown where it starts. */
function expectSameGraph(actual: GraphCounts, expected: GraphCounts): void {
  const difference = firstDifference(withoutDecisions(actual.fingerprint), withoutDecisions(expected.fingerprint));
  expect(difference.actual).toBe(difference.expected);
  expect({ ...actual, fingerprint: '' }).toEqual({ ...expected, fingerprint: '' });
}

/** A candidate's record of decisions and who took them stays after an undo, by design: the rest must be as before. */
function withoutDecisions(fingerprint: string): string {
  return JSON.stringify(JSON.parse(fingerprint), (key: string, value: unknown) =>
    ['decidedAt', 'decidedBy', 'history'].includes(key) ? undefined : value,
  );
}

describe('how candidates are stored', () => {
  it('writes and reads candidates through indexes, never by scanning them all (bug: a long document took 36 s to write its 9,000 candidates)', async () => {
    const queries = { WRITE_ENTITY_CANDIDATES, WRITE_RELATION_CANDIDATES, LIST_CANDIDATES, READ_CANDIDATE };
    const params = { rows: [], runId: 'r', dataset: DATASET, status: null, documentId: null, id: 'rc-x' };
    for (const [name, query] of Object.entries(queries)) {
      const operators = await planOperators(app.client, query, params);
      expect(
        operators.filter((operator) => /LabelScan|LabelsScan|AllNodesScan/.test(operator)),
        name,
      ).toEqual([]);
      expect(
        operators.some((operator) => /NodeIndexSeek|NodeUniqueIndexSeek|Merge/.test(operator)),
        `${name}: ${operators.join(', ')}`,
      ).toBe(true);
    }
  });
});

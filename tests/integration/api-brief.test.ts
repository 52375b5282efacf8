// POST /api/brief: a brief of relations in sentences, checked against the seed data and the documents the API serves.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BriefResponseSchema,
  DocumentResponseSchema,
  ErrorBodySchema,
  MAX_BRIEF_RELATIONS,
  PathsResponseSchema,
  relationId,
  type BriefResponse,
  type DocumentResponse,
  type RelationRecord,
} from '@kgx/contract';
import { SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import { isWrite } from '../../server/src/routes/endpoint.ts';
import { ENDPOINTS } from '../../server/src/routes/registry.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let seedRelations: RelationRecord[];
beforeAll(async () => {
  app = await startTestApp();
  seedRelations = JSON.parse(await readFile(path.join(SEED_DATASET_DIR, 'relations.json'), 'utf8')) as RelationRecord[];
});
afterAll(async () => {
  await app?.close();
});

const VARDANYAN = 'person:ruben-vardanyan';
const PASHINYAN = 'person:nikol-pashinyan';

async function brief(body: unknown): Promise<BriefResponse> {
  const response = await call(app.baseUrl, '/api/brief', { body });
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
  return BriefResponseSchema.parse(response.body);
}

const documents = new Map<string, DocumentResponse['document']>();
async function documentOf(id: string): Promise<DocumentResponse['document']> {
  const known = documents.get(id);
  if (known) return known;
  const response = await call(app.baseUrl, `/api/documents/${encodeURIComponent(id)}`);
  expect(response.status).toBe(200);
  const document = DocumentResponseSchema.parse(response.body).document;
  documents.set(id, document);
  return document;
}

/** Every relation the seed data gives Vardanyan, as ids, in the file's order. */
function vardanyanRelationIds(): string[] {
  return seedRelations.filter((r) => r.source === VARDANYAN || r.target === VARDANYAN).map(relationId);
}

describe('POST /api/brief', () => {
  it('is declared once, as a viewer’s read (no audit), and answers its documented example', async () => {
    const declared = ENDPOINTS.filter((e) => e.path === '/brief');
    expect(declared.map((e) => e.method)).toEqual(['post']);
    const endpoint = declared[0];
    if (!endpoint) throw new Error('POST /api/brief is not in the registry');
    expect(endpoint.role).toBe('viewer');
    expect(isWrite(endpoint)).toBe(false);
    const body = await brief(endpoint.example.body);
    expect(body.sentences.length).toBeGreaterThan(0);
    expect(body.notFound).toEqual([]);
  });

  it('cites for every sentence quotes that are verbatim in their documents, with the documents’ titles and dates', async () => {
    const ids = vardanyanRelationIds();
    expect(ids.length).toBeGreaterThan(3);
    const body = await brief({ relationIds: ids, focus: [VARDANYAN] });

    expect(body.title).toBe('What the sources say about Ruben Vardanyan');
    expect(body.notFound).toEqual([]);
    expect(body.sentences.map((s) => s.relationId).sort()).toEqual([...ids].sort());
    for (const sentence of body.sentences) expect(sentence.citations.length, sentence.text).toBeGreaterThan(0);
    const cited = new Set(body.sentences.flatMap((s) => s.citations));
    expect(body.sources.map((s) => s.number)).toEqual(body.sources.map((_, i) => i + 1));
    expect([...cited].sort((a, b) => a - b)).toEqual(body.sources.map((s) => s.number));

    const quotes = body.sources.filter((s) => s.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const source of quotes) {
      const document = await documentOf(source.documentId);
      expect(document.text.includes(source.quote), `quote [${source.number}] not verbatim in ${source.documentId}`).toBe(true);
      expect(source.documentTitle).toBe(document.title);
      expect(source.documentDate).toBe(document.date);
    }
  });

  it('gives one number to a quote that several relations rest on', async () => {
    const ids = vardanyanRelationIds();
    const quoted = seedRelations
      .filter((r) => ids.includes(relationId(r)))
      .flatMap((r) => r.evidence.flatMap((e) => ('quote' in e ? [`${e.documentId}|${e.quote}`] : [])));
    // The premise: the seed quotes one sentence for several of his relations.
    expect(new Set(quoted).size).toBeLessThan(quoted.length);
    const body = await brief({ relationIds: ids });
    expect(body.sources).toHaveLength(new Set(quoted).size);
  });

  it('reads each relation in the vocabulary’s words with its detail, role and date', async () => {
    const body = await brief({
      relationIds: [
        `${VARDANYAN}>ACCUSED>place:azerbaijan`,
        `organisation:azerbaijani-armed-forces>DETAINED>${VARDANYAN}`,
        `${VARDANYAN}>WORKS_FOR>organisation:government-of-artsakh`,
      ],
    });
    expect(body.sentences.map((s) => s.text)).toEqual([
      'On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan — apprehended as he was poised to enter Armenia.',
      'Ruben Vardanyan accused Azerbaijan of the ultimate goal of ethnically cleansing the Armenian population of Artsakh.',
      'Ruben Vardanyan works for Government of the Republic of Artsakh as State Minister.',
    ]);
    // The arrest is quoted for the detention and the post, the blockade sentence for the accusation and the post.
    expect(body.sentences.map((s) => s.citations)).toEqual([[1], [2], [1, 2]]);
  });

  it('puts the sentences in the order of events, the undated last in the order asked', async () => {
    const ids = vardanyanRelationIds();
    const body = await brief({ relationIds: [...ids].reverse() });
    const dated = body.sentences.filter((s) => s.dateFrom !== undefined);
    const undated = body.sentences.filter((s) => s.dateFrom === undefined);
    // The premise: his relations are some dated, some not, on more than one day.
    expect(dated.length).toBeGreaterThan(0);
    expect(undated.length).toBeGreaterThan(0);
    expect(body.sentences.slice(0, dated.length)).toEqual(dated);
    const days = dated.map((s) => s.dateFrom ?? '');
    expect(days).toEqual([...days].sort());
    expect(undated.map((s) => s.relationId)).toEqual([...ids].reverse().filter((id) => undated.some((s) => s.relationId === id)));
  });

  it('explains a path found by GET /api/paths, headed by its ends', async () => {
    const paths = await call(app.baseUrl, `/api/paths?from=${VARDANYAN}&to=${PASHINYAN}`);
    expect(paths.status).toBe(200);
    const first = PathsResponseSchema.parse(paths.body).paths[0];
    if (!first) throw new Error('the premise failed: no path from Vardanyan to Pashinyan');
    const body = await brief({ relationIds: first.edgeIds, focus: [VARDANYAN, PASHINYAN] });
    expect(body.title).toBe('How Ruben Vardanyan connects to Nikol Pashinyan');
    expect(body.sentences.map((s) => s.relationId).sort()).toEqual([...first.edgeIds].sort());
    for (const sentence of body.sentences) {
      expect(body.markdown).toContain(sentence.text);
      expect(body.html).toContain(sentence.citations.map((n) => `<a href="#source-${n}">${n}</a>`).join(', '));
    }
    expect(body.markdown.startsWith('# How Ruben Vardanyan connects to Nikol Pashinyan\n')).toBe(true);
    expect(body.html).toContain('<h1>How Ruben Vardanyan connects to Nikol Pashinyan</h1>');
  });

  it('lists ids that name no relation, and answers 200 with an empty brief when none does', async () => {
    const known = `${VARDANYAN}>ACCUSED>place:azerbaijan`;
    const unknown = ['person:nobody>ACCUSED>place:azerbaijan', 'not-a-relation-id', `${VARDANYAN}>DETAINED>place:azerbaijan`];
    const some = await brief({ relationIds: [known, ...unknown] });
    expect(some.sentences.map((s) => s.relationId)).toEqual([known]);
    expect(some.notFound).toEqual(unknown);
    expect(some.markdown).toContain('## Not found');

    const none = await brief({ relationIds: unknown });
    expect(none).toMatchObject({ sentences: [], sources: [], notFound: unknown });
    expect(none.markdown).toContain('None of the relations asked for is in the graph.');
  });

  it('escapes a title holding HTML in the page and keeps it readable in the Markdown', async () => {
    const body = await brief({ relationIds: [`${VARDANYAN}>ACCUSED>place:azerbaijan`], title: '<script>alert(1)</script>' });
    expect(body.title).toBe('<script>alert(1)</script>');
    expect(body.html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(body.html).not.toMatch(/<script/i);
    expect(body.markdown.startsWith('# \\<script\\>alert(1)\\</script\\>\n')).toBe(true);
  });

  it.each([
    ['no ids', { relationIds: [] }, 'relationIds'],
    ['an empty id', { relationIds: [''] }, 'relationIds.0'],
    ['an id that is not a string', { relationIds: [42] }, 'relationIds.0'],
    ['too many ids', { relationIds: Array.from({ length: MAX_BRIEF_RELATIONS + 1 }, (_, i) => `a>B>c${i}`) }, 'relationIds'],
    ['an unknown field', { relationIds: ['a>B>c'], colour: 'red' }, 'colour'],
    ['a focus of three entities', { relationIds: ['a>B>c'], focus: ['a', 'b', 'c'] }, 'focus'],
  ])('refuses %s with 400 INVALID_BODY naming the field', async (_name, body, parameter) => {
    const response = await call(app.baseUrl, '/api/brief', { body });
    expect(response.status).toBe(400);
    const error = ErrorBodySchema.parse(response.body).error;
    expect(error.code).toBe('INVALID_BODY');
    expect(error.details?.map((d) => d.parameter)).toContain(parameter);
  });
});

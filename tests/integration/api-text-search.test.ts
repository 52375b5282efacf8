// GET /api/search/text: the sentences of the documents that say what was searched for, each verbatim in its document,
// with the relations whose quotes lie in it; checked against the documents' own text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentResponseSchema, ErrorBodySchema, TextSearchResponseSchema, isQuoteEvidence } from '@kgx/contract';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function search(q: string, limit = 50) {
  const response = await call(app.baseUrl, `/api/search/text?q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(response.status).toBe(200);
  return TextSearchResponseSchema.parse(response.body);
}

const texts = new Map<string, string>();
async function textOf(documentId: string): Promise<string> {
  const known = texts.get(documentId);
  if (known !== undefined) return known;
  const body = DocumentResponseSchema.parse((await call(app.baseUrl, `/api/documents/${encodeURIComponent(documentId)}`)).body);
  texts.set(documentId, body.document.text);
  return body.document.text;
}

/** Every occurrence of a phrase in every document, found by a plain case-insensitive scan of the texts. */
async function occurrences(phrase: string): Promise<{ documentId: string; at: number }[]> {
  const list = (await call(app.baseUrl, '/api/documents')).body as { documents: { id: string }[] };
  const found: { documentId: string; at: number }[] = [];
  const pattern = new RegExp(`\\b${phrase}\\b`, 'gi');
  for (const { id } of list.documents)
    for (const match of (await textOf(id)).matchAll(pattern)) found.push({ documentId: id, at: match.index });
  return found;
}

describe('GET /api/search/text', () => {
  it('finds every sentence that says "ethnic cleansing", verbatim, with the phrase marked', async () => {
    const body = await search('ethnic cleansing');
    const expected = await occurrences('ethnic cleansing');
    expect(expected.length).toBeGreaterThan(3);
    for (const hit of body.hits) {
      const text = await textOf(hit.document.id);
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(hit.matches.length).toBeGreaterThan(0);
      for (const [start, end] of hit.matches) expect(text.slice(start, end).toLowerCase()).toBe('ethnic cleansing');
    }
    // Each occurrence lies in one sentence found.
    for (const { documentId, at } of expected) {
      expect(
        body.hits.some((h) => h.document.id === documentId && h.start <= at && at < h.end),
        `${documentId}@${at}`,
      ).toBe(true);
    }
  });

  it('gives the relations whose quotes lie in the sentence, and only those', async () => {
    const body = await search('passports');
    expect(body.hits.length).toBeGreaterThan(0);
    const withRelations = body.hits.filter((h) => h.relations.length > 0);
    expect(withRelations.length).toBeGreaterThan(0);
    for (const hit of withRelations) {
      const text = await textOf(hit.document.id);
      for (const { relation } of hit.relations) {
        const quotes = relation.evidence.filter(isQuoteEvidence).filter((e) => e.documentId === hit.document.id);
        const overlaps = quotes.some((e) => {
          const at = text.indexOf(e.quote);
          return at >= 0 && at < hit.end && at + e.quote.length > hit.start;
        });
        expect(overlaps, relation.id).toBe(true);
      }
    }
  });

  it('ignores case and accents, and keeps to the limit, saying more were found', async () => {
    const all = await search('ARMENIAN');
    expect(all.hits.length).toBeGreaterThan(3);
    const two = await search('armenian', 2);
    expect(two.hits).toHaveLength(2);
    expect(two.truncated).toBe(true);
  });

  it('answers 400 naming q when nothing searchable was typed', async () => {
    const response = await call(app.baseUrl, '/api/search/text?q=%2B%2B%2B');
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toEqual(['q']);
  });
});

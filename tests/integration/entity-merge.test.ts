// POST/DELETE /api/entities/:id/merge: two records of one person become one, keeping every alias, relation, mention
// and piece of evidence of both; undone to the exact graph before; refused when it would lose or clobber anything.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EntityMergeResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  NeighborsResponseSchema,
  DocumentResponseSchema,
} from '@kgx/contract';
import { importDataset } from '../../server/src/ingest/import.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { asQuote } from '../support/evidence.ts';
import { countGraph, firstDifference, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const TEXT =
  'Port memo. Mara Lind works for the Harbour Authority, the memo says. M. Lind, an employee of the Harbour Authority, visited the North Pier on 2 March 2024.';
const DATASETS = ['duplicates-memo', 'later-memo'];

let app: TestApp;
let dir: string;
let before: GraphCounts;

async function writeDataset(name: string, files: Record<string, unknown>): Promise<string> {
  const folder = path.join(dir, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(folder, file), JSON.stringify(content));
  return folder;
}

const quote = (words: string) => ({ documentId: 'duplicates-memo-1', quote: words });

beforeAll(async () => {
  app = await startTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'kgx-merge-'));
  before = await countGraph(app.client);
  const folder = await writeDataset('duplicates-memo', {
    'documents.json': [{ id: 'duplicates-memo-1', title: 'Port memo', kind: 'report', text: TEXT }],
    'entities.json': [
      { id: 'person:mara-lind', type: 'Person', name: 'Mara Lind', aliases: ['Lind'] },
      { id: 'person:m-lind', type: 'Person', name: 'M. Lind' },
      { id: 'organisation:harbour-authority', type: 'Organisation', name: 'Harbour Authority' },
      { id: 'place:north-pier', type: 'Place', name: 'North Pier' },
    ],
    'relations.json': [
      {
        type: 'WORKS_FOR',
        source: 'person:mara-lind',
        target: 'organisation:harbour-authority',
        evidence: [quote('Mara Lind works for the Harbour Authority')],
      },
      {
        type: 'WORKS_FOR',
        source: 'person:m-lind',
        target: 'organisation:harbour-authority',
        evidence: [quote('M. Lind, an employee of the Harbour Authority')],
      },
      {
        type: 'VISITED',
        source: 'person:m-lind',
        target: 'place:north-pier',
        evidence: [
          { ...quote('M. Lind, an employee of the Harbour Authority, visited the North Pier on 2 March 2024.'), date: '2024-03-02' },
        ],
      },
    ],
  });
  await importDataset(app.client, { format: 'native', files: [{ path: folder, name: 'duplicates-memo' }] }, { name: 'Duplicates memo' });
});
afterAll(async () => {
  for (const id of DATASETS) await removeDataset(app.client, id, () => undefined);
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const merge = (from: string, into: string) => call(app.baseUrl, `/api/entities/${from}/merge`, { method: 'POST', body: { into } });
const unmerge = (id: string) => call(app.baseUrl, `/api/entities/${id}/merge`, { method: 'DELETE' });

describe('POST /api/entities/:id/merge', () => {
  it('moves relations and mentions to the kept entity, combines a relation both had, and makes the names aliases', async () => {
    const start = await countGraph(app.client);
    const response = await merge('person:m-lind', 'person:mara-lind');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(EntityMergeResponseSchema.parse(response.body)).toEqual({
      merged: 'person:m-lind',
      into: 'person:mara-lind',
      relations: { moved: 1, combined: 1 },
    });
    expect((await call(app.baseUrl, '/api/entities/person:m-lind')).status).toBe(404);
    const kept = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:mara-lind')).body);
    expect(kept.entity.aliases).toEqual(['Lind', 'M. Lind']);
    const { edges } = NeighborsResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:mara-lind/neighbors')).body);
    const worksFor = edges.find((e) => e.type === 'WORKS_FOR');
    expect(worksFor?.evidence.map((e) => asQuote(e)?.quote)).toEqual([
      'Mara Lind works for the Harbour Authority',
      'M. Lind, an employee of the Harbour Authority',
    ]);
    expect(edges.find((e) => e.type === 'VISITED')).toMatchObject({
      id: 'person:mara-lind>VISITED>place:north-pier',
      target: 'place:north-pier',
    });
    const memo = DocumentResponseSchema.parse((await call(app.baseUrl, '/api/documents/duplicates-memo-1')).body);
    expect(memo.mentions.map((m) => m.entity.id)).toContain('person:mara-lind');
    expect(memo.mentions.map((m) => m.entity.id)).not.toContain('person:m-lind');
    // One relation and one document's mention are combined with the kept entity's own.
    expect((await countGraph(app.client)).relationships).toBe(start.relationships - 2);

    const undone = await unmerge('person:m-lind');
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    const end = await countGraph(app.client);
    const difference = firstDifference(end.fingerprint, start.fingerprint);
    expect(difference.actual).toBe(difference.expected);
    expect(end).toEqual(start);
  });

  it('refuses to merge an entity into itself, into an unknown entity, or into one it is related to, changing nothing', async () => {
    const start = await countGraph(app.client);
    const refusals: [string, string, number, string][] = [
      ['person:m-lind', 'person:m-lind', 400, 'INVALID_PARAMETER'],
      ['person:m-lind', 'person:nobody-at-all', 404, 'ENTITY_NOT_FOUND'],
      ['person:m-lind', 'organisation:harbour-authority', 409, 'CONFLICT'],
    ];
    for (const [from, into, status, code] of refusals) {
      const response = await merge(from, into);
      expect(response.status, `${from} → ${into}`).toBe(status);
      expect(ErrorBodySchema.parse(response.body).error.code).toBe(code);
    }
    expect((await unmerge('person:m-lind')).status).toBe(404);
    expect(await countGraph(app.client)).toEqual(start);
  });

  it('refuses to undo a merge once the kept entity has changed, and forgets the merge when its data set is removed', async () => {
    expect((await merge('person:m-lind', 'person:mara-lind')).status).toBe(200);
    const folder = await writeDataset('later-memo', {
      'documents.json': [
        { id: 'later-memo-1', title: 'Later memo', kind: 'report', text: 'Mara Lind visited the Harbour Authority in May 2024.' },
      ],
      'entities.json': [],
      'relations.json': [
        {
          type: 'VISITED',
          source: 'person:mara-lind',
          target: 'organisation:harbour-authority',
          evidence: [{ documentId: 'later-memo-1', quote: 'Mara Lind visited the Harbour Authority in May 2024.' }],
        },
      ],
    });
    await importDataset(app.client, { format: 'native', files: [{ path: folder, name: 'later-memo' }] }, { name: 'Later memo' });
    const refused = await unmerge('person:m-lind');
    expect(refused.status).toBe(409);
    expect(ErrorBodySchema.parse(refused.body).error.code).toBe('CONFLICT');

    for (const id of [...DATASETS].reverse())
      expect((await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countGraph(app.client)).toEqual(before);
  });
});

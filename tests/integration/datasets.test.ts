// Data sets side by side: a second one sharing entities and a relation with the demo, reimported, removed, interrupted.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatasetRemovalSchema,
  DatasetResponseSchema,
  DatasetsResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  RelationsResponseSchema,
} from '@kgx/contract';
import { loadDataset } from '../../server/src/ingest/load.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { SEED_DATASET, SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { readSeedData } from '../support/seed-data.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';
import { asQuote } from '../support/evidence.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/overlapping-dataset');
const OTHER = 'overlapping-dataset';
const DEMO = SEED_DATASET.id;
const VARDANYAN = 'person:ruben-vardanyan';
const ARMY = 'organisation:azerbaijani-armed-forces';

let app: TestApp;
let demoOnly: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  demoOnly = await countGraph(app.client);
});
afterAll(async () => {
  // Leave the demo as the other test files expect it, whatever happened here.
  await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });
  await loadDataset(app.client, SEED_DATASET_DIR);
  await app?.close();
});

async function detentionEvidence() {
  const response = await call(app.baseUrl, `/api/relations?subject=${ARMY}&predicate=DETAINED&object=${VARDANYAN}`);
  const [triple] = RelationsResponseSchema.parse(response.body).triples;
  return triple?.relation;
}

/** A graph's counts with the data set records' creation times left out: a reload creates its record anew. */
function withoutCreationTimes(counts: GraphCounts): GraphCounts {
  return { ...counts, fingerprint: counts.fingerprint.replace(/"createdAt":"[^"]+"/g, '') };
}

/** Stops a load after its first batch of entities, as a killed process or a lost database would. */
function interruptAfterFirstBatch() {
  return {
    onProgress: (p: { kind: string }) => {
      if (p.kind === 'Person') throw new Error('interrupted');
    },
  };
}

describe('data sets', () => {
  it('lists the demo corpus as a data set, done, with its counts', async () => {
    const response = await call(app.baseUrl, '/api/datasets');
    expect(response.status).toBe(200);
    const demo = DatasetsResponseSchema.parse(response.body).datasets.find((d) => d.id === DEMO);
    expect(demo).toMatchObject({ name: SEED_DATASET.name, format: 'native', status: 'done' });
    expect(demo?.counts).toMatchObject({ entities: readSeedData().entities.length, relations: readSeedData().relations.length });
    expect(demo?.files).toContain('entities.json');
  });

  it('imports a second data set beside it: shared entities list both, keep the first one’s properties, and a shared relation keeps both evidence', async () => {
    await loadDataset(app.client, FIXTURE);
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${VARDANYAN}`)).body).entity;
    expect(entity.datasets).toEqual([DEMO, OTHER]);
    expect(entity.description).toBe(readSeedData().entities.find((e) => e.id === VARDANYAN)?.description);

    const detained = await detentionEvidence();
    expect(detained?.datasets).toEqual([DEMO, OTHER]);
    expect(detained?.evidence.map((e) => e.datasetId)).toEqual([DEMO, OTHER]);
    expect(asQuote(detained?.evidence[1])?.quote).toContain('at the Lachin checkpoint');
    // Dated by all its evidence: 27 Sept 2023 (demo) and September 2023 (the other).
    expect(detained).toMatchObject({ dateFrom: '2023-09-01', dateTo: '2023-09-30' });

    const other = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${OTHER}`)).body).dataset;
    expect(other).toMatchObject({ status: 'done', counts: { documents: 1, entities: 3, relations: 2, evidence: 2 } });
  });

  it('changes nothing when the same data set is imported again', async () => {
    const before = await countGraph(app.client);
    await loadDataset(app.client, FIXTURE);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('leaves the graph exactly as it was before the import when the data set is removed', async () => {
    const response = await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(DatasetRemovalSchema.parse(response.body).removed).toEqual({ documents: 1, entities: 1, relations: 1, evidence: 2 });
    expect(await countGraph(app.client)).toEqual(demoOnly);
    expect((await call(app.baseUrl, `/api/datasets/${OTHER}`)).status).toBe(404);
  });

  it('keeps what another data set also supports, as that one tells it, when the demo is removed', async () => {
    await loadDataset(app.client, FIXTURE);
    const demoOnlyEntity = readSeedData().entities.find((e) => e.id === 'person:nikol-pashinyan');
    expect(demoOnlyEntity).toBeDefined();
    const demoDetention = readSeedData().relations.find((r) => r.type === 'DETAINED' && r.source === ARMY && r.target === VARDANYAN);
    expect(demoDetention?.detail).toBeDefined();

    expect((await call(app.baseUrl, `/api/datasets/${DEMO}`, { method: 'DELETE' })).status).toBe(200);
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${VARDANYAN}`)).body).entity;
    expect(entity.datasets).toEqual([OTHER]);
    // The demo's description went with it: the remaining data set's own words are shown.
    expect(entity.description).toBe('Former State Minister of Artsakh, held in Baku.');
    const detained = await detentionEvidence();
    expect(detained?.evidence.map((e) => e.datasetId)).toEqual([OTHER]);
    expect(detained?.detail).toBeUndefined();
    expect(detained).toMatchObject({ dateFrom: '2023-09-01', dateTo: '2023-09-30' });
    expect((await call(app.baseUrl, `/api/entities/${demoOnlyEntity?.id ?? ''}`)).status).toBe(404);

    // What is left is exactly what the remaining data set says: importing it again changes nothing.
    const left = await countGraph(app.client);
    await loadDataset(app.client, FIXTURE);
    expect(await countGraph(app.client)).toEqual(left);

    await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });
    await loadDataset(app.client, SEED_DATASET_DIR);
    const reloaded = await countGraph(app.client);
    expect(withoutCreationTimes(reloaded)).toEqual(withoutCreationTimes(demoOnly));
    demoOnly = reloaded;
  });

  it('writes the same graph in batches of a few rows, several in flight, as in one batch per kind', async () => {
    expect((await call(app.baseUrl, `/api/datasets/${DEMO}`, { method: 'DELETE' })).status).toBe(200);
    const progress = new Map<string, number[]>();
    const inSmallBatches = {
      batchSize: 7,
      onProgress: (p: { kind: string; written: number }) => progress.set(p.kind, [...(progress.get(p.kind) ?? []), p.written]),
    };
    await loadDataset(app.client, SEED_DATASET_DIR, inSmallBatches);
    const reloaded = await countGraph(app.client);
    expect(withoutCreationTimes(reloaded)).toEqual(withoutCreationTimes(demoOnly));

    // Batches finish in any order, but each kind's count only grows, up to all its rows.
    const people = progress.get('Person') ?? [];
    expect(people.length).toBeGreaterThan(2);
    expect(people).toEqual([...people].sort((a, b) => a - b));
    expect(people.at(-1)).toBe(readSeedData().entities.filter((e) => e.type === 'Person').length);

    await loadDataset(app.client, SEED_DATASET_DIR, inSmallBatches);
    expect(await countGraph(app.client)).toEqual(reloaded);
    demoOnly = reloaded;
  });

  it('converges on the clean result when an interrupted import is run again', async () => {
    await loadDataset(app.client, FIXTURE);
    const clean = await countGraph(app.client);
    await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });

    await expect(loadDataset(app.client, FIXTURE, interruptAfterFirstBatch())).rejects.toThrow('interrupted');
    const failed = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${OTHER}`)).body).dataset;
    expect(failed).toMatchObject({ status: 'failed', error: 'interrupted' });
    expect(await countGraph(app.client)).not.toEqual(clean);

    await loadDataset(app.client, FIXTURE);
    // Equal up to the record's creation time, which is the interrupted run's own.
    expect(withoutCreationTimes(await countGraph(app.client))).toEqual(withoutCreationTimes(clean));
    await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });
  });

  it('leaves the graph exactly as before when an interrupted import is removed', async () => {
    await expect(loadDataset(app.client, FIXTURE, interruptAfterFirstBatch())).rejects.toThrow('interrupted');
    expect(await countGraph(app.client)).not.toEqual(demoOnly);
    expect((await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countGraph(app.client)).toEqual(demoOnly);
  });

  it('refuses another folder of the same name as a second source of an existing data set, changing nothing', async () => {
    await loadDataset(app.client, FIXTURE);
    const loaded = await countGraph(app.client);
    const parent = await mkdtemp(path.join(tmpdir(), 'kgx-same-name-'));
    try {
      const elsewhere = path.join(parent, path.basename(FIXTURE));
      await cp(FIXTURE, elsewhere, { recursive: true });
      await expect(loadDataset(app.client, elsewhere)).rejects.toThrow(/was loaded from another source; load this one under another name/);
      // The record says which source without naming a folder of the server, since the console can read it.
      const sources = await app.client.read((tx) => tx.run('MATCH (d:Dataset) RETURN d.source AS source'));
      const named = sources.records.map((r) => String(r.get('source')));
      expect(named.length).toBeGreaterThan(0);
      for (const source of named) expect(source).not.toContain(path.sep);
      expect(await countGraph(app.client)).toEqual(loaded);
      // Under a name of its own, it is a data set of its own.
      await loadDataset(app.client, elsewhere, { name: 'Custody note (copy)' });
      const ids = DatasetsResponseSchema.parse((await call(app.baseUrl, '/api/datasets')).body).datasets.map((d) => d.id);
      expect(ids).toEqual(expect.arrayContaining([OTHER, 'custody-note-copy']));
    } finally {
      await call(app.baseUrl, '/api/datasets/custody-note-copy', { method: 'DELETE' });
      await call(app.baseUrl, `/api/datasets/${OTHER}`, { method: 'DELETE' });
      await rm(parent, { recursive: true, force: true });
    }
    expect(await countGraph(app.client)).toEqual(demoOnly);
  });

  it('keeps the mentions each data set found apart: one that also read a demo document leaves its counts as they were', async () => {
    const documentId = '000_c8ccaa65ea285e7b';
    const parent = await mkdtemp(path.join(tmpdir(), 'kgx-second-reading-'));
    const dir = path.join(parent, 'second-reading');
    const mention = async () =>
      (
        await app.client.read((tx) =>
          tx.run(
            `MATCH (:Document {id: $documentId})-[m:MENTIONS]->(:Entity {id: 'place:azerbaijan'}) RETURN m.count AS count, m.datasets AS datasets`,
            { documentId },
          ),
        )
      ).records.map((r) => ({ count: Number(r.get('count')), datasets: r.get('datasets') as string[] }))[0];
    try {
      const before = await countGraph(app.client);
      const demoMention = await mention();
      expect(demoMention?.count).toBeGreaterThan(0);
      // The same document, read again by a data set that also knows Azerbaijan as "Azerbaijani": it finds more mentions.
      const text = await readFile(path.join(SEED_DATASET_DIR, 'corpus', `${documentId}.txt`), 'utf8');
      await mkdir(dir);
      await writeFile(path.join(dir, 'documents.json'), JSON.stringify([{ id: documentId, title: 'Second reading', kind: 'news', text }]));
      const azerbaijan = { id: 'place:azerbaijan', type: 'Place', name: 'Azerbaijan', aliases: ['Azerbaijani'], description: 'A state.' };
      await writeFile(path.join(dir, 'entities.json'), JSON.stringify([azerbaijan]));
      await writeFile(path.join(dir, 'relations.json'), '[]');
      await loadDataset(app.client, dir);
      expect(await mention()).toEqual({ count: demoMention?.count, datasets: [DEMO, 'second-reading'] });

      await removeDataset(app.client, 'second-reading');
      expect(await countGraph(app.client)).toEqual(before);
    } finally {
      await removeDataset(app.client, 'second-reading');
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('answers 404 DATASET_NOT_FOUND for a data set that does not exist, and changes nothing', async () => {
    const response = await call(app.baseUrl, '/api/datasets/no-such-dataset', { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('DATASET_NOT_FOUND');
    expect(await countGraph(app.client)).toEqual(demoOnly);
  });
});

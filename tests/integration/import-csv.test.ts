// A CSV import beside the demo: rows as evidence, reimported, removed, refused for a bad row, or landing its good rows.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetResponseSchema, EntityResponseSchema, NeighborsResponseSchema, isQuoteEvidence, type GraphEdge } from '@kgx/contract';
import { importDataset } from '../../server/src/ingest/import.ts';
import { DatasetError } from '../../server/src/ingest/problems.ts';
import type { ImportSource } from '../../server/src/ingest/readers.ts';
import type { InputFile } from '../../server/src/ingest/source.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/csv');
const fixture = (name: string): InputFile => ({ path: path.join(FIXTURES, name), name: path.basename(name) });
/** The data set an import of companies.csv becomes: named after its first file. */
const DATASET = 'companies';
const REGISTRY = 'firms';
const CSV_SOURCE: ImportSource = { format: 'csv', files: [fixture('companies.csv'), fixture('ownership.csv')] };

let app: TestApp;
let before: GraphCounts;
let scratch: string;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.client);
  scratch = await mkdtemp(path.join(tmpdir(), 'kgx-import-csv-'));
});
afterAll(async () => {
  await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' });
  await call(app.baseUrl, `/api/datasets/${REGISTRY}`, { method: 'DELETE' });
  await rm(scratch, { recursive: true, force: true });
  await app?.close();
});

async function edgesOf(id: string): Promise<GraphEdge[]> {
  const response = await call(app.baseUrl, `/api/entities/${id}/neighbors`);
  expect(response.status).toBe(200);
  return NeighborsResponseSchema.parse(response.body).edges;
}

/** ownership.csv with rows of its own after the fixture's six, under the same file name. */
async function ownershipWith(rows: string[]): Promise<ImportSource> {
  const text = await readFile(fixture('ownership.csv').path, 'utf8');
  const where = path.join(scratch, 'ownership.csv');
  await writeFile(where, `${text}${rows.join('\n')}\n`);
  return { format: 'csv', files: [fixture('companies.csv'), { path: where, name: 'ownership.csv' }] };
}

const BAD_ROWS = [
  'person:mara-ilves,company:lakeside-freight,BRIBED,,,,,tip-off',
  'person:teodor-brask,company:nowhere-ltd,WORKS_FOR,Clerk,,,,payroll extract',
  'person:mara-ilves,place:port-ardent,VISITED,,,31/12/2020,,travel log',
];

describe('importing a CSV data set', () => {
  it('imports entities and relations whose evidence is the row each came from', async () => {
    const imported = await importDataset(app.client, CSV_SOURCE);
    expect(imported.meta).toMatchObject({ id: DATASET, format: 'csv', files: ['companies.csv', 'ownership.csv'] });
    expect(imported.counts).toMatchObject({ documents: 0, entities: 5, relations: 5, evidence: 6 });

    const owns = (await edgesOf('person:mara-ilves')).find((e) => e.type === 'OWNS' && e.target === 'company:northwind-holding');
    expect(owns).toMatchObject({ detail: '60% of the shares', startDate: '2009-04-12', datasets: [DATASET] });
    expect(owns?.evidence).toEqual([
      {
        datasetId: DATASET,
        file: 'ownership.csv',
        row: 1,
        record: {
          source: 'person:mara-ilves',
          target: 'company:northwind-holding',
          type: 'OWNS',
          detail: '60% of the shares',
          start_date: '2009-04-12',
          filing: 'annual return 2010',
        },
      },
      expect.objectContaining({ datasetId: DATASET, file: 'ownership.csv', row: 5 }),
    ]);
    const worksFor = (await edgesOf('person:teodor-brask')).find((e) => e.type === 'WORKS_FOR');
    expect(worksFor).toMatchObject({ role: 'Accountant', dateFrom: '2012-01-01', dateTo: '2015-12-31' });
    expect(worksFor?.evidence.some(isQuoteEvidence)).toBe(false);

    const place = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/place:port-ardent')).body).entity;
    expect(place).toMatchObject({ latitude: 57.1205, longitude: -4.2519 });
    const person = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:mara-ilves')).body).entity;
    expect(person.aliases).toEqual(['M. Ilves', 'Mara Ilvesová']);
  });

  it('changes nothing when the same files are imported again', async () => {
    const imported = await countGraph(app.client);
    await importDataset(app.client, CSV_SOURCE);
    expect(await countGraph(app.client)).toEqual(imported);
  });

  it('leaves the graph exactly as it was before the import when the data set is removed', async () => {
    const response = await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('refuses the whole import for bad rows, naming file, row and field, and writes nothing', async () => {
    const error: unknown = await importDataset(app.client, await ownershipWith(BAD_ROWS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    // The checks report by stage (each record's own fields, then the vocabulary and the relations' ends), not by row.
    const byRow = [...(error as DatasetError).problems].sort((a, b) => (a.record ?? '').localeCompare(b.record ?? ''));
    expect(byRow).toEqual([
      { file: 'ownership.csv', record: 'row 7', field: 'type', reason: "no relation type 'BRIBED' in the vocabulary" },
      { file: 'ownership.csv', record: 'row 8', field: 'target', reason: "no entity with id 'company:nowhere-ltd'" },
      { file: 'ownership.csv', record: 'row 9', field: 'startDate', reason: expect.stringContaining('ISO date') },
    ]);
    expect(await countGraph(app.client)).toEqual(before);
    expect((await call(app.baseUrl, `/api/datasets/${DATASET}`)).status).toBe(404);
  });

  it('lands the good rows with skipBadRows, reporting the others, and leaves nothing behind when removed', async () => {
    const imported = await importDataset(app.client, await ownershipWith(BAD_ROWS), { skipBadRows: true });
    expect(imported.skipped.map((p) => p.record).sort()).toEqual(['row 7', 'row 8', 'row 9']);
    expect(imported.counts).toMatchObject({ entities: 5, relations: 5, evidence: 6 });
    const dataset = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${DATASET}`)).body).dataset;
    expect(dataset).toMatchObject({ status: 'done', counts: { relations: 5 } });
    expect((await edgesOf('person:teodor-brask')).map((e) => e.type).sort()).toEqual(['DIRECTS', 'WORKS_FOR']);

    expect((await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('imports unconventional headers through a mapping file, and lists the mapping among the data set’s files', async () => {
    const imported = await importDataset(app.client, {
      format: 'csv',
      files: [fixture('registry/firms.tsv'), fixture('registry/links.csv')],
      mapping: fixture('registry/mapping.yaml'),
    });
    expect(imported.meta).toMatchObject({ id: REGISTRY, files: ['firms.tsv', 'links.csv', 'mapping.yaml'] });
    const owns = (await edgesOf('company:key:gb-0005678')).find((e) => e.type === 'OWNS');
    expect(owns).toMatchObject({ target: 'company:key:gb-0009012', detail: '75 %' });
    expect(owns?.evidence).toEqual([
      {
        datasetId: REGISTRY,
        file: 'links.csv',
        row: 1,
        record: { Holder: 'F1', Held: 'F2', Link: 'owns', Share: '75 %', Since: '2016-02-29', Until: '2022' },
      },
    ]);
    expect((await call(app.baseUrl, `/api/datasets/${REGISTRY}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countGraph(app.client)).toEqual(before);
  });
});

// A FollowTheMoney stream imported beside the demo: typed entities, relations with their records as evidence, reimport, removal.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatasetRemovalSchema,
  DatasetResponseSchema,
  EntityResponseSchema,
  NeighborsResponseSchema,
  isQuoteEvidence,
  type GraphEdge,
  type RecordEvidence,
} from '@kgx/contract';
import { importDataset } from '../../server/src/ingest/import.ts';
import type { ImportSource } from '../../server/src/ingest/readers.ts';
import { SEED_DATASET } from '../../server/src/ingest/seed.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const REGISTRY: ImportSource = {
  format: 'ftm',
  files: [{ path: path.resolve(import.meta.dirname, '../fixtures/ftm/registry.ftm.json'), name: 'registry.ftm.json' }],
};
const DATASET = 'registry-ftm';
const LINKS = 'demo-links-ftm';
const AUTHORITY = 'sanctions-authority:portvale-financial-conduct-authority';
const VARDANYAN = 'person:ruben-vardanyan';

let app: TestApp;
let demoOnly: GraphCounts;
let dir: string;
beforeAll(async () => {
  app = await startTestApp();
  demoOnly = await countGraph(app.client);
  dir = await mkdtemp(path.join(tmpdir(), 'kgx-ftm-import-'));
});
afterAll(async () => {
  // Leave the demo alone for the other test files, whatever happened here.
  await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' });
  await call(app.baseUrl, `/api/datasets/${LINKS}`, { method: 'DELETE' });
  await rm(dir, { recursive: true, force: true });
  await app?.close();
});

async function neighbors(id: string) {
  const response = await call(app.baseUrl, `/api/entities/${encodeURIComponent(id)}/neighbors`);
  expect(response.status).toBe(200);
  return NeighborsResponseSchema.parse(response.body);
}

function edge(edges: GraphEdge[], type: string, source: string, target: string): GraphEdge {
  const found = edges.find((e) => e.type === type && e.source === source && e.target === target);
  if (found === undefined) throw new Error(`no ${type} edge from ${source} to ${target} among ${edges.map((e) => e.id).join(', ')}`);
  return found;
}

function records(e: GraphEdge): RecordEvidence[] {
  return e.evidence.map((evidence) => {
    if (isQuoteEvidence(evidence)) throw new Error(`expected a record, got a quote: ${JSON.stringify(evidence)}`);
    return evidence;
  });
}

describe('importing a FollowTheMoney stream', () => {
  it('makes it a data set of its own, named after its file, and reports the schema it left out', async () => {
    const imported = await importDataset(app.client, REGISTRY);
    expect(imported.meta).toMatchObject({ id: DATASET, format: 'ftm', files: ['registry.ftm.json'] });
    expect(imported.notices).toEqual([expect.objectContaining({ record: 'line 15', reason: expect.stringContaining('Passport') })]);
    const dataset = DatasetResponseSchema.parse((await call(app.baseUrl, `/api/datasets/${DATASET}`)).body).dataset;
    expect(dataset).toMatchObject({ status: 'done', counts: { documents: 0, entities: 7, relations: 9, evidence: 10 } });
  });

  it('serves its entities with their types, names, aliases and dates', async () => {
    const anna = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/pv-person-anna-vetrova')).body).entity;
    expect(anna).toMatchObject({ type: 'Person', name: 'Anna Vetrova', aliases: ['A. Vetrova', 'Annushka'], startDate: '1971-04-12' });
    expect(anna.datasets).toEqual([DATASET]);
    const kestrel = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/pv-company-kestrel')).body).entity;
    expect(kestrel).toMatchObject({ type: 'Company', startDate: '2012-02', endDate: '2020' });
    const authority = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${AUTHORITY}`)).body).entity;
    expect(authority).toMatchObject({ type: 'Organisation', name: 'Portvale Financial Conduct Authority' });
  });

  it('serves its relations, oriented and dated, with the FtM records they came from as evidence', async () => {
    const anna = await neighbors('pv-person-anna-vetrova');
    const owns = edge(anna.edges, 'OWNS', 'pv-person-anna-vetrova', 'pv-company-nordbay');
    expect(owns).toMatchObject({ detail: '60%; 75%', startDate: '2015-03-01', endDate: '2022-06-30', datasets: [DATASET] });
    expect(records(owns)).toEqual([
      expect.objectContaining({
        datasetId: DATASET,
        file: 'registry.ftm.json',
        row: 8,
        sourceUrl: 'https://register.portvale.example/filings/2015-0301',
        publisher: 'Portvale Companies Registry',
        record: expect.objectContaining({ id: 'pv-ownership-1', schema: 'Ownership', percentage: '60' }),
      }),
      expect.objectContaining({ datasetId: DATASET, row: 9, record: expect.objectContaining({ id: 'pv-ownership-2' }) }),
    ]);
    expect(edge(anna.edges, 'FAMILY_OF', 'pv-person-ilse-vetrova', 'pv-person-anna-vetrova').role).toBe('mother');

    const marek = await neighbors('pv-person-marek-lind');
    const paid = edge(marek.edges, 'PAID', 'pv-company-kestrel', 'pv-person-marek-lind');
    expect(paid).toMatchObject({ detail: '250000 EUR; consultancy fees', dateFrom: '2017-05-04', dateTo: '2017-05-04' });
    expect(records(paid)[0]).toMatchObject({ row: 12, date: '2017-05-04', record: { currency: 'EUR', datasets: 'portvale_ledger' } });
    expect(edge(marek.edges, 'DIRECTS', 'pv-person-marek-lind', 'pv-company-kestrel').role).toBe('Managing director');
    expect(edge(marek.edges, 'LINKED_TO', 'pv-person-marek-lind', 'pv-company-nordbay').role).toBe('nominee shareholder');
    const sanctioned = edge(marek.edges, 'SANCTIONED', AUTHORITY, 'pv-person-marek-lind');
    expect(records(sanctioned)[0]).toMatchObject({
      row: 16,
      sourceUrl: 'https://fca.portvale.example/sanctions/2021-17',
      publisher: 'Portvale Financial Conduct Authority',
    });
  });

  it('changes nothing when the same stream is imported again', async () => {
    const before = await countGraph(app.client);
    await importDataset(app.client, REGISTRY);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('leaves the graph exactly as it was before the import when the data set is removed', async () => {
    const response = await call(app.baseUrl, `/api/datasets/${DATASET}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(DatasetRemovalSchema.parse(response.body).removed).toEqual({ documents: 0, entities: 7, relations: 9, evidence: 10 });
    expect(await countGraph(app.client)).toEqual(demoOnly);
  });

  it('joins entities another data set brought when the ids match, and leaves them as they were when removed', async () => {
    const file = path.join(dir, 'demo-links.ftm.json');
    const lines = [
      { id: 'pv-person-ada-brook', schema: 'Person', properties: { name: ['Ada Brook'] } },
      // The demo's own id: the same entity, which this stream also supports.
      { id: VARDANYAN, schema: 'Person', properties: { name: ['Ruben Vardanyan'], alias: ['R. Vardanyan'] } },
      {
        id: 'pv-link-9',
        schema: 'UnknownLink',
        properties: { subject: ['pv-person-ada-brook'], object: [VARDANYAN], role: ['co-investor'] },
      },
      {
        id: 'pv-link-10',
        schema: 'UnknownLink',
        properties: { subject: ['pv-person-ada-brook'], object: ['organisation:azerbaijani-armed-forces'], publisher: ['Portvale Desk'] },
      },
    ];
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');

    await importDataset(app.client, { format: 'ftm', files: [{ path: file, name: 'demo-links.ftm.json' }] });
    const vardanyan = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${VARDANYAN}`)).body).entity;
    expect(vardanyan.datasets).toEqual([SEED_DATASET.id, LINKS]);
    const link = edge((await neighbors(VARDANYAN)).edges, 'LINKED_TO', 'pv-person-ada-brook', VARDANYAN);
    expect(link).toMatchObject({ role: 'co-investor', datasets: [LINKS] });
    expect(records(link)[0]).toMatchObject({ datasetId: LINKS, file: 'demo-links.ftm.json', row: 3 });
    // An end only the demo brought, not named as an entity in the stream at all.
    edge((await neighbors('pv-person-ada-brook')).edges, 'LINKED_TO', 'pv-person-ada-brook', 'organisation:azerbaijani-armed-forces');

    expect((await call(app.baseUrl, `/api/datasets/${LINKS}`, { method: 'DELETE' })).status).toBe(200);
    expect(await countGraph(app.client)).toEqual(demoOnly);
  });
});

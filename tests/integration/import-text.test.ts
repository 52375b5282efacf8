// Plain documents imported as a data set beside the demo: stored verbatim, linked to the known entities they name,
// imported again without change, and removed without a trace.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentResponseSchema, DocumentsResponseSchema } from '@kgx/contract';
import { importDataset } from '../../server/src/ingest/import.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/text');
const SOURCE = {
  format: 'text' as const,
  files: ['harbour-note.md', 'board-minutes.html'].map((name) => ({ path: path.join(FIXTURES, name), name })),
};
const DATASET = 'harbour-inquiry';

let app: TestApp;
let before: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  before = await countGraph(app.client);
});
afterAll(async () => {
  await removeDataset(app.client, DATASET, () => undefined);
  await app?.close();
});

describe('importing plain documents', () => {
  it('stores each document verbatim and links the entities of the graph it names', async () => {
    const imported = await importDataset(app.client, SOURCE, { name: 'Harbour inquiry' });
    expect(imported.counts).toMatchObject({ documents: 2, entities: 0, relations: 0 });
    const { documents } = DocumentsResponseSchema.parse((await call(app.baseUrl, '/api/documents')).body);
    const note = documents.find((d) => d.title === 'Note on the harbour inquiry');
    const minutes = documents.find((d) => d.title === 'Board minutes, 4 May');
    if (!note || !minutes) throw new Error('the imported documents are not listed');

    const noteBody = DocumentResponseSchema.parse((await call(app.baseUrl, `/api/documents/${note.id}`)).body);
    expect(noteBody.document.text).toContain('On 3 May the inquiry heard that Ruben Vardanyan had no part in the harbour contract.');
    expect(noteBody.mentions.map((m) => m.entity.id)).toContain('person:ruben-vardanyan');
    const minutesBody = DocumentResponseSchema.parse((await call(app.baseUrl, `/api/documents/${minutes.id}`)).body);
    expect(minutesBody.mentions.map((m) => m.entity.id)).toContain('place:stepanakert');
    expect(minutesBody.document.text).not.toContain('<');
  });

  it('changes nothing when the same documents are imported again', async () => {
    const once = await countGraph(app.client);
    await importDataset(app.client, SOURCE, { name: 'Harbour inquiry' });
    const twice = await countGraph(app.client);
    expect({ ...twice, fingerprint: twice.fingerprint.replace(/"createdAt":"[^"]+"/g, '') }).toEqual({
      ...once,
      fingerprint: once.fingerprint.replace(/"createdAt":"[^"]+"/g, ''),
    });
  });

  it('leaves the graph exactly as before once the data set is removed', async () => {
    await removeDataset(app.client, DATASET, () => undefined);
    expect(await countGraph(app.client)).toEqual(before);
  });
});

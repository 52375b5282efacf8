// A small native data set written to a temporary folder and imported beside the demo, for a test that needs a graph
// whose every answer is known; removing it checks the demo was left exactly as it was.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { EntityRecord, RelationRecord } from '@kgx/contract';
import type { GraphClient } from '../../server/src/graph/client.ts';
import { importDataset } from '../../server/src/ingest/import.ts';
import { removeDataset } from '../../server/src/ingest/remove.ts';
import { countGraph, firstDifference } from './graph-counts.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface DatasetBesideDemo {
  id: string;
  documents: { id: string; title: string; kind: string; text: string }[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** Imports the data set; the answer removes it again and throws if the graph is not what it was before. */
export async function importBesideDemo(client: GraphClient, dataset: DatasetBesideDemo): Promise<{ remove(): Promise<void> }> {
  const before = await countGraph(client);
  const dir = await mkdtemp(path.join(tmpdir(), `kgx-${dataset.id}-`));
  const folder = path.join(dir, dataset.id);
  await mkdir(folder);
  await writeFile(path.join(folder, 'documents.json'), JSON.stringify(dataset.documents));
  await writeFile(path.join(folder, 'entities.json'), JSON.stringify(dataset.entities));
  await writeFile(path.join(folder, 'relations.json'), JSON.stringify(dataset.relations));
  await importDataset(client, { format: 'native', files: [{ path: folder, name: dataset.id }] });
  return {
    async remove() {
      try {
        await removeDataset(client, dataset.id);
        const after = await countGraph(client);
        if (after.fingerprint !== before.fingerprint) {
          throw new Error(`the demo was not left as it was: ${JSON.stringify(firstDifference(after.fingerprint, before.fingerprint))}`);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * For a test file: starts the app and imports `dataset` beside the demo before its tests; after them removes the data set
 * (checking the demo is as it was) and stops the app. Call the result inside a test for the running app.
 */
export function useAppWithDatasetBesideDemo(
  dataset: DatasetBesideDemo,
  appOptions: Parameters<typeof startTestApp>[0] = {},
): () => TestApp {
  let app: TestApp | undefined;
  let imported: { remove(): Promise<void> } | undefined;
  beforeAll(async () => {
    app = await startTestApp(appOptions);
    imported = await importBesideDemo(app.client, dataset);
  });
  afterAll(async () => {
    try {
      await imported?.remove();
    } finally {
      await app?.close();
    }
  });
  return () => {
    if (!app) throw new Error('the app is not running: call the result of useAppWithDatasetBesideDemo() inside a test');
    return app;
  };
}

// The seed graph as loaded into a real Neo4j: faithful evidence, unique ids, idempotent loading, refused bad files.
import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { loadDataset, readDataset } from '../../server/src/ingest/load.ts';
import { DatasetError } from '../../server/src/ingest/problems.ts';
import { SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';
import type { GraphClient } from '../../server/src/graph/client.ts';
import { countGraph } from '../support/graph-counts.ts';
import { readSeedData } from '../support/seed-data.ts';
import { connectTestClient } from '../support/test-app.ts';

let client: GraphClient;

beforeAll(async () => {
  client = connectTestClient();
  await loadDataset(client, SEED_DATASET_DIR);
});
afterAll(async () => {
  await client?.close();
});

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return client.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject() as T));
}

describe('the seed graph in Neo4j', () => {
  it('gives every relation at least one piece of evidence, with as many quotes as document ids', async () => {
    const bad = await rows<{ id: string }>(`
      MATCH (:Entity)-[r]->(:Entity)
      WHERE r.evidenceQuotes IS NULL OR size(r.evidenceQuotes) = 0
         OR size(r.evidenceQuotes) <> size(r.evidenceDocumentIds)
      RETURN r.id AS id`);
    expect(bad).toEqual([]);
    const [total] = await rows<{ n: unknown }>('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
    // The loader refuses repeated (type, source, target), so each record of relations.json is one relationship.
    expect(readSeedData().relations.length).toBeGreaterThan(0);
    expect(Number(total?.n)).toBe(readSeedData().relations.length);
  });

  it('finds every quote verbatim in the text of the document it cites', async () => {
    const evidence = await rows<{ id: string; documentId: string; quote: string; found: boolean }>(`
      MATCH (:Entity)-[r]->(:Entity)
      UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
      OPTIONAL MATCH (d:Document {id: r.evidenceDocumentIds[i]})
      RETURN r.id AS id, r.evidenceDocumentIds[i] AS documentId, r.evidenceQuotes[i] AS quote,
             d IS NOT NULL AND d.text CONTAINS r.evidenceQuotes[i] AS found`);
    const seedEvidence = readSeedData().relations.reduce((sum, r) => sum + r.evidence.length, 0);
    expect(seedEvidence).toBeGreaterThan(0);
    expect(evidence).toHaveLength(seedEvidence);
    expect(evidence.filter((e) => !e.found)).toEqual([]);
  });

  it('keeps the corpus verbatim: each document text equals its file', async () => {
    const documents = await rows<{ id: string; text: string }>('MATCH (d:Document) RETURN d.id AS id, d.text AS text');
    expect(documents).toHaveLength(5);
    for (const doc of documents) {
      expect(doc.text).toBe(await readFile(path.join(SEED_DATASET_DIR, 'corpus', `${doc.id}.txt`), 'utf8'));
    }
  });

  it('has unique ids and types every entity with exactly one entity type', async () => {
    const [ids] = await rows<{ all: unknown; distinct: unknown }>(
      'MATCH (n:Entity) RETURN count(n) AS all, count(DISTINCT n.id) AS distinct',
    );
    expect(Number(ids?.all)).toBe(Number(ids?.distinct));
    const mistyped = await rows<{ id: string }>(
      `
      MATCH (n:Entity) WHERE size([l IN labels(n) WHERE l IN $types]) <> 1 RETURN n.id AS id`,
      { types: DEFAULT_VOCABULARY.entityTypes.map((t) => t.name) },
    );
    expect(mistyped).toEqual([]);
    const relationIds = await rows<{ id: string; n: unknown }>(
      'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN id, n',
    );
    expect(relationIds).toEqual([]);
  });

  it('uses only the documented relation vocabulary between entities', async () => {
    const seedTypes = [...new Set(readSeedData().relations.map((r) => r.type))].sort();
    expect(seedTypes.length).toBeGreaterThan(1);
    const types = await rows<{ type: string }>('MATCH (:Entity)-[r]->(:Entity) RETURN DISTINCT type(r) AS type');
    expect(types.map((t) => t.type).sort()).toEqual(seedTypes);
    for (const { type } of types) expect(DEFAULT_VOCABULARY.relationTypes.map((t) => t.type)).toContain(type);
  });

  it('links each document to the entities it names, and resolves one node per real-world entity', async () => {
    const pashinyan = await rows<{ docs: string[] }>(
      "MATCH (d:Document)-[:MENTIONS]->(n:Person {id: 'person:nikol-pashinyan'}) RETURN collect(d.id) AS docs",
    );
    expect(pashinyan[0]?.docs.length).toBeGreaterThanOrEqual(2);
    const unhcr = await rows<{ aliases: string[] }>(
      "MATCH (n:Entity) WHERE 'the UN refugee agency' IN n.aliases OR 'UN refugee agency' IN n.aliases RETURN n.aliases AS aliases",
    );
    expect(unhcr).toHaveLength(1);
    const apart = await rows<{ n: unknown }>(`
      MATCH (nk:Place {id: 'place:nagorno-karabakh'}), (artsakh:Entity) WHERE artsakh.name CONTAINS 'Artsakh' AND artsakh:Organisation
      MATCH (nk)-[r]-(artsakh) RETURN count(r) AS n`);
    expect(Number(apart[0]?.n)).toBeGreaterThan(0);
  });

  it('yields the same counts and properties when loaded a second time', async () => {
    const before = await countGraph(client);
    await loadDataset(client, SEED_DATASET_DIR);
    const after = await countGraph(client);
    expect(after).toEqual(before);
  });
});

describe('loading a malformed data set', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kgx-bad-dataset-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A copy of the seed data set with one file altered by `edit`. */
  async function variant(
    file: 'documents.json' | 'entities.json' | 'relations.json',
    edit: (records: Record<string, unknown>[]) => unknown,
  ): Promise<string> {
    const target = await mkdtemp(path.join(dir, 'variant-'));
    await cp(SEED_DATASET_DIR, target, { recursive: true });
    // The copy carries the corpus too: document files are paths inside the data set folder.
    const records = JSON.parse(await readFile(path.join(target, file), 'utf8')) as Record<string, unknown>[];
    const edited = edit(records);
    await writeFile(path.join(target, file), typeof edited === 'string' ? edited : JSON.stringify(edited));
    return target;
  }

  async function refusal(datasetDir: string): Promise<DatasetError> {
    const before = await countGraph(client);
    const error = await loadDataset(client, datasetDir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect(await countGraph(client)).toEqual(before);
    return error as DatasetError;
  }

  it('accepts an untouched copy, so the refusals below are caused by the edits alone', async () => {
    const copy = await variant('entities.json', (records) => records);
    await expect(readDataset(copy)).resolves.toBeDefined();
  });

  it('names the file, the record and the field of a quote that is not in its document, and writes nothing', async () => {
    const bad = await variant('relations.json', (records) => {
      const first = records[0] as { evidence: { quote: string }[] };
      first.evidence[0]!.quote = 'This sentence is in none of the documents.';
      return records;
    });
    const error = await refusal(bad);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ file: 'relations.json', record: expect.stringMatching(/^0 /), field: 'evidence.0.quote' }),
    );
  });

  it('names the field of a record that breaks the schema', async () => {
    const bad = await variant('entities.json', (records) => {
      records[3] = { ...records[3], type: 'Planet' };
      return records;
    });
    const error = await refusal(bad);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ file: 'entities.json', record: expect.stringMatching(/^3 /), field: 'type' }),
    );
  });

  it('refuses a relation whose source is no entity', async () => {
    const bad = await variant('relations.json', (records) => {
      records[1] = { ...records[1], source: 'person:nobody-at-all' };
      return records;
    });
    const error = await refusal(bad);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ file: 'relations.json', field: 'source', reason: "no entity with id 'person:nobody-at-all'" }),
    );
  });

  it('refuses duplicate entity ids', async () => {
    const bad = await variant('entities.json', (records) => [...records, records[0]]);
    const error = await refusal(bad);
    expect(error.problems).toContainEqual(expect.objectContaining({ file: 'entities.json', field: 'id' }));
  });

  it('refuses a file that is not JSON', async () => {
    const bad = await variant('relations.json', () => '[{ "type": ');
    const error = await refusal(bad);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ file: 'relations.json', reason: expect.stringMatching(/^is not valid JSON/) }),
    );
  });
});

// `npm run seed -- path --check`: any data set in the format is accepted or refused with the file, record and field named.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../server/src/ingest/load.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/small-dataset');
const CLI = path.join(ROOT, 'server/src/ingest/cli.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function seedCheck(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, dir, '--check'], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run seed -- <data set> --check', () => {
  const temp: string[] = [];
  afterAll(async () => {
    for (const dir of temp) await rm(dir, { recursive: true, force: true });
  });

  it('accepts a data set of its own with inline document text and reports its counts', async () => {
    const result = await seedCheck(FIXTURE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 documents, 4 entities, 3 relations, 3 pieces of evidence');
    const dataset = await readDataset(FIXTURE);
    expect(dataset.mentions.map((m) => m.entityId).sort()).toEqual([
      'event:closure-of-north-pier',
      'organisation:harbour-authority',
      'person:mara-lind',
      'place:north-pier',
    ]);
  });

  it('derives a relation date from its evidence, else from the event it touches', async () => {
    const dataset = await readDataset(FIXTURE);
    const byId = new Map([...dataset.relationsByType.values()].flat().map((r) => [r.id, r]));
    expect(byId.get('organisation:harbour-authority>CARRIED_OUT>event:closure-of-north-pier')?.props).toMatchObject({
      dateFrom: '2024-03-01',
      dateTo: '2024-03-01',
    });
    expect(byId.get('event:closure-of-north-pier>TOOK_PLACE_IN>place:north-pier')?.props.dateFrom).toBe('2024-03-01');
    expect(byId.get('person:mara-lind>LEADS>organisation:harbour-authority')?.props.dateFrom).toBeNull();
  });

  it('exits 1 naming the file, the record and the field of a bad record', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-cli-'));
    temp.push(dir);
    await cp(FIXTURE, dir, { recursive: true });
    const relations = JSON.parse(await readFile(path.join(dir, 'relations.json'), 'utf8')) as Record<string, unknown>[];
    relations[2] = { ...relations[2], target: 'place:south-pier' };
    await writeFile(path.join(dir, 'relations.json'), JSON.stringify(relations));
    const result = await seedCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "relations.json: record 2 (event:closure-of-north-pier TOOK_PLACE_IN place:south-pier): field 'target': no entity with id 'place:south-pier'",
    );
  });

  it('refuses a document file outside the data set folder (path traversal), naming the record, and reads nothing', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'kgx-cli-'));
    temp.push(parent);
    const dir = path.join(parent, 'dataset');
    await cp(FIXTURE, dir, { recursive: true });
    // A real file next to the data set: refusing it proves the path check, not a missing file.
    await writeFile(path.join(parent, 'outside.txt'), 'On 1 March 2024 the Harbour Authority closed the North Pier.');
    const documents = JSON.parse(await readFile(path.join(dir, 'documents.json'), 'utf8')) as Record<string, unknown>[];
    const { text: _text, ...memo } = documents[0] ?? {};
    await writeFile(path.join(dir, 'documents.json'), JSON.stringify([{ ...memo, file: '../outside.txt' }]));
    const result = await seedCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("documents.json: record 0 (memo-1): field 'file': '../outside.txt' is outside the data set's folder");
  });
});

describe('npm run import -- <data set> --check', () => {
  const temp: string[] = [];
  afterAll(async () => {
    for (const dir of temp) await rm(dir, { recursive: true, force: true });
  });

  async function importCheck(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(TSX, [CLI, ...args, '--check'], { cwd: ROOT });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  async function withVocabulary(vocabulary: unknown, retype: (entities: Record<string, unknown>[]) => void): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-cli-'));
    temp.push(dir);
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(path.join(dir, 'vocabulary.json'), JSON.stringify(vocabulary));
    const entities = JSON.parse(await readFile(path.join(dir, 'entities.json'), 'utf8')) as Record<string, unknown>[];
    retype(entities);
    await writeFile(path.join(dir, 'entities.json'), JSON.stringify(entities));
    return dir;
  }

  it('accepts an entity of a type the data set adds in its vocabulary.json', async () => {
    const dir = await withVocabulary({ entityTypes: [{ name: 'Port', plural: 'Ports', description: 'A harbour.' }] }, (entities) => {
      const pier = entities.find((e) => e['id'] === 'place:north-pier');
      if (pier) pier['type'] = 'Port';
    });
    const result = await importCheck([dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 entities');
  });

  it('refuses an entity of a type no vocabulary has, and a vocabulary that tries to smuggle Cypher in a type', async () => {
    const unknown = await withVocabulary({}, (entities) => {
      const pier = entities.find((e) => e['id'] === 'place:north-pier');
      if (pier) pier['type'] = 'Port';
    });
    const refused = await importCheck([unknown]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("entities.json: record 1 (place:north-pier): field 'type': no entity type 'Port' in the vocabulary");

    const smuggling = await withVocabulary(
      { relationTypes: [{ type: 'X]->() DETACH DELETE n //', label: 'x', inverse: 'y', category: 'link' }] },
      () => undefined,
    );
    const result = await importCheck([smuggling]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("vocabulary.json: field 'relationTypes.0.type'");
  });

  it('leaves out a bad record with --skip-bad-rows and says what it left out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-cli-'));
    temp.push(dir);
    await cp(FIXTURE, dir, { recursive: true });
    const relations = JSON.parse(await readFile(path.join(dir, 'relations.json'), 'utf8')) as Record<string, unknown>[];
    relations[2] = { ...relations[2], target: 'place:south-pier' };
    await writeFile(path.join(dir, 'relations.json'), JSON.stringify(relations));
    const result = await importCheck([dir, '--skip-bad-rows']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 relations');
    expect(result.stdout).toContain("field 'target': no entity with id 'place:south-pier'");
  });

  it('reads txt, pdf and docx files as documents, telling their format from their names, and refuses a scan without text', async () => {
    const text = path.join(ROOT, 'tests/fixtures/text');
    const documents = ['port-inquiry.txt', 'statement.pdf', 'notes.docx'].map((name) => path.join(text, name));
    const valid = await importCheck(documents);
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('text, valid — 3 documents');
    const scan = await importCheck([path.join(text, 'scan.pdf')]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toContain('no text layer: OCR is not supported');
  });

  it('asks for --format when it cannot tell the format of the files', async () => {
    const result = await importCheck([path.join(FIXTURE, 'entities.json'), path.join(FIXTURE, 'documents.json'), 'README.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('say it with --format');
  });
});

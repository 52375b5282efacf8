// POST /api/datasets: uploads through real multipart requests, imported in the background, followed through GET.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatasetPreviewSchema,
  DatasetResponseSchema,
  DatasetUploadResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  type DatasetSummary,
} from '@kgx/contract';
import { countGraph, type GraphCounts } from '../support/graph-counts.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/small-dataset');
const MAX_FILE_BYTES = 64 * 1024;
const MAX_FILES = 4;

let app: TestApp;
let uploadDir: string;
let before: GraphCounts;
beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), 'kgx-uploads-'));
  app = await startTestApp({ uploads: { dir: uploadDir, maxFileBytes: MAX_FILE_BYTES, maxFiles: MAX_FILES } });
  before = await countGraph(app.client);
});
afterAll(async () => {
  await app?.close();
  await rm(uploadDir, { recursive: true, force: true });
});

async function fixtureFile(name: string, edit?: (records: Record<string, unknown>[]) => void): Promise<{ name: string; content: string }> {
  const text = await readFile(path.join(FIXTURE, name), 'utf8');
  if (!edit) return { name, content: text };
  const records = JSON.parse(text) as Record<string, unknown>[];
  edit(records);
  return { name, content: JSON.stringify(records) };
}

function form(fields: Record<string, string>, files: { field?: string; name: string; content: string | Blob }[]): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  for (const file of files)
    body.append(file.field ?? 'files', typeof file.content === 'string' ? new Blob([file.content]) : file.content, file.name);
  return body;
}

async function upload(fields: Record<string, string>, files: { field?: string; name: string; content: string | Blob }[]) {
  return call(app.baseUrl, '/api/datasets', { method: 'POST', form: form(fields, files) });
}

/** Polls the record until its import has ended: the condition, not a fixed wait. */
async function finished(id: string): Promise<DatasetSummary> {
  for (;;) {
    const response = await call(app.baseUrl, `/api/datasets/${id}`);
    const { dataset } = DatasetResponseSchema.parse(response.body);
    if (dataset.status === 'done' || dataset.status === 'failed') return dataset;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function nativeFiles(edit?: (relations: Record<string, unknown>[]) => void) {
  return [await fixtureFile('documents.json'), await fixtureFile('entities.json'), await fixtureFile('relations.json', edit)];
}

describe('POST /api/datasets', () => {
  it('imports an uploaded data set in the background: 202 with its id, then done with its counts, its entities searchable', async () => {
    const response = await upload({ format: 'native', name: 'Harbour memo' }, await nativeFiles());
    expect(response.status).toBe(202);
    const { id } = DatasetUploadResponseSchema.parse(response.body);
    expect(id).toBe('harbour-memo');
    const dataset = await finished(id);
    expect(dataset).toMatchObject({ status: 'done', format: 'native', name: 'Harbour memo', counts: { entities: 4, relations: 3 } });
    expect(dataset.files).toEqual(expect.arrayContaining(['documents.json', 'entities.json', 'relations.json']));
    expect(dataset.report).toMatchObject({ problemCount: 0, noticeCount: 0 });
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, '/api/entities/person:mara-lind')).body);
    expect(entity.entity.datasets).toEqual(['harbour-memo']);
    expect(await readdir(uploadDir)).toEqual([]);

    const removal = await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE' });
    expect(removal.status).toBe(200);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('refuses a bad record: the import fails with a report naming the file, record and field, and the graph is as before', async () => {
    const files = await nativeFiles((relations) => {
      relations[2] = { ...relations[2], target: 'place:south-pier' };
    });
    const { id } = DatasetUploadResponseSchema.parse((await upload({ format: 'native', name: 'Bad memo' }, files)).body);
    const dataset = await finished(id);
    expect(dataset.status).toBe('failed');
    expect(dataset.error).toContain('nothing was written');
    expect(dataset.report?.problems).toEqual([
      expect.objectContaining({
        file: 'relations.json',
        record: expect.stringMatching(/^2 /),
        field: 'target',
        reason: "no entity with id 'place:south-pier'",
      }),
    ]);
    await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE' });
    expect(await countGraph(app.client)).toEqual(before);
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it('lands the good records and reports the bad one with skipBadRows', async () => {
    const files = await nativeFiles((relations) => {
      relations[2] = { ...relations[2], target: 'place:south-pier' };
    });
    const { id } = DatasetUploadResponseSchema.parse(
      (await upload({ format: 'native', name: 'Partial memo', skipBadRows: 'true' }, files)).body,
    );
    const dataset = await finished(id);
    expect(dataset).toMatchObject({ status: 'done', counts: { relations: 2 }, report: { problemCount: 1 } });
    await call(app.baseUrl, `/api/datasets/${id}`, { method: 'DELETE' });
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('answers 413 naming the limit for a file over the upload size, and keeps nothing of it', async () => {
    const big = { name: 'big.csv', content: `id,type,name\n${'x'.repeat(MAX_FILE_BYTES + 10)}\n` };
    const response = await upload({}, [big]);
    expect(response.status).toBe(413);
    expect(ErrorBodySchema.parse(response.body).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('UPLOAD_MAX_FILE_BYTES'),
    });
    expect(await readdir(uploadDir)).toEqual([]);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it('answers 413 for more files than allowed', async () => {
    const files = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `part-${i}.csv`, content: 'id,type,name\n' }));
    const response = await upload({}, files);
    expect(response.status).toBe(413);
    expect(ErrorBodySchema.parse(response.body).error.message).toContain('UPLOAD_MAX_FILES');
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it.each([
    ['no file', {}, [], 'files'],
    ['files whose format it cannot tell', {}, [{ name: 'notes.odt', content: 'PK' }], 'format'],
    ['a file name that is not a plain name', {}, [{ name: 'evil<script>.csv', content: 'a' }], 'files'],
    [
      'two files of the same name',
      { format: 'csv' },
      [
        { name: 'a.csv', content: 'a' },
        { name: 'a.csv', content: 'b' },
      ],
      'files',
    ],
    [
      'a mapping for a format that takes none',
      { format: 'ftm' },
      [
        { name: 'a.ftm.json', content: '{}' },
        { field: 'mapping', name: 'm.json', content: '{}' },
      ],
      'mapping',
    ],
    ['an unknown format', { format: 'xlsx' }, [{ name: 'a.csv', content: 'a' }], 'format'],
    ['an unknown field', { colour: 'red' }, [{ name: 'a.csv', content: 'a' }], 'colour'],
  ])('refuses %s with 400 naming it, keeping nothing', async (_what, fields, files, parameter) => {
    const response = await upload(fields, files);
    expect(response.status).toBe(400);
    expect(ErrorBodySchema.parse(response.body).error.details?.map((d) => d.parameter)).toContain(parameter);
    expect(await readdir(uploadDir)).toEqual([]);
    expect(await countGraph(app.client)).toEqual(before);
  });

  it("refuses with 409 a name that is already another source's data set", async () => {
    const response = await upload({ format: 'native', name: 'Nagorno-Karabakh 2023 (demo)' }, await nativeFiles());
    expect(response.status).toBe(409);
    expect(ErrorBodySchema.parse(response.body).error.code).toBe('CONFLICT');
    expect(await countGraph(app.client)).toEqual(before);
    expect(await readdir(uploadDir)).toEqual([]);
  });
});

describe('POST /api/datasets/preview', () => {
  it('checks an upload without writing it: what would land, its first records with file and record, and its problems', async () => {
    const files = await nativeFiles((relations) => {
      relations[2] = { ...relations[2], target: 'place:south-pier' };
    });
    const response = await call(app.baseUrl, '/api/datasets/preview', {
      method: 'POST',
      form: form({ format: 'native', name: 'Harbour memo' }, files),
    });
    expect(response.status).toBe(200);
    const preview = DatasetPreviewSchema.parse(response.body);
    expect(preview).toMatchObject({ id: 'harbour-memo', format: 'native', refused: true, counts: { entities: 4, relations: 2 } });
    expect(preview.rows).toContainEqual({
      kind: 'entity',
      type: 'Person',
      label: 'Mara Lind',
      file: 'entities.json',
      record: '2 (person:mara-lind)',
    });
    expect(preview.rows.filter((r) => r.kind === 'relation')).toHaveLength(3);
    expect(preview.report.problems).toEqual([expect.objectContaining({ file: 'relations.json', field: 'target' })]);
    expect(await countGraph(app.client)).toEqual(before);
    expect(await readdir(uploadDir)).toEqual([]);
  });
});

describe('uploads into a folder that does not exist yet', () => {
  it('creates the upload folder instead of answering 500 (bug: a fresh UPLOAD_DIR made every upload fail)', async () => {
    const missing = path.join(uploadDir, 'not', 'made', 'yet');
    const fresh = await startTestApp({ seed: false, uploads: { dir: missing, maxFileBytes: MAX_FILE_BYTES, maxFiles: MAX_FILES } });
    try {
      const response = await call(fresh.baseUrl, '/api/datasets/preview', {
        method: 'POST',
        form: form({}, [{ name: 'note.txt', content: 'Vera Holm met Marek Dunn in Tarsk.' }]),
      });
      expect(response.status).toBe(200);
      expect(DatasetPreviewSchema.parse(response.body)).toMatchObject({ format: 'text', refused: false, counts: { documents: 1 } });
      expect(await readdir(missing)).toEqual([]);
    } finally {
      await fresh.close();
      await rm(path.join(uploadDir, 'not'), { recursive: true, force: true });
    }
  });

  it('names the length limit for a file name that is too long (bug: it was called not a plain name)', async () => {
    const name = `${'x'.repeat(240)}.txt`;
    const response = await upload({}, [{ name, content: 'Vera Holm met Marek Dunn in Tarsk.' }]);
    expect(response.status).toBe(400);
    const { error } = ErrorBodySchema.parse(response.body);
    expect(error.code).toBe('INVALID_PARAMETER');
    expect(error.details).toEqual([{ parameter: 'files', reason: expect.stringContaining('characters long; shorten it to 200') }]);
    expect(await readdir(uploadDir)).toEqual([]);
  });
});

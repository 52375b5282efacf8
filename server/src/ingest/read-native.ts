// Reads the native data set folder: documents.json, entities.json and relations.json, with document texts beside them.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_FILES } from '@kgx/contract';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { DatasetSource, SourceFile } from './source.ts';

/** `3 (person:x)` for a record with an id, `3 (a LEADS b)` for a relation, else the index. */
function locateJsonRecord(records: readonly unknown[], index: number): string {
  const record = records[index];
  if (typeof record !== 'object' || record === null) return String(index);
  const fields = record as Record<string, unknown>;
  if (typeof fields['id'] === 'string') return `${index} (${fields['id']})`;
  if ('type' in fields && 'source' in fields && 'target' in fields) {
    return `${index} (${String(fields['source'])} ${String(fields['type'])} ${String(fields['target'])})`;
  }
  return String(index);
}

/**
 * A JSON file of the data set, parsed; undefined with a problem when it is outside the folder, unreadable or not
 * JSON. An optional file that is missing is simply absent.
 */
async function readJsonFile(
  dir: string,
  file: string,
  problems: DatasetProblem[],
  opts: { optional?: boolean } = {},
): Promise<{ value: unknown } | undefined> {
  let raw: string;
  try {
    const resolved = await resolveInside(dir, file);
    if (resolved === null) {
      problems.push({ file, reason: "is outside the data set's folder (a link to elsewhere)" });
      return undefined;
    }
    raw = await readFile(resolved, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (opts.optional === true && code === 'ENOENT') return undefined;
    problems.push({ file, reason: `cannot be read (${code ?? 'error'})` });
    return undefined;
  }
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch (error) {
    problems.push({ file, reason: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

async function readJsonArray(dir: string, file: string, problems: DatasetProblem[]): Promise<SourceFile | undefined> {
  const parsed = await readJsonFile(dir, file, problems);
  if (parsed === undefined) return undefined;
  if (!Array.isArray(parsed.value)) {
    problems.push({ file, reason: 'must hold a JSON array of records' });
    return undefined;
  }
  const records: unknown[] = parsed.value;
  return { file, records, locate: (index) => locateJsonRecord(records, index) };
}

/**
 * A path named inside a data set, resolved through any symbolic links; null when it leaves the data set's folder
 * (`..`, an absolute path, or a link to a file elsewhere). A missing file throws the usual ENOENT.
 */
export async function resolveInside(dir: string, file: string): Promise<string | null> {
  const root = await realpath(path.resolve(dir));
  const named = path.resolve(root, file);
  if (!named.startsWith(root + path.sep)) return null;
  const resolved = await realpath(named);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** The optional vocabulary file: absent is fine, unreadable or not JSON is a problem. */
async function readVocabularyFile(dir: string, problems: DatasetProblem[]): Promise<DatasetSource['vocabulary']> {
  const file = DATASET_FILES.vocabulary;
  const parsed = await readJsonFile(dir, file, problems, { optional: true });
  return parsed === undefined ? undefined : { file, raw: parsed.value };
}

export async function readNativeDataset(dir: string): Promise<DatasetSource> {
  const problems: DatasetProblem[] = [];
  const [documents, entities, relations, vocabulary] = await Promise.all([
    readJsonArray(dir, DATASET_FILES.documents, problems),
    readJsonArray(dir, DATASET_FILES.entities, problems),
    readJsonArray(dir, DATASET_FILES.relations, problems),
    readVocabularyFile(dir, problems),
  ]);
  if (!documents || !entities || !relations || problems.length > 0) throw new DatasetError(problems);
  return {
    documents,
    entities,
    relations,
    ...(vocabulary === undefined ? {} : { vocabulary }),
    readText: async (file) => {
      const resolved = await resolveInside(dir, file);
      if (resolved === null) throw new Error(`'${file}' is outside the data set's folder`);
      return readFile(resolved, 'utf8');
    },
  };
}

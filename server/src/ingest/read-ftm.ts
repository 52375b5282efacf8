// Reads FollowTheMoney entity streams (JSON lines, as Aleph exports and OpenSanctions publishes them), a line at a time.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { describePlace, FtmRecords, type FtmPlace } from './ftm-records.ts';
import { clip, toFtmEntity } from './ftm-values.ts';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { DatasetSource, InputFile, SourceFile } from './source.ts';

/** How many lines of a file are read before one that is no entity among all of them says the file is not a stream. */
const PROBE_LINES = 50;

const STREAM_EXAMPLE = 'one JSON entity per line, such as {"id": "…", "schema": "Person", "properties": {"name": ["…"]}}';

/** What one line was. */
type LineOutcome = { kind: 'blank' } | { kind: 'entity' } | { kind: 'bad'; problem: string };

function readLine(text: string, place: FtmPlace, records: FtmRecords): LineOutcome {
  if (text.trim() === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const problem = `not JSON: ${clip((error as Error).message, 120)}`;
    records.addBadLine(text, { ...place, problem });
    return { kind: 'bad', problem };
  }
  const entity = toFtmEntity(value);
  if ('problem' in entity) {
    const problem = `not a FollowTheMoney entity: ${entity.problem}`;
    records.addBadLine(text, { ...place, problem });
    return { kind: 'bad', problem };
  }
  records.add(entity, { ...place, id: entity.id });
  return { kind: 'entity' };
}

/**
 * Streams one file into the records. A line that is no entity goes on to be refused by the checks, where it is
 * (so --skip-bad-rows can leave it out); the whole file is refused when it cannot be read, is empty, or its first
 * lines hold no entity at all (a JSON array, a CSV file).
 */
async function readFtmFile(file: InputFile, firstFile: boolean, records: FtmRecords): Promise<DatasetProblem | undefined> {
  let handle;
  try {
    handle = await open(file.path, 'r');
  } catch (error) {
    return { file: file.name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    return { file: file.name, reason: 'is not a file' };
  }
  // The stream closes the file when it ends or is destroyed.
  const stream = handle.createReadStream({ encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let read = 0;
  let entities = 0;
  let firstProblem: string | undefined;
  try {
    for await (const raw of lines) {
      line += 1;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      const outcome = readLine(text, { file: file.name, line, firstFile }, records);
      if (outcome.kind === 'blank') continue;
      read += 1;
      if (outcome.kind === 'entity') entities += 1;
      else firstProblem ??= `line ${line} is ${outcome.problem}`;
      if (entities === 0 && read >= PROBE_LINES) break;
    }
  } catch (error) {
    return { file: file.name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    lines.close();
    stream.destroy();
  }
  if (read === 0) return { file: file.name, reason: `is empty: a FollowTheMoney stream holds ${STREAM_EXAMPLE}` };
  if (entities === 0) {
    return { file: file.name, reason: `is not a FollowTheMoney entity stream (${STREAM_EXAMPLE}): ${firstProblem ?? 'no entity'}` };
  }
  return undefined;
}

function sourceFile(file: string, records: unknown[], places: readonly FtmPlace[][]): SourceFile {
  return {
    file,
    records,
    locate: (index) => {
      const [first, ...more] = places[index] ?? [];
      if (first === undefined) return String(index);
      if (more.length === 0) return describePlace(first);
      const named = more.slice(0, 3).map(describePlace).join(', ');
      return `${describePlace(first)}, merged with ${named}${more.length > 3 ? ` and ${more.length - 3} more` : ''}`;
    },
  };
}

/**
 * Reads FtM entity streams: thing schemata become entities, interval schemata relations with each interval's record
 * as evidence, and what the vocabulary cannot hold is reported as notices (ftm-schemata.ts says what becomes what).
 * The records are named by the first file; the others are listed beside it.
 */
export async function readFtmDataset(files: InputFile[]): Promise<DatasetSource> {
  const [first, ...others] = files;
  if (first === undefined) throw new DatasetError([{ file: '(import)', reason: 'a FollowTheMoney import needs at least one file' }]);
  const records = new FtmRecords();
  const problems: DatasetProblem[] = [];
  for (const file of files) {
    const problem = await readFtmFile(file, file === first, records);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  const contents = records.finish();
  return {
    // FtM streams carry no texts to quote; their evidence is the records themselves.
    documents: sourceFile(first.name, [], []),
    entities: sourceFile(
      first.name,
      contents.entities,
      contents.entityPlaces.map((place) => [place]),
    ),
    relations: sourceFile(first.name, contents.relations, contents.relationPlaces),
    ...(others.length > 0 ? { otherFiles: others.map((file) => file.name) } : {}),
    notices: contents.notices,
    readText: (file) => Promise.reject(new Error(`a FollowTheMoney stream has no document texts to read ('${file}')`)),
  };
}

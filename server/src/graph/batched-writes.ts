// Writes rows in batches, several transactions in flight: the mechanics under every data set write, whatever the query.
import type { GraphClient } from './client.ts';
import { driverErrorCode } from './driver-errors.ts';

/**
 * Rows per transaction. Each batch costs a round trip, a commit and, while Neo4j works, an idle driver (and the
 * other way round); at 10,000 rows those are noise beside the writing itself (bench/README.md).
 */
export const WRITE_BATCH_SIZE = 10_000;
/** Documents carry their whole text, twice (as a property and in their stored JSON): fewer to a batch. */
export const DOCUMENT_BATCH_SIZE = 1_000;

/**
 * Batches in flight at once, each in its own session: the driver encodes the next batch while Neo4j writes one, and
 * Neo4j starts on the next while one commits. More than two only queue behind the same locks on a small machine.
 */
export const WRITE_CONCURRENCY = 2;

/** How often a writer stamps its data set: well inside STALE_IMPORT_MS, so that a live import never looks stale. */
export const TOUCH_INTERVAL_MS = 10_000;

/** A deadlock between two batches in flight aborts one of them whole; it is run again, up to this many times. */
const DEADLOCK_RETRIES = 5;
const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

export interface BatchProgress {
  kind: string;
  written: number;
  total: number;
}

/** One data set's batched writes: every row is written on its behalf. */
export interface BatchWriter {
  client: GraphClient;
  dataset: string;
  onProgress: (progress: BatchProgress) => void;
  /** Rows per batch for every kind, instead of the defaults; tests use it to cut small data into many batches. */
  batchSize?: number | undefined;
  /** Whether the graph was empty and is this writer's alone (empty-graph.ts): then every row is new and CREATEd. */
  intoEmptyGraph?: boolean;
}

/** Stamps the data set record, so a data set whose writer died shows as stale rather than forever running. */
const TOUCH_DATASET = 'MATCH (d:Dataset {id: $dataset}) SET d.updatedAt = $now';

/** Rows of one kind written by one query; a batch's rows are shaped as it is sent, never all rows at once. */
export interface RowGroup {
  kind: string;
  query: string;
  total: number;
  rows: (start: number, end: number) => object[];
}

export function group<R>(kind: string, query: string, rows: readonly R[], toParams: (row: R) => object): RowGroup {
  return { kind, query, total: rows.length, rows: (start, end) => rows.slice(start, end).map(toParams) };
}

/** Rows `start` to `end` of one group: one statement of a batch. */
interface BatchPart {
  group: RowGroup;
  start: number;
  end: number;
}

/**
 * Cuts the groups' rows, in order, into batches of at most `size` rows. A batch may hold the end of one group and
 * the start of the next, one statement each: 46 relation types of a few rows each are then a few transactions, not
 * 46, and a transaction costs round trips and a commit whatever it holds.
 */
function* batchesOf(groups: readonly RowGroup[], size: number): Generator<BatchPart[]> {
  let parts: BatchPart[] = [];
  let room = size;
  for (const group of groups) {
    for (let start = 0; start < group.total;) {
      const end = Math.min(group.total, start + room);
      parts.push({ group, start, end });
      room -= end - start;
      start = end;
      if (room === 0) {
        yield parts;
        parts = [];
        room = size;
      }
    }
  }
  if (parts.length > 0) yield parts;
}

/** Neighbouring parts that share a query (the CREATEs serve every type) are one statement. */
function statementsOf(parts: readonly BatchPart[]): { query: string; rows: object[] }[] {
  const statements: { query: string; rows: object[] }[] = [];
  for (const { group, start, end } of parts) {
    const last = statements.at(-1);
    if (last?.query === group.query) last.rows.push(...group.rows(start, end));
    else statements.push({ query: group.query, rows: group.rows(start, end) });
  }
  return statements;
}

/** One transaction, one statement per query; a deadlock rolls it back whole, so it is simply run again. */
async function writeBatch(writer: BatchWriter, parts: readonly BatchPart[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await writer.client.write(async (tx) => {
        for (const { query, rows } of statementsOf(parts)) await tx.run(query, { rows, dataset: writer.dataset });
      });
      return;
    } catch (error) {
      if (attempt > DEADLOCK_RETRIES || driverErrorCode(error) !== DEADLOCK) throw error;
    }
  }
}

/**
 * Writes the groups' rows in batches, WRITE_CONCURRENCY at a time. A phase smaller than WRITE_CONCURRENCY full
 * batches is split evenly, so that every writer has a share (on a new JVM, each share's plans compile in parallel).
 * After the first failure no batch is started; the ones in flight finish, then the failure is thrown. Progress is
 * reported per kind as batches commit, in whatever order they do.
 */
export async function writeGroups(writer: BatchWriter, groups: readonly RowGroup[], batchSize: number): Promise<void> {
  const rows = groups.reduce((sum, g) => sum + g.total, 0);
  const size = Math.max(1, Math.min(writer.batchSize ?? batchSize, Math.ceil(rows / WRITE_CONCURRENCY)));
  const pending = batchesOf(groups, size);
  const written = new Map<RowGroup, number>();
  let failure: { error: unknown } | undefined;
  let touchedAt = Date.now();
  const work = async (): Promise<void> => {
    for (let next = pending.next(); !next.done && failure === undefined; next = pending.next()) {
      try {
        await writeBatch(writer, next.value);
        for (const { group, start, end } of next.value) {
          const done = (written.get(group) ?? 0) + end - start;
          written.set(group, done);
          writer.onProgress({ kind: group.kind, written: done, total: group.total });
        }
        if (Date.now() - touchedAt >= TOUCH_INTERVAL_MS) {
          touchedAt = Date.now();
          await touchDataset(writer.client, writer.dataset);
        }
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, work));
  if (failure !== undefined) throw failure.error;
}

/** Marks the data set as still being written, in phases that write no rows. */
export async function touchDataset(client: GraphClient, dataset: string): Promise<void> {
  await client.write((tx) => tx.run(TOUCH_DATASET, { dataset, now: new Date().toISOString() }));
}

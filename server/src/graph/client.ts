// The one door to Neo4j: a driver with routing, read/write transactions with timeouts, and driver errors turned into AppErrors.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
import { QueryTimeoutError } from '../errors.ts';
import { currentRequestId } from '../request-context.ts';
import { classifyDriverError } from './driver-errors.ts';

/** What a read waits beyond its own timeout before it stops waiting for Neo4j. */
const DEADLINE_MARGIN_MS = 1000;

export { classifyDriverError };

export interface GraphClientOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  queryTimeoutMs: number;
  retryMs: number;
  connectTimeoutMs: number;
  poolSize?: number;
}

/** What work may do inside a transaction: run statements (managed and explicit transactions both can). */
export type TxRunner = Pick<ManagedTransaction, 'run'>;
export type TxWork<T> = (tx: TxRunner) => Promise<T>;

/** How long the one look-up of the home database may take before sessions go on without a name. */
const HOME_LOOKUP_TIMEOUT_MS = 5_000;
/** After a failed look-up, sessions go on without a name this long before the next look-up. */
const HOME_LOOKUP_RETRY_MS = 30_000;

export class GraphClient {
  readonly driver: Driver;
  /** The database configured (NEO4J_DATABASE); unset, sessions name the server's home database once it is known. */
  readonly database: string | undefined;
  /** The database sessions name: the configured one, or the home database once looked up. */
  #sessionDatabase: string | undefined;
  #homeLookup: Promise<string | undefined> | null = null;
  #homeLookupFailedAt = Number.NEGATIVE_INFINITY;
  /** How it was made: the console's worker thread connects the same way. */
  readonly options: GraphClientOptions;
  private readonly queryTimeoutMs: number;
  private readonly retries: boolean;

  constructor(opts: GraphClientOptions) {
    // No password means a server with authentication off (the local launcher binds to loopback only).
    const auth = opts.password === undefined ? undefined : neo4j.auth.basic(opts.user ?? 'neo4j', opts.password);
    this.driver = neo4j.driver(opts.uri, auth, {
      maxTransactionRetryTime: opts.retryMs,
      connectionTimeout: opts.connectTimeoutMs,
      connectionAcquisitionTimeout: Math.max(opts.queryTimeoutMs, 5_000),
      maxConnectionPoolSize: opts.poolSize ?? 100,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
    this.options = opts;
    this.database = opts.database;
    this.#sessionDatabase = opts.database;
    this.queryTimeoutMs = opts.queryTimeoutMs;
    this.retries = opts.retryMs > 0;
  }

  /**
   * Runs work in a read transaction (routed to a reader on a cluster). Neo4j ends it at its timeout; should Neo4j not
   * answer at all, the read gives up a little later on its own (see withDeadline).
   */
  async read<T>(work: TxWork<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.#databaseNow(), defaultAccessMode: neo4j.session.READ });
    const timeoutMs = opts.timeoutMs ?? this.queryTimeoutMs;
    const config = transactionConfig(timeoutMs);
    return withDeadline(session, timeoutMs, this.retries ? session.executeRead(work, config) : runOnce(session, work, config));
  }

  /**
   * Reads a query's rows one at a time, each fetched as the caller takes the one before, until the rows run out, the
   * caller stops, or the budget runs out. Unlike a read that times out, a stream cut by its budget keeps the rows that
   * came before: a search that yields its best answers first can answer with them. The stream stops waiting at the
   * budget itself (Neo4j may notice a transaction past its timeout a second or two late) and closes its session, which
   * stops the query in Neo4j at once. One attempt, no retries (rows already taken cannot be taken again).
   */
  async readStream(query: string, params: Record<string, unknown>, opts: ReadStreamOptions): Promise<StreamEnd> {
    const session = this.driver.session({ database: this.#databaseNow(), defaultAccessMode: neo4j.session.READ, fetchSize: 1 });
    const rows = session.run(query, params, transactionConfig(opts.budgetMs))[Symbol.asyncIterator]();
    const deadline = Date.now() + opts.budgetMs;
    /** Whether rows may still be coming: stopped by the caller, or not come by the end of the budget. */
    let abandoned = false;
    try {
      for (;;) {
        const next = await beforeDeadline(rows.next(), deadline);
        if (next === LATE) {
          abandoned = true;
          return 'budget';
        }
        if (next.done === true) return 'complete';
        if (opts.onRow(next.value) === 'stop') {
          abandoned = true;
          return 'stopped';
        }
        // Rows already come are no reason to go on: the budget counts the caller's time with them too.
        if (Date.now() >= deadline) {
          abandoned = true;
          return 'budget';
        }
      }
    } catch (error) {
      const classified = classifyDriverError(error);
      if (classified instanceof QueryTimeoutError) return 'budget';
      throw classified;
    } finally {
      // Closing resets a connection still busy with the query, which makes Neo4j drop it at once, and gives the connection
      // back to the pool, also when it was not acquired yet. Not awaited when abandoned: the answer need not wait for it.
      const closing = session.close().catch(() => undefined);
      if (!abandoned) await closing;
    }
  }

  /** Runs work in a write transaction (routed to the leader on a cluster). */
  async write<T>(work: TxWork<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.#databaseNow(), defaultAccessMode: neo4j.session.WRITE });
    try {
      const config = transactionConfig(opts.timeoutMs ?? this.queryTimeoutMs * 6);
      return await (this.retries ? session.executeWrite(work, config) : runOnce(session, work, config));
    } catch (error) {
      throw classifyDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one statement outside an explicit transaction, for schema and administration commands that cannot share one.
   * With a timeout, it gives up like a read does when Neo4j does not answer.
   */
  async runAutoCommit(
    query: string,
    params: Record<string, unknown> = {},
    opts: { timeoutMs?: number } = {},
  ): Promise<QueryResult<RecordShape>> {
    const session = this.driver.session({ database: this.#databaseNow(), defaultAccessMode: neo4j.session.WRITE });
    const running = session.run(query, params, transactionConfig(opts.timeoutMs));
    if (opts.timeoutMs !== undefined) return withDeadline(session, opts.timeoutMs, running);
    try {
      return await running;
    } catch (error) {
      throw classifyDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** The database to name now; while the home database is not known yet, none (its look-up runs meanwhile). */
  #databaseNow(): string | undefined {
    if (this.#sessionDatabase === undefined) void this.databaseForSessions();
    return this.#sessionDatabase;
  }

  /**
   * The database each session names. A session that names none costs the driver a routing round trip to resolve the
   * home database, every time (0.6 ms of a 3 ms read here), so the home database is looked up once and named from
   * then on. Sessions never wait for the look-up: until it answers they name none, as they did before. Should it fail
   * (Neo4j not up yet), it is tried again after HOME_LOOKUP_RETRY_MS.
   */
  async databaseForSessions(): Promise<string | undefined> {
    if (this.#sessionDatabase !== undefined) return this.#sessionDatabase;
    if (this.#homeLookup === null && Date.now() - this.#homeLookupFailedAt < HOME_LOOKUP_RETRY_MS) return undefined;
    this.#homeLookup ??= this.#lookUpHomeDatabase().then(
      (name) => {
        this.#sessionDatabase = name;
        return name;
      },
      () => {
        this.#homeLookup = null;
        this.#homeLookupFailedAt = Date.now();
        return undefined;
      },
    );
    return this.#homeLookup;
  }

  async #lookUpHomeDatabase(): Promise<string | undefined> {
    // No database named: the server answers for the user's home database. withDeadline closes the session.
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    const result = await withDeadline(
      session,
      HOME_LOOKUP_TIMEOUT_MS,
      session.run('CALL db.info() YIELD name RETURN name', {}, transactionConfig(HOME_LOOKUP_TIMEOUT_MS)),
    );
    const name: unknown = result.records[0]?.get('name');
    return typeof name === 'string' ? name : undefined;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Waits for work no longer than its timeout and a margin: should Neo4j not answer at all (frozen, a network that drops
 * packets), it answers 504 and leaves the session to close whenever Neo4j answers again.
 */
async function withDeadline<T>(session: Session, timeoutMs: number, running: Promise<T>): Promise<T> {
  let expired = false;
  try {
    const answer = await beforeDeadline(running, Date.now() + timeoutMs + Math.max(DEADLINE_MARGIN_MS, timeoutMs / 5));
    if (answer !== LATE) return answer;
    expired = true;
    throw new QueryTimeoutError('the graph database did not answer in time');
  } catch (error) {
    throw classifyDriverError(error);
  } finally {
    if (expired) {
      running.catch(() => undefined);
      void session.close().catch(() => undefined);
    } else {
      await session.close();
    }
  }
}

export interface ReadStreamOptions {
  /** How long the stream may run, from its start; also the transaction's timeout. */
  budgetMs: number;
  /** Takes each row as it comes; 'stop' ends the stream there. */
  onRow: (record: Neo4jRecord) => 'more' | 'stop';
}

/** How a streamed read ended: its rows ran out, the caller stopped it, or its budget did (see GraphClient.readStream). */
export type StreamEnd = 'complete' | 'stopped' | 'budget';

const LATE = Symbol('late');

/** The promise's value, or LATE once the clock passes `deadline` (epoch ms) first. */
async function beforeDeadline<T>(pending: Promise<T>, deadline: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}

type TransactionConfig = { timeout?: number; metadata?: Record<string, string> };

/** A transaction's timeout, and the request it serves as metadata (SHOW TRANSACTIONS shows it as `metaData`). */
function transactionConfig(timeoutMs: number | undefined): TransactionConfig {
  const requestId = currentRequestId();
  return {
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    ...(requestId === undefined ? {} : { metadata: { requestId } }),
  };
}

/**
 * One attempt in an explicit transaction. The driver's managed transactions wait a second before their first retry
 * even with a zero retry budget; without retries an outage must surface at once.
 */
async function runOnce<T>(session: Session, work: TxWork<T>, config: TransactionConfig): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/** LIMIT and SKIP values must reach Cypher as integers, not floats. */
export function int(value: number) {
  return neo4j.int(value);
}

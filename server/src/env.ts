// Configuration, parsed once from the environment with defaults; fails fast with a readable message.
import { z } from 'zod';
import { DEFAULT_PATH_HUB_DEGREE } from '@kgx/contract';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A JVM memory size as -Xmx takes it: 512m, 2g. */
export const JVM_SIZE_PATTERN = /^\d+[kmgKMG]?$/;

/** What the Docker-free local Neo4j reads; the launcher parses only these, so tests and benchmarks can use it alone. */
export const LocalNeo4jEnvSchema = z.object({
  /** Max heap of the local Neo4j's JVM; without a cap the JVM claims a quarter of the machine's memory. */
  KGX_NEO4J_HEAP: z.string().regex(JVM_SIZE_PATTERN, 'must be a JVM size such as 512m or 2g').default('1g'),
  /** The most one transaction of the local Neo4j may hold (db.memory.transaction.max): a query past it fails alone, the server stays up. Keep it under the heap. */
  KGX_NEO4J_TX_MEMORY: z.string().regex(JVM_SIZE_PATTERN, 'must be a size such as 512m or 1g').default('512m'),
  /** Where the resolved classpath and compiled launcher are cached; defaults to $XDG_CACHE_HOME/kg-explorer or ~/.cache/kg-explorer. */
  KGX_CACHE_DIR: z.string().optional(),
  XDG_CACHE_HOME: z.string().optional(),
  /** The JDK that compiles and runs the launcher; unset, `java` and `javac` come from PATH. */
  JAVA_HOME: z.string().optional(),
});
export type LocalNeo4jEnv = z.infer<typeof LocalNeo4jEnvSchema>;

export const EnvSchema = LocalNeo4jEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Loopback by default: the explorer is only reachable from this machine until accounts are on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Accounts: off by default on loopback, on anywhere else (where off is refused). */
  AUTH: z.enum(['on', 'off']).optional(),
  /** The server's own data, outside the graph: accounts.json, session.key and audit.jsonl, each mode 600. */
  SERVER_DATA_DIR: z.string().default('.data/server'),
  /** The key that signs session cookies; every process behind one address must share it. Unset, one is generated into SERVER_DATA_DIR. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: positiveInt(12),
  /** The explorer is served over HTTPS (behind a TLS proxy): session cookies are marked Secure, and pages ask browsers to upgrade insecure requests. */
  HTTPS: flag(false),
  /** Where the explorer is served, behind a proxy that rewrites Host (comma-separated origins such as https://kg.example.org). */
  PUBLIC_ORIGIN: z
    .string()
    .regex(/^https?:\/\/[^/\s,]+(,https?:\/\/[^/\s,]+)*$/, 'must be origins such as https://kg.example.org, separated by commas')
    .optional(),
  /** Express's `trust proxy` (a hop count, `loopback`, or addresses), so that rate limits see the caller's address behind a proxy. */
  TRUST_PROXY: z
    .string()
    .transform((value): boolean | number | string =>
      value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
    )
    .optional(),
  SIGN_IN_WINDOW_MS: positiveInt(15 * 60_000),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: positiveInt(10),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: positiveInt(50),
  /** On first start, an admin account of this name and password is created if it does not exist (docker compose uses this). */
  ADMIN_USER: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** Unset: `npm start` runs a local Neo4j from the official artifacts. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Where the local Neo4j keeps its data when NEO4J_URI is unset. */
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  QUERY_TIMEOUT_MS: positiveInt(10_000),
  /**
   * Paths do not step through entities with more relations than this (a registered agent of a hundred thousand
   * companies), unless a request asks for `throughHubs`; either end may still be one.
   */
  PATH_HUB_DEGREE: positiveInt(DEFAULT_PATH_HUB_DEGREE),
  /**
   * How long a time-ordered paths search may check the shortest paths, from its start; it answers with what it checked
   * (next to hubs, the next length of paths can take seconds). Should it have found no path by then, it asks for the
   * few shortest within QUERY_TIMEOUT_MS.
   */
  PATH_TIME_ORDER_BUDGET_MS: positiveInt(1_000),
  /**
   * How long the driver keeps retrying a transaction on a transient failure. 0 (the default) fails at once, so an
   * outage is a 503 within a second; on a cluster, a few seconds rides out a leader switch.
   */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(0),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt(800),
  NEO4J_POOL_SIZE: positiveInt(100),
  SEED_ON_EMPTY: flag(true),
  BODY_LIMIT: z.string().default('100kb'),
  /** The most a console answer may weigh, in bytes of JSON, counted as it streams (413 RESULT_TOO_LARGE beyond). */
  CYPHER_MAX_BYTES: positiveInt(8 * 1024 * 1024),
  CYPHER_THREADS: positiveInt(2),
  /** Requests that may work on the database at once; more wait their turn (API_MAX_WAITING, API_MAX_WAIT_MS), then get 503 OVERLOADED. */
  API_MAX_ACTIVE: positiveInt(32),
  API_MAX_WAITING: z.coerce.number().int().min(0).default(256),
  API_MAX_WAIT_MS: positiveInt(5000),
  CORS_ORIGIN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  /** Where uploads are streamed before they are imported; unset, the system's temporary folder. */
  UPLOAD_DIR: z.string().optional(),
  /** The largest file an upload may carry, in bytes (default 200 MB). */
  UPLOAD_MAX_FILE_BYTES: positiveInt(200 * 1024 * 1024),
  /** How many files one upload may carry. */
  UPLOAD_MAX_FILES: positiveInt(20),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses environment variables with a schema; an empty variable counts as unset. Throws one message naming every bad variable. */
export function parseSettings<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseSettings(EnvSchema, source);
}

export function parseLocalNeo4jEnv(source: NodeJS.ProcessEnv = process.env): LocalNeo4jEnv {
  return parseSettings(LocalNeo4jEnvSchema, source);
}

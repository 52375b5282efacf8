// Gives tests a real Neo4j: NEO4J_URI if set, else a Testcontainers neo4j:5.26 if Docker answers, else the local launcher.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j-local/local-neo4j';
import { parseTestSettings } from './test-settings.ts';

export type Neo4jRoute = 'env' | 'testcontainers' | 'local';

export interface AcquiredNeo4j {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  route: Neo4jRoute;
  stop(): Promise<void>;
}

export interface AcquireNeo4jOptions {
  log?: (line: string) => void;
}

const CONTAINER_IMAGE = 'neo4j:5.26-community';
// A socket that exists but never answers must not stall every test run.
const RUNTIME_DETECTION_TIMEOUT_MS = 10_000;

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Testcontainers is imported lazily so machines without Docker never pay for loading it beyond this probe. */
async function containerRuntimeAnswers(log: (line: string) => void): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await withTimeout(getContainerRuntimeClient(), RUNTIME_DETECTION_TIMEOUT_MS, 'container runtime detection');
    return true;
  } catch (error) {
    log(`neo4j: no container runtime (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}

async function startContainer(): Promise<Omit<AcquiredNeo4j, 'route'>> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(CONTAINER_IMAGE).withPassword('kgx-test-password').start();
  return {
    // The routing scheme, as for the local route: a single server answers it too.
    uri: container.getBoltUri().replace(/^bolt:/, 'neo4j:'),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * A local Neo4j on a fresh temp store and a free port, removed again on stop: tests and benchmarks never read or
 * clobber the developer's .data/neo4j nor each other's.
 */
export async function startThrowawayNeo4j(
  opts: { log?: (line: string) => void; heap?: string; pageCache?: string } = {},
): Promise<LocalNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kgx-neo4j-'));
  try {
    const neo4j = await startLocalNeo4j({ dataDir, log: opts.log, heap: opts.heap, pageCache: opts.pageCache });
    return {
      ...neo4j,
      stop: async () => {
        try {
          await neo4j.stop();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startLocal(log: (line: string) => void): Promise<Omit<AcquiredNeo4j, 'route'>> {
  const neo4j = await startThrowawayNeo4j({ log });
  return { uri: neo4j.uri, stop: () => neo4j.stop() };
}

/**
 * Routes, first match wins: (1) NEO4J_URI (+ NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE), never stopped by us;
 * (2) Testcontainers when a Docker engine answers; (3) the Docker-free local launcher (JDK 17 + Maven).
 * KGX_NEO4J_ROUTE=testcontainers|local skips the detection and forces a route.
 */
export async function acquireNeo4j(opts: AcquireNeo4jOptions = {}): Promise<AcquiredNeo4j> {
  const log = opts.log ?? defaultLog;
  const started = performance.now();
  const report = (acquired: AcquiredNeo4j): AcquiredNeo4j => {
    const ms = performance.now() - started;
    log(`neo4j: route=${acquired.route} uri=${acquired.uri} ready in ${(ms / 1000).toFixed(1)} s`);
    return acquired;
  };

  const settings = parseTestSettings();
  if (settings.NEO4J_URI !== undefined) {
    return report({
      uri: settings.NEO4J_URI,
      user: settings.NEO4J_USER,
      ...(settings.NEO4J_PASSWORD !== undefined ? { password: settings.NEO4J_PASSWORD } : {}),
      ...(settings.NEO4J_DATABASE !== undefined ? { database: settings.NEO4J_DATABASE } : {}),
      route: 'env',
      stop: () => Promise.resolve(),
    });
  }

  const forced = settings.KGX_NEO4J_ROUTE;
  const useContainer = forced === 'testcontainers' || (forced === undefined && (await containerRuntimeAnswers(log)));
  if (useContainer) {
    log(`neo4j: starting ${CONTAINER_IMAGE} with Testcontainers`);
    return report({ ...(await startContainer()), route: 'testcontainers' });
  }
  log('neo4j: starting the local Neo4j launcher (no Docker)');
  return report({ ...(await startLocal(log)), route: 'local' });
}

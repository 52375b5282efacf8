// Vitest globalSetup: one Neo4j per test run, handed to tests through inject('neo4j').
// Augmenting 'vitest' only works from a file that resolves 'vitest' itself; this type-only import is erased at runtime.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { acquireNeo4j } from './neo4j';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await acquireNeo4j();
  // Only defined fields: provided values cross into workers and an explicit undefined would read as "set".
  const connection: Neo4jConnection = {
    uri: neo4j.uri,
    ...(neo4j.user !== undefined ? { user: neo4j.user } : {}),
    ...(neo4j.password !== undefined ? { password: neo4j.password } : {}),
    ...(neo4j.database !== undefined ? { database: neo4j.database } : {}),
  };
  project.provide('neo4j', connection);
  return async () => {
    await neo4j.stop();
  };
}

// The graph client names a database in every session: the configured one, or the server's home database, looked up once.
import { describe, expect, inject, it } from 'vitest';
import { GraphClient } from '../../server/src/graph/client.ts';
import { connectTestClient } from '../support/test-app.ts';

function clientWithoutDatabase(database?: string): GraphClient {
  const neo4j = inject('neo4j');
  return new GraphClient({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database,
    queryTimeoutMs: 10_000,
    retryMs: 0,
    connectTimeoutMs: 800,
  });
}

describe('the database a session names', () => {
  it('is the home database, looked up once, when none is configured (bug: every unnamed session cost a routing round trip)', async () => {
    const client = clientWithoutDatabase();
    try {
      // What the server itself calls the home database, asked without naming one.
      const unnamed = client.driver.session();
      const asked = await unnamed.run('CALL db.info() YIELD name RETURN name');
      await unnamed.close();
      const home: unknown = asked.records[0]?.get('name');
      expect(typeof home).toBe('string');

      expect(await client.databaseForSessions()).toBe(home);
      expect(await client.databaseForSessions()).toBe(home);
      // Reads and writes run there.
      const readIn = await client.read(async (tx) => (await tx.run('CALL db.info() YIELD name RETURN name')).records[0]?.get('name'));
      expect(readIn).toBe(home);
      expect(client.database).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it('is the configured database when one is', async () => {
    const configured = inject('neo4j').database ?? 'neo4j';
    const client = clientWithoutDatabase(configured);
    try {
      expect(await client.databaseForSessions()).toBe(configured);
    } finally {
      await client.close();
    }
  });

  it('is left unnamed while Neo4j cannot be reached, and the read fails with its own error', async () => {
    const client = connectTestClient({ uri: 'neo4j://127.0.0.1:1' });
    try {
      expect(await client.databaseForSessions()).toBeUndefined();
      await expect(client.read((tx) => tx.run('RETURN 1'))).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    } finally {
      await client.close();
    }
  });
});

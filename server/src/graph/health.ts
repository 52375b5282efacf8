// Asks the database who it is: the cheapest query that proves a round trip.
import type { GraphClient } from './client.ts';

const COMPONENTS = `CALL dbms.components() YIELD name, versions, edition
RETURN versions[0] AS version, edition LIMIT 1`;

export interface DatabaseInfo {
  version: string;
  edition: string;
}

export async function readDatabaseInfo(client: GraphClient, timeoutMs: number): Promise<DatabaseInfo> {
  return client.read(
    async (tx) => {
      const record = (await tx.run(COMPONENTS)).records[0];
      return { version: String(record?.get('version') ?? 'unknown'), edition: String(record?.get('edition') ?? 'unknown') };
    },
    { timeoutMs },
  );
}

// Whether an import may CREATE instead of MERGE: the graph held no entity and no document, and nobody else writes it meanwhile.
// The claim is a mark on the data set's own record, taken and read under the locks of every record being written,
// so that two imports beginning together see each other, and one beginning later sees the claim and stands back.
import type { GraphClient } from './client.ts';

/** Records of imports and removals at work, locked in id order (so two claims cannot deadlock), then read. */
const CLAIM_EMPTY_GRAPH = `
MATCH (d:Dataset)
WHERE d.id = $id OR (d.status IN ['running', 'removing'] AND d.updatedAt > $staleBefore)
WITH d ORDER BY d.id
SET d._lock = true
REMOVE d._lock
WITH collect(d) AS records
WITH [d IN records WHERE d.id <> $id AND d.status IN ['running', 'removing'] AND d.updatedAt > $staleBefore] AS others
WITH [d IN others WHERE d._emptyGraph = true | d.id] AS claimedBy,
  size(others) = 0 AND NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Document) } AS alone
CALL (alone) {
  WITH alone WHERE alone
  MATCH (d:Dataset {id: $id})
  SET d._emptyGraph = true
}
RETURN alone, claimedBy[0] AS claimedBy`;

const RELEASE_EMPTY_GRAPH = 'MATCH (d:Dataset {id: $id}) REMOVE d._emptyGraph';

export type EmptyGraphClaim = { alone: true } | { alone: false; claimedBy: string | null };

/**
 * Claims the graph for data set `id`, whose record is open (`running`): alone when nothing else is in the graph or
 * being written to it. When another import holds the claim, `claimedBy` names it: writing now could MERGE into a row
 * that import is about to CREATE a second time.
 */
export async function claimEmptyGraph(client: GraphClient, id: string, staleBefore: string): Promise<EmptyGraphClaim> {
  const record = await client.write(async (tx) => (await tx.run(CLAIM_EMPTY_GRAPH, { id, staleBefore })).records[0]);
  if (record?.get('alone') === true) return { alone: true };
  const claimedBy = record?.get('claimedBy') as string | null | undefined;
  return { alone: false, claimedBy: claimedBy ?? null };
}

/** Ends the claim: the record looks as it did, and any import may write again. */
export async function releaseEmptyGraph(client: GraphClient, id: string): Promise<void> {
  await client.write((tx) => tx.run(RELEASE_EMPTY_GRAPH, { id }));
}

// Finds and ends the transactions a request opened after the request itself gave up on them: the transactions carry
// the request id as metadata (client.ts), so SHOW TRANSACTIONS finds them by it. The server's own administration;
// the console refuses both commands.
import type { GraphClient } from './client.ts';
import { toPlainValue } from './records.ts';

const TRANSACTIONS_OF_REQUEST = `
SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime, status
WHERE metaData.requestId = $requestId
RETURN transactionId, elapsedTime.milliseconds AS elapsedMs, status`;

const TERMINATE = `TERMINATE TRANSACTIONS $ids`;

export interface RunningTransaction {
  transactionId: string;
  elapsedMs: number;
  /** `Running`, or `Terminated with reason: ...` for one Neo4j was asked to end and has not yet left. */
  status: string;
}

export async function findTransactionsOfRequest(client: GraphClient, requestId: string, timeoutMs: number): Promise<RunningTransaction[]> {
  const result = await client.runAutoCommit(TRANSACTIONS_OF_REQUEST, { requestId }, { timeoutMs });
  return result.records.map((record) => ({
    transactionId: String(record.get('transactionId')),
    elapsedMs: Number(toPlainValue(record.get('elapsedMs'))),
    status: String(record.get('status')),
  }));
}

export async function terminateTransactions(client: GraphClient, ids: readonly string[], timeoutMs: number): Promise<void> {
  if (ids.length === 0) return;
  await client.runAutoCommit(TERMINATE, { ids: [...ids] }, { timeoutMs });
}

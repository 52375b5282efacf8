// The read-only Cypher console, bounded in rows and time.
import type { CypherRequest, CypherResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { runReadOnlyCypher } from '../graph/cypher.ts';

export class CypherService {
  constructor(
    private readonly client: GraphClient,
    private readonly limits: { maxRows: number; maxBytes: number; timeoutMs: number },
  ) {}

  run(request: CypherRequest): Promise<CypherResponse> {
    return runReadOnlyCypher(this.client, { ...request, ...this.limits });
  }
}

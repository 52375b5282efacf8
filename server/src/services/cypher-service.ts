// The read-only Cypher console, bounded in rows, bytes and time, run on its own thread.
import type { CypherRequest, CypherResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { ConsoleRunner, type ConsoleLimits } from '../graph/console-runner.ts';

export class CypherService {
  private readonly runner: ConsoleRunner;

  constructor(client: GraphClient, limits: ConsoleLimits) {
    this.runner = new ConsoleRunner(client.options, limits);
  }

  run(request: CypherRequest): Promise<CypherResponse> {
    return this.runner.run(request);
  }
}

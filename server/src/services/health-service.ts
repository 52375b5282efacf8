// Liveness of the database, and counts of what the graph holds.
import type { Logger } from 'pino';
import type { HealthResponse, StatsResponse } from '@kgx/contract';
import { AppError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { readDatabaseInfo } from '../graph/health.ts';
import { readStats } from '../graph/stats.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class HealthService {
  constructor(
    private readonly client: GraphClient,
    private readonly logger: Logger,
    private readonly timeoutMs: number,
    private readonly vocabulary: VocabularyService,
  ) {}

  async health(opts: { detailed: boolean } = { detailed: true }): Promise<HealthResponse> {
    try {
      const info = await readDatabaseInfo(this.client, this.timeoutMs);
      if (!opts.detailed) return { status: 'ok', neo4j: { connected: true } };
      return {
        status: 'ok',
        neo4j: {
          connected: true,
          version: info.version,
          edition: info.edition,
          ...(this.client.database ? { database: this.client.database } : {}),
        },
      };
    } catch (error) {
      // The driver's own message can name hosts and internals: it goes to the log, the caller gets our wording.
      this.logger.warn({ err: error }, 'health check: the graph database did not answer');
      const reason = error instanceof AppError ? error.message : 'the graph database did not answer';
      return { status: 'unavailable', neo4j: { connected: false, ...(opts.detailed ? { error: reason } : {}) } };
    }
  }

  /** Reads the vocabulary afresh: stats are what the explorer asks for after an import. */
  async stats(): Promise<StatsResponse> {
    return readStats(this.client, await this.vocabulary.refresh());
  }
}

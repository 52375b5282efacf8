// Every service the endpoints call, built once per app from the graph client and the limits.
import type { Logger } from 'pino';
import type { OpenApiDocument } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import type { UploadLimits } from '../routes/upload.ts';
import type { AccessService } from './access-service.ts';
import { BriefService } from './brief-service.ts';
import { CandidateService } from './candidate-service.ts';
import { ExtractionService } from './extraction-service.ts';
import { ImportQueue } from './import-queue.ts';
import { MergeService } from './merge-service.ts';
import { OverviewService } from './overview-service.ts';
import { TextSearchService } from './text-search-service.ts';
import { TimelineService } from './timeline-service.ts';
import { AggregateCounter } from './aggregate-counter.ts';
import { OverrunWatch, type OverrunWatchOptions } from './overrun-watch.ts';
import { CypherService } from './cypher-service.ts';
import { DatasetService } from './dataset-service.ts';
import { DocumentService } from './document-service.ts';
import { EntityService } from './entity-service.ts';
import { HealthService } from './health-service.ts';
import { PathService } from './path-service.ts';
import { RelationService } from './relation-service.ts';
import { SearchService } from './search-service.ts';
import { VocabularyService } from './vocabulary-service.ts';

export interface ServiceOptions {
  client: GraphClient;
  logger: Logger;
  cypherMaxRows: number;
  /** The most a console answer may weigh, counted as its rows stream in. */
  cypherMaxBytes: number;
  cypherTimeoutMs: number;
  /** How many console queries run at once, each on its own thread. */
  cypherThreads: number;
  healthTimeoutMs: number;
  /** Paths step through no entity with more relations than this, unless a request asks to. */
  pathHubDegree: number;
  /** How long a time-ordered paths search may look once it has found a path. */
  pathTimeOrderBudgetMs: number;
  queryTimeoutMs: number;
  /** The OpenAPI document, built from the endpoint registry by the app. */
  openApi: OpenApiDocument;
  uploads: UploadLimits;
  access: AccessService;
  /** How the overrun watch looks and for how long; defaults in overrun-watch.ts. */
  overrunWatch?: OverrunWatchOptions;
}

export interface Services {
  /** Who calls, sessions, accounts and the audit trail. */
  access: AccessService;
  health: HealthService;
  search: SearchService;
  entities: EntityService;
  paths: PathService;
  relations: RelationService;
  documents: DocumentService;
  cypher: CypherService;
  datasets: DatasetService;
  vocabulary: VocabularyService;
  uploads: UploadLimits;
  /** Imports uploaded through the API, one at a time. */
  imports: ImportQueue;
  /** Extraction over data sets' documents, one at a time. */
  extraction: ExtractionService;
  /** The review queue of extraction's candidates. */
  candidates: CandidateService;
  /** Merging duplicate entities, and undoing it. */
  merges: MergeService;
  /** Sentences of the documents that say what was searched for. */
  textSearch: TextSearchService;
  timeline: TimelineService;
  /** What the explorer opens on. */
  overview: OverviewService;
  /** Briefs that explain relations in sentences citing their sources. */
  briefs: BriefService;
  openApi: OpenApiDocument;
  /** Follows the queries a timed-out request left running in Neo4j. */
  overruns: OverrunWatch;
}

export function createServices(opts: ServiceOptions): Services {
  const vocabulary = new VocabularyService(opts.client);
  const aggregates = new AggregateCounter(opts.client, opts.logger);
  const extraction = new ExtractionService(opts.client, opts.logger, vocabulary, opts.access.audit);
  const imports = new ImportQueue(opts.client, opts.logger, vocabulary, opts.access.audit, extraction);
  return {
    access: opts.access,
    health: new HealthService(opts.client, opts.logger, opts.healthTimeoutMs, vocabulary),
    search: new SearchService(opts.client, vocabulary),
    entities: new EntityService(opts.client, vocabulary),
    paths: new PathService(opts.client, vocabulary, {
      hubDegree: opts.pathHubDegree,
      timeOrderBudgetMs: opts.pathTimeOrderBudgetMs,
      queryTimeoutMs: opts.queryTimeoutMs,
    }),
    relations: new RelationService(opts.client, vocabulary),
    documents: new DocumentService(opts.client),
    cypher: new CypherService(opts.client, {
      maxRows: opts.cypherMaxRows,
      maxBytes: opts.cypherMaxBytes,
      timeoutMs: opts.cypherTimeoutMs,
      threads: opts.cypherThreads,
    }),
    datasets: new DatasetService(opts.client, opts.logger, vocabulary, imports),
    vocabulary,
    uploads: opts.uploads,
    imports,
    extraction,
    candidates: new CandidateService(opts.client, vocabulary, aggregates),
    merges: new MergeService(opts.client, aggregates),
    overview: new OverviewService(opts.client),
    briefs: new BriefService(opts.client, vocabulary),
    textSearch: new TextSearchService(opts.client),
    timeline: new TimelineService(opts.client),
    openApi: opts.openApi,
    overruns: new OverrunWatch(opts.client, opts.logger, opts.overrunWatch),
  };
}

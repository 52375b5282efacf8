// What the API does with the graph, free of HTTP: validates cross-field rules, resolves unknown ids into NotFound errors.
import type {
  CypherResponse,
  DocumentResponse,
  DocumentsResponse,
  EntityResponse,
  HealthResponse,
  NeighborsQuery,
  NeighborsResponse,
  PathsQuery,
  PathsResponse,
  RelationsQuery,
  RelationsResponse,
  SearchQuery,
  SearchResponse,
  StatsResponse,
} from '@kgx/contract';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { runReadOnlyCypher } from '../graph/cypher.ts';
import { listDocuments, readDocument } from '../graph/documents.ts';
import { findMissingEntities, readEntity } from '../graph/entities.ts';
import { readDatabaseInfo } from '../graph/health.ts';
import { readNeighbors } from '../graph/neighbors.ts';
import { findShortestPaths } from '../graph/paths.ts';
import { readRelations } from '../graph/relations.ts';
import { searchEntities } from '../graph/search.ts';
import { readStats } from '../graph/stats.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { findMentionSpans } from './mention-spans.ts';
import { rankSearchResults } from './search-ranking.ts';

export interface GraphServiceOptions {
  cypherMaxRows: number;
  cypherTimeoutMs: number;
  healthTimeoutMs: number;
}

function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new ValidationError(`from must not be after to, got from '${from}' and to '${to}'`, [
      { parameter: 'from', reason: `is after to ('${to}')` },
    ]);
  }
}

export class GraphService {
  constructor(
    private readonly client: GraphClient,
    private readonly options: GraphServiceOptions,
  ) {}

  async health(): Promise<HealthResponse> {
    try {
      const info = await readDatabaseInfo(this.client, this.options.healthTimeoutMs);
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
      const reason = error instanceof Error ? error.message : 'unknown error';
      return { status: 'unavailable', neo4j: { connected: false, error: reason } };
    }
  }

  stats(): Promise<StatsResponse> {
    return readStats(this.client);
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    const lucene = toLuceneQuery(query.q);
    if (lucene === null) return { query: query.q, results: [] };
    // Ask for more than shown, so an exact match that Lucene scored low still makes the cut after re-ranking.
    const hits = await searchEntities(this.client, { lucene, types: query.type, limit: Math.min(query.limit * 3, 150) });
    return { query: query.q, results: rankSearchResults(query.q, hits, query.limit) };
  }

  async entity(id: string): Promise<EntityResponse> {
    const entity = await readEntity(this.client, id);
    if (!entity) throw new NotFoundError('ENTITY_NOT_FOUND', `no entity with id '${id}'`);
    return entity;
  }

  async neighbors(id: string, query: NeighborsQuery): Promise<NeighborsResponse> {
    checkDateRange(query.from, query.to);
    const graph = await readNeighbors(this.client, {
      id,
      types: query.type,
      relations: query.relation,
      from: query.from,
      to: query.to,
      limit: query.limit,
    });
    if (!graph) throw new NotFoundError('ENTITY_NOT_FOUND', `no entity with id '${id}'`);
    return graph;
  }

  async paths(query: PathsQuery): Promise<PathsResponse> {
    if (query.from === query.to) {
      throw new ValidationError(`to must differ from from, both are '${query.from}'`, [
        { parameter: 'to', reason: 'is the same entity as from' },
      ]);
    }
    await this.requireEntities({ from: query.from, to: query.to });
    const paths = await findShortestPaths(this.client, {
      from: query.from,
      to: query.to,
      k: query.k,
      maxHops: query.maxHops,
      relations: query.relation,
    });
    return { from: query.from, to: query.to, paths };
  }

  async relations(query: RelationsQuery): Promise<RelationsResponse> {
    checkDateRange(query.from, query.to);
    await this.requireEntities({ subject: query.subject, object: query.object });
    return readRelations(this.client, {
      subject: query.subject,
      predicates: query.predicate,
      object: query.object,
      subjectTypes: query.subjectType,
      objectTypes: query.objectType,
      from: query.from,
      to: query.to,
      limit: query.limit,
    });
  }

  async documents(): Promise<DocumentsResponse> {
    return { documents: await listDocuments(this.client) };
  }

  async document(id: string): Promise<DocumentResponse> {
    const found = await readDocument(this.client, id);
    if (!found) throw new NotFoundError('DOCUMENT_NOT_FOUND', `no document with id '${id}'`);
    const spans = findMentionSpans(found.document.text, found.entities);
    const mentions = found.entities
      .map((entity) => ({ entity, spans: spans.get(entity.id) ?? [] }))
      .sort((a, b) => (a.spans[0]?.[0] ?? Infinity) - (b.spans[0]?.[0] ?? Infinity) || a.entity.name.localeCompare(b.entity.name));
    return { document: found.document, mentions };
  }

  cypher(request: { query: string; params: Record<string, unknown> }): Promise<CypherResponse> {
    return runReadOnlyCypher(this.client, { ...request, maxRows: this.options.cypherMaxRows, timeoutMs: this.options.cypherTimeoutMs });
  }

  /** One round trip to report every unknown id among the named parameters. */
  private async requireEntities(ids: Record<string, string | undefined>): Promise<void> {
    const named = Object.entries(ids).filter((e): e is [string, string] => e[1] !== undefined);
    const missing = new Set(
      await findMissingEntities(
        this.client,
        named.map(([, id]) => id),
      ),
    );
    const unknown = named.filter(([, id]) => missing.has(id));
    if (unknown.length > 0) {
      throw new NotFoundError('ENTITY_NOT_FOUND', unknown.map(([parameter, id]) => `${parameter}: no entity with id '${id}'`).join('; '));
    }
  }
}

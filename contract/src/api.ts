// Responses of every API endpoint, which the client parses with them, and the limits both sides share; what the server
// reads from a request is in requests.ts.
import { z } from 'zod/mini';
import { PartialDateSchema } from './values.ts';
import { GraphNodeSchema, GraphEdgeSchema, GraphSchema, PathSchema } from './graph.ts';

export const MAX_PATH_HOPS = 10;
export const DEFAULT_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 3;
/** The longest a time-ordered paths search may be asked to look, in ms (`timeBudgetMs`); the server also caps it at its query timeout. */
export const MAX_TIME_ORDER_BUDGET_MS = 60_000;
/** Paths step through no entity with more relations than this unless asked to (the server's PATH_HUB_DEGREE may change it). */
export const DEFAULT_PATH_HUB_DEGREE = 2_000;
export const MAX_NEIGHBORS = 500;
export const DEFAULT_NEIGHBORS = 100;
export const MAX_SEARCH_RESULTS = 50;
export const MAX_RELATIONS = 1000;
export const MAX_QUERY_TEXT = 200;
export const MAX_CYPHER_LENGTH = 10_000;
export const MAX_CYPHER_ROWS = 1000;
export const MAX_AMONG_IDS = 1000;
export const MAX_AMONG_RELATIONS = 10_000;

// ---- health and stats
export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.optional(z.string()),
    edition: z.optional(z.string()),
    database: z.optional(z.string()),
    error: z.optional(z.string()),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const StatsResponseSchema = z.object({
  nodes: z.record(z.string(), z.int()),
  relations: z.record(z.string(), z.int()),
  totals: z.object({ entities: z.int(), documents: z.int(), relations: z.int(), evidence: z.int() }),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;

// ---- overview
export const MAX_OVERVIEW_ENTITIES = 200;
export const DEFAULT_OVERVIEW_ENTITIES = 25;
export const MAX_OVERVIEW_EVENTS = 50;
export const DEFAULT_OVERVIEW_EVENTS = 8;

/** The best-connected entities (by their stored degree) and every relation among them. */
export const OverviewResponseSchema = z.extend(GraphSchema, {
  /** More relations among them than were returned. */
  truncated: z.boolean(),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

// ---- search

export const SearchResultSchema = z.extend(GraphNodeSchema, { score: z.number(), matched: z.optional(z.string()) });
export type SearchResult = z.infer<typeof SearchResultSchema>;
export const SearchResponseSchema = z.object({ query: z.string(), results: z.array(SearchResultSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---- entities

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.optional(PartialDateSchema),
  kind: z.string(),
  length: z.int(),
  entityCount: z.int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const EntityResponseSchema = z.object({
  entity: GraphNodeSchema,
  documents: z.array(DocumentSummarySchema),
  relationCounts: z.record(z.string(), z.int()),
});
export type EntityResponse = z.infer<typeof EntityResponseSchema>;

export const NeighborsResponseSchema = z.extend(GraphSchema, {
  center: z.string(),
  /** How many relations match the filters in all; `truncated` when more than were returned. */
  total: z.int(),
  truncated: z.boolean(),
  /**
   * How the `total` relations divide, by the neighbour's entity type and by relation type: what a page of a hub's
   * hundred thousand relations leaves out, so the reader can narrow the filters to it.
   */
  counts: z.object({
    types: z.record(z.string(), z.int()),
    relations: z.record(z.string(), z.int()),
  }),
});
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;

// ---- organs and members, for who-did-what and paths
/**
 * The ties by which a body or a person acts for an actor: an organ of it (its government, army, ministry, state media)
 * or a member of it. Both point from the organ or member to the actor, and chain: an army, organ of a government, organ
 * of a state.
 */
export const ACTOR_TIE_TYPES = ['ORGAN_OF', 'MEMBER_OF'] as const;
export const ActorTieTypeSchema = z.enum(ACTOR_TIE_TYPES);
export type ActorTieType = z.infer<typeof ActorTieTypeSchema>;
/** How many ties an organ or member may be away from the actor: a ministry, organ of a government, organ of a state is 2. */
export const MAX_ACTOR_TIE_STEPS = 3;

// ---- paths

/** Why a time-ordered search stopped; every reason but `all` means longer paths, not checked, may be in time order too. */
export const TIME_ORDER_ENDS = ['enough', 'bound', 'budget', 'all'] as const;

/** How far a time-ordered search looked: it checks the shortest paths, shortest first, and stops at the first reason. */
export const TimeOrderSearchSchema = z.object({
  /** How many of the shortest paths were checked. */
  checked: z.int().check(z.nonnegative()),
  /** How many of those are in time order; the first k of them are the paths returned. */
  inOrder: z.int().check(z.nonnegative()),
  /**
   * Why it stopped: `enough`, the k paths asked for were in time order; `bound`, it had checked the most shortest paths
   * it checks (the server's bound, at least 50); `budget`, its time ran out (the server's PATH_TIME_ORDER_BUDGET_MS);
   * `all`, it had checked every path within maxHops.
   */
  end: z.enum(TIME_ORDER_ENDS),
  /** How long the search could look, in ms: the request's `timeBudgetMs` or the server's default, within its query timeout. */
  budgetMs: z.int().check(z.positive()),
});
export type TimeOrderSearch = z.infer<typeof TimeOrderSearchSchema>;

export const PathsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(PathSchema),
  /** Present when `timeOrdered` was asked for. */
  timeOrder: z.optional(TimeOrderSearchSchema),
  /** Present when the paths were kept from stepping through entities with more relations than this (no `throughHubs`). */
  hubDegree: z.optional(z.int().check(z.positive())),
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

// ---- who did what

/** One tie of an organ or member to what it acts for: the ORGAN_OF or MEMBER_OF relation and the entity it points to. */
export const ActorTieSchema = z.object({ relation: GraphEdgeSchema, to: GraphNodeSchema });
export type ActorTie = z.infer<typeof ActorTieSchema>;

/**
 * How a triple's end is the entity asked about when it is not that entity itself (`includeOrgans`): the ties from the
 * triple's end to it, in order, the last one's `to` being the entity asked about. The fewest ties that join them.
 */
export const ActorViaSchema = z.array(ActorTieSchema).check(z.minLength(1), z.maxLength(MAX_ACTOR_TIE_STEPS));
export type ActorVia = z.infer<typeof ActorViaSchema>;

export const TripleSchema = z.object({
  subject: GraphNodeSchema,
  relation: GraphEdgeSchema,
  object: GraphNodeSchema,
  /** Present when the subject is an organ or member of the subject asked about, not that entity itself. */
  subjectVia: z.optional(ActorViaSchema),
  /** Present when the object is an organ or member of the object asked about, not that entity itself. */
  objectVia: z.optional(ActorViaSchema),
});
export type Triple = z.infer<typeof TripleSchema>;
export const RelationsResponseSchema = z.object({
  triples: z.array(TripleSchema),
  total: z.int(),
  truncated: z.boolean(),
});
export type RelationsResponse = z.infer<typeof RelationsResponseSchema>;

// ---- the whole graph in time
/** Dated events and relations of the whole graph, counted by the month they start in: stored with the graph, never counted per request. */
export const TimelineMonthSchema = z.object({
  /** YYYY-MM; a date known only to the year counts in its January, as its first possible day does everywhere else. */
  month: z.string(),
  events: z.int().check(z.nonnegative()),
  relations: z.int().check(z.nonnegative()),
});
export type TimelineMonth = z.infer<typeof TimelineMonthSchema>;

export const TimelineHistogramResponseSchema = z.object({
  /** In order, only the months with something in them. */
  months: z.array(TimelineMonthSchema),
  undated: z.object({ events: z.int().check(z.nonnegative()), relations: z.int().check(z.nonnegative()) }),
});
export type TimelineHistogramResponse = z.infer<typeof TimelineHistogramResponseSchema>;

export const MAX_TIMELINE_ITEMS = 500;
export const DEFAULT_TIMELINE_ITEMS = 100;

/** What happened in a window across the whole graph: events and dated relations that may fall in it, with their ends. */
export const TimelineResponseSchema = z.extend(GraphSchema, {
  /** How many of each the window holds in all, and how many came back (the earliest first). */
  events: z.object({ total: z.int().check(z.nonnegative()), shown: z.int().check(z.nonnegative()) }),
  relations: z.object({ total: z.int().check(z.nonnegative()), shown: z.int().check(z.nonnegative()) }),
  truncated: z.boolean(),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

// ---- relations among the entities on a canvas

export const RelationsAmongResponseSchema = z.object({
  edges: z.array(GraphEdgeSchema),
  /** How many relations join the entities in all; `truncated` when more than were returned. */
  total: z.int(),
  truncated: z.boolean(),
});
export type RelationsAmongResponse = z.infer<typeof RelationsAmongResponseSchema>;

// ---- documents
export const DocumentsResponseSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

// ---- the documents' text
export const MAX_TEXT_HITS = 50;

/** A sentence that says what was searched for, where it is, and the relations whose evidence quotes it. */
export const TextHitSchema = z.object({
  document: DocumentSummarySchema,
  /** The sentence's offsets in its document's text; `text` is that slice, verbatim. */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  /** Where the words searched for are, as offsets in the document's text. */
  matches: z.array(z.tuple([z.int(), z.int()])),
  /** The relations with a quote from this document that lies in or across this sentence. */
  relations: z.array(z.object({ subject: GraphNodeSchema, relation: GraphEdgeSchema, object: GraphNodeSchema })),
});
export type TextHit = z.infer<typeof TextHitSchema>;

export const TextSearchResponseSchema = z.object({
  hits: z.array(TextHitSchema),
  /** More sentences matched than were returned. */
  truncated: z.boolean(),
});
export type TextSearchResponse = z.infer<typeof TextSearchResponseSchema>;

export const MentionSchema = z.object({
  entity: GraphNodeSchema,
  /** Character offsets [start, end) in the text where the entity's name or an alias occurs. */
  spans: z.array(z.tuple([z.int(), z.int()])),
});
export type Mention = z.infer<typeof MentionSchema>;

export const DocumentResponseSchema = z.object({
  document: z.extend(DocumentSummarySchema, { text: z.string() }),
  mentions: z.array(MentionSchema),
});
export type DocumentResponse = z.infer<typeof DocumentResponseSchema>;

// ---- read-only Cypher console

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** Rows as plain JSON: nodes as `{ id, type, name, ... }`, relationships as edges, paths as graphs. */
  rows: z.array(z.array(z.unknown())),
  graph: GraphSchema,
  truncated: z.boolean(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

// ---- the API's own description
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;

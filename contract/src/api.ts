// Requests and responses of every API endpoint: the server validates with these, the client parses with them.
import { z } from 'zod';
import { DocumentIdSchema, EntityIdSchema, PartialDateSchema } from './dataset.ts';
import { GraphNodeSchema, GraphEdgeSchema, GraphSchema, PathSchema } from './graph.ts';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

export const MAX_PATH_HOPS = 10;
export const DEFAULT_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const DEFAULT_PATHS = 3;
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

/**
 * A query parameter given once, repeated, or as a comma-separated list. Callers type it as a list (or one string);
 * on the wire anything may arrive, so the function reads its argument as unknown.
 */
function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((given: readonly z.input<T>[] | string | undefined) => {
    const value: unknown = given;
    if (value === undefined) return undefined;
    // An empty value or item (`type=`, `type=A,,B`) is refused by the item's own rule, as the OpenAPI document says.
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v: unknown) => (typeof v === 'string' ? v.split(',') : [v]));
    return parts.map((p) => (typeof p === 'string' ? p.trim() : p));
  }, z.array(item).min(1).max(50).optional());
}

function intParam(opts: { min: number; max: number; fallback: number }) {
  const message = `must be an integer from ${opts.min} to ${opts.max}`;
  return z.preprocess(
    (given: number | string | undefined) => {
      const value: unknown = given;
      return value === undefined ? undefined : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    },
    z
      .number({ error: message })
      .int({ error: message })
      .min(opts.min, { error: message })
      .max(opts.max, { error: message })
      .default(opts.fallback),
  );
}

/** A yes/no query parameter: `true` or `false` (as a query string has them), off when absent. */
function booleanParam() {
  const message = 'must be true or false';
  return z.preprocess(
    (given: boolean | 'true' | 'false' | undefined) => {
      const value: unknown = given;
      return value === undefined ? undefined : value === 'true' ? true : value === 'false' ? false : value;
    },
    z.boolean({ error: message }).default(false),
  );
}

const singleString = z.string({ error: 'must be given once, as a string' });
const dateRange = {
  from: PartialDateSchema.optional().describe('The first day of the window (2023, 2023-09 or 2023-09-19); must not be after `to`.'),
  to: PartialDateSchema.optional().describe('The last day of the window, as precise as known; must not be before `from`.'),
};

// ---- health and stats
export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.string().optional(),
    edition: z.string().optional(),
    database: z.string().optional(),
    error: z.string().optional(),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const StatsResponseSchema = z.object({
  nodes: z.record(z.string(), z.number().int()),
  relations: z.record(z.string(), z.number().int()),
  totals: z.object({ entities: z.number().int(), documents: z.number().int(), relations: z.number().int(), evidence: z.number().int() }),
});
export type StatsResponse = z.infer<typeof StatsResponseSchema>;

// ---- overview
export const MAX_OVERVIEW_ENTITIES = 200;
export const DEFAULT_OVERVIEW_ENTITIES = 25;
export const MAX_OVERVIEW_EVENTS = 50;
export const DEFAULT_OVERVIEW_EVENTS = 8;

export const OverviewQuerySchema = z.object({
  /** How many entities in all. */
  limit: intParam({ min: 1, max: MAX_OVERVIEW_ENTITIES, fallback: DEFAULT_OVERVIEW_ENTITIES }),
  /** How many of those places go to the best-connected events, so the opening view shows what happened, not only who. */
  events: intParam({ min: 0, max: MAX_OVERVIEW_EVENTS, fallback: DEFAULT_OVERVIEW_EVENTS }),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;
export type OverviewQueryInput = z.input<typeof OverviewQuerySchema>;

/** The best-connected entities (by their stored degree) and every relation among them. */
export const OverviewResponseSchema = GraphSchema.extend({
  /** More relations among them than were returned. */
  truncated: z.boolean(),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

// ---- search
export const SearchQuerySchema = z.object({
  q: singleString.trim().min(1, 'must not be empty').max(MAX_QUERY_TEXT, `must be at most ${MAX_QUERY_TEXT} characters`),
  type: listParam(EntityTypeSchema),
  limit: intParam({ min: 1, max: MAX_SEARCH_RESULTS, fallback: 10 }),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
/** What a caller sends: the same parameters, before defaults and list splitting. */
export type SearchQueryInput = z.input<typeof SearchQuerySchema>;

export const SearchResultSchema = GraphNodeSchema.extend({ score: z.number(), matched: z.string().optional() });
export type SearchResult = z.infer<typeof SearchResultSchema>;
export const SearchResponseSchema = z.object({ query: z.string(), results: z.array(SearchResultSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---- entities
export const EntityIdParamSchema = z.object({ id: EntityIdSchema });

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: PartialDateSchema.optional(),
  kind: z.string(),
  length: z.number().int(),
  entityCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const EntityResponseSchema = z.object({
  entity: GraphNodeSchema,
  documents: z.array(DocumentSummarySchema),
  relationCounts: z.record(z.string(), z.number().int()),
});
export type EntityResponse = z.infer<typeof EntityResponseSchema>;

export const NeighborsQuerySchema = z.object({
  type: listParam(EntityTypeSchema),
  relation: listParam(RelationTypeSchema),
  ...dateRange,
  limit: intParam({ min: 1, max: MAX_NEIGHBORS, fallback: DEFAULT_NEIGHBORS }),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;
/** What a caller sends: the same parameters, before defaults and list splitting. */
export type NeighborsQueryInput = z.input<typeof NeighborsQuerySchema>;

export const NeighborsResponseSchema = GraphSchema.extend({
  center: z.string(),
  /** How many relations match the filters in all; `truncated` when more than were returned. */
  total: z.number().int(),
  truncated: z.boolean(),
  /**
   * How the `total` relations divide, by the neighbour's entity type and by relation type: what a page of a hub's
   * hundred thousand relations leaves out, so the reader can narrow the filters to it.
   */
  counts: z.object({
    types: z.record(z.string(), z.number().int()),
    relations: z.record(z.string(), z.number().int()),
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
export const PathsQuerySchema = z.object({
  from: EntityIdSchema.describe('The entity the paths start from.'),
  to: EntityIdSchema.describe('The entity the paths end at; must differ from `from`.'),
  maxHops: intParam({ min: 1, max: MAX_PATH_HOPS, fallback: DEFAULT_PATH_HOPS }),
  k: intParam({ min: 1, max: MAX_PATHS, fallback: DEFAULT_PATHS }),
  relation: listParam(RelationTypeSchema),
  exclude: listParam(EntityIdSchema).describe(
    'Entities no path may pass through, such as a hub that connects everything ("not through Azerbaijan"); neither `from` nor `to`.',
  ),
  /** Only paths whose dated steps never go back in time (partial dates read as intervals; undated steps allowed). */
  timeOrdered: booleanParam(),
  throughHubs: booleanParam().describe(
    `Also step through hubs: entities with more relations of any type than the server's PATH_HUB_DEGREE ` +
      `(${DEFAULT_PATH_HUB_DEGREE.toLocaleString('en')} unless set), which are otherwise left out of a path's middle ` +
      `(from and to may be hubs; with includeOrgans, an organ or member of to may not). A hub connects everything to ` +
      `everything; a search through it reads all its relations at every level and may reach the query deadline.`,
  ),
  includeOrgans: booleanParam().describe(
    `With \`relation\`, a path may also start at an organ or member of \`from\` and end at one of \`to\`: up to ` +
      `${MAX_ACTOR_TIE_STEPS} ${ACTOR_TIE_TYPES.join(' or ')} steps at each end, shown in the path and not counted in ` +
      `\`maxHops\`. Without \`relation\` every relation is walked already, these included.`,
  ),
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;
/** What a caller sends: the same parameters, before defaults and list splitting. */
export type PathsQueryInput = z.input<typeof PathsQuerySchema>;

/** How far a time-ordered search looked: it checks the shortest paths, shortest first, up to a bound. */
export const TimeOrderSearchSchema = z.object({
  /** How many of the shortest paths were checked. */
  checked: z.number().int().nonnegative(),
  /** How many of those are in time order; the first k of them are the paths returned. */
  inOrder: z.number().int().nonnegative(),
  /** The search stopped at its bound: longer paths, not checked, may be in time order too. */
  boundReached: z.boolean(),
});
export type TimeOrderSearch = z.infer<typeof TimeOrderSearchSchema>;

export const PathsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(PathSchema),
  /** Present when `timeOrdered` was asked for. */
  timeOrder: TimeOrderSearchSchema.optional(),
  /** Present when the paths were kept from stepping through entities with more relations than this (no `throughHubs`). */
  hubDegree: z.number().int().positive().optional(),
});
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

// ---- who did what
const INCLUDE_ORGANS_DESCRIPTION =
  `With \`subject\` or \`object\`, also the relations of its organs and members: entities joined to it by a chain of ` +
  `up to ${MAX_ACTOR_TIE_STEPS} ${ACTOR_TIE_TYPES.join(' or ')} relations pointing towards it (an army, organ of a ` +
  `government, organ of a state). Each such triple says through whom in \`subjectVia\` / \`objectVia\`.`;

export const RelationsQuerySchema = z.object({
  subject: EntityIdSchema.optional(),
  predicate: listParam(RelationTypeSchema),
  object: EntityIdSchema.optional(),
  subjectType: listParam(EntityTypeSchema),
  objectType: listParam(EntityTypeSchema),
  ...dateRange,
  limit: intParam({ min: 1, max: MAX_RELATIONS, fallback: 100 }),
  includeOrgans: booleanParam().describe(INCLUDE_ORGANS_DESCRIPTION),
});
export type RelationsQuery = z.infer<typeof RelationsQuerySchema>;
/** What a caller sends: the same parameters, before defaults and list splitting. */
export type RelationsQueryInput = z.input<typeof RelationsQuerySchema>;

/** One tie of an organ or member to what it acts for: the ORGAN_OF or MEMBER_OF relation and the entity it points to. */
export const ActorTieSchema = z.object({ relation: GraphEdgeSchema, to: GraphNodeSchema });
export type ActorTie = z.infer<typeof ActorTieSchema>;

/**
 * How a triple's end is the entity asked about when it is not that entity itself (`includeOrgans`): the ties from the
 * triple's end to it, in order, the last one's `to` being the entity asked about. The fewest ties that join them.
 */
export const ActorViaSchema = z.array(ActorTieSchema).min(1).max(MAX_ACTOR_TIE_STEPS);
export type ActorVia = z.infer<typeof ActorViaSchema>;

export const TripleSchema = z.object({
  subject: GraphNodeSchema,
  relation: GraphEdgeSchema,
  object: GraphNodeSchema,
  /** Present when the subject is an organ or member of the subject asked about, not that entity itself. */
  subjectVia: ActorViaSchema.optional(),
  /** Present when the object is an organ or member of the object asked about, not that entity itself. */
  objectVia: ActorViaSchema.optional(),
});
export type Triple = z.infer<typeof TripleSchema>;
export const RelationsResponseSchema = z.object({
  triples: z.array(TripleSchema),
  total: z.number().int(),
  truncated: z.boolean(),
});
export type RelationsResponse = z.infer<typeof RelationsResponseSchema>;

// ---- the whole graph in time
/** Dated events and relations of the whole graph, counted by the month they start in: stored with the graph, never counted per request. */
export const TimelineMonthSchema = z.object({
  /** YYYY-MM; a date known only to the year counts in its January, as its first possible day does everywhere else. */
  month: z.string(),
  events: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
});
export type TimelineMonth = z.infer<typeof TimelineMonthSchema>;

export const TimelineHistogramResponseSchema = z.object({
  /** In order, only the months with something in them. */
  months: z.array(TimelineMonthSchema),
  undated: z.object({ events: z.number().int().nonnegative(), relations: z.number().int().nonnegative() }),
});
export type TimelineHistogramResponse = z.infer<typeof TimelineHistogramResponseSchema>;

export const MAX_TIMELINE_ITEMS = 500;
export const DEFAULT_TIMELINE_ITEMS = 100;

export const TimelineQuerySchema = z.object({
  from: PartialDateSchema.describe('The first day of the window (2023, 2023-09 or 2023-09-19); must not be after `to`.'),
  to: PartialDateSchema.describe('The last day of the window, as precise as known; must not be before `from`.'),
  limit: intParam({ min: 1, max: MAX_TIMELINE_ITEMS, fallback: DEFAULT_TIMELINE_ITEMS }).describe(
    'At most this many events and at most this many relations, the earliest first.',
  ),
});
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
export type TimelineQueryInput = z.input<typeof TimelineQuerySchema>;

/** What happened in a window across the whole graph: events and dated relations that may fall in it, with their ends. */
export const TimelineResponseSchema = GraphSchema.extend({
  /** How many of each the window holds in all, and how many came back (the earliest first). */
  events: z.object({ total: z.number().int().nonnegative(), shown: z.number().int().nonnegative() }),
  relations: z.object({ total: z.number().int().nonnegative(), shown: z.number().int().nonnegative() }),
  truncated: z.boolean(),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

// ---- relations among the entities on a canvas
/** Every relation whose two ends are both among `ids`: what a canvas must draw, whatever brought its entities there. */
export const RelationsAmongRequestSchema = z.strictObject({
  ids: z.array(EntityIdSchema).min(1, 'must name at least one entity').max(MAX_AMONG_IDS, `must name at most ${MAX_AMONG_IDS} entities`),
  relation: z.array(RelationTypeSchema).min(1).max(50).optional(),
  limit: z
    .number({ error: `must be an integer from 1 to ${MAX_AMONG_RELATIONS}` })
    .int()
    .min(1)
    .max(MAX_AMONG_RELATIONS)
    .default(5_000),
});
export type RelationsAmongRequest = z.infer<typeof RelationsAmongRequestSchema>;
export type RelationsAmongRequestInput = z.input<typeof RelationsAmongRequestSchema>;

export const RelationsAmongResponseSchema = z.object({
  edges: z.array(GraphEdgeSchema),
  /** How many relations join the entities in all; `truncated` when more than were returned. */
  total: z.number().int(),
  truncated: z.boolean(),
});
export type RelationsAmongResponse = z.infer<typeof RelationsAmongResponseSchema>;

// ---- documents
export const DocumentIdParamSchema = z.object({ id: DocumentIdSchema });
export const DocumentsResponseSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentsResponse = z.infer<typeof DocumentsResponseSchema>;

// ---- the documents' text
export const MAX_TEXT_HITS = 50;

export const TextSearchQuerySchema = z.object({
  /** Words every sentence found must contain, whole, in any case and with or without accents. */
  q: singleString.trim().min(1, 'must not be empty').max(MAX_QUERY_TEXT, `must be at most ${MAX_QUERY_TEXT} characters`),
  limit: intParam({ min: 1, max: MAX_TEXT_HITS, fallback: 20 }),
});
export type TextSearchQuery = z.infer<typeof TextSearchQuerySchema>;
export type TextSearchQueryInput = z.input<typeof TextSearchQuerySchema>;

/** A sentence that says what was searched for, where it is, and the relations whose evidence quotes it. */
export const TextHitSchema = z.object({
  document: DocumentSummarySchema,
  /** The sentence's offsets in its document's text; `text` is that slice, verbatim. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Where the words searched for are, as offsets in the document's text. */
  matches: z.array(z.tuple([z.number().int(), z.number().int()])),
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
  spans: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Mention = z.infer<typeof MentionSchema>;

export const DocumentResponseSchema = z.object({
  document: DocumentSummarySchema.extend({ text: z.string() }),
  mentions: z.array(MentionSchema),
});
export type DocumentResponse = z.infer<typeof DocumentResponseSchema>;

// ---- read-only Cypher console
export const CypherRequestSchema = z.strictObject({
  query: z.string().trim().min(1, 'must not be empty').max(MAX_CYPHER_LENGTH, `must be at most ${MAX_CYPHER_LENGTH} characters`),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;
export type CypherRequestInput = z.input<typeof CypherRequestSchema>;

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** Rows as plain JSON: nodes as `{ id, type, name, ... }`, relationships as edges, paths as graphs. */
  rows: z.array(z.array(z.unknown())),
  graph: GraphSchema,
  truncated: z.boolean(),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

/** Endpoints that take no query parameters still report unknown ones. */
export const NoQuerySchema = z.object({});

// ---- the API's own description
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;

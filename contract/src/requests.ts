// What the API reads from a request: query and path parameters and request bodies, with the rules the server checks
// them by. The browser builds its requests from their types only, so its bundle leaves this module out; the responses
// it parses are in api.ts. Candidates', merges' and briefs' requests stay beside their responses: only panels loaded
// on demand use those modules.
import { z } from 'zod/mini';
import {
  ACTOR_TIE_TYPES,
  DEFAULT_NEIGHBORS,
  DEFAULT_OVERVIEW_ENTITIES,
  DEFAULT_OVERVIEW_EVENTS,
  DEFAULT_PATH_HOPS,
  DEFAULT_PATH_HUB_DEGREE,
  DEFAULT_PATHS,
  DEFAULT_TIMELINE_ITEMS,
  MAX_ACTOR_TIE_STEPS,
  MAX_AMONG_IDS,
  MAX_AMONG_RELATIONS,
  MAX_CYPHER_LENGTH,
  MAX_NEIGHBORS,
  MAX_OVERVIEW_ENTITIES,
  MAX_OVERVIEW_EVENTS,
  MAX_PATH_HOPS,
  MAX_PATHS,
  MAX_QUERY_TEXT,
  MAX_RELATIONS,
  MAX_SEARCH_RESULTS,
  MAX_TEXT_HITS,
  MAX_TIME_ORDER_BUDGET_MS,
  MAX_TIMELINE_ITEMS,
} from './api.ts';
import { MAX_AUDIT_ENTRIES, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, AuditActionSchema, RoleSchema } from './accounts.ts';
import { DatasetFormatSchema } from './datasets.ts';
import { booleanParam, intParam, listParam, optionalIntParam } from './params.ts';
import { DocumentIdSchema, EntityIdSchema, PartialDateSchema } from './values.ts';
import { EntityTypeSchema, RelationTypeSchema } from './vocabulary.ts';

const singleString = z.string({ error: 'must be given once, as a string' });

const dateRange = {
  from: z
    .optional(PartialDateSchema)
    .check(z.describe('The first day of the window (2023, 2023-09 or 2023-09-19); must not be after `to`.')),
  to: z.optional(PartialDateSchema).check(z.describe('The last day of the window, as precise as known; must not be before `from`.')),
};

// ---- overview
export const OverviewQuerySchema = z.object({
  /** How many entities in all. */
  limit: intParam({ min: 1, max: MAX_OVERVIEW_ENTITIES, fallback: DEFAULT_OVERVIEW_ENTITIES }),
  /** How many of those places go to the best-connected events, so the opening view shows what happened, not only who. */
  events: intParam({ min: 0, max: MAX_OVERVIEW_EVENTS, fallback: DEFAULT_OVERVIEW_EVENTS }),
});

export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

export type OverviewQueryInput = z.input<typeof OverviewQuerySchema>;

// ---- search
export const SearchQuerySchema = z.object({
  q: singleString.check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(MAX_QUERY_TEXT, `must be at most ${MAX_QUERY_TEXT} characters`),
  ),
  type: listParam(EntityTypeSchema),
  limit: intParam({ min: 1, max: MAX_SEARCH_RESULTS, fallback: 10 }),
});

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** What a caller sends: the same parameters, before defaults and list splitting. */
export type SearchQueryInput = z.input<typeof SearchQuerySchema>;

// ---- entities
export const EntityIdParamSchema = z.object({ id: EntityIdSchema });

export const NeighborsQuerySchema = z.object({
  type: listParam(EntityTypeSchema),
  relation: listParam(RelationTypeSchema),
  ...dateRange,
  limit: intParam({ min: 1, max: MAX_NEIGHBORS, fallback: DEFAULT_NEIGHBORS }),
});

export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

/** What a caller sends: the same parameters, before defaults and list splitting. */
export type NeighborsQueryInput = z.input<typeof NeighborsQuerySchema>;

// ---- paths
export const PathsQuerySchema = z.object({
  from: EntityIdSchema.check(z.describe('The entity the paths start from.')),
  to: EntityIdSchema.check(z.describe('The entity the paths end at; must differ from `from`.')),
  maxHops: intParam({ min: 1, max: MAX_PATH_HOPS, fallback: DEFAULT_PATH_HOPS }),
  k: intParam({ min: 1, max: MAX_PATHS, fallback: DEFAULT_PATHS }),
  relation: listParam(RelationTypeSchema),
  exclude: listParam(EntityIdSchema).check(
    z.describe(
      'Entities no path may pass through, such as a hub that connects everything ("not through Azerbaijan"); neither `from` nor `to`.',
    ),
  ),
  /** Only paths whose dated steps never go back in time (partial dates read as intervals; undated steps allowed). */
  timeOrdered: booleanParam(),
  timeBudgetMs: optionalIntParam({ min: 1, max: MAX_TIME_ORDER_BUDGET_MS }).check(
    z.describe(
      'With `timeOrdered`: how long, in ms, the search may check the shortest paths before it answers with what it ' +
        "checked (`timeOrder.end` is then `budget`). Unset, the server's PATH_TIME_ORDER_BUDGET_MS (1,000 unless set); " +
        'never more than its query timeout. Refused (400) without `timeOrdered=true`.',
    ),
  ),
  throughHubs: booleanParam().check(
    z.describe(
      `Also step through hubs: entities with more relations of any type than the server's PATH_HUB_DEGREE ` +
        `(${DEFAULT_PATH_HUB_DEGREE.toLocaleString('en')} unless set), which are otherwise left out of a path's middle ` +
        `(from and to may be hubs; with includeOrgans, an organ or member of to may not). A hub connects everything to ` +
        `everything; a search through it reads all its relations at every level and may reach the query deadline.`,
    ),
  ),
  includeOrgans: booleanParam().check(
    z.describe(
      `With \`relation\`, a path may also start at an organ or member of \`from\` and end at one of \`to\`: up to ` +
        `${MAX_ACTOR_TIE_STEPS} ${ACTOR_TIE_TYPES.join(' or ')} steps at each end, shown in the path and not counted in ` +
        `\`maxHops\`. Without \`relation\` every relation is walked already, these included.`,
    ),
  ),
});

export type PathsQuery = z.infer<typeof PathsQuerySchema>;

/** What a caller sends: the same parameters, before defaults and list splitting. */
export type PathsQueryInput = z.input<typeof PathsQuerySchema>;

// ---- who did what
const INCLUDE_ORGANS_DESCRIPTION =
  `With \`subject\` or \`object\`, also the relations of its organs and members: entities joined to it by a chain of ` +
  `up to ${MAX_ACTOR_TIE_STEPS} ${ACTOR_TIE_TYPES.join(' or ')} relations pointing towards it (an army, organ of a ` +
  `government, organ of a state). Each such triple says through whom in \`subjectVia\` / \`objectVia\`.`;

export const RelationsQuerySchema = z.object({
  subject: z.optional(EntityIdSchema),
  predicate: listParam(RelationTypeSchema),
  object: z.optional(EntityIdSchema),
  subjectType: listParam(EntityTypeSchema),
  objectType: listParam(EntityTypeSchema),
  ...dateRange,
  limit: intParam({ min: 1, max: MAX_RELATIONS, fallback: 100 }),
  includeOrgans: booleanParam().check(z.describe(INCLUDE_ORGANS_DESCRIPTION)),
});

export type RelationsQuery = z.infer<typeof RelationsQuerySchema>;

/** What a caller sends: the same parameters, before defaults and list splitting. */
export type RelationsQueryInput = z.input<typeof RelationsQuerySchema>;

// ---- the whole graph in time
export const TimelineQuerySchema = z.object({
  from: PartialDateSchema.check(z.describe('The first day of the window (2023, 2023-09 or 2023-09-19); must not be after `to`.')),
  to: PartialDateSchema.check(z.describe('The last day of the window, as precise as known; must not be before `from`.')),
  limit: intParam({ min: 1, max: MAX_TIMELINE_ITEMS, fallback: DEFAULT_TIMELINE_ITEMS }).check(
    z.describe('At most this many events and at most this many relations, the earliest first.'),
  ),
});

export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export type TimelineQueryInput = z.input<typeof TimelineQuerySchema>;

// ---- relations among the entities on a canvas
/** Every relation whose two ends are both among `ids`: what a canvas must draw, whatever brought its entities there. */
export const RelationsAmongRequestSchema = z.strictObject({
  ids: z
    .array(EntityIdSchema)
    .check(z.minLength(1, 'must name at least one entity'), z.maxLength(MAX_AMONG_IDS, `must name at most ${MAX_AMONG_IDS} entities`)),
  relation: z.optional(z.array(RelationTypeSchema).check(z.minLength(1), z.maxLength(50))),
  limit: z._default(
    z.number({ error: `must be an integer from 1 to ${MAX_AMONG_RELATIONS}` }).check(z.int(), z.gte(1), z.lte(MAX_AMONG_RELATIONS)),
    5_000,
  ),
});

export type RelationsAmongRequest = z.infer<typeof RelationsAmongRequestSchema>;

export type RelationsAmongRequestInput = z.input<typeof RelationsAmongRequestSchema>;

// ---- documents
export const DocumentIdParamSchema = z.object({ id: DocumentIdSchema });

// ---- the documents' text
export const TextSearchQuerySchema = z.object({
  /** Words every sentence found must contain, whole, in any case and with or without accents. */
  q: singleString.check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(MAX_QUERY_TEXT, `must be at most ${MAX_QUERY_TEXT} characters`),
  ),
  limit: intParam({ min: 1, max: MAX_TEXT_HITS, fallback: 20 }),
});

export type TextSearchQuery = z.infer<typeof TextSearchQuerySchema>;

export type TextSearchQueryInput = z.input<typeof TextSearchQuerySchema>;

// ---- read-only Cypher console
export const CypherRequestSchema = z.strictObject({
  query: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(MAX_CYPHER_LENGTH, `must be at most ${MAX_CYPHER_LENGTH} characters`),
    ),
  params: z._default(z.record(z.string(), z.unknown()), {}),
});

export type CypherRequest = z.infer<typeof CypherRequestSchema>;

export type CypherRequestInput = z.input<typeof CypherRequestSchema>;

// ---- endpoints without parameters
/** Endpoints that take no query parameters still report unknown ones. */
export const NoQuerySchema = z.object({});

// ---- accounts and the audit trail
export const UsernameSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2 to 64 lower-case letters, digits, dots, dashes or underscores'));

export const PasswordSchema = z
  .string()
  .check(
    z.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
  );

/** Sign-in: any string is accepted here, so that a malformed name gets the same answer as a wrong password. */
export const SignInBodySchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH)),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const CreateAccountBodySchema = z.strictObject({
  username: UsernameSchema,
  password: PasswordSchema,
  role: RoleSchema,
});
export type CreateAccountBody = z.infer<typeof CreateAccountBodySchema>;

/** An admin's change to an account: a new role, a new password (which ends its sessions), disabled or enabled again. */
export const UpdateAccountBodySchema = z
  .strictObject({
    role: z.optional(RoleSchema),
    password: z.optional(PasswordSchema),
    disabled: z.optional(z.boolean()),
  })
  .check(
    z.refine((body) => body.role !== undefined || body.password !== undefined || body.disabled !== undefined, {
      message: 'must change at least one of role, password, disabled',
    }),
  );
export type UpdateAccountBody = z.infer<typeof UpdateAccountBodySchema>;

export const UsernameParamSchema = z.strictObject({ username: UsernameSchema });

export const AuditQuerySchema = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_AUDIT_ENTRIES)), 200),
  action: z.optional(AuditActionSchema),
  actor: z.optional(z.string().check(z.maxLength(200))),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

// ---- data sets
/** The text fields of an upload (multipart/form-data), beside one or more `files` and an optional `mapping` file. */
export const DatasetUploadFieldsSchema = z.strictObject({
  /** Guessed from the files' extensions when not given. */
  format: z.optional(DatasetFormatSchema),
  /** The data set's name; its id comes from it. Defaults to the first file's name. */
  name: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(100, 'must be at most 100 characters'))),
  /** Leave bad records out and report them, instead of refusing the whole import. */
  skipBadRows: z.optional(z.enum(['true', 'false'], { error: 'must be true or false' })),
  /** Propose entities and relations from the documents once imported; on by default for documents (format text). */
  extract: z.optional(z.enum(['true', 'false'], { error: 'must be true or false' })),
});
export type DatasetUploadFields = z.infer<typeof DatasetUploadFieldsSchema>;

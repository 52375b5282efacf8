// The benchmark's requests: realistic searches, neighbourhoods and paths picked from a data set, each as an API path and as the same graph-layer calls.
import {
  DEFAULT_NEIGHBORS,
  DEFAULT_OVERVIEW_ENTITIES,
  DEFAULT_OVERVIEW_EVENTS,
  OverviewResponseSchema,
  StatsResponseSchema,
  DEFAULT_PATHS,
  DEFAULT_PATH_HOPS,
  NeighborsResponseSchema,
  PathsResponseSchema,
  SearchResponseSchema,
} from '@kgx/contract';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import type { GraphClient } from '../server/src/graph/client.ts';
import { findMissingEntities } from '../server/src/graph/entities.ts';
import { readStats } from '../server/src/graph/stats.ts';
import { readVocabularyInUse } from '../server/src/ingest/vocabulary-in-use.ts';
import { readNeighbors } from '../server/src/graph/neighbors.ts';
import { findShortestPaths, findTimeOrderedPaths } from '../server/src/graph/paths.ts';
import { searchEntities } from '../server/src/graph/search.ts';
import { toLuceneQuery } from '../server/src/services/lucene-query.ts';
import { OverviewService } from '../server/src/services/overview-service.ts';
import { searchInTimeOrder } from '../server/src/services/path-service.ts';
import { pathHubDegree, pathTimeOrderBudgetMs, serverSettings } from './local-stack.ts';
import { neighboursOf, type EntitySummary, type GraphShape } from './graph-shape.ts';
import { createRandom, type Random } from './prng.ts';

/** What the explorer's suggestion box asks for. */
export const SEARCH_LIMIT = 12;
/** SearchService.search fetches three times the limit (at most 150) from the index, then re-ranks. */
const SEARCH_CANDIDATES = Math.min(SEARCH_LIMIT * 3, 150);
const NEIGHBOURS_LIMIT = DEFAULT_NEIGHBORS;
const PATHS_K = DEFAULT_PATHS;
const PATHS_MAX_HOPS = DEFAULT_PATH_HOPS;
const HUB_COUNT = 10;
/** What the benchmark's app runs with (PATH_HUB_DEGREE): paths step through no entity with more relations. */
const HUB_DEGREE = pathHubDegree();
const TIME_ORDER_LIMITS = { timeOrderBudgetMs: pathTimeOrderBudgetMs(), queryTimeoutMs: serverSettings().queryTimeoutMs };
/** Ends the name of a paths scenario's twin asking the same pairs with `timeOrdered=true`. */
export const TIME_ORDERED = ', time-ordered';
/** Ends the name of a paths scenario's twin asking the same pairs with `throughHubs=true`. */
export const THROUGH_HUBS = ', through hubs';

export type ScenarioKind = 'open' | 'search' | 'neighbours' | 'paths';

export interface Comparison {
  /** Set when the API and the direct query disagree, which would make the comparison meaningless. */
  problem?: string;
  /** Results, edges or paths returned: what the latency paid for. */
  rows: number;
}

export interface BenchRequest {
  /** Path and query string of the API call. */
  path: string;
  /** The graph-layer calls the service makes for this request, in the same order, without HTTP, routing or validation. */
  direct(client: GraphClient): Promise<unknown>;
  /** Runs the direct calls once and checks the API body (parsed with the contract) against them. */
  compare(client: GraphClient, apiBody: unknown): Promise<Comparison>;
}

export interface Scenario {
  name: string;
  kind: ScenarioKind;
  requests: BenchRequest[];
}

function searchRequest(q: string): BenchRequest {
  const lucene = toLuceneQuery(q);
  const run = async (client: GraphClient) =>
    lucene === null ? [] : searchEntities(client, { lucene, types: undefined, limit: SEARCH_CANDIDATES });
  return {
    path: `/api/search?q=${encodeURIComponent(q)}&limit=${SEARCH_LIMIT}`,
    direct: run,
    async compare(client, apiBody) {
      const api = SearchResponseSchema.parse(apiBody);
      const hits = new Set((await run(client)).map((hit) => hit.id));
      const stray = api.results.filter((result) => !hits.has(result.id));
      return stray.length > 0
        ? { problem: `search '${q}': ${stray.length} API results are not among the direct hits`, rows: api.results.length }
        : { rows: api.results.length };
    },
  };
}

function neighboursRequest(id: string): BenchRequest {
  const run = (client: GraphClient) =>
    readNeighbors(client, { id, type: undefined, relation: undefined, from: undefined, to: undefined, limit: NEIGHBOURS_LIMIT });
  return {
    path: `/api/entities/${encodeURIComponent(id)}/neighbors?limit=${NEIGHBOURS_LIMIT}`,
    direct: run,
    async compare(client, apiBody) {
      const api = NeighborsResponseSchema.parse(apiBody);
      const direct = await run(client);
      if (direct === null) return { problem: `neighbours of '${id}': the direct query found no such entity`, rows: api.edges.length };
      const same = direct.total === api.total && direct.edges.length === api.edges.length;
      return same
        ? { rows: api.edges.length }
        : { problem: `neighbours of '${id}': API total ${api.total}, direct ${direct.total}`, rows: api.edges.length };
    },
  };
}

function pathsRequest(from: string, to: string, opts: { timeOrdered: boolean; throughHubs: boolean }): BenchRequest {
  const hubDegree = opts.throughHubs ? undefined : HUB_DEGREE;
  const run = async (client: GraphClient) => {
    // As PathService.paths does: the ends are looked up, in a round trip of their own, only when no path comes back.
    if (!opts.timeOrdered) {
      const paths = await findShortestPaths(client, { from, to, k: PATHS_K, maxHops: PATHS_MAX_HOPS, relation: undefined, hubDegree });
      return { missing: paths.length === 0 ? await findMissingEntities(client, [from, to]) : [], paths };
    }
    // As PathService does: the shortest paths up to a bound and within the budget, the first k of them in time order.
    const found = await searchInTimeOrder(
      (filter) => findTimeOrderedPaths(client, filter),
      { from, to, k: PATHS_K, maxHops: PATHS_MAX_HOPS, relation: undefined, hubDegree },
      TIME_ORDER_LIMITS,
    );
    return { missing: found.checked === 0 ? await findMissingEntities(client, [from, to]) : [], paths: found.paths };
  };
  const flags = `${opts.timeOrdered ? '&timeOrdered=true' : ''}${opts.throughHubs ? '&throughHubs=true' : ''}`;
  return {
    path: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=${PATHS_K}&maxHops=${PATHS_MAX_HOPS}${flags}`,
    direct: run,
    async compare(client, apiBody) {
      const api = PathsResponseSchema.parse(apiBody);
      const direct = await run(client);
      const apiLengths = api.paths.map((p) => p.length).join(',');
      const directLengths = direct.paths.map((p) => p.length).join(',');
      return apiLengths === directLengths
        ? { rows: api.paths.length }
        : { problem: `paths ${from} → ${to}: API lengths [${apiLengths}], direct [${directLengths}]`, rows: api.paths.length };
    },
  };
}

/** What the explorer asks for when it opens: OverviewService's two graph reads (the top entities, the relations among them). */
function overviewRequest(): BenchRequest {
  const run = (client: GraphClient) =>
    new OverviewService(client).overview({ limit: DEFAULT_OVERVIEW_ENTITIES, events: DEFAULT_OVERVIEW_EVENTS });
  return {
    path: '/api/overview',
    direct: run,
    async compare(client, apiBody) {
      const api = OverviewResponseSchema.parse(apiBody);
      const direct = await run(client);
      const same = api.nodes.length === direct.nodes.length && api.edges.length === direct.edges.length;
      return same
        ? { rows: api.nodes.length + api.edges.length }
        : {
            problem: `overview: API ${api.nodes.length} nodes / ${api.edges.length} edges, direct ${direct.nodes.length} / ${direct.edges.length}`,
            rows: 0,
          };
    },
  };
}

/** The statistics, as HealthService does: the vocabulary read afresh, then the counts of its types. */
function statsRequest(): BenchRequest {
  const run = async (client: GraphClient) => readStats(client, await readVocabularyInUse(client));
  return {
    path: '/api/stats',
    direct: run,
    async compare(client, apiBody) {
      const api = StatsResponseSchema.parse(apiBody);
      const direct = await run(client);
      return api.totals.relations === direct.totals.relations && api.totals.evidence === direct.totals.evidence
        ? { rows: 1 }
        : { problem: `stats: API ${api.totals.relations} relations, direct ${direct.totals.relations}`, rows: 1 };
    },
  };
}

function nameWords(entity: EntitySummary, minLength: number): string[] {
  return entity.name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= minLength);
}

/** What people type: a word's first three to five letters, lower-cased. */
function prefixQuery(random: Random, entity: EntitySummary): string | undefined {
  const words = nameWords(entity, 4);
  if (words.length === 0) return undefined;
  const chosen = random.pick(words);
  return chosen.slice(0, Math.min(chosen.length - 1, 3 + random.below(3))).toLowerCase();
}

/** A typo: one letter of a longer word replaced (never the first, which people rarely get wrong). */
function fuzzyQuery(random: Random, entity: EntitySummary): string | undefined {
  const words = nameWords(entity, 5);
  if (words.length === 0) return undefined;
  const chosen = random.pick(words).toLowerCase();
  const at = 1 + random.below(chosen.length - 1);
  const replacement = [...'aeiouknrst'].filter((c) => c !== chosen[at]);
  return `${chosen.slice(0, at)}${random.pick(replacement)}${chosen.slice(at + 1)}`;
}

function collect<T>(count: number, attempts: number, make: () => T | undefined): T[] {
  const made: T[] = [];
  for (let i = 0; i < attempts && made.length < count; i++) {
    const value = make();
    if (value !== undefined) made.push(value);
  }
  return made;
}

export interface BuildScenariosOptions {
  seed: number;
  requestsPerScenario: number;
}

export function buildScenarios(dataset: PreparedDataset, shape: GraphShape, opts: BuildScenariosOptions): Scenario[] {
  const random = createRandom(opts.seed);
  const count = opts.requestsPerScenario;
  const attempts = count * 50;
  const connected = shape.entities.filter((e) => e.degree > 0);
  const hubs = shape.byDegree.slice(0, Math.min(HUB_COUNT, Math.max(1, Math.floor(shape.byDegree.length / 10))));
  const hubIds = new Set(hubs.map((h) => h.id));
  const ordinaryCeiling = Math.max(shape.degree.p90, 1);
  const ordinary = connected.filter((e) => e.degree <= ordinaryCeiling && !hubIds.has(e.id));

  const hubNeighbours = [...neighboursOf(dataset, hubIds).values()]
    .map((ids) => ids.filter((id) => !hubIds.has(id)))
    .filter((ids) => ids.length > 0);
  const hubAdjacentPair = (): [string, string] | undefined => {
    const first = random.pick(hubNeighbours);
    const second = hubNeighbours.length > 1 ? random.pick(hubNeighbours.filter((list) => list !== first)) : first;
    const pair: [string, string] = [random.pick(first), random.pick(second)];
    return pair[0] === pair[1] ? undefined : pair;
  };
  const randomPair = (): [string, string] | undefined => {
    const pair: [string, string] = [random.pick(connected).id, random.pick(connected).id];
    return pair[0] === pair[1] ? undefined : pair;
  };

  const scenarios: Scenario[] = [
    { name: 'open: overview', kind: 'open', requests: [overviewRequest()] },
    { name: 'open: stats', kind: 'open', requests: [statsRequest()] },
    {
      name: 'search: exact name',
      kind: 'search',
      requests: collect(count, attempts, () => random.pick(connected).name).map(searchRequest),
    },
    {
      name: 'search: prefix',
      kind: 'search',
      requests: collect(count, attempts, () => prefixQuery(random, random.pick(connected))).map(searchRequest),
    },
    {
      name: 'search: fuzzy (typo)',
      kind: 'search',
      requests: collect(count, attempts, () => fuzzyQuery(random, random.pick(connected))).map(searchRequest),
    },
    { name: `neighbours: top-${hubs.length} hubs`, kind: 'neighbours', requests: hubs.map((h) => neighboursRequest(h.id)) },
    {
      name: `neighbours: ordinary (degree ≤ ${ordinaryCeiling})`,
      kind: 'neighbours',
      requests: collect(count, attempts, () => random.pick(ordinary).id).map(neighboursRequest),
    },
  ];
  // Each set of pairs plain and time-ordered, so the two can be compared request for request, and plain through hubs
  // (the search as it was before hubs were gone round), side by side with the default.
  const pathScenarios = (name: string, pairs: [string, string][]): Scenario[] =>
    [
      { timeOrdered: false, throughHubs: false },
      { timeOrdered: false, throughHubs: true },
      { timeOrdered: true, throughHubs: false },
    ].map((opts) => ({
      name: `paths: ${name}${opts.throughHubs ? THROUGH_HUBS : ''}${opts.timeOrdered ? TIME_ORDERED : ''}`,
      kind: 'paths',
      requests: pairs.map(([a, b]) => pathsRequest(a, b, opts)),
    }));
  return [
    ...scenarios,
    ...pathScenarios('random pairs', collect(count, attempts, randomPair)),
    ...pathScenarios('hub-adjacent pairs', collect(count, attempts, hubAdjacentPair)),
  ];
}

// The graph API's read endpoints against the seed graph in a real Neo4j: shapes parsed with the contract, behaviour asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentResponseSchema,
  DocumentsResponseSchema,
  EntityResponseSchema,
  ErrorBodySchema,
  HealthResponseSchema,
  NeighborsResponseSchema,
  PathsResponseSchema,
  DEFAULT_VOCABULARY,
  RelationsResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '@kgx/contract';
import { foldName } from '../../server/src/services/mention-spans.ts';
import { readSeedData, seedEntityType, seedRelationIdsTouching, seedShortestHops } from '../support/seed-data.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';
import { asQuote } from '../support/evidence.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const get = (path: string) => call(app.baseUrl, path);

function expectError(response: { status: number; body: unknown }, status: number, code: string, parameter?: string) {
  expect(response.status).toBe(status);
  const body = ErrorBodySchema.parse(response.body);
  expect(body.error.code).toBe(code);
  if (parameter !== undefined) expect(body.error.details?.map((d) => d.parameter)).toContain(parameter);
  return body;
}

describe('GET /api/health', () => {
  it('reports the connected Neo4j and its 5.26 version', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    const body = HealthResponseSchema.parse(response.body);
    expect(body.status).toBe('ok');
    expect(body.neo4j.connected).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });
});

describe('GET /api/stats', () => {
  it('counts nodes by type and relations by type, consistent with the totals', async () => {
    const body = StatsResponseSchema.parse((await get('/api/stats')).body);
    expect(body.nodes['Document']).toBe(5);
    expect(body.nodes['Person']).toBeGreaterThan(5);
    const relationSum = Object.values(body.relations).reduce((a, b) => a + b, 0);
    expect(relationSum).toBe(body.totals.relations);
    expect(body.totals.evidence).toBeGreaterThanOrEqual(body.totals.relations);
  });
});

describe('GET /api/search', () => {
  it.each([
    ['mijatovic', 'person:dunja-mijatovic'],
    ['pashin', 'person:nikol-pashinyan'],
    ['VARDANYAN', 'person:ruben-vardanyan'],
    ['vardanian', 'person:ruben-vardanyan'],
    ['Stepanakert', 'place:stepanakert'],
  ])('finds %s (accent-, case-insensitive, prefix and fuzzy) with %s first', async (q, id) => {
    const body = SearchResponseSchema.parse((await get(`/api/search?q=${encodeURIComponent(q)}`)).body);
    expect(body.results[0]?.id).toBe(id);
  });

  it.each(['UN refugee agency', 'the UN refugee agency', 'office of the united nations'])(
    'matches aliases and full names, so "%s" finds UNHCR',
    async (q) => {
      const body = SearchResponseSchema.parse((await get(`/api/search?q=${encodeURIComponent(q)}`)).body);
      expect(body.results.map((r) => r.id)).toContain('organisation:unhcr');
    },
  );

  it('filters by type and honours the limit', async () => {
    const body = SearchResponseSchema.parse((await get('/api/search?q=armenia&type=Place&limit=2')).body);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(2);
    expect(body.results.every((r) => r.type === 'Place')).toBe(true);
  });

  it('ranks results by score, best first', async () => {
    // Every seed entity with a word starting "armenian" in its name is a hit, so there is an order to check.
    const named = readSeedData()
      .entities.filter((e) => /\barmenian/i.test(e.name))
      .map((e) => e.id);
    expect(named.length).toBeGreaterThan(1);
    const body = SearchResponseSchema.parse((await get('/api/search?q=armenian&limit=20')).body);
    expect(body.results.map((r) => r.id)).toEqual(expect.arrayContaining(named));
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns 400 INVALID_PARAMETER naming q when it is missing, empty or too long', async () => {
    expectError(await get('/api/search'), 400, 'INVALID_PARAMETER', 'q');
    expectError(await get('/api/search?q=%20%20'), 400, 'INVALID_PARAMETER', 'q');
    expectError(await get(`/api/search?q=${'a'.repeat(201)}`), 400, 'INVALID_PARAMETER', 'q');
  });

  it('returns 400 naming limit and type when they are not valid', async () => {
    expectError(await get('/api/search?q=x&limit=abc'), 400, 'INVALID_PARAMETER', 'limit');
    expectError(await get('/api/search?q=x&limit=0'), 400, 'INVALID_PARAMETER', 'limit');
    expectError(await get('/api/search?q=x&type=Planet'), 400, 'INVALID_PARAMETER', 'type.0');
    expectError(await get('/api/search?q=x&colour=red'), 400, 'INVALID_PARAMETER', 'colour');
  });

  it('treats Lucene syntax in the query as text and answers with results, not an error', async () => {
    const response = await get(`/api/search?q=${encodeURIComponent('Vardanyan") OR *:* AND ~ [')}`);
    expect(response.status).toBe(200);
    const body = SearchResponseSchema.parse(response.body);
    // "OR" and "AND" are stop words and the operators are text: only what the seed names Vardanyan matches, not `*:*` everything.
    const vardanyans = readSeedData()
      .entities.filter((e) => [e.name, ...e.aliases].some((name) => /\bvardanyan\b/i.test(name)))
      .map((e) => e.id);
    expect(vardanyans).toContain('person:ruben-vardanyan');
    expect(body.results[0]?.id).toBe('person:ruben-vardanyan');
    expect(body.results.map((r) => r.id).sort()).toEqual([...vardanyans].sort());
  });
});

describe('GET /api/entities/:id', () => {
  it('returns the entity with its degree and the documents that mention it', async () => {
    const body = EntityResponseSchema.parse((await get('/api/entities/person:ruben-vardanyan')).body);
    expect(body.entity).toMatchObject({ id: 'person:ruben-vardanyan', type: 'Person', name: 'Ruben Vardanyan' });
    expect(body.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['003_8d857074b5059b4f', '004_5bbdb860de7f3c76']));
    const relationTotal = Object.values(body.relationCounts).reduce((a, b) => a + b, 0);
    expect(body.entity.degree).toBe(relationTotal);
  });

  it('returns 404 ENTITY_NOT_FOUND for a well-formed id that names nothing', async () => {
    const body = expectError(await get('/api/entities/person:nobody-at-all'), 404, 'ENTITY_NOT_FOUND');
    expect(body.error.message).toContain('person:nobody-at-all');
  });

  it.each([
    ['odd characters', 'person:%3Cscript%3E'],
    ['an injection attempt', encodeURIComponent("person:x' OR 1=1 //")],
    ['a space', 'ruben%20vardanyan'],
    ['a huge id', `person:${'a'.repeat(5000)}`],
  ])('returns 400 INVALID_PARAMETER for %s', async (_label, id) => {
    expectError(await get(`/api/entities/${id}`), 400, 'INVALID_PARAMETER', 'id');
  });
});

describe('GET /api/entities/:id/neighbors', () => {
  const center = 'place:nagorno-karabakh';

  it('returns the one-hop neighbourhood as a graph whose every edge touches the centre', async () => {
    const body = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors`)).body);
    expect(body.center).toBe(center);
    expect(body.edges.length).toBeGreaterThan(5);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const edge of body.edges) {
      expect([edge.source, edge.target]).toContain(center);
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    expect(body.nodes.every((n) => n.type !== 'Document')).toBe(true);
  });

  it('caps the neighbourhood and says how many more exist', async () => {
    const full = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors`)).body);
    const capped = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?limit=2`)).body);
    expect(capped.edges).toHaveLength(2);
    expect(capped.truncated).toBe(true);
    expect(capped.total).toBe(full.total);
    expect(full.truncated).toBe(full.total > full.edges.length);
  });

  it('counts what a capped page leaves out, by neighbour type and by relation, as the whole neighbourhood holds', async () => {
    const all = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?limit=500`)).body);
    expect(all.truncated).toBe(false);
    expect(all.edges.length).toBeGreaterThan(5);
    const types: Record<string, number> = {};
    const relations: Record<string, number> = {};
    const byId = new Map(all.nodes.map((n) => [n.id, n]));
    for (const edge of all.edges) {
      const other = byId.get(edge.source === center ? edge.target : edge.source);
      types[other?.type ?? '?'] = (types[other?.type ?? '?'] ?? 0) + 1;
      relations[edge.type] = (relations[edge.type] ?? 0) + 1;
    }
    expect(Object.keys(types).length).toBeGreaterThan(1);
    const capped = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?limit=1`)).body);
    expect(capped.edges).toHaveLength(1);
    expect(capped.counts).toEqual({ types, relations });
    // The page is the best-connected neighbour.
    const best = Math.max(...all.nodes.filter((n) => n.id !== center).map((n) => n.degree ?? 0));
    expect(capped.nodes.find((n) => n.id !== center)?.degree).toBe(best);

    const events = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?type=Event&limit=1`)).body);
    expect(events.counts.types).toEqual({ Event: types['Event'] });
    expect(events.total).toBe(types['Event']);
  });

  it('filters by relation type and by neighbour type', async () => {
    const expectedRelations = seedRelationIdsTouching(center, ['FLED_FROM', 'TOOK_PLACE_IN']);
    expect(expectedRelations.length).toBeGreaterThan(1);
    const byRelation = NeighborsResponseSchema.parse(
      (await get(`/api/entities/${center}/neighbors?relation=FLED_FROM,TOOK_PLACE_IN`)).body,
    );
    expect(byRelation.edges.map((e) => e.id).sort()).toEqual([...expectedRelations].sort());
    expect(byRelation.edges.every((e) => e.type === 'FLED_FROM' || e.type === 'TOOK_PLACE_IN')).toBe(true);

    const expectedEvents = new Set(
      readSeedData()
        .relations.flatMap((r) => (r.source === center ? [r.target] : r.target === center ? [r.source] : []))
        .filter((id) => seedEntityType(id) === 'Event'),
    );
    expect(expectedEvents.size).toBeGreaterThan(1);
    const byType = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?type=Event`)).body);
    const neighbours = byType.nodes.filter((n) => n.id !== center);
    expect(neighbours.map((n) => n.id).sort()).toEqual([...expectedEvents].sort());
    expect(neighbours.every((n) => n.type === 'Event')).toBe(true);
  });

  it('keeps only relations dated within the range', async () => {
    const body = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?from=2023-09-19&to=2023-09-30`)).body);
    const all = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?limit=500`)).body);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.length).toBeLessThan(all.edges.length);
  });

  it('returns 400 for a date range that ends before it starts, and for a bad date', async () => {
    expectError(await get(`/api/entities/${center}/neighbors?from=2024-01-01&to=2023-01-01`), 400, 'INVALID_PARAMETER', 'from');
    expectError(await get(`/api/entities/${center}/neighbors?from=yesterday`), 400, 'INVALID_PARAMETER', 'from');
    expectError(
      await get(`/api/entities/${center}/neighbors?relation=LEADS%5D-()%20DETACH%20DELETE%20n`),
      400,
      'INVALID_PARAMETER',
      'relation.0',
    );
  });

  it('returns 404 for an unknown entity', async () => {
    expectError(await get('/api/entities/place:atlantis/neighbors'), 404, 'ENTITY_NOT_FOUND');
  });

  it('answers 200 with the entity and no neighbours for an entity without relations (it answered 404 "no entity")', async () => {
    const lonely = await app.client.read(async (tx) => {
      const result = await tx.run('MATCH (e:Entity) WHERE NOT (e)-[]-(:Entity) RETURN e.id AS id ORDER BY id LIMIT 1');
      return result.records[0]?.get('id') as string | undefined;
    });
    expect(lonely, 'the demo holds an entity without relations').toBeDefined();
    const body = NeighborsResponseSchema.parse((await get(`/api/entities/${lonely ?? ''}/neighbors`)).body);
    expect(body).toMatchObject({ center: lonely, edges: [], total: 0, truncated: false });
    expect(body.nodes.map((n) => n.id)).toEqual([lonely]);
  });

  it('answers 200 with no neighbours when the filters match no relation (it answered 404 "no entity")', async () => {
    const body = NeighborsResponseSchema.parse((await get(`/api/entities/${center}/neighbors?from=1900-01-01&to=1900-12-31`)).body);
    expect(body).toMatchObject({ center, edges: [], total: 0 });
  });
});

describe('GET /api/paths', () => {
  const from = 'person:ruben-vardanyan';
  const to = 'person:nikol-pashinyan';

  it('returns up to k shortest paths, shortest first, each a chain of evidenced relations without documents', async () => {
    const body = PathsResponseSchema.parse((await get(`/api/paths?from=${from}&to=${to}&k=3`)).body);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.length).toBeLessThanOrEqual(3);
    const lengths = body.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of body.paths) {
      expect(path.nodeIds[0]).toBe(from);
      expect(path.nodeIds.at(-1)).toBe(to);
      expect(path.edges).toHaveLength(path.length);
      expect(path.nodes.every((n) => n.type !== 'Document')).toBe(true);
      path.edges.forEach((edge, i) => {
        expect([edge.source, edge.target].sort()).toEqual([path.nodeIds[i], path.nodeIds[i + 1]].sort());
        expect(edge.evidence.length).toBeGreaterThan(0);
      });
    }
  });

  it('restricts paths to the given relation types', async () => {
    const types = ['WORKS_FOR', 'LEADS', 'LOCATED_IN', 'FLED_TO', 'TARGETED', 'DETAINED', 'CARRIED_OUT'] as const;
    // Through these types alone the seed joins the two by a longer way (he worked for Artsakh, which lies in Nagorno-Karabakh, ...).
    const shortest = seedShortestHops(from, 'place:armenia', types);
    const unrestricted = seedShortestHops(
      from,
      'place:armenia',
      DEFAULT_VOCABULARY.relationTypes.map((t) => t.type),
    );
    expect(shortest).toBeDefined();
    expect(shortest).toBeGreaterThan(unrestricted ?? Infinity);
    const body = PathsResponseSchema.parse((await get(`/api/paths?from=${from}&to=place:armenia&relation=${types.join(',')}`)).body);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths[0]?.length).toBe(shortest);
    for (const path of body.paths) {
      expect(path.edges.length).toBeGreaterThan(0);
      for (const edge of path.edges) expect(types).toContain(edge.type);
    }
  });

  it('returns an empty list, not an error, when no path exists within maxHops', async () => {
    const response = await get(`/api/paths?from=${from}&to=${to}&maxHops=1&relation=NAMED_AFTER`);
    expect(response.status).toBe(200);
    expect(PathsResponseSchema.parse(response.body).paths).toEqual([]);
  });

  it('returns 400 naming the parameter for maxHops above the hard cap, a bad k, a missing end or the same ends', async () => {
    expectError(await get(`/api/paths?from=${from}&to=${to}&maxHops=11`), 400, 'INVALID_PARAMETER', 'maxHops');
    expectError(await get(`/api/paths?from=${from}&to=${to}&maxHops=abc`), 400, 'INVALID_PARAMETER', 'maxHops');
    expectError(await get(`/api/paths?from=${from}&to=${to}&k=0`), 400, 'INVALID_PARAMETER', 'k');
    expectError(await get(`/api/paths?from=${from}`), 400, 'INVALID_PARAMETER', 'to');
    expectError(await get(`/api/paths?from=${from}&to=${from}`), 400, 'INVALID_PARAMETER', 'to');
  });

  it('returns 404 naming the end that does not exist', async () => {
    const body = expectError(await get(`/api/paths?from=${from}&to=person:nobody-at-all`), 404, 'ENTITY_NOT_FOUND');
    expect(body.error.message).toContain('to');
  });

  it('returns 404 naming the end that does not exist for paths in time order too, though the ends are looked up only when no path is found', async () => {
    const body = expectError(await get(`/api/paths?from=person:nobody-at-all&to=${to}&timeOrdered=true`), 404, 'ENTITY_NOT_FOUND');
    expect(body.error.message).toContain('from');
    expect(body.error.message).not.toContain('to:');
  });
});

describe('GET /api/relations', () => {
  it('answers who did what to a subject with its evidence', async () => {
    const body = RelationsResponseSchema.parse((await get('/api/relations?object=person:ruben-vardanyan&predicate=DETAINED')).body);
    expect(body.triples.length).toBeGreaterThan(0);
    for (const triple of body.triples) {
      expect(triple.object.id).toBe('person:ruben-vardanyan');
      expect(triple.relation.type).toBe('DETAINED');
      expect(asQuote(triple.relation.evidence[0])?.quote).toContain('Vardanyan');
    }
  });

  it('combines subject, subject type, object type and date filters', async () => {
    const { relations } = readSeedData();
    const azerbaijanOnEvents = relations.filter((r) => r.source === 'place:azerbaijan' && seedEntityType(r.target) === 'Event');
    expect(azerbaijanOnEvents.length).toBeGreaterThan(1);
    const body = RelationsResponseSchema.parse((await get('/api/relations?subject=place:azerbaijan&objectType=Event&limit=1000')).body);
    expect(body.triples).toHaveLength(azerbaijanOnEvents.length);
    expect(body.triples.every((t) => t.subject.id === 'place:azerbaijan' && t.object.type === 'Event')).toBe(true);

    const byPeople = relations.filter((r) => seedEntityType(r.source) === 'Person');
    expect(byPeople.length).toBeGreaterThan(1);
    const people = RelationsResponseSchema.parse((await get('/api/relations?subjectType=Person&limit=1000')).body);
    expect(people.total).toBe(byPeople.length);
    expect(people.triples).toHaveLength(byPeople.length);
    expect(people.triples.every((t) => t.subject.type === 'Person')).toBe(true);
    const dated = RelationsResponseSchema.parse((await get('/api/relations?from=2023-10-01&to=2023-10-31&limit=1000')).body);
    const all = RelationsResponseSchema.parse((await get('/api/relations?limit=1')).body);
    expect(dated.total).toBeGreaterThan(0);
    expect(dated.total).toBeLessThan(all.total);
  });

  it('caps the list and reports the total', async () => {
    const body = RelationsResponseSchema.parse((await get('/api/relations?limit=3')).body);
    expect(body.triples).toHaveLength(3);
    expect(body.truncated).toBe(true);
    expect(body.total).toBeGreaterThan(3);
  });

  it('returns 404 for an unknown subject and 400 for a bad predicate', async () => {
    expectError(await get('/api/relations?subject=person:nobody-at-all'), 404, 'ENTITY_NOT_FOUND');
    expectError(await get('/api/relations?predicate=KILLED_BY_MAGIC'), 400, 'INVALID_PARAMETER', 'predicate.0');
  });
});

describe('GET /api/documents', () => {
  it('lists the five documents of the corpus', async () => {
    const body = DocumentsResponseSchema.parse((await get('/api/documents')).body);
    expect(body.documents).toHaveLength(5);
    expect(body.documents.every((d) => d.entityCount > 0 && d.length > 0)).toBe(true);
  });

  it('returns a document with its text and the spans where each mentioned entity is named, whatever the case or accents', async () => {
    const body = DocumentResponseSchema.parse((await get('/api/documents/003_8d857074b5059b4f')).body);
    expect(body.document.text).toContain('Ruben Vardanyan');
    const vardanyan = body.mentions.find((m) => m.entity.id === 'person:ruben-vardanyan');
    expect(vardanyan?.spans.length).toBeGreaterThan(0);
    for (const mention of body.mentions) {
      for (const [start, end] of mention.spans) {
        const names = [mention.entity.name, ...mention.entity.aliases].map(foldName);
        expect(names).toContain(foldName(body.document.text.slice(start, end)));
      }
    }
  });

  it('gives demo documents their text without a raw date header (the reader showed "date 2023-11-08" as body text)', async () => {
    const { documents } = DocumentsResponseSchema.parse((await get('/api/documents')).body);
    expect(documents.length).toBeGreaterThan(0);
    for (const summary of documents) {
      const { document } = DocumentResponseSchema.parse((await get(`/api/documents/${summary.id}`)).body);
      expect(document.text, summary.id).not.toMatch(/^\s*date \d{4}-\d{2}-\d{2}/);
    }
  });

  it('returns 404 for an unknown document and 400 for a malformed id', async () => {
    expectError(await get('/api/documents/999_unknown'), 404, 'DOCUMENT_NOT_FOUND');
    expectError(await get('/api/documents/..%2F..%2Fetc%2Fpasswd'), 400, 'INVALID_PARAMETER', 'id');
  });
});

describe('the API around the endpoints', () => {
  it('serves an OpenAPI document generated from the contract', async () => {
    const response = await get('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/paths', '/api/relations', '/api/cypher']));
  });

  it('answers an unknown route with a JSON 404 that carries the request id', async () => {
    const response = await call(app.baseUrl, '/api/nothing-here', { headers: { 'x-request-id': 'test-req-1' } });
    const body = expectError(response, 404, 'ROUTE_NOT_FOUND');
    expect(body.error.requestId).toBe('test-req-1');
    expect(response.headers.get('x-request-id')).toBe('test-req-1');
  });

  it('sends security headers and no CORS header unless configured', async () => {
    const response = await get('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

// What the curation of the seed graph guarantees: short names find their bodies, a state's organs lead to the state, named wars and rulings have their parties and places, office holders their bodies, and sensitive relations quote what they claim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EntityResponseSchema,
  MAX_RELATIONS,
  PathsResponseSchema,
  RelationsResponseSchema,
  SearchResponseSchema,
  isQuoteEvidence,
  type RelationType,
  type Triple,
} from '@kgx/contract';
import { readSeedData } from '../support/seed-data.ts';
import { call, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const AZERBAIJAN = 'place:azerbaijan';
const ARMENIA = 'place:armenia';
const ARTSAKH = 'organisation:republic-of-artsakh';
const VARDANYAN = 'person:ruben-vardanyan';

async function relations(query: { subject?: string; predicate?: RelationType[]; object?: string }): Promise<Triple[]> {
  const params = new URLSearchParams({ limit: String(MAX_RELATIONS) });
  if (query.subject !== undefined) params.set('subject', query.subject);
  if (query.object !== undefined) params.set('object', query.object);
  if (query.predicate !== undefined) params.set('predicate', query.predicate.join(','));
  const response = await call(app.baseUrl, `/api/relations?${params.toString()}`);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
  const body = RelationsResponseSchema.parse(response.body);
  expect(body.truncated).toBe(false);
  return body.triples;
}

/** Every quote of every relation of `type` in the graph, checked to be as many relations as the seed data has. */
async function quotesOf(type: RelationType): Promise<{ triple: Triple; quote: string }[]> {
  const triples = await relations({ predicate: [type] });
  expect(triples).toHaveLength(readSeedData().relations.filter((r) => r.type === type).length);
  expect(triples.length, `the seed has no ${type} relation to check`).toBeGreaterThan(0);
  return triples.flatMap((triple) => triple.relation.evidence.filter(isQuoteEvidence).map((e) => ({ triple, quote: e.quote })));
}

/** The name and aliases of a seed entity, lower-cased. */
function namesOf(id: string): string[] {
  const entity = readSeedData().entities.find((e) => e.id === id);
  if (entity === undefined) throw new Error(`seed data: no entity with id '${id}'`);
  return [entity.name, ...entity.aliases].map((n) => n.toLowerCase());
}

describe('GET /api/search with the acronyms and short names a user types', () => {
  it.each([
    ['UNHCR', 'organisation:unhcr'],
    ['ICJ', 'organisation:international-court-of-justice'],
    ['ICRC', 'organisation:icrc'],
    ['CoE', 'organisation:council-of-europe'],
    ['44-day war', 'event:2020-nagorno-karabakh-war'],
    ['Artsakh government', 'organisation:government-of-artsakh'],
  ])('finds "%s" as %s first', async (q, id) => {
    const body = SearchResponseSchema.parse((await call(app.baseUrl, `/api/search?q=${encodeURIComponent(q)}`)).body);
    expect(body.results[0]?.id).toBe(id);
  });

  it('finds the UN refugee agency of the texts under UNHCR', async () => {
    const body = SearchResponseSchema.parse((await call(app.baseUrl, '/api/search?q=UNHCR')).body);
    expect(body.results[0]?.aliases).toContain('UN refugee agency');
  });
});

describe('the organs of a state', () => {
  it.each([
    ['organisation:government-of-azerbaijan', AZERBAIJAN],
    ['organisation:azerbaijani-armed-forces', AZERBAIJAN],
    ['organisation:azerbaijani-state-media', AZERBAIJAN],
    ['organisation:government-of-armenia', ARMENIA],
    ['organisation:russian-peacekeeping-contingent', 'place:russia'],
    ['organisation:government-of-artsakh', ARTSAKH],
    ['organisation:artsakh-defence-army', ARTSAKH],
    ['organisation:unhcr', 'organisation:united-nations'],
  ])('links %s to %s by ORGAN_OF, with evidence', async (organ, state) => {
    const triples = await relations({ subject: organ, predicate: ['ORGAN_OF'], object: state });
    expect(triples).toHaveLength(1);
    expect(triples[0]?.relation.evidence.length).toBeGreaterThan(0);
  });

  it('follows one model: each organ is the organ of one state entity, never of another organ', () => {
    const organOf = readSeedData().relations.filter((r) => r.type === 'ORGAN_OF');
    expect(organOf.length).toBeGreaterThan(0);
    const organs = organOf.map((r) => r.source);
    expect(new Set(organs).size).toBe(organs.length);
    expect(organOf.filter((r) => organs.includes(r.target))).toEqual([]);
  });

  it('reaches Azerbaijan from the detention of Ruben Vardanyan through the army that carried it out', async () => {
    const query = new URLSearchParams({ from: VARDANYAN, to: AZERBAIJAN, relation: 'DETAINED,ORGAN_OF', maxHops: '2' });
    const response = await call(app.baseUrl, `/api/paths?${query.toString()}`);
    expect(response.status).toBe(200);
    const body = PathsResponseSchema.parse(response.body);
    // Edge ids read source>TYPE>target, in walking order.
    expect(body.paths.map((p) => p.edgeIds.map((id) => id.split('>')[1]))).toContainEqual(['DETAINED', 'ORGAN_OF']);
  });
});

describe('the wars, the cease-fire and the ruling the texts name', () => {
  it.each([
    ['event:first-nagorno-karabakh-war', [ARMENIA, AZERBAIJAN], 'place:nagorno-karabakh'],
    ['event:1994-ceasefire', [ARMENIA, AZERBAIJAN], 'place:nagorno-karabakh'],
    ['event:2020-nagorno-karabakh-war', [ARMENIA, AZERBAIJAN], 'place:nagorno-karabakh'],
  ])('gives %s a date, its parties %j and its place %s', async (id, parties, place) => {
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${encodeURIComponent(id)}`)).body).entity;
    expect(entity.type).toBe('Event');
    expect(entity.startDate).toBeDefined();
    const partyOf = await relations({ predicate: ['PARTICIPATED_IN', 'CARRIED_OUT'], object: id });
    expect(partyOf.map((t) => t.subject.id).sort()).toEqual([...parties].sort());
    const where = await relations({ subject: id, predicate: ['TOOK_PLACE_IN'] });
    expect(where.map((t) => t.object.id)).toContain(place);
  });

  it('records the February 2023 ICJ ruling as an event by the court against Azerbaijan, dated as the text dates it', async () => {
    const id = 'event:2023-02-icj-order-lachin-corridor';
    const entity = EntityResponseSchema.parse((await call(app.baseUrl, `/api/entities/${encodeURIComponent(id)}`)).body).entity;
    expect(entity.startDate).toBe('2023-02');
    const by = await relations({ predicate: ['CARRIED_OUT'], object: id });
    expect(by.map((t) => t.subject.id)).toEqual(['organisation:international-court-of-justice']);
    const against = await relations({ subject: id, predicate: ['TARGETED'] });
    expect(against.map((t) => t.object.id)).toEqual([AZERBAIJAN]);
  });
});

describe('office holders and the bodies they serve', () => {
  it.each([
    ['person:nikol-pashinyan', 'LEADS', 'organisation:government-of-armenia', 'Prime Minister', ARMENIA],
    [VARDANYAN, 'WORKS_FOR', 'organisation:government-of-artsakh', 'State Minister', ARTSAKH],
    ['person:anahit-avanesian', 'WORKS_FOR', 'organisation:government-of-armenia', 'Health Minister', ARMENIA],
  ] as const)('links %s by %s to %s as %s, and that body to %s', async (person, type, body, role, state) => {
    const post = await relations({ subject: person, predicate: [type], object: body });
    expect(post.map((t) => t.relation.role)).toEqual([role]);
    expect(await relations({ subject: body, predicate: ['ORGAN_OF'], object: state })).toHaveLength(1);
  });

  it('names the role of every LEADS and WORKS_FOR', () => {
    const posts = readSeedData().relations.filter((r) => r.type === 'LEADS' || r.type === 'WORKS_FOR');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.filter((r) => r.role === undefined)).toEqual([]);
  });
});

describe('the quotes of sensitive relation types state what the type claims', () => {
  it('quotes for every ACCUSED an accusation or the wrong charged, and says in detail of what', async () => {
    const accusation = /accus|blam|condemn|charg|alleg|ethnic(ally)? cleans|violation of|war crimes|genocid|starve/i;
    const quotes = await quotesOf('ACCUSED');
    expect(quotes.filter(({ quote }) => !accusation.test(quote)).map(({ triple, quote }) => `${triple.relation.id}: ${quote}`)).toEqual([]);
    expect(quotes.filter(({ triple }) => !triple.relation.detail?.startsWith('of ')).map(({ triple }) => triple.relation.id)).toEqual([]);
  });

  it('quotes for every DISPLACED_FROM a displacement from the place, never one within it', async () => {
    const quotes = await quotesOf('DISPLACED_FROM');
    const unstated = quotes.filter(({ triple, quote }) => {
      const text = quote.toLowerCase();
      const namesPlace = namesOf(triple.object.id).some((name) => text.includes(name));
      return !/displac|deport|expel/.test(text) || !/\bfrom\b/.test(text) || /\bwithin\b/.test(text) || !namesPlace;
    });
    expect(unstated.map(({ triple, quote }) => `${triple.relation.id}: ${quote}`)).toEqual([]);
  });

  it('quotes for every DETAINED an arrest and for every DENIED a denial', async () => {
    const detained = await quotesOf('DETAINED');
    expect(detained.filter(({ quote }) => !/arrest|apprehend|detain/i.test(quote))).toEqual([]);
    const denied = await quotesOf('DENIED');
    expect(denied.filter(({ quote }) => !/\bden(y|ies|ied)\b/i.test(quote))).toEqual([]);
  });
});

// GET /api/paths returns simple paths only: no entity twice. Built beside the demo: S – X – T, and a triangle X, Y, Z
// hanging off X, through which a walk could leave X and come back to it on other relations.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema, type EntityRecord, type RelationRecord } from '@kgx/contract';
import { useAppWithDatasetBesideDemo } from '../support/dataset-beside-demo.ts';
import { call } from '../support/test-app.ts';

const DATASET = 'simple-paths-test';
const DOCUMENT = 'simple-paths-test-1';
const QUOTE = 'The register lists these ties.';
/** No demo id starts like this, so nothing here can touch the demo's entities. */
const id = (name: string) => `person:simple-paths-test-${name}`;

const link = (source: string, target: string): RelationRecord => ({
  type: 'LINKED_TO',
  source,
  target,
  evidence: [{ documentId: DOCUMENT, quote: QUOTE }],
});

const relations: RelationRecord[] = [
  link(id('s'), id('x')),
  link(id('x'), id('t')),
  link(id('x'), id('y')),
  link(id('y'), id('z')),
  link(id('z'), id('x')),
];

const entities: EntityRecord[] = ['s', 'x', 't', 'y', 'z'].map((name) => ({
  id: id(name),
  type: 'Person',
  name: `Simple paths test ${name}`,
  aliases: [],
  description: 'An entity of a graph built to test that paths never visit an entity twice.',
}));

const app = useAppWithDatasetBesideDemo({
  id: DATASET,
  documents: [{ id: DOCUMENT, title: 'Register', kind: 'report', text: QUOTE }],
  entities,
  relations,
});

async function paths(query: string) {
  const response = await call(app().baseUrl, `/api/paths?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PathsResponseSchema.parse(response.body);
}

describe('GET /api/paths', () => {
  // Bug: the k shortest paths were trails (no relation twice), so S – X – Y – Z – X – T came back as a second path.
  it('never returns a path that passes through the same entity twice (bug: a walk round a triangle came back as a path)', async () => {
    for (const timeOrdered of [false, true]) {
      const body = await paths(`from=${id('s')}&to=${id('t')}&k=5&maxHops=8${timeOrdered ? '&timeOrdered=true' : ''}`);
      expect(body.paths.map((p) => p.nodeIds)).toEqual([[id('s'), id('x'), id('t')]]);
    }
  });

  it('keeps the simple paths of the demo within k, each entity once', async () => {
    const body = await paths('from=person:ruben-vardanyan&to=person:nikol-pashinyan&k=10&maxHops=6');
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) expect(new Set(p.nodeIds).size).toBe(p.nodeIds.length);
  });
});

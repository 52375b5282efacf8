// GET /api/paths returns simple paths only: no entity twice. Built beside the demo: S – X – T, and a triangle X, Y, Z
// hanging off X, through which a walk could leave X and come back to it on other relations.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema } from '@kgx/contract';
import { useAppWithDatasetBesideDemo } from '../support/dataset-beside-demo.ts';
import { registerDataset, registerEntity, type Tie } from '../support/register-dataset.ts';
import { call } from '../support/test-app.ts';

/** No demo id starts like this, so nothing here can touch the demo's entities. */
const id = (name: string) => `person:simple-paths-test-${name}`;
const link = (source: string, target: string): Tie => ({ type: 'LINKED_TO', source: id(source), target: id(target) });

const app = useAppWithDatasetBesideDemo(
  registerDataset(
    'simple-paths-test',
    ['s', 'x', 't', 'y', 'z'].map((name) =>
      registerEntity(
        id(name),
        'Person',
        `Simple paths test ${name}`,
        'An entity of a graph built to test that paths never visit an entity twice.',
      ),
    ),
    [link('s', 'x'), link('x', 't'), link('x', 'y'), link('y', 'z'), link('z', 'x')],
  ),
);

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

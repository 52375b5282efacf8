// GET /api/paths goes round hubs unless asked not to. Built beside the demo: S – H – T through a hub H of seven
// relations, and S – A – B – T around it; the app caps hubs at five relations.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema } from '@kgx/contract';
import { useAppWithDatasetBesideDemo } from '../support/dataset-beside-demo.ts';
import { registerDataset, registerEntity, type Tie } from '../support/register-dataset.ts';
import { call } from '../support/test-app.ts';

const HUB_DEGREE = 5;
/** No demo id starts like this, so nothing here can touch the demo's entities. */
const id = (name: string) => `organisation:paths-hubs-test-${name}`;
const link = (source: string, target: string): Tie => ({ type: 'LINKED_TO', source: id(source), target: id(target) });

const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
const app = useAppWithDatasetBesideDemo(
  registerDataset(
    'paths-hubs-test',
    ['s', 'h', 't', 'a', 'b', ...leaves].map((name) => registerEntity(id(name), 'Organisation', `Paths hubs test ${name}`)),
    [link('s', 'h'), link('h', 't'), ...leaves.map((leaf) => link('h', leaf)), link('s', 'a'), link('a', 'b'), link('b', 't')],
  ),
  { pathHubDegree: HUB_DEGREE },
);

async function paths(query: string) {
  const response = await call(app().baseUrl, `/api/paths?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PathsResponseSchema.parse(response.body);
}

const ids = (found: { paths: { nodeIds: string[] }[] }) => found.paths.map((p) => p.nodeIds);

describe('GET /api/paths and hubs', () => {
  it('goes round an entity with more relations than the cap, and says what the cap was', async () => {
    const found = await paths(`from=${id('s')}&to=${id('t')}&k=3`);
    expect(found.hubDegree).toBe(HUB_DEGREE);
    expect(ids(found)).toEqual([[id('s'), id('a'), id('b'), id('t')]]);
  });

  it('goes through the hub when asked, shortest first, and reports no cap', async () => {
    const found = await paths(`from=${id('s')}&to=${id('t')}&k=3&throughHubs=true`);
    expect(found.hubDegree).toBeUndefined();
    expect(ids(found)).toEqual([
      [id('s'), id('h'), id('t')],
      [id('s'), id('a'), id('b'), id('t')],
    ]);
  });

  it('still finds paths that start or end at a hub', async () => {
    expect(ids(await paths(`from=${id('s')}&to=${id('h')}&k=1`))).toEqual([[id('s'), id('h')]]);
    expect(ids(await paths(`from=${id('h')}&to=${id('t')}&k=1`))).toEqual([[id('h'), id('t')]]);
  });

  it('goes round hubs in a time-ordered search too', async () => {
    const found = await paths(`from=${id('s')}&to=${id('t')}&k=3&timeOrdered=true`);
    expect(found.hubDegree).toBe(HUB_DEGREE);
    expect(ids(found)).toEqual([[id('s'), id('a'), id('b'), id('t')]]);
  });

  it('goes round hubs and excluded entities alike', async () => {
    const around = await paths(`from=${id('s')}&to=${id('t')}&k=3&exclude=${id('a')}`);
    expect(around.paths).toEqual([]);
    const through = await paths(`from=${id('s')}&to=${id('t')}&k=3&exclude=${id('a')}&throughHubs=true`);
    expect(ids(through)).toEqual([[id('s'), id('h'), id('t')]]);
  });

  it('offers nothing through a hub when the hub is the only way, and says why', async () => {
    const found = await paths(`from=${id('l1')}&to=${id('s')}&k=3`);
    expect(found.paths).toEqual([]);
    expect(found.hubDegree).toBe(HUB_DEGREE);
    expect(ids(await paths(`from=${id('l1')}&to=${id('s')}&k=1&throughHubs=true`))).toEqual([[id('l1'), id('h'), id('s')]]);
  });

  it('refuses a throughHubs that is not a boolean, naming it', async () => {
    const response = await call(app().baseUrl, `/api/paths?from=${id('s')}&to=${id('t')}&throughHubs=maybe`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('throughHubs');
  });
});

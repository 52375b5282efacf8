// End to end: an entity with more relations than the details panel lists shows how they all divide, by neighbour type and
// by relation; a count narrows what Expand brings in to those. Built beside the demo: a hub with 80 people linked to it
// and 50 organisations it owns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { importBesideDemo } from '../support/dataset-beside-demo.ts';
import { registerDataset, registerEntity, type Tie } from '../support/register-dataset.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyNodeIds, waitForDetailsOf } from './explorer-page.ts';

const HUB = 'organisation:hub-neighbours-test-hub';
const PEOPLE = 80;
const ORGANISATIONS = 50;

const person = (i: number) => `person:hub-neighbours-test-${i}`;
const organisation = (i: number) => `organisation:hub-neighbours-test-${i}`;

const DATASET = registerDataset(
  'hub-neighbours-test',
  [
    registerEntity(HUB, 'Organisation', 'Hub Neighbours Holding'),
    ...Array.from({ length: PEOPLE }, (_, i) => registerEntity(person(i), 'Person', `Hub Test Person ${i}`)),
    ...Array.from({ length: ORGANISATIONS }, (_, i) => registerEntity(organisation(i), 'Organisation', `Hub Test Company ${i}`)),
  ],
  [
    ...Array.from({ length: PEOPLE }, (_, i): Tie => ({ type: 'LINKED_TO', source: person(i), target: HUB })),
    ...Array.from({ length: ORGANISATIONS }, (_, i): Tie => ({ type: 'OWNS', source: HUB, target: organisation(i) })),
  ],
);

describe('the neighbours of a hub', () => {
  const explorer = useExplorer();
  let dataset: Awaited<ReturnType<typeof importBesideDemo>> | undefined;
  beforeAll(async () => {
    dataset = await importBesideDemo(explorer().app.client, DATASET);
  });
  afterAll(async () => {
    await dataset?.remove();
  });

  it('shows the counts a first page leaves out, and a count narrows Expand to those', async ({ task }) => {
    const session = await openSession(explorer().browser, { baseUrl: explorer().app.baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${encodeURIComponent(HUB)}&sel=${encodeURIComponent(HUB)}`);
      await waitForDetailsOf(page, HUB);
      const counts = page.getByTestId('neighbor-counts');
      await counts.waitFor({ timeout: UI_TIMEOUT_MS });
      const typeCounts = await page
        .getByTestId('neighbor-counts-type')
        .getByTestId('neighbor-count-type')
        .evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('data-key'), b.nextElementSibling?.textContent]));
      expect(typeCounts).toEqual([
        ['Person', String(PEOPLE)],
        ['Organisation', String(ORGANISATIONS)],
      ]);
      const relationKeys = await page
        .getByTestId('neighbor-counts-relation')
        .getByTestId('neighbor-count-relation')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key')));
      expect(relationKeys).toEqual(['LINKED_TO', 'OWNS']);
      await session.screenshot('hub counts');

      await page.locator('[data-testid="neighbor-count-type"][data-key="Organisation"]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('xt'), { timeout: UI_TIMEOUT_MS }).toBe('Organisation');
      await page.getByTestId('expand-button').click();
      await expect.poll(async () => (await cyNodeIds(page)).length, { timeout: UI_TIMEOUT_MS }).toBe(ORGANISATIONS + 1);
      const onCanvas = await cyNodeIds(page);
      expect(onCanvas.filter((id) => id.startsWith('person:'))).toEqual([]);
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});

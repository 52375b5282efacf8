// End to end: the Paths tab finds how two entities are connected, draws the paths on the canvas, and says so when nothing connects them.
import { describe, expect, it } from 'vitest';
import { PathsResponseSchema, type PathsResponse } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyClassMembers, cyNodeIds, pathText, pickEntity, waitForCanvas } from './explorer-page.ts';
import { asQuote } from '../support/evidence.ts';

const RUBEN = 'person:ruben-vardanyan';
const PASHINYAN = 'person:nikol-pashinyan';
const MIJATOVIC = 'person:dunja-mijatovic';

function normalise(text: string | null): string {
  return (text ?? '').replace(/[“”]/g, '').replace(/\s+/g, ' ').trim();
}

async function fetchPaths(baseUrl: string, query: string): Promise<PathsResponse> {
  const response = await call(baseUrl, `/api/paths?${query}`);
  expect(response.status).toBe(200);
  return PathsResponseSchema.parse(response.body);
}

describe('finding the paths between two entities', () => {
  const explorer = useExplorer();

  it('lists each path from Ruben Vardanyan to Nikol Pashinyan, highlights them on the canvas and shows a step’s evidence', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const expected = await fetchPaths(baseUrl, `from=${RUBEN}&to=${PASHINYAN}`);
    expect(expected.paths.length).toBeGreaterThan(0);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('tab-paths').click();
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('path-run').isDisabled()).toBe(true);

      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'vardan', entityId: RUBEN });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'pashin', entityId: PASHINYAN });
      expect(await page.getByTestId('path-from-value').getAttribute('data-entity-id')).toBe(RUBEN);
      expect(await page.getByTestId('path-to-value').getAttribute('data-entity-id')).toBe(PASHINYAN);
      await session.screenshot('ends picked');

      await page.getByTestId('path-run').click();
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await waitForCanvas(page, { minNodes: 2 });
      const results = page.getByTestId('path-result');
      expect(await results.count()).toBe(expected.paths.length);
      for (let i = 0; i < expected.paths.length; i++) {
        const text = await pathText(results.nth(i));
        expect(text.startsWith('Ruben Vardanyan —'), text).toBe(true);
        expect(text.endsWith('→ Nikol Pashinyan'), text).toBe(true);
        expect(await results.nth(i).getAttribute('data-length')).toBe(String(expected.paths[i]?.length));
      }

      // Every node and relation of every path is on the canvas, drawn as on the path; nothing else is.
      const pathNodeIds = [...new Set(expected.paths.flatMap((p) => p.nodeIds))].sort();
      const pathEdgeIds = [...new Set(expected.paths.flatMap((p) => p.edgeIds))].sort();
      const onCanvas = await cyNodeIds(page);
      for (const id of pathNodeIds) expect(onCanvas).toContain(id);
      const onPath = await cyClassMembers(page, 'on-path');
      expect(onPath.nodes).toEqual(pathNodeIds);
      expect(onPath.edges).toEqual(pathEdgeIds);
      const offPath = await cyClassMembers(page, 'off-path');
      expect(offPath.nodes.length).toBe(offPath.totalNodes - pathNodeIds.length);
      await session.screenshot('paths found and highlighted');

      const firstPath = expected.paths[0];
      const firstEdge = firstPath?.edges.find((e) => e.id === firstPath.edgeIds[0]);
      if (!firstEdge) throw new Error('the first path has no first relation');
      const step = results.first().locator(`[data-testid="path-step"][data-edge-id="${firstEdge.id}"]`);
      const toggle = step.getByTestId('path-step-evidence-toggle');
      expect(await step.getByTestId('path-step-evidence').count()).toBe(0);
      await toggle.click();
      await step.getByTestId('path-step-evidence').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const quotes = step.getByTestId('evidence-quote');
      expect(await quotes.count()).toBe(firstEdge.evidence.length);
      expect(normalise(await quotes.first().textContent())).toBe(normalise(asQuote(firstEdge.evidence[0])?.quote ?? null));
      await session.screenshot('first step evidence open');

      // Choosing one path highlights it alone.
      const last = expected.paths.length - 1;
      const lastPath = expected.paths[last];
      if (!lastPath) throw new Error('no last path');
      await results.nth(last).getByTestId('path-text').click();
      await expect
        .poll(async () => (await cyClassMembers(page, 'on-path')).nodes, { timeout: UI_TIMEOUT_MS })
        .toEqual([...new Set(lastPath.nodeIds)].sort());
      expect(await results.nth(last).getByTestId('path-text').getAttribute('aria-pressed')).toBe('true');
      await session.screenshot('one path singled out');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('says there is no connection when two entities are further apart than the hops allowed', async ({ task }) => {
    const { baseUrl } = explorer().app;
    // The premise: one hop does not connect them, though a longer walk does.
    expect((await fetchPaths(baseUrl, `from=${RUBEN}&to=${MIJATOVIC}&maxHops=1`)).paths).toEqual([]);
    expect((await fetchPaths(baseUrl, `from=${RUBEN}&to=${MIJATOVIC}`)).paths.length).toBeGreaterThan(0);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=paths');
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'vardan', entityId: RUBEN });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'mijatov', entityId: MIJATOVIC });
      await page.getByTestId('path-max-hops').fill('1');
      expect(await page.getByTestId('path-max-hops').inputValue()).toBe('1');
      await session.screenshot('one hop asked');

      await page.getByTestId('path-run').click();
      const empty = page.getByTestId('path-empty');
      await empty.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(normalise(await empty.textContent())).toBe('No connection within 1 hop.');
      expect(await page.getByTestId('path-result').count()).toBe(0);
      expect((await cyClassMembers(page, 'on-path')).nodes).toEqual([]);
      await session.screenshot('no connection');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});

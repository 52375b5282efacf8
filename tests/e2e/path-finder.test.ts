// End to end: the Paths tab finds how two entities are connected, draws the paths on the canvas, keeps only paths in time
// order when asked and says why each is, and says so when nothing connects them.
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
const OFFENSIVE = 'event:2023-azerbaijani-offensive';
const ARREST = 'event:2023-arrest-of-ruben-vardanyan';

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

  it('finds paths in time order from the 2023 offensive to the arrest of Ruben Vardanyan and says why each is in order', async ({
    task,
  }) => {
    const { baseUrl } = explorer().app;
    const expected = await fetchPaths(baseUrl, `from=${OFFENSIVE}&to=${ARREST}&timeOrdered=true`);
    // The premise: a path in order whose arrest (27 Sep) comes after the offensive (19 Sep), through an undated step.
    const first = expected.paths[0];
    const steps = first?.timeOrder?.steps ?? [];
    expect(steps.some((s) => s.undated)).toBe(true);
    expect(steps.some((s) => s.follows?.order === 'after')).toBe(true);
    const search = expected.timeOrder;
    if (!first || !search) throw new Error('the premise failed: no path in time order, or no account of the search');

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=paths');
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'offensive', entityId: OFFENSIVE });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'arrest of ruben', entityId: ARREST });
      await page.getByTestId('path-time-ordered').check();
      await session.screenshot('time order asked');

      await page.getByTestId('path-run').click();
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      const summary = page.getByTestId('path-time-order-summary');
      expect(await summary.getAttribute('data-end')).toBe(search.end);
      const said = normalise(await summary.textContent());
      expect(said).toContain('in time order');
      // Only a search that read every path may say so; any other says what it did not check.
      if (search.end === 'all') expect(said).toContain('within the hops allowed');
      else expect(said).toMatch(/(longer|other) paths were not checked/i);

      const results = page.getByTestId('path-result');
      expect(await results.count()).toBe(expected.paths.length);
      for (let i = 0; i < expected.paths.length; i++) {
        const timed = expected.paths[i]?.timeOrder?.steps ?? [];
        const shown = results.nth(i).getByTestId('path-time-step');
        expect(await shown.count()).toBe(timed.length);
        for (let j = 0; j < timed.length; j++) {
          const step = shown.nth(j);
          expect(await step.getAttribute('data-edge-id')).toBe(timed[j]?.edgeId);
          expect(await step.getAttribute('data-undated')).toBe(String(timed[j]?.undated));
          expect(await step.getAttribute('data-order')).toBe(timed[j]?.follows?.order ?? null);
        }
      }

      const firstSteps = results.first().getByTestId('path-time-step');
      const after = steps.findIndex((s) => s.follows?.order === 'after');
      const undated = steps.findIndex((s) => s.undated);
      expect(normalise(await firstSteps.nth(after).textContent())).toMatch(/, 27 Sep 2023 → after step 1 \(19 Sep 2023\)$/);
      expect(normalise(await firstSteps.nth(undated).textContent())).toMatch(/, undated: fits anywhere in time$/);
      await expect.poll(() => new URL(page.url()).searchParams.get('po'), { timeout: UI_TIMEOUT_MS }).toBe('1');
      await results.first().getByTestId('path-time-order').scrollIntoViewIfNeeded();
      await session.screenshot('paths in time order explained');

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

      // Nothing found going round hubs: one click asks again through them, and the form says so.
      const again = page.waitForResponse((r) => r.url().includes('/api/paths?') && r.url().includes('throughHubs=true'), {
        timeout: UI_TIMEOUT_MS,
      });
      await page.getByTestId('path-retry-through-hubs').click();
      expect(PathsResponseSchema.parse(await (await again).json()).hubDegree).toBeUndefined();
      await expect.poll(() => page.getByTestId('path-through-hubs').isChecked(), { timeout: UI_TIMEOUT_MS }).toBe(true);
      await page.getByTestId('path-empty').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('path-retry-through-hubs').count()).toBe(0);

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
  it('finds the paths that go around an entity the user excludes ("not through"), and a link keeps it', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const direct = await fetchPaths(baseUrl, `from=${RUBEN}&to=${PASHINYAN}`);
    // The hub: the entity most of the paths pass through.
    const through = new Map<string, number>();
    for (const path of direct.paths) for (const id of path.nodeIds.slice(1, -1)) through.set(id, (through.get(id) ?? 0) + 1);
    const [hubId] = [...through.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const hub = direct.paths.flatMap((p) => p.nodes).find((n) => n.id === hubId);
    if (!hub) throw new Error('the paths from Ruben Vardanyan to Nikol Pashinyan pass through nobody');
    const around = await fetchPaths(baseUrl, `from=${RUBEN}&to=${PASHINYAN}&exclude=${hub.id}`);
    expect(around.paths.length).toBeGreaterThan(0);
    expect(around.paths.some((p) => p.nodeIds.includes(hub.id))).toBe(false);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=paths');
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'vardan', entityId: RUBEN });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'pashin', entityId: PASHINYAN });
      await pickEntity(page, { input: 'path-exclude-input', option: 'path-exclude-option', text: hub.name, entityId: hub.id });
      expect(await page.getByTestId('path-exclude-chip').getAttribute('data-entity-id')).toBe(hub.id);
      await page.getByTestId('path-run').click();
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      const results = page.getByTestId('path-result');
      await expect.poll(() => results.count(), { timeout: UI_TIMEOUT_MS }).toBe(around.paths.length);
      for (let i = 0; i < around.paths.length; i++) {
        expect(await pathText(results.nth(i))).not.toContain(hub.name);
      }
      await expect.poll(() => page.url(), { timeout: UI_TIMEOUT_MS }).toContain(`px=${hub.id}`);
      await session.screenshot('paths around the hub');

      await page.reload();
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => page.getByTestId('path-result').count(), { timeout: UI_TIMEOUT_MS }).toBe(around.paths.length);
      expect(await page.getByTestId('path-exclude-chip').getAttribute('data-entity-id')).toBe(hub.id);

      // The server's cap on hubs, as it reported it; asked to go through hubs, the search says no cap, and so does the link.
      expect(around.hubDegree).toBeGreaterThan(0);
      expect(normalise(await page.getByTestId('path-hub-cap').textContent())).toContain(
        `more than ${(around.hubDegree ?? 0).toLocaleString('en')} relations`,
      );
      await page.getByTestId('path-through-hubs').check();
      const answered = page.waitForResponse((r) => r.url().includes('/api/paths?') && r.url().includes('throughHubs=true'), {
        timeout: UI_TIMEOUT_MS,
      });
      await page.getByTestId('path-run').click();
      const throughHubs = PathsResponseSchema.parse(await (await answered).json());
      expect(throughHubs.hubDegree).toBeUndefined();
      await expect.poll(() => page.getByTestId('path-loading').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('path-hub-cap').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('ph')).toBe('1');
      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});

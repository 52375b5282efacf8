// End to end: the Cypher console runs a read query with Ctrl+Enter, puts its graph on the canvas, and refuses a write without changing the graph.
import { describe, expect, it } from 'vitest';
import { CypherResponseSchema, ErrorBodySchema } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { countGraph } from '../support/graph-counts.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyNodeIds, readCanvas, waitForCanvas } from './explorer-page.ts';

const READ_QUERY = "MATCH (p:Person {id: 'person:ruben-vardanyan'})-[r]-(o)\nWHERE NOT o:Document\nRETURN p, r, o";
const INTRUDER = 'person:e2e-intruder';
const WRITE_QUERY = `CREATE (n:Person {id: '${INTRUDER}', name: 'E2E Intruder'})\nRETURN n`;

describe('the Cypher console', () => {
  const explorer = useExplorer();

  it('runs a read query with Ctrl+Enter, lists its rows and puts its nodes and relations on the canvas', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const expected = CypherResponseSchema.parse((await call(baseUrl, '/api/cypher', { body: { query: READ_QUERY } })).body);
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(expected.graph.edges.length).toBeGreaterThan(0);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/');
      await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('clear-canvas').click();
      await page.getByTestId('canvas-empty').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.getByTestId('tab-cypher').click();
      const editor = page.getByTestId('cypher-editor');
      await editor.fill(READ_QUERY);
      await session.screenshot('query typed');

      await editor.press('Control+Enter');
      const results = page.getByTestId('cypher-results');
      await results.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await results.getAttribute('data-row-count')).toBe(String(expected.rows.length));
      expect(await page.getByTestId('cypher-row').count()).toBe(expected.rows.length);
      const firstColumn = await page.locator('[data-testid="cypher-row"] td:first-child').allTextContents();
      expect(firstColumn.every((cell) => cell.includes('Ruben Vardanyan'))).toBe(true);
      await session.screenshot('rows listed');

      await page.getByTestId('cypher-to-canvas').click();
      const settled = await waitForCanvas(page, { nodes: expected.graph.nodes.length });
      expect(settled.edgeCount).toBe(expected.graph.edges.length);
      expect(await cyNodeIds(page)).toEqual(expected.graph.nodes.map((n) => n.id).sort());
      await session.screenshot('result on canvas');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('refuses a CREATE with WRITE_FORBIDDEN and leaves the graph as it was', async ({ task }) => {
    const { baseUrl, client } = explorer().app;
    const before = await countGraph(client);
    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=cypher');
      await waitForCanvas(page, { minNodes: 1 });
      const canvasBefore = await readCanvas(page);
      const editor = page.getByTestId('cypher-editor');
      await editor.fill(WRITE_QUERY);
      await editor.press('Control+Enter');
      const error = page.getByTestId('cypher-error');
      await error.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await error.getAttribute('data-code')).toBe('WRITE_FORBIDDEN');
      expect(await page.getByTestId('cypher-results').count()).toBe(0);
      expect((await readCanvas(page)).nodeCount).toBe(canvasBefore.nodeCount);
      await session.screenshot('write refused');

      expect(await countGraph(client)).toEqual(before);
      const lookup = await call(baseUrl, `/api/entities/${INTRUDER}`);
      expect(lookup.status).toBe(404);
      expect(ErrorBodySchema.parse(lookup.body).error.code).toBe('ENTITY_NOT_FOUND');
      expect(session.problems([{ method: 'POST', path: '/api/cypher', status: 403 }])).toEqual(NO_PROBLEMS);
      // The refusal itself was seen: the page's one failed request is that POST.
      expect(session.problems().failedApiRequests).toEqual([{ method: 'POST', path: '/api/cypher', status: 403 }]);
    } finally {
      await session.close();
    }
  });
});

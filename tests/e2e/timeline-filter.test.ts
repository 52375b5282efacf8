// End to end: a timeline range dims, then hides, exactly the events and relations dated outside it, and clearing it restores the canvas.
import { describe, expect, it } from 'vitest';
import { MAX_RELATIONS, RelationsResponseSchema, dayRange, overlaps, type GraphEdge, type GraphNode } from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, cyClassMembers, cyElementIds, cyVisibleNodeIds, readCanvas, waitForCanvas } from './explorer-page.ts';

const RANGE = { from: '2023-09-19', to: '2023-09-30' };

/** Only events sit on the timeline; a person's or a place's own dates do not. */
function nodeDays(node: GraphNode): { from: string; to: string } | null {
  return node.type === 'Event' ? dayRange(node.startDate, node.endDate) : null;
}

/** A relation's days as the API derives them, the same ones its who-did-what date filter uses. */
function edgeDays(edge: GraphEdge): { from: string; to: string } | null {
  return dayRange(edge.dateFrom, edge.dateTo);
}

/** Dated neither by itself nor by its evidence: only an Event at one of its ends gives it days. */
function isDatedOnlyByEvent(edge: GraphEdge): boolean {
  return (
    edge.startDate === undefined &&
    edge.endDate === undefined &&
    edge.evidence.every((e) => e.date === undefined) &&
    edge.dateFrom !== undefined
  );
}

function recordOf<T>(records: ReadonlyMap<string, T>, id: string): T {
  const record = records.get(id);
  if (record === undefined) throw new Error(`'${id}' is on the canvas but not among the API's relations`);
  return record;
}

function isOutside(days: { from: string; to: string } | null): boolean {
  return days !== null && !overlaps(days, RANGE);
}

describe('the timeline filter', () => {
  const explorer = useExplorer();

  it('dims what is dated outside 19–30 September 2023, hides it on request, and restores everything when cleared', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const relations = RelationsResponseSchema.parse((await call(baseUrl, `/api/relations?limit=${MAX_RELATIONS}`)).body);
    const nodesById = new Map<string, GraphNode>();
    const edgesById = new Map<string, GraphEdge>();
    for (const triple of relations.triples) {
      nodesById.set(triple.subject.id, triple.subject);
      nodesById.set(triple.object.id, triple.object);
      edgesById.set(triple.relation.id, triple.relation);
    }

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto('/?panel=timeline');
      const overview = await waitForCanvas(page, { minNodes: 1 });
      await page.getByTestId('timeline-histogram').waitFor({ timeout: UI_TIMEOUT_MS });
      const before = await cyClassMembers(page, 'out-of-range');
      expect(before.nodes).toEqual([]);
      expect(before.edges).toEqual([]);
      expect(overview.visibleNodeCount).toBe(overview.nodeCount);
      await session.screenshot('overview with no range');

      // What the API's own dates say should fall outside, for exactly what the overview put on the canvas.
      const onCanvas = await cyElementIds(page);
      const expectedNodes = onCanvas.nodes.filter((id) => isOutside(nodeDays(recordOf(nodesById, id))));
      const expectedEdges = onCanvas.edges.filter((id) => isOutside(edgeDays(recordOf(edgesById, id))));
      // The premise: the overview holds something on each side of the line, or the test would prove nothing.
      expect(expectedNodes.length).toBeGreaterThan(0);
      expect(expectedEdges.length).toBeGreaterThan(0);
      expect(expectedNodes.length).toBeLessThan(onCanvas.nodes.length);
      expect(expectedNodes).toContain('event:1994-ceasefire');
      expect(expectedNodes).not.toContain('event:2023-azerbaijani-offensive');
      // Relations dated only through an Event at either end are placed by the same rule as the API's date filter.
      expect(expectedEdges.some((id) => isDatedOnlyByEvent(recordOf(edgesById, id)))).toBe(true);

      await page.getByTestId('timeline-from').fill(RANGE.from);
      await page.getByTestId('timeline-to').fill(RANGE.to);
      await expect
        .poll(async () => cyClassMembers(page, 'out-of-range'), { timeout: UI_TIMEOUT_MS })
        .toMatchObject({ nodes: expectedNodes, edges: expectedEdges });
      const summary = page.getByTestId('timeline-summary');
      expect(await summary.getAttribute('data-outside')).toBe(String(expectedNodes.length + expectedEdges.length));
      // Dimmed, not hidden: every node is still drawn.
      expect(await cyVisibleNodeIds(page)).toEqual(onCanvas.nodes);
      expect((await readCanvas(page)).visibleNodeCount).toBe(onCanvas.nodes.length);
      await session.screenshot('outside the range dimmed');

      await page.getByTestId('timeline-hide-toggle').check();
      const hidden = await waitForCanvas(page, { visibleNodes: onCanvas.nodes.length - expectedNodes.length });
      expect(hidden.nodeCount).toBe(onCanvas.nodes.length);
      expect(await cyVisibleNodeIds(page)).toEqual(onCanvas.nodes.filter((id) => !expectedNodes.includes(id)));
      const timelineHidden = await cyClassMembers(page, 'timeline-hidden');
      expect(timelineHidden.nodes).toEqual(expectedNodes);
      expect(timelineHidden.edges).toEqual(expectedEdges);
      expect((await cyClassMembers(page, 'out-of-range')).nodes).toEqual([]);
      expect(page.url()).toContain('tm=hide');
      await session.screenshot('outside the range hidden');

      await page.getByTestId('timeline-reset').click();
      const restored = await waitForCanvas(page, { visibleNodes: onCanvas.nodes.length });
      expect(restored.nodeCount).toBe(onCanvas.nodes.length);
      expect(await cyVisibleNodeIds(page)).toEqual(onCanvas.nodes);
      expect(await cyClassMembers(page, 'timeline-hidden')).toMatchObject({ nodes: [], edges: [] });
      expect(await cyClassMembers(page, 'out-of-range')).toMatchObject({ nodes: [], edges: [] });
      expect(await page.getByTestId('timeline-from').inputValue()).toBe('');
      expect(await page.getByTestId('timeline-to').inputValue()).toBe('');
      expect(await summary.getAttribute('data-outside')).toBe('0');
      await session.screenshot('range cleared');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});

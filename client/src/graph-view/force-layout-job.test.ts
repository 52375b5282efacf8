import { describe, expect, it } from 'vitest';
import { computeForceLayout, type ForceLayoutJob } from './force-layout-job.ts';

/** A ring of `count` boxes with a chord every fifth node, all starting on one point (as a fresh canvas's nodes do). */
function ringJob(count: number, overrides: Partial<ForceLayoutJob['settings']> = {}): ForceLayoutJob {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, x: 0, y: 0, w: 40, h: 60 }));
  const edges = nodes.map((node, i) => ({ id: `e${i}`, source: node.id, target: `n${(i + 1) % count}` }));
  for (let i = 0; i < count; i += 5) edges.push({ id: `c${i}`, source: `n${i}`, target: `n${(i + count / 2) % count}` });
  return {
    seq: 7,
    nodes,
    edges,
    settings: { name: 'fcose', quality: 'default', randomize: true, idealEdgeLength: 90, nodeRepulsion: 9000, ...overrides },
  };
}

function positionsOf(job: ForceLayoutJob) {
  const outcome = computeForceLayout(job);
  if ('error' in outcome) throw new Error(outcome.error);
  expect(outcome.seq).toBe(job.seq);
  return outcome.positions;
}

describe('computeForceLayout', () => {
  it('gives every node a finite position, and spreads nodes that all started on one point', () => {
    const job = ringJob(40);
    const positions = positionsOf(job);
    expect(Object.keys(positions).sort()).toEqual(job.nodes.map((n) => n.id).sort());
    const points = Object.values(positions);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(200);
  });

  it('keeps related nodes nearer each other than unrelated ones', () => {
    const positions = positionsOf(ringJob(40));
    const distance = (a: string, b: string) => {
      const p = positions[a];
      const q = positions[b];
      if (!p || !q) throw new Error(`no position for ${a} or ${b}`);
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    // n1 and n2 are neighbours on the ring; n1 and n11 are ten steps apart, with no chord between them.
    expect(distance('n1', 'n2')).toBeLessThan(distance('n1', 'n11'));
  });

  it('holds a node the request fixes where the request says', () => {
    const positions = positionsOf(ringJob(30, { fixedNodeConstraint: [{ nodeId: 'n3', position: { x: 500, y: -250 } }] }));
    expect(positions.n3?.x).toBeCloseTo(500, 0);
    expect(positions.n3?.y).toBeCloseTo(-250, 0);
  });

  it('reports a job it cannot lay out as an error instead of throwing', () => {
    const job = ringJob(5);
    job.edges.push({ id: 'dangling', source: 'n0', target: 'nowhere' });
    const outcome = computeForceLayout(job);
    expect(outcome).toMatchObject({ seq: job.seq, error: expect.any(String) });
  });
});

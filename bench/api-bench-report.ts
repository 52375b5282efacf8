// The API benchmark's results and how they read as Markdown: one table row per graph and scenario, API beside direct.
import type { MachineFacts } from './artifacts.ts';
import type { GraphShape } from './graph-shape.ts';
import { formatMs, type LatencyStats } from './latency-stats.ts';
import type { ScenarioKind } from './scenarios.ts';

export type Side =
  | {
      ok: true;
      stats: LatencyStats;
      stoppedEarly: boolean;
      /** Requests refused (a 504 at the deadline), timed among the samples. */
      failed: number;
      /** The first refusal's message, kept in the JSON results. */
      firstError?: string;
    }
  | { ok: false; error: string };

export interface ScenarioResult {
  graph: string;
  scenario: string;
  kind: ScenarioKind;
  distinctRequests: number;
  /** Mean results, edges or paths per response: what the latency paid for. */
  meanRows: number;
  disagreements: string[];
  api: Side;
  direct: Side;
  /** API median over direct median: 1.0 means the HTTP layer costs nothing. */
  ratioP50: number | null;
}

export interface GraphReport {
  graph: string;
  neo4j: string;
  counts: GraphShape['counts'];
  degree: GraphShape['degree'];
  generateMs?: number;
  loadMs: number;
  results: ScenarioResult[];
}

function sideCells(side: Side): string[] {
  if (!side.ok) return [`failed: ${side.error}`, '', '', ''];
  const mark = side.stoppedEarly ? '*' : '';
  const failed = side.failed > 0 ? ` (${side.failed} failed)` : '';
  return [
    `${formatMs(side.stats.p50)}${mark}`,
    formatMs(side.stats.p95),
    `${formatMs(side.stats.p99)}${failed}`,
    formatMs(side.stats.mean),
  ];
}

function resultsTable(reports: readonly GraphReport[]): string {
  const lines = [
    '| graph | scenario | n (API / direct) | API p50 | API p95 | API p99 | API mean | direct p50 | direct p95 | direct p99 | direct mean | API/direct p50 | rows/resp |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const report of reports) {
    for (const r of report.results) {
      const n = `${r.api.ok ? r.api.stats.n : 0} / ${r.direct.ok ? r.direct.stats.n : 0}`;
      const ratio = r.ratioP50 === null ? '–' : `${r.ratioP50.toFixed(2)}×`;
      lines.push(
        `| ${r.graph} | ${r.scenario} | ${n} | ${[...sideCells(r.api), ...sideCells(r.direct)].join(' | ')} | ${ratio} | ${r.meanRows} |`,
      );
    }
  }
  return lines.join('\n');
}

export function reportMarkdown(reports: readonly GraphReport[], machine: MachineFacts, settings: Record<string, unknown>): string {
  const graphs = reports.map((r) => {
    const load = r.generateMs === undefined ? '' : `generated in ${(r.generateMs / 1000).toFixed(1)} s, `;
    return (
      `- **${r.graph}**: ${r.counts.entities} entities, ${r.counts.relations} relations, ${r.counts.documents} documents, ${r.counts.mentions} mentions; ` +
      `degree p50 ${r.degree.p50}, p99 ${r.degree.p99}, max ${r.degree.max}; ${load}loaded in ${(r.loadMs / 1000).toFixed(1)} s (Neo4j ${r.neo4j})`
    );
  });
  const disagreements = reports.flatMap((r) => r.results.flatMap((s) => s.disagreements.map((d) => `- ${r.graph} / ${s.scenario}: ${d}`)));
  return [
    '# API latency benchmark',
    '',
    `Latencies in ms, sequential requests. "API" is a GET over HTTP keep-alive to the in-process app (routing, zod validation, service, JSON) with the body read;`,
    `"direct" is the same graph-layer calls (same Cypher, same parameters, same GraphClient) without HTTP; the two alternate request by request. * = stopped at the time budget, see n.`,
    '',
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, load average at start ${machine.loadAverage1m}.`,
    `Settings: ${JSON.stringify(settings)}`,
    '',
    ...graphs,
    '',
    resultsTable(reports),
    '',
    ...(disagreements.length > 0 ? ['## API and direct disagreed', '', ...disagreements, ''] : []),
  ].join('\n');
}

// The import benchmark's result file and its Markdown tables: medians over runs, ratios against the plain baseline.
import type { MachineFacts } from './artifacts.ts';
import { median } from './latency-stats.ts';

export interface ImportRun {
  /** Wall time of the write (for the bulk importer: the tool's run, its JVM's start included). */
  ms: number;
  phases: Record<string, number>;
  /** Bulk importer only: import, then Neo4j started on the store and the schema built, ready to serve. */
  readyMs?: number;
  jvmPeakRssBytes: number;
  importerPeakRssBytes?: number;
  /** This process's peak so far: it holds the whole data set in memory from the first live run on. */
  nodePeakRssBytes: number;
  load1m: number;
}

export interface DemoRun {
  /** Reading and checking the files, no database. */
  readMs: number;
  schemaMs: number;
  /** The first load on a new JVM, schema in place: every query is planned for the first time. */
  firstMs: number;
  /** The same data set again: everything it writes is there already. */
  reimportMs: number;
  /** After its removal, on the same JVM: an empty graph and plans already compiled. */
  reloadMs: number;
  load1m: number;
}

export interface ImportBenchResults {
  machine: MachineFacts;
  settings: Record<string, string | number>;
  counts: { documents: number; entities: number; relations: number; evidence: number; mentions: number };
  demo: DemoRun[];
  bulk: ImportRun[];
  baseline: ImportRun[];
  /** Ids and types only, no index but the id constraints: the ceiling of any Cypher writer here. */
  bare: ImportRun[];
  /** Into an empty database: the loader CREATEs. */
  loader: ImportRun[];
  /** Into a database holding the demo: the loader MERGEs. */
  loaderShared: ImportRun[];
}

const thousands = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) : '–');
const mib = (bytes: number) => (bytes > 0 ? thousands(bytes / 2 ** 20) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
const loads = (runs: readonly { load1m: number }[]) => runs.map((r) => r.load1m.toFixed(1)).join(', ');

function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.NaN;
}

function medianOf(runs: readonly ImportRun[], pick: (run: ImportRun) => number | undefined): number {
  return median(runs.map(pick).filter((v): v is number => v !== undefined));
}

export function reportMarkdown(r: ImportBenchResults): string {
  const { relations } = r.counts;
  const lines: string[] = [];
  lines.push(
    `# Import benchmark`,
    '',
    `${thousands(r.counts.entities)} entities, ${thousands(relations)} relations, ${thousands(r.counts.mentions)} mentions, ${r.counts.documents} documents. ` +
      `${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}. Medians; load averages (1 min) at the start of each run.`,
    '',
  );

  const baselineMs = medianOf(r.baseline, (run) => run.ms);
  const baselineRate = perSecond(relations, baselineMs);
  if (r.bulk.length > 0) {
    const importMs = medianOf(r.bulk, (run) => run.ms);
    const readyMs = medianOf(r.bulk, (run) => run.readyMs);
    lines.push(
      '## New database: neo4j-admin database import full',
      '',
      '| runs | import s | relations/s | vs baseline | start + schema s | ready s | relations/s to ready | importer peak RSS MiB | Neo4j peak RSS MiB | load |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- |',
      `| ${r.bulk.length} | ${seconds(importMs)} | ${thousands(perSecond(relations, importMs))} | ${ratio(perSecond(relations, importMs), baselineRate)} | ` +
        `${seconds(readyMs - importMs)} | ${seconds(readyMs)} | ${thousands(perSecond(relations, readyMs))} | ` +
        `${mib(medianOf(r.bulk, (run) => run.importerPeakRssBytes))} | ${mib(medianOf(r.bulk, (run) => run.jvmPeakRssBytes))} | ${loads(r.bulk)} |`,
      '',
    );
  }

  const sides = [
    { name: 'baseline: plain UNWIND CREATE, 10,000 rows, one at a time', runs: r.baseline },
    { name: 'ceiling: the same CREATEs with ids and types only, no index but the ids', runs: r.bare },
    { name: 'loader (writeDataset), empty database: CREATE', runs: r.loader },
    { name: 'loader (writeDataset), database holding the demo: MERGE', runs: r.loaderShared },
  ].filter((side) => side.runs.length > 0);
  if (sides.length > 0) {
    lines.push(
      '## Live database: Cypher through the driver',
      '',
      '| writer | runs | total s | relations/s | vs baseline | relation phase s | relations/s in it | Neo4j peak RSS MiB | Node peak RSS MiB | load |',
      '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- |',
    );
    for (const side of sides) {
      const ms = medianOf(side.runs, (run) => run.ms);
      const relationMs = medianOf(side.runs, (run) => run.phases['relations']);
      lines.push(
        `| ${side.name} | ${side.runs.length} | ${seconds(ms)} | ${thousands(perSecond(relations, ms))} | ${ratio(perSecond(relations, ms), baselineRate)} | ` +
          `${seconds(relationMs)} | ${thousands(perSecond(relations, relationMs))} | ${mib(medianOf(side.runs, (run) => run.jvmPeakRssBytes))} | ` +
          `${mib(medianOf(side.runs, (run) => run.nodePeakRssBytes))} | ${loads(side.runs)} |`,
      );
    }
    lines.push('', 'Phases (median s):', '');
    for (const side of sides) {
      const names = Object.keys(side.runs[0]?.phases ?? {});
      lines.push(`- ${side.name}: ${names.map((name) => `${name} ${seconds(medianOf(side.runs, (run) => run.phases[name]))}`).join(', ')}`);
    }
    lines.push('');
  }

  if (r.demo.length > 0) {
    const m = (pick: (run: DemoRun) => number) => seconds(median(r.demo.map(pick)));
    lines.push(
      '## The demo data set (5 documents)',
      '',
      '| runs | read and check s | schema s | first load, new JVM s | reimport s | load after removal s | load |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | :--- |',
      `| ${r.demo.length} | ${m((d) => d.readMs)} | ${m((d) => d.schemaMs)} | ${m((d) => d.firstMs)} | ${m((d) => d.reimportMs)} | ${m((d) => d.reloadMs)} | ${loads(r.demo)} |`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

// `npm run bench:paths-simple`: what keeping only simple paths (no entity twice) costs, side by side in one process on a
// generated graph. Before: `SHORTEST k` trails, as the paths query ran until loops were filtered out. After:
// findShortestPaths, which reads k × SIMPLE_PATH_OVERFETCH walks and keeps the first k that visit no entity twice.
// Random pairs and pairs next to the biggest hubs, each case running the same pair in a round.
import type { Path as DriverPath } from 'neo4j-driver';
import { DEFAULT_PATH_HOPS, DEFAULT_PATHS } from '@kgx/contract';
import { int } from '../server/src/graph/client.ts';
import { relationTypeAlternation } from '../server/src/graph/identifiers.ts';
import { findShortestPaths } from '../server/src/graph/paths.ts';
import { pathParts } from '../server/src/graph/records.ts';
import { benchOnGeneratedGraph, runSideBySide, type BenchCase } from './side-by-side.ts';

const TRAILS = (k: number, maxHops: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${k} (a)-[:${relationTypeAlternation([])}]-{1,${maxHops}}(b)
RETURN p
ORDER BY length(p)`;

const RANDOM_PAIRS = `
MATCH (e:Entity) WITH e ORDER BY rand() LIMIT $n
WITH collect(e.id) AS ids
UNWIND range(0, size(ids) - 2, 2) AS i
RETURN ids[i] AS from, ids[i + 1] AS to`;

/** A neighbour of one of the biggest hubs, to a random entity: the walks that must cross a hub. */
const HUB_PAIRS = `
MATCH (h:Entity) WITH h ORDER BY h.degree DESC LIMIT 5
CALL (h) { MATCH (h)--(n:Entity) RETURN n ORDER BY rand() LIMIT 4 }
MATCH (x:Entity) WITH n, x ORDER BY rand() LIMIT $n
RETURN n.id AS from, x.id AS to`;

benchOnGeneratedGraph({ pairs: '20' }, async ({ db, rounds, header, values }) => {
  const n = Number(values['pairs']);
  const read = async (query: string) =>
    (await db.client.read((tx) => tx.run(query, { n: int(n * 2) }))).records.map((r) => ({
      from: r.get('from') as string,
      to: r.get('to') as string,
    }));
  const sets = { random: (await read(RANDOM_PAIRS)).slice(0, n), 'hub-adjacent': (await read(HUB_PAIRS)).slice(0, n) };
  const k = DEFAULT_PATHS;
  const maxHops = DEFAULT_PATH_HOPS;
  const lengths = { before: 0, after: 0, loops: 0 };
  const cases: BenchCase[] = [];
  for (const [name, pairs] of Object.entries(sets)) {
    if (pairs.length === 0) throw new Error(`no ${name} pairs in the generated graph`);
    const turn = { before: 0, after: 0 };
    cases.push(
      [
        `${name}: SHORTEST ${k} trails (before)`,
        async () => {
          const pair = pairs[turn.before++ % pairs.length]!;
          const result = await db.client.read((tx) => tx.run(TRAILS(k, maxHops), pair));
          // The same conversion findShortestPaths makes, so both sides pay it.
          for (const record of result.records) pathParts(record.get('p') as DriverPath);
          lengths.before += result.records.length;
          lengths.loops += result.records.filter((r) => {
            const path = r.get('p') as { start: { elementId: string }; segments: { end: { elementId: string } }[] };
            const ids = [path.start.elementId, ...path.segments.map((s) => s.end.elementId)];
            return new Set(ids).size !== ids.length;
          }).length;
        },
      ],
      [
        `${name}: findShortestPaths, simple paths (after)`,
        async () => {
          const pair = pairs[turn.after++ % pairs.length]!;
          lengths.after += (await findShortestPaths(db.client, { ...pair, k, maxHops, relation: undefined })).length;
        },
      ],
    );
  }
  const measured = await runSideBySide(cases, rounds);
  console.log(`\n${header()}, k ${k}, maxHops ${maxHops}, ${n} pairs per kind\n`);
  console.log(measured.table());
  const ratio = (i: number) => (measured.p50(cases[i + 1]![0]) / measured.p50(cases[i]![0])).toFixed(2);
  console.log(`\nratios (p50, after ÷ before): random ${ratio(0)}x; hub-adjacent ${ratio(2)}x`);
  console.log(`paths returned: before ${lengths.before} (of which ${lengths.loops} visit an entity twice), after ${lengths.after}`);
});

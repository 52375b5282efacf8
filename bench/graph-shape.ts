// Degrees and adjacency of a prepared data set, read in memory, so benchmarks can pick hubs and ordinary entities without extra queries.
import type { EntityType } from '@kgx/contract';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** Relations touching the entity, in either direction: what `n.degree` holds after a load. */
  degree: number;
}

export interface GraphShape {
  entities: EntitySummary[];
  byId: ReadonlyMap<string, EntitySummary>;
  /** Entities by degree, highest first. */
  byDegree: EntitySummary[];
  counts: { entities: number; relations: number; documents: number; mentions: number; evidence: number };
  degree: { max: number; p50: number; p90: number; p99: number; isolated: number; top: { id: string; name: string; degree: number }[] };
}

function quantileOfSorted(sortedAscending: readonly number[], q: number): number {
  if (sortedAscending.length === 0) return 0;
  return sortedAscending[Math.min(sortedAscending.length - 1, Math.floor(q * sortedAscending.length))] ?? 0;
}

export function describeGraph(dataset: PreparedDataset): GraphShape {
  const degreeById = new Map<string, number>();
  for (const rows of dataset.relationsByType.values()) {
    for (const row of rows) {
      degreeById.set(row.source, (degreeById.get(row.source) ?? 0) + 1);
      degreeById.set(row.target, (degreeById.get(row.target) ?? 0) + 1);
    }
  }
  const entities: EntitySummary[] = [];
  for (const [type, rows] of dataset.entitiesByType) {
    for (const row of rows)
      entities.push({ id: row.id, type, name: row.props.name, aliases: row.props.aliases, degree: degreeById.get(row.id) ?? 0 });
  }
  const byDegree = [...entities].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const ascending = entities.map((e) => e.degree).sort((a, b) => a - b);
  return {
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    byDegree,
    counts: { ...dataset.counts },
    degree: {
      max: byDegree[0]?.degree ?? 0,
      p50: quantileOfSorted(ascending, 0.5),
      p90: quantileOfSorted(ascending, 0.9),
      p99: quantileOfSorted(ascending, 0.99),
      isolated: entities.filter((e) => e.degree === 0).length,
      top: byDegree.slice(0, 5).map((e) => ({ id: e.id, name: e.name, degree: e.degree })),
    },
  };
}

/** Neighbour ids of the given entities only: a full adjacency of 500k relations is not needed to find hub-adjacent pairs. */
export function neighboursOf(dataset: PreparedDataset, ids: ReadonlySet<string>): Map<string, string[]> {
  const neighbours = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const rows of dataset.relationsByType.values()) {
    for (const row of rows) {
      neighbours.get(row.source)?.push(row.target);
      neighbours.get(row.target)?.push(row.source);
    }
  }
  return neighbours;
}

// The seed data set read straight from its JSON files, so integration tests derive what they expect from the data, not from the code under test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DATASET_FILES,
  EntitiesFileSchema,
  RelationsFileSchema,
  relationId,
  type EntityRecord,
  type EntityType,
  type RelationRecord,
  type RelationType,
} from '@kgx/contract';
import { SEED_DATASET_DIR } from '../../server/src/ingest/seed.ts';

export interface SeedData {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SEED_DATASET_DIR, file), 'utf8'));
}

let cached: SeedData | undefined;

export function readSeedData(): SeedData {
  cached ??= {
    entities: EntitiesFileSchema.parse(readJson(DATASET_FILES.entities)),
    relations: RelationsFileSchema.parse(readJson(DATASET_FILES.relations)),
  };
  return cached;
}

export function seedEntityType(id: string): EntityType {
  const entity = readSeedData().entities.find((e) => e.id === id);
  if (entity === undefined) throw new Error(`seed data: no entity with id '${id}'`);
  return entity.type;
}

/** Ids (as the graph stores them) of the seed relations with an end at `entityId`, optionally of the given types. */
export function seedRelationIdsTouching(entityId: string, types?: readonly RelationType[]): string[] {
  return readSeedData()
    .relations.filter((r) => (r.source === entityId || r.target === entityId) && (types === undefined || types.includes(r.type)))
    .map(relationId);
}

/** Fewest relations between two entities in the seed data, ignoring direction, using only the given types; undefined when unconnected. */
export function seedShortestHops(from: string, to: string, types: readonly RelationType[]): number | undefined {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
  };
  for (const r of readSeedData().relations) {
    if (!types.includes(r.type)) continue;
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const hops = new Map<string, number>([[from, 0]]);
  const queue = [from];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    const next = (hops.get(current) ?? 0) + 1;
    for (const neighbour of adjacent.get(current) ?? []) {
      if (hops.has(neighbour)) continue;
      if (neighbour === to) return next;
      hops.set(neighbour, next);
      queue.push(neighbour);
    }
  }
  return undefined;
}

// Builds a seeded synthetic entity graph with hubs (preferential attachment) and loads it through the real loader; run directly to see its shape.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dayRange, relationId, type RelationType } from '@kgx/contract';
import type { PreparedDataset } from '../server/src/ingest/prepare.ts';
import { writeDataset, type DatasetMeta } from '../server/src/ingest/write.ts';
import { GraphClient } from '../server/src/graph/client.ts';
import type { DocumentRow, EntityRow, MentionRow, RelationRow } from '../server/src/graph/dataset-writes.ts';
import { startThrowawayNeo4j } from '../tests/support/neo4j.ts';
import { describeGraph } from './graph-shape.ts';
import { createRandom, type Random } from './prng.ts';
import { DEMO_ID_PREFIX, ROLES, day, entityName, sentence, slug, word, type DemoEntityType } from './synthetic-text.ts';

export const DEFAULT_ENTITIES = 100_000;
export const DEFAULT_RELATIONS = 500_000;
export const DEFAULT_DOCUMENTS = 40;
export const DEFAULT_SEED = 20_240_919;

/**
 * Share of relation ends chosen in proportion to current degree (the rest uniformly). 0.7 gives a power-law tail of
 * exponent about 2.4, in the range measured on real entity and citation graphs: a few hubs with thousands of relations.
 */
export const PREFERENTIAL_SHARE = 0.7;
const SENTENCES_PER_DOCUMENT = 60;

export interface GenerateGraphOptions {
  entities: number;
  relations: number;
  documents?: number;
  seed?: number;
}

export const ENTITY_TYPE_WEIGHTS: readonly (readonly [DemoEntityType, number])[] = [
  ['Person', 35],
  ['Organisation', 20],
  ['Group', 10],
  ['Place', 20],
  ['Event', 15],
];

/** Which relations plausibly point at an entity of each type, so the generated triples read like the seed's. */
export const RELATIONS_BY_TARGET = {
  Person: ['ADVISES', 'REPRESENTS', 'DETAINED', 'ACCUSED', 'URGED', 'WARNED', 'TARGETED', 'STATED', 'NAMED_AFTER'],
  Organisation: ['MEMBER_OF', 'WORKS_FOR', 'LEADS', 'REPRESENTS', 'APPEALED_TO', 'ACCUSED', 'CALLED_FOR', 'ORDERED', 'SURRENDERED_TO'],
  Group: ['MEMBER_OF', 'LEADS', 'ASSISTED', 'TARGETED', 'URGED', 'REPORTED', 'DENIED'],
  Place: [
    'LOCATED_IN',
    'PART_OF',
    'CAPITAL_OF',
    'BORDERS',
    'CONNECTS',
    'NEAR',
    'CONTROLS',
    'ATTACKED',
    'BLOCKADED',
    'DEPLOYED_TO',
    'VISITED',
    'FLED_FROM',
    'FLED_TO',
    'EVACUATED_VIA',
    'ARRIVED_IN',
    'DISPLACED_FROM',
    'REMAINED_IN',
    'INVESTIGATED',
  ],
  Event: ['CARRIED_OUT', 'PARTICIPATED_IN', 'CAUSED', 'PART_OF', 'REPORTED', 'DENIED', 'PROTESTED', 'INVESTIGATED', 'CALLED_FOR', 'WARNED'],
} as const satisfies Record<DemoEntityType, readonly RelationType[]>;

function generateEntities(random: Random, count: number): { type: DemoEntityType; row: EntityRow }[] {
  const entities: { type: DemoEntityType; row: EntityRow }[] = [];
  for (let i = 0; i < count; i++) {
    const type = random.pickWeighted(ENTITY_TYPE_WEIGHTS);
    const { name, aliases } = entityName(random, type);
    const start = type === 'Event' ? day(random) : null;
    entities.push({
      type,
      row: {
        id: `${DEMO_ID_PREFIX[type]}:${slug(name)}-${i.toString(36)}`,
        props: {
          name,
          aliases,
          aliasText: aliases.join(' | '),
          description: `Synthetic ${type.toLowerCase()} number ${i}, generated for benchmarks.`,
          startDate: start,
          endDate: start,
          latitude: type === 'Place' ? Math.round((random.next() * 120 - 60) * 1e4) / 1e4 : null,
          longitude: type === 'Place' ? Math.round((random.next() * 340 - 170) * 1e4) / 1e4 : null,
        },
      },
    });
  }
  return entities;
}

export interface GeneratedDocument {
  row: DocumentRow;
  sentences: string[];
}

export function generateDocuments(random: Random, count: number): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const date = day(random);
    const sentences: string[] = [];
    for (let s = 0; s < SENTENCES_PER_DOCUMENT; s++) {
      sentences.push(sentence(random));
    }
    const text = sentences.join(' ');
    documents.push({
      row: {
        id: `bench-doc-${String(i).padStart(3, '0')}`,
        props: {
          title: `Synthetic report ${i}: ${word(random, 2, 3)}`,
          date,
          kind: random.pick(['news', 'report']),
          text,
          length: text.length,
        },
      },
      sentences,
    });
  }
  return documents;
}

/**
 * Relations whose ends are drawn mostly in proportion to the degree they already have (rich get richer), giving hubs.
 * (type, source, target) is unique and no relation joins an entity to itself, as the loader requires.
 */
function generateRelations(
  random: Random,
  entities: readonly { type: DemoEntityType; row: EntityRow }[],
  documents: readonly GeneratedDocument[],
  count: number,
): { type: RelationType; row: RelationRow; documentIndex: number; ends: [number, number] }[] {
  const n = entities.length;
  const ends = new Int32Array(count * 2);
  let filled = 0;
  const pickEnd = (): number => (filled === 0 || random.next() >= PREFERENTIAL_SHARE ? random.below(n) : (ends[random.below(filled)] ?? 0));
  const seen = new Set<number>();
  const relations: { type: RelationType; row: RelationRow; documentIndex: number; ends: [number, number] }[] = [];
  const maxAttempts = count * 20;
  for (let attempt = 0; relations.length < count; attempt++) {
    if (attempt > maxAttempts) throw new Error(`generate: could not place ${count} distinct relations among ${n} entities`);
    const target = pickEnd();
    const source = pickEnd();
    if (source === target) continue;
    const targetEntity = entities[target];
    const sourceEntity = entities[source];
    if (!targetEntity || !sourceEntity) continue;
    const candidates: readonly RelationType[] = RELATIONS_BY_TARGET[targetEntity.type];
    const typeIndex = random.below(candidates.length);
    const type = candidates[typeIndex] as RelationType;
    // A number key: a string per relation would cost ~50 MB at 500k relations.
    const key = (source * n + target) * 32 + typeIndex;
    if (seen.has(key)) continue;
    seen.add(key);
    ends[filled++] = source;
    ends[filled++] = target;

    const documentIndex = random.below(documents.length);
    const document = documents[documentIndex];
    if (!document) throw new Error('generate: at least one document is needed for evidence');
    const evidenceDate = document.row.props.date ?? '';
    const startDate = random.next() < 0.3 ? day(random).slice(0, 7) : null;
    const days = dayRange(startDate ?? evidenceDate, startDate ?? evidenceDate);
    const needsRole = type === 'LEADS' || type === 'WORKS_FOR' || type === 'REPRESENTS';
    relations.push({
      type,
      documentIndex,
      ends: [source, target],
      row: {
        id: relationId({ type, source: sourceEntity.row.id, target: targetEntity.row.id }),
        source: sourceEntity.row.id,
        target: targetEntity.row.id,
        props: {
          detail: type === 'ACCUSED' || type === 'CALLED_FOR' ? `of ${word(random, 2, 3).toLowerCase()}` : null,
          role: needsRole ? random.pick(ROLES) : null,
          startDate,
          endDate: null,
          dateFrom: days?.from ?? null,
          dateTo: days?.to ?? null,
        },
        // Every quote is a whole sentence of its document, so it is a verbatim substring as the loader demands.
        evidence: [{ documentId: document.row.id, quote: random.pick(document.sentences), date: evidenceDate, record: '' }],
      },
    });
  }
  return relations;
}

function groupRows<K, R>(items: readonly { type: K; row: R }[]): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const { type, row } of items) {
    const list = groups.get(type) ?? [];
    list.push(row);
    groups.set(type, list);
  }
  return groups;
}

/** A data set in the shape `readDataset` prepares, built in memory: no JSON files for half a million rows. */
export function generateGraph(opts: GenerateGraphOptions): PreparedDataset {
  const random = createRandom(opts.seed ?? DEFAULT_SEED);
  const entities = generateEntities(random, opts.entities);
  const documents = generateDocuments(random, opts.documents ?? DEFAULT_DOCUMENTS);
  const relations = generateRelations(random, entities, documents, opts.relations);

  // As the loader derives them: a document mentions both ends of every relation it gives evidence for.
  const mentionKeys = new Set<number>();
  for (const relation of relations) {
    for (const end of relation.ends) mentionKeys.add(relation.documentIndex * entities.length + end);
  }
  const mentions: MentionRow[] = [...mentionKeys].map((key) => ({
    documentId: documents[Math.floor(key / entities.length)]?.row.id ?? '',
    entityId: entities[key % entities.length]?.row.id ?? '',
    count: 0,
  }));

  return {
    files: [],
    documents: documents.map((d) => d.row),
    entitiesByType: groupRows(entities),
    relationsByType: groupRows(relations),
    mentions,
    skipped: [],
    counts: {
      documents: documents.length,
      entities: entities.length,
      relations: relations.length,
      evidence: relations.length,
      mentions: mentions.length,
    },
  };
}

/** Writes a generated data set with the real writers (schema, batched MERGEs, degrees) and returns how long it took. */
const GENERATED_DATASET: DatasetMeta = {
  id: 'generated',
  name: 'Generated benchmark graph',
  format: 'native',
  files: [],
  source: 'generated',
};

export async function writeGeneratedGraph(client: GraphClient, dataset: PreparedDataset, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const total = dataset.counts.documents + dataset.counts.entities + dataset.counts.relations + dataset.counts.mentions;
  let written = 0;
  let reported = 0;
  const lastByKind = new Map<string, number>();
  await writeDataset(client, dataset, GENERATED_DATASET, {
    onProgress: (p) => {
      written += p.written - (lastByKind.get(p.kind) ?? 0);
      lastByKind.set(p.kind, p.written);
      if (written - reported >= total / 10 || written === total) {
        reported = written;
        log(
          `  load: ${Math.round((100 * written) / total)}% (${written} / ${total} rows) after ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      }
    },
  });
  return performance.now() - started;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: String(DEFAULT_ENTITIES) },
      relations: { type: 'string', default: String(DEFAULT_RELATIONS) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      load: { type: 'boolean', default: false },
    },
  });
  const opts = { entities: Number(values.entities), relations: Number(values.relations), seed: Number(values.seed) };
  for (const [name, value] of Object.entries(opts)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got '${String(value)}'`);
  }
  const generatedAt = performance.now();
  const dataset = generateGraph(opts);
  const shape = describeGraph(dataset);
  console.log(
    `generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s:`,
    JSON.stringify({ counts: shape.counts, degree: shape.degree }, null, 2),
  );
  if (!values.load) return;

  const neo4j = await startThrowawayNeo4j({ heap: '2g', pageCache: '1g' });
  const client = new GraphClient({ uri: neo4j.uri, queryTimeoutMs: 60_000, retryMs: 0, connectTimeoutMs: 5_000 });
  try {
    const ms = await writeGeneratedGraph(client, dataset, (line) => console.log(line));
    console.log(`loaded into a throwaway Neo4j in ${(ms / 1000).toFixed(1)} s`);
  } finally {
    await client.close();
    await neo4j.stop();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}

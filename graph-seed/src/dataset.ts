// Reads a data set folder, validates every record against the contract and across files, and prepares the rows to write.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import {
  DATASET_FILES,
  DocumentsFileSchema,
  EntitiesFileSchema,
  RelationsFileSchema,
  dayRange,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type EntityType,
  type RelationRecord,
  type RelationType,
} from '@kgx/contract';
import type { DocumentRow, EntityRow, MentionRow, RelationRow } from '@kgx/server/src/graph/seed-writes.ts';
import { findMentionSpans } from '@kgx/server/src/services/mention-spans.ts';

export interface DatasetProblem {
  file: string;
  /** Index of the record in its file, and its id where it has one. */
  record?: string;
  field?: string;
  reason: string;
}

export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(`data set rejected, nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export function formatProblem(p: DatasetProblem): string {
  const where = [
    p.file,
    p.record === undefined ? undefined : `record ${p.record}`,
    p.field === undefined ? undefined : `field '${p.field}'`,
  ];
  return `  ${where.filter(Boolean).join(': ')}: ${p.reason}`;
}

export interface PreparedDataset {
  documents: DocumentRow[];
  entitiesByType: Map<EntityType, EntityRow[]>;
  relationsByType: Map<RelationType, RelationRow[]>;
  mentions: MentionRow[];
  counts: { documents: number; entities: number; relations: number; evidence: number; mentions: number };
}

function recordLabel(records: readonly unknown[], index: number): string {
  const record = records[index];
  const id = typeof record === 'object' && record !== null && 'id' in record ? (record as { id: unknown }).id : undefined;
  if (typeof id === 'string') return `${index} (${id})`;
  if (typeof record === 'object' && record !== null && 'type' in record && 'source' in record && 'target' in record) {
    const r = record as { type: unknown; source: unknown; target: unknown };
    return `${index} (${String(r.source)} ${String(r.type)} ${String(r.target)})`;
  }
  return String(index);
}

async function readJsonArray(dir: string, file: string, problems: DatasetProblem[]): Promise<unknown[] | undefined> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    problems.push({ file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) {
      problems.push({ file, reason: 'must hold a JSON array of records' });
      return undefined;
    }
    return parsed;
  } catch (error) {
    problems.push({ file, reason: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function validate<S extends z.ZodType>(file: string, raw: unknown[], schema: S, problems: DatasetProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [index, ...fieldPath] = issue.path;
    problems.push({
      file,
      ...(typeof index === 'number' ? { record: recordLabel(raw, index) } : {}),
      ...(fieldPath.length > 0 ? { field: fieldPath.map(String).join('.') } : {}),
      reason: issue.message,
    });
  }
  return undefined;
}

function checkUnique(file: string, ids: readonly string[], problems: DatasetProblem[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.push({ file, record: `${index} (${id})`, field: 'id', reason: `duplicates the id of record ${first}` });
  });
}

async function loadTexts(dir: string, documents: DocumentRecord[], problems: DatasetProblem[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await Promise.all(
    documents.map(async (doc, index) => {
      if (doc.text !== undefined) {
        texts.set(doc.id, doc.text);
        return;
      }
      try {
        texts.set(doc.id, await readFile(path.resolve(dir, doc.file ?? ''), 'utf8'));
      } catch {
        problems.push({
          file: DATASET_FILES.documents,
          record: `${index} (${doc.id})`,
          field: 'file',
          reason: `cannot read '${doc.file ?? ''}'`,
        });
      }
    }),
  );
  return texts;
}

function checkRelations(
  relations: RelationRecord[],
  entityIds: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
  problems: DatasetProblem[],
): void {
  const file = DATASET_FILES.relations;
  const seen = new Map<string, number>();
  relations.forEach((relation, index) => {
    const record = `${index} (${relation.source} ${relation.type} ${relation.target})`;
    for (const end of ['source', 'target'] as const) {
      if (!entityIds.has(relation[end])) problems.push({ file, record, field: end, reason: `no entity with id '${relation[end]}'` });
    }
    if (relation.source === relation.target)
      problems.push({ file, record, field: 'target', reason: 'a relation must join two different entities' });
    const id = relationId(relation);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      problems.push({
        file,
        record,
        reason: `repeats the (type, source, target) of record ${first}; merge their evidence into one relation`,
      });
    relation.evidence.forEach((evidence, e) => {
      const text = texts.get(evidence.documentId);
      if (text === undefined)
        problems.push({ file, record, field: `evidence.${e}.documentId`, reason: `no document with id '${evidence.documentId}'` });
      else if (!text.includes(evidence.quote)) {
        problems.push({
          file,
          record,
          field: `evidence.${e}.quote`,
          reason: `is not a verbatim passage of document '${evidence.documentId}'`,
        });
      }
    });
  });
}

function toEntityRow(entity: EntityRecord): EntityRow {
  return {
    id: entity.id,
    props: {
      name: entity.name,
      aliases: entity.aliases,
      aliasText: entity.aliases.join(' | '),
      description: entity.description,
      startDate: entity.startDate ?? null,
      endDate: entity.endDate ?? null,
      latitude: entity.latitude ?? null,
      longitude: entity.longitude ?? null,
    },
  };
}

/** A relation's dates: its own, else those of its evidence, else those of an Event at either end. */
function relationDays(relation: RelationRecord, entities: ReadonlyMap<string, EntityRecord>): { from: string; to: string } | null {
  const own = dayRange(relation.startDate, relation.endDate);
  if (own) return own;
  const evidenceDates = relation.evidence.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const fromEvidence = dayRange(evidenceDates[0], evidenceDates[evidenceDates.length - 1]);
  if (fromEvidence) return fromEvidence;
  for (const end of [relation.target, relation.source]) {
    const entity = entities.get(end);
    if (entity?.type === 'Event') {
      const range = dayRange(entity.startDate, entity.endDate);
      if (range) return range;
    }
  }
  return null;
}

function toRelationRow(relation: RelationRecord, entities: ReadonlyMap<string, EntityRecord>): RelationRow {
  const days = relationDays(relation, entities);
  return {
    id: relationId(relation),
    source: relation.source,
    target: relation.target,
    props: {
      detail: relation.detail ?? null,
      role: relation.role ?? null,
      startDate: relation.startDate ?? null,
      endDate: relation.endDate ?? null,
      dateFrom: days?.from ?? null,
      dateTo: days?.to ?? null,
      evidenceDocumentIds: relation.evidence.map((e) => e.documentId),
      evidenceQuotes: relation.evidence.map((e) => e.quote),
      evidenceDates: relation.evidence.map((e) => e.date ?? ''),
    },
  };
}

/** A document mentions the entities it names, and the ends of every relation it gives evidence for. */
function deriveMentions(texts: ReadonlyMap<string, string>, entities: EntityRecord[], relations: RelationRecord[]): MentionRow[] {
  const counts = new Map<string, number>();
  const key = (documentId: string, entityId: string) => `${documentId}\u0000${entityId}`;
  for (const [documentId, text] of texts) {
    for (const [entityId, spans] of findMentionSpans(text, entities)) counts.set(key(documentId, entityId), spans.length);
  }
  for (const relation of relations) {
    for (const evidence of relation.evidence) {
      for (const entityId of [relation.source, relation.target]) {
        const k = key(evidence.documentId, entityId);
        if (!counts.has(k)) counts.set(k, 0);
      }
    }
  }
  return [...counts].map(([k, count]) => {
    const [documentId = '', entityId = ''] = k.split('\u0000');
    return { documentId, entityId, count };
  });
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return groups;
}

/** Reads and checks a whole data set; throws DatasetError listing every problem, before anything is written. */
export async function readDataset(dir: string): Promise<PreparedDataset> {
  const problems: DatasetProblem[] = [];
  const [rawDocuments, rawEntities, rawRelations] = await Promise.all([
    readJsonArray(dir, DATASET_FILES.documents, problems),
    readJsonArray(dir, DATASET_FILES.entities, problems),
    readJsonArray(dir, DATASET_FILES.relations, problems),
  ]);
  const documents = rawDocuments && validate(DATASET_FILES.documents, rawDocuments, DocumentsFileSchema, problems);
  const entities = rawEntities && validate(DATASET_FILES.entities, rawEntities, EntitiesFileSchema, problems);
  const relations = rawRelations && validate(DATASET_FILES.relations, rawRelations, RelationsFileSchema, problems);
  if (!documents || !entities || !relations) throw new DatasetError(problems);

  checkUnique(
    DATASET_FILES.documents,
    documents.map((d) => d.id),
    problems,
  );
  checkUnique(
    DATASET_FILES.entities,
    entities.map((e) => e.id),
    problems,
  );
  const texts = await loadTexts(dir, documents, problems);
  checkRelations(relations, new Set(entities.map((e) => e.id)), texts, problems);
  if (problems.length > 0) throw new DatasetError(problems);

  const entityById = new Map(entities.map((e) => [e.id, e]));
  const mentions = deriveMentions(texts, entities, relations);
  return {
    documents: documents.map((doc) => {
      const text = texts.get(doc.id) ?? '';
      return { id: doc.id, props: { title: doc.title, date: doc.date ?? null, kind: doc.kind, text, length: text.length } };
    }),
    entitiesByType: new Map([...groupBy(entities, (e) => e.type)].map(([type, list]) => [type, list.map(toEntityRow)])),
    relationsByType: new Map(
      [...groupBy(relations, (r) => r.type)].map(([type, list]) => [type, list.map((r) => toRelationRow(r, entityById))]),
    ),
    mentions,
    counts: {
      documents: documents.length,
      entities: entities.length,
      relations: relations.length,
      evidence: relations.reduce((sum, r) => sum + r.evidence.length, 0),
      mentions: mentions.length,
    },
  };
}

// Turns a checked data set into the rows the graph layer writes: dates derived once, mentions found, grouped by type.
import {
  isQuoteEvidenceRecord,
  relationId,
  type EntityRecord,
  type EvidenceRecord,
  type EntityType,
  type RelationRecord,
  type RelationType,
  type VocabularyFile,
} from '@kgx/contract';
import type { DocumentRow, EntityRow, MentionRow, RelationRow } from '../graph/dataset-writes.ts';
import { splitSentences } from '../extract/sentences.ts';
import { findMentionSpans, type NamedEntity } from '../services/mention-spans.ts';
import type { CheckedDataset } from './check.ts';
import type { DatasetProblem } from './problems.ts';
import type { SourceNotice } from './source.ts';
import { relationDays } from './relation-dates.ts';

export interface PreparedDataset {
  files: string[];
  documents: DocumentRow[];
  entitiesByType: Map<EntityType, EntityRow[]>;
  relationsByType: Map<RelationType, RelationRow[]>;
  mentions: MentionRow[];
  counts: { documents: number; entities: number; relations: number; evidence: number; mentions: number };
  vocabulary?: VocabularyFile;
  /** Records left out under skipBadRows. */
  skipped: DatasetProblem[];
  /** What the reader read and deliberately left out. */
  notices?: SourceNotice[];
}

/** A quote is stored by its document and words; a record by its provenance as JSON, its quote slots left empty. */
function toEvidenceRow(evidence: EvidenceRecord): RelationRow['evidence'][number] {
  if (isQuoteEvidenceRecord(evidence))
    return { documentId: evidence.documentId, quote: evidence.quote, date: evidence.date ?? '', record: '' };
  const { date, ...provenance } = evidence;
  return { documentId: '', quote: '', date: date ?? '', record: JSON.stringify(provenance) };
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
    },
    evidence: relation.evidence.map(toEvidenceRow),
  };
}

/** A document mentions the entities it names, and the ends of every relation it gives evidence for. */
function deriveMentions(texts: ReadonlyMap<string, string>, entities: readonly NamedEntity[], relations: RelationRecord[]): MentionRow[] {
  const counts = new Map<string, number>();
  const key = (documentId: string, entityId: string) => `${documentId}\u0000${entityId}`;
  for (const [documentId, text] of texts) {
    for (const [entityId, spans] of findMentionSpans(text, entities)) counts.set(key(documentId, entityId), spans.length);
  }
  for (const relation of relations) {
    for (const evidence of relation.evidence) {
      if (!isQuoteEvidenceRecord(evidence)) continue;
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

/** Where each sentence starts and ends, as one flat list (start, end, start, end...): a list of pairs is no property value in Neo4j. */
function sentenceOffsets(text: string): number[] {
  return splitSentences(text).flatMap((s) => [s.start, s.end]);
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

/**
 * `knownEntities`: entities already in the graph, whose names the import's documents may also mention (a document
 * imported on its own names people other data sets brought). The import's own entities come first.
 */
export function prepareDataset(
  { files, documents, texts, entities, relations, vocabulary, skipped }: CheckedDataset,
  knownEntities: readonly NamedEntity[] = [],
): PreparedDataset {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const mentionable = [...entities, ...knownEntities.filter((e) => !entityById.has(e.id))];
  const mentions = deriveMentions(texts, mentionable, relations);
  return {
    files,
    documents: documents.map((doc) => {
      const text = texts.get(doc.id) ?? '';
      return {
        id: doc.id,
        props: { title: doc.title, date: doc.date ?? null, kind: doc.kind, text, length: text.length, sentences: sentenceOffsets(text) },
      };
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
    ...(vocabulary === undefined ? {} : { vocabulary }),
    skipped,
  };
}

// Checks what a reader gave: every record against the contract, ids unique, relation ends known, quotes verbatim.
import type { z } from 'zod';
import {
  DocumentRecordSchema,
  EntityRecordSchema,
  RelationRecordSchema,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
} from '@kgx/contract';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { DatasetSource, SourceFile } from './source.ts';

/** A data set that passed every check: records typed, and the text of every document at hand. */
export interface CheckedDataset {
  /** The files it was read from, as named in the data set. */
  files: string[];
  documents: DocumentRecord[];
  texts: ReadonlyMap<string, string>;
  entities: EntityRecord[];
  relations: RelationRecord[];
}

function validateRecords<S extends z.ZodType>(source: SourceFile, schema: S, problems: DatasetProblem[]): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  source.records.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({
        file: source.file,
        record: source.locate(index),
        ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}),
        reason: issue.message,
      });
    }
  });
  return valid;
}

function checkUnique(source: SourceFile, ids: readonly string[], problems: DatasetProblem[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.push({ file: source.file, record: source.locate(index), field: 'id', reason: `duplicates the id of record ${first}` });
  });
}

async function loadTexts(source: DatasetSource, documents: DocumentRecord[], problems: DatasetProblem[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await Promise.all(
    documents.map(async (doc, index) => {
      if (doc.text !== undefined) {
        texts.set(doc.id, doc.text);
        return;
      }
      try {
        texts.set(doc.id, await source.readText(doc.file ?? ''));
      } catch (error) {
        const reason = error instanceof Error && !('code' in error) ? error.message : `cannot read '${doc.file ?? ''}'`;
        problems.push({ file: source.documents.file, record: source.documents.locate(index), field: 'file', reason });
      }
    }),
  );
  return texts;
}

function checkRelations(
  source: SourceFile,
  relations: RelationRecord[],
  entityIds: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
  problems: DatasetProblem[],
): void {
  const file = source.file;
  const seen = new Map<string, number>();
  relations.forEach((relation, index) => {
    const record = source.locate(index);
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

/** Checks a whole data set; throws DatasetError listing every problem found, so nothing half-checked is ever written. */
export async function checkDataset(source: DatasetSource): Promise<CheckedDataset> {
  const problems: DatasetProblem[] = [];
  const documents = validateRecords(source.documents, DocumentRecordSchema, problems);
  const entities = validateRecords(source.entities, EntityRecordSchema, problems);
  const relations = validateRecords(source.relations, RelationRecordSchema, problems);
  // Cross-record checks read indexes into the valid records, which only match the file when every record was valid.
  if (problems.length > 0) throw new DatasetError(problems);

  checkUnique(
    source.documents,
    documents.map((d) => d.id),
    problems,
  );
  checkUnique(
    source.entities,
    entities.map((e) => e.id),
    problems,
  );
  const texts = await loadTexts(source, documents, problems);
  checkRelations(source.relations, relations, new Set(entities.map((e) => e.id)), texts, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  const files = [
    source.documents.file,
    source.entities.file,
    source.relations.file,
    ...documents.flatMap((d) => (d.file === undefined ? [] : [d.file])),
  ];
  return { files, documents, texts, entities, relations };
}

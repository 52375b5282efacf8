// Checks what a reader gave: every record against the contract and the vocabulary, ids unique, relation ends known,
// quotes verbatim. Strict by default (one problem refuses the whole data set); with skipBadRows the good records go on.
import { z } from 'zod';
import {
  DocumentRecordSchema,
  EntityRecordSchema,
  RelationRecordSchema,
  VocabularyFileSchema,
  extendVocabulary,
  isQuoteEvidenceRecord,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type RelationRecord,
  type Vocabulary,
  type VocabularyFile,
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
  /** The types the data set adds to the vocabulary in use, if it brought any. */
  vocabulary?: VocabularyFile;
  /** Records left out under skipBadRows, each with why; empty in strict mode. */
  skipped: DatasetProblem[];
}

export interface CheckOptions {
  /** The vocabulary in use: every type must be in it, or in the data set's own addition to it. */
  vocabulary: Vocabulary;
  /** Leave bad records out and report them, instead of refusing the data set. */
  skipBadRows?: boolean;
  /**
   * Looks up ids a relation names that the data set does not define, in the graph: an incoming relation may join
   * entities another data set brought (the same id is the same entity). Their types, by id; without it, none exist.
   */
  findExistingEntities?: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /**
   * Looks up, in the graph, the texts of documents a quote cites that the data set does not bring: a CSV row may quote
   * a document an earlier import brought. By id; without it, a quote must cite a document of its own data set.
   */
  findDocumentTexts?: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;
}

/** A record that passed its own schema, with its place in its file. */
interface Valid<T> {
  index: number;
  record: T;
}

/** Problems found so far, and which records of each file they condemn. */
class Problems {
  readonly list: DatasetProblem[] = [];
  private readonly bad = new Map<SourceFile, Set<number>>();

  add(source: SourceFile, index: number, problem: Omit<DatasetProblem, 'file' | 'record'>): void {
    this.list.push({ file: source.file, record: source.locate(index), ...problem });
    const set = this.bad.get(source) ?? new Set<number>();
    set.add(index);
    this.bad.set(source, set);
  }

  addFile(problem: DatasetProblem): void {
    this.list.push(problem);
  }

  keep<T>(source: SourceFile, records: Valid<T>[]): Valid<T>[] {
    const bad = this.bad.get(source);
    return bad === undefined ? records : records.filter((r) => !bad.has(r.index));
  }
}

function validateRecords<S extends z.core.$ZodType>(source: SourceFile, schema: S, problems: Problems): Valid<z.infer<S>>[] {
  const valid: Valid<z.infer<S>>[] = [];
  source.records.forEach((raw, index) => {
    const result = z.safeParse(schema, raw);
    if (result.success) {
      valid.push({ index, record: result.data });
      return;
    }
    for (const issue of result.error.issues) {
      problems.add(source, index, { ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}), reason: issue.message });
    }
  });
  return valid;
}

function checkUnique<T>(source: SourceFile, records: Valid<T>[], idOf: (record: T) => string, problems: Problems): void {
  const seen = new Map<string, number>();
  for (const { index, record } of records) {
    const id = idOf(record);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problems.add(source, index, { field: 'id', reason: `duplicates the id of record ${source.locate(first)}` });
  }
}

function checkVocabulary(
  source: DatasetSource,
  base: Vocabulary,
  problems: Problems,
): { vocabulary: Vocabulary; addition?: VocabularyFile } {
  if (source.vocabulary === undefined) return { vocabulary: base };
  const file = source.vocabulary.file;
  const parsed = VocabularyFileSchema.safeParse(source.vocabulary.raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.addFile({ file, field: issue.path.map(String).join('.'), reason: issue.message });
    return { vocabulary: base };
  }
  const extended = extendVocabulary(base, parsed.data);
  for (const problem of extended.problems) problems.addFile({ file, ...problem });
  return { vocabulary: extended.vocabulary, addition: parsed.data };
}

function checkEntityTypes(source: SourceFile, entities: Valid<EntityRecord>[], vocabulary: Vocabulary, problems: Problems): void {
  const known = new Set(vocabulary.entityTypes.map((t) => t.name));
  for (const { index, record } of entities) {
    if (!known.has(record.type)) {
      problems.add(source, index, { field: 'type', reason: `no entity type '${record.type}' in the vocabulary` });
    }
  }
}

async function loadTexts(source: DatasetSource, documents: Valid<DocumentRecord>[], problems: Problems): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await Promise.all(
    documents.map(async ({ index, record: doc }) => {
      if (doc.text !== undefined) {
        texts.set(doc.id, doc.text);
        return;
      }
      try {
        texts.set(doc.id, await source.readText(doc.file ?? ''));
      } catch (error) {
        const reason = error instanceof Error && !('code' in error) ? error.message : `cannot read '${doc.file ?? ''}'`;
        problems.add(source.documents, index, { field: 'file', reason });
      }
    }),
  );
  return texts;
}

function checkRelations(
  source: SourceFile,
  relations: Valid<RelationRecord>[],
  context: {
    /** The type of every entity a relation may name: the data set's own, and those already in the graph. */
    entityTypes: ReadonlyMap<string, string>;
    /** Ids of entity records that are there but were refused: a relation to one is refused for that, not for a typo. */
    refused: ReadonlySet<string>;
    texts: ReadonlyMap<string, string>;
    vocabulary: Vocabulary;
  },
  problems: Problems,
): void {
  const definitions = new Map(context.vocabulary.relationTypes.map((t) => [t.type, t]));
  const seen = new Map<string, number>();
  for (const { index, record: relation } of relations) {
    const problem = (field: string | undefined, reason: string) =>
      problems.add(source, index, { ...(field === undefined ? {} : { field }), reason });
    const definition = definitions.get(relation.type);
    if (definition === undefined) problem('type', `no relation type '${relation.type}' in the vocabulary`);
    for (const end of ['source', 'target'] as const) {
      const type = context.entityTypes.get(relation[end]);
      if (type === undefined) {
        problem(
          end,
          context.refused.has(relation[end])
            ? `entity '${relation[end]}' is refused (see its own record)`
            : `no entity with id '${relation[end]}'`,
        );
        continue;
      }
      const allowed = definition?.[end === 'source' ? 'sourceTypes' : 'targetTypes'];
      if (allowed !== undefined && !allowed.includes(type)) {
        problem(end, `a ${relation.type} relation's ${end} must be ${allowed.join(' or ')}, and '${relation[end]}' is ${type}`);
      }
    }
    if (relation.source === relation.target) problem('target', 'a relation must join two different entities');
    const id = relationId(relation);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else problem(undefined, `repeats the (type, source, target) of record ${source.locate(first)}; merge their evidence into one relation`);
    relation.evidence.forEach((evidence, e) => {
      if (!isQuoteEvidenceRecord(evidence)) return;
      const text = context.texts.get(evidence.documentId);
      if (text === undefined) problem(`evidence.${e}.documentId`, `no document with id '${evidence.documentId}'`);
      else if (!text.includes(evidence.quote))
        problem(`evidence.${e}.quote`, `is not a verbatim passage of document '${evidence.documentId}'`);
    });
  }
}

/** The texts quotes may cite: the data set's own, and those of documents already in the graph that its quotes name. */
async function citableTexts(
  relations: Valid<RelationRecord>[],
  texts: ReadonlyMap<string, string>,
  find: CheckOptions['findDocumentTexts'],
): Promise<ReadonlyMap<string, string>> {
  const elsewhere = new Set(
    relations.flatMap(({ record }) =>
      record.evidence.flatMap((e) => (isQuoteEvidenceRecord(e) && !texts.has(e.documentId) ? [e.documentId] : [])),
    ),
  );
  if (elsewhere.size === 0 || find === undefined) return texts;
  return new Map([...texts, ...(await find([...elsewhere]))]);
}

function isObjectWithId(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * Checks a whole data set. Strict: throws DatasetError listing every problem found, so nothing half-checked is ever
 * written. With skipBadRows: a bad record is left out, and so is every relation that needs it, and all are reported;
 * a problem with a whole file (or the vocabulary) still refuses everything.
 */
export async function checkDataset(source: DatasetSource, opts: CheckOptions): Promise<CheckedDataset> {
  const problems = new Problems();
  const { vocabulary, addition } = checkVocabulary(source, opts.vocabulary, problems);
  if (problems.list.length > 0) throw new DatasetError(problems.list);

  let documents = validateRecords(source.documents, DocumentRecordSchema, problems);
  let entities = validateRecords(source.entities, EntityRecordSchema, problems);
  let relations = validateRecords(source.relations, RelationRecordSchema, problems);
  checkUnique(source.documents, documents, (d) => d.id, problems);
  checkUnique(source.entities, entities, (e) => e.id, problems);
  checkEntityTypes(source.entities, entities, vocabulary, problems);
  documents = problems.keep(source.documents, documents);
  entities = problems.keep(source.entities, entities);
  const texts = await loadTexts(source, documents, problems);
  documents = problems.keep(source.documents, documents);
  const entityTypes = new Map(entities.map(({ record }) => [record.id, record.type]));
  const refused = new Set(source.entities.records.flatMap((r) => (isObjectWithId(r) && !entityTypes.has(r.id) ? [r.id] : [])));
  const elsewhere = [...new Set(relations.flatMap(({ record }) => [record.source, record.target]))].filter(
    (id) => !entityTypes.has(id) && !refused.has(id),
  );
  if (elsewhere.length > 0 && opts.findExistingEntities !== undefined) {
    for (const [id, type] of await opts.findExistingEntities(elsewhere)) entityTypes.set(id, type);
  }
  const citable = await citableTexts(relations, texts, opts.findDocumentTexts);
  checkRelations(source.relations, relations, { entityTypes, refused, texts: citable, vocabulary }, problems);
  relations = problems.keep(source.relations, relations);

  if (problems.list.length > 0 && opts.skipBadRows !== true) throw new DatasetError(problems.list);
  const kept = documents.map((d) => d.record);
  const files = [
    source.documents.file,
    source.entities.file,
    source.relations.file,
    ...(source.vocabulary === undefined ? [] : [source.vocabulary.file]),
    ...kept.flatMap((d) => (d.file === undefined ? [] : [d.file])),
    ...(source.otherFiles ?? []),
  ];
  return {
    files: [...new Set(files)],
    documents: kept,
    texts,
    entities: entities.map((e) => e.record),
    relations: relations.map((r) => r.record),
    ...(addition === undefined ? {} : { vocabulary: addition }),
    skipped: problems.list,
  };
}

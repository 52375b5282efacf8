// A brief's sentences and numbered sources, built from relations in the vocabulary's words: no model, nothing invented.
import {
  isQuoteEvidence,
  wordingOfUnknownRelation,
  type BriefRecordSource,
  type BriefResponse,
  type BriefSentence,
  type BriefSource,
  type Evidence,
  type GraphEdge,
  type Vocabulary,
} from '@kgx/contract';
import type { BriefRelation, CitedDocument } from '../graph/brief-relations.ts';
import { describeWhen } from './brief-dates.ts';

export interface BriefMaterial {
  /** As asked for: their order is the order of sentences the dates do not settle. */
  relationIds: readonly string[];
  relations: ReadonlyMap<string, BriefRelation>;
  documents: ReadonlyMap<string, CitedDocument>;
  vocabulary: Vocabulary;
}

/** What a brief says, before it is rendered as Markdown and HTML. */
export type BriefContent = Omit<BriefResponse, 'markdown' | 'html'>;
export type BriefBody = Omit<BriefContent, 'title'>;

/**
 * Labels that name a state rather than an act ("member of", "located in") need a verb to make a sentence; the
 * default vocabulary's are listed, and any other label reads as it is written.
 */
const COPULAS: Readonly<Record<string, string>> = {
  member: 'is a',
  associate: 'is an',
  capital: 'is the',
  part: 'is',
  near: 'is',
  located: 'is',
  related: 'is',
  linked: 'is',
  named: 'is',
};

/** A detail that opens with one of these continues the clause ("accused Azerbaijan of ethnic cleansing"). */
const CONNECTIVES = new Set(
  'of to for as in on at with about over against from into onto upon that by during after before since under through among amid including between because while when across toward towards within without via per'.split(
    ' ',
  ),
);

/** The words between subject and object: the vocabulary's label, with a verb where the label has none. */
export function predicateOf(label: string): string {
  const copula = COPULAS[label.split(' ')[0] ?? ''];
  return copula === undefined ? label : `${copula} ${label}`;
}

function firstWord(text: string): string {
  return (text.split(/\s/)[0] ?? '').toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends the sentence with a full stop unless it already ends as one ("… 20 September.", "… “suicidal”."). */
function closeSentence(text: string): string {
  return /[.!?]["'”’)]*$/.test(text) ? text : `${text}.`;
}

/**
 * One relation as a sentence: "On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan — apprehended
 * as he was poised to enter Armenia." The role reads "as …", a detail that opens with a preposition continues the
 * clause, any other follows a dash; the date, when there is one, opens it.
 */
export function sentenceOf(item: BriefRelation, labelOf: (type: string) => string): string {
  const { subject, relation, object } = item;
  let clause = `${subject.name} ${predicateOf(labelOf(relation.type))} ${object.name}`;
  if (relation.role !== undefined) clause += firstWord(relation.role) === 'as' ? ` ${relation.role}` : ` as ${relation.role}`;
  if (relation.detail !== undefined)
    clause += CONNECTIVES.has(firstWord(relation.detail)) ? ` ${relation.detail}` : ` — ${relation.detail}`;
  const when = describeWhen(relation);
  return closeSentence(when === '' ? capitalise(clause) : `${capitalise(when)}, ${clause}`);
}

/** The same quote of the same document, or the same record, is one source however many relations rest on it. */
function sourceKey(evidence: Evidence): string {
  if (isQuoteEvidence(evidence)) return JSON.stringify(['quote', evidence.documentId, evidence.quote]);
  return JSON.stringify([
    'record',
    evidence.datasetId,
    evidence.file,
    evidence.row,
    evidence.sourceUrl,
    evidence.publisher,
    evidence.record,
  ]);
}

function toSource(evidence: Evidence, number: number, documents: ReadonlyMap<string, CitedDocument>): BriefSource {
  if (isQuoteEvidence(evidence)) {
    const document = documents.get(evidence.documentId);
    return {
      number,
      kind: 'quote',
      documentId: evidence.documentId,
      documentTitle: document?.title ?? evidence.documentId,
      ...(document?.date === undefined ? {} : { documentDate: document.date }),
      quote: evidence.quote,
    };
  }
  return {
    number,
    kind: 'record',
    datasetId: evidence.datasetId,
    ...(evidence.file === undefined ? {} : { file: evidence.file }),
    ...(evidence.row === undefined ? {} : { row: evidence.row }),
    ...(evidence.sourceUrl === undefined ? {} : { sourceUrl: evidence.sourceUrl }),
    ...(evidence.publisher === undefined ? {} : { publisher: evidence.publisher }),
    cells: evidence.record,
  };
}

/** In the order of events: by the first day each may have happened, undated last, the order asked for otherwise. */
export function inOrderOfEvents<T extends { relation: Pick<GraphEdge, 'dateFrom'> }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const x = a.item.relation.dateFrom;
      const y = b.item.relation.dateFrom;
      if (x !== y) {
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        return x < y ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ item }) => item);
}

/**
 * The brief's sentences in the order of events and its sources numbered in the order they are first cited; ids that
 * name no relation are listed, not read.
 */
export function buildBriefBody(material: BriefMaterial): BriefBody {
  const labels = new Map(material.vocabulary.relationTypes.map((t) => [t.type, t.label]));
  const labelOf = (type: string) => labels.get(type) ?? wordingOfUnknownRelation(type).label;
  const asked = [...new Set(material.relationIds)];
  const found = asked.flatMap((id) => material.relations.get(id) ?? []);
  const notFound = asked.filter((id) => !material.relations.has(id));

  const numbers = new Map<string, number>();
  const sources: BriefSource[] = [];
  const sentences = inOrderOfEvents(found).map((item): BriefSentence => {
    const citations = new Set<number>();
    for (const evidence of item.relation.evidence) {
      const key = sourceKey(evidence);
      let number = numbers.get(key);
      if (number === undefined) {
        number = sources.length + 1;
        numbers.set(key, number);
        sources.push(toSource(evidence, number, material.documents));
      }
      citations.add(number);
    }
    const { dateFrom, dateTo } = item.relation;
    return {
      text: sentenceOf(item, labelOf),
      relationId: item.relation.id,
      ...(dateFrom === undefined ? {} : { dateFrom }),
      ...(dateTo === undefined ? {} : { dateTo }),
      citations: [...citations].sort((a, b) => a - b),
    };
  });
  return { sentences, sources, notFound };
}

/** Where a record came from: "people.csv, row 4", the publisher, or its address, and the data set. */
export function recordPlace(source: BriefRecordSource): string {
  const where = [
    source.file === undefined ? undefined : source.row === undefined ? source.file : `${source.file}, row ${source.row}`,
    source.publisher,
    source.sourceUrl,
  ].filter((part): part is string => part !== undefined);
  return `${where.join(', ')}${where.length > 0 ? ' ' : ''}(data set ${source.datasetId})`;
}

/** A record's cells on one line: "name: Ruben Vardanyan; country: am". */
export function recordCells(source: BriefRecordSource): string {
  return Object.entries(source.cells)
    .map(([column, value]) => `${column}: ${value}`)
    .join('; ');
}

/**
 * The heading: the one asked for, else from the focus ("How Ruben Vardanyan connects to Nikol Pashinyan" for a path's
 * ends, "What the sources say about Ruben Vardanyan" for an entity), named as the relations' ends name them.
 */
export function briefTitle(
  request: { title?: string | undefined; focus?: readonly string[] | undefined },
  relations: Iterable<BriefRelation>,
): string {
  if (request.title !== undefined) return request.title;
  const names = new Map<string, string>();
  for (const { subject, object } of relations) {
    names.set(subject.id, subject.name);
    names.set(object.id, object.name);
  }
  const [first, second] = (request.focus ?? []).map((id) => names.get(id) ?? id);
  if (first !== undefined && second !== undefined) return `How ${first} connects to ${second}`;
  if (first !== undefined) return `What the sources say about ${first}`;
  return 'What the sources say';
}

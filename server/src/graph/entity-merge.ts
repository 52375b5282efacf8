// Merging an entity into another, in one transaction, and undoing it: the merged entity's relations and mentions move
// to the kept one (combined with those it already has), its names become aliases, and the merged node stays aside as
// a MergedEntity holding everything it was, so that undoing the merge puts it back exactly.
import neo4j from 'neo4j-driver';
import { combineEntityProps, combineMentionProps, combineRelationProps, type StoredProps } from '../services/merge-support.ts';
import type { GraphClient, TxWork } from './client.ts';
import { SET_DATE_SPAN_CLASS, setDateSpanClass } from './date-spans.ts';
import { quoteIdentifier } from './identifiers.ts';
import { toPlainValue } from './records.ts';

interface MovedRelation {
  type: string;
  outgoing: boolean;
  other: string;
  props: StoredProps;
}

interface MovedMention {
  documentId: string;
  props: StoredProps;
}

/** What the merged node keeps, to be put back by an undo. */
export interface MergeSnapshot {
  into: string;
  type: string;
  by: string;
  at: string;
  relations: MovedRelation[];
  mentions: MovedMention[];
  targetBefore: StoredProps;
  /** Relations of the kept entity that took the merged one's support, as they were before. */
  combined: MovedRelation[];
  /** Relations created on the kept entity, by their new ids. */
  created: { type: string; outgoing: boolean; other: string; id: string }[];
  combinedMentions: MovedMention[];
  createdMentions: string[];
  /** The kept entity's relations and mentions right after the merge: an undo checks nothing changed them since. */
  after: string;
}

export type MergeRefusal = 'missing' | 'related' | 'too-large';

const READ_MERGE = `
MATCH (s:Entity {id: $from}), (t:Entity {id: $into})
RETURN properties(s) AS source, [l IN labels(s) WHERE l <> 'Entity'][0] AS type, properties(t) AS target,
  COUNT { (s)--(t) } AS between, COUNT { (s)--() } AS size,
  [(s)-[r]-(o:Entity) | {type: type(r), outgoing: startNode(r) = s, other: o.id, props: properties(r)}] AS relations,
  [(d:Document)-[m:MENTIONS]->(s) | {documentId: d.id, props: properties(m)}] AS mentions`;

const KEPT_RELATIONS = `
MATCH (t:Entity {id: $into})-[k]-(o:Entity)
RETURN type(k) AS type, startNode(k) = t AS outgoing, o.id AS other, properties(k) AS props`;

const KEPT_MENTIONS = `
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $into})
RETURN d.id AS documentId, properties(m) AS props`;

const SET_RELATIONS = `
UNWIND $rows AS row
MATCH (t:Entity {id: $into})-[k]-(o:Entity {id: row.other})
WHERE type(k) = row.type AND (startNode(k) = t) = row.outgoing
SET k = row.props
${setDateSpanClass('k')}`;

const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (t:Entity {id: $entity}), (o:Entity {id: row.other})
CALL (t, o, row) { WITH t, o, row WHERE row.outgoing CREATE (t)-[r:$(row.type)]->(o) SET r = row.props ${SET_DATE_SPAN_CLASS} }
CALL (t, o, row) { WITH t, o, row WHERE NOT row.outgoing CREATE (o)-[r:$(row.type)]->(t) SET r = row.props ${SET_DATE_SPAN_CLASS} }`;

const DELETE_RELATIONS = `
UNWIND $rows AS row
MATCH (t:Entity {id: $into})-[k]-(o:Entity {id: row.other})
WHERE type(k) = row.type AND (startNode(k) = t) = row.outgoing
DELETE k`;

const SET_MENTIONS = `
UNWIND $rows AS row
MATCH (:Document {id: row.documentId})-[m:MENTIONS]->(:Entity {id: $into})
SET m = row.props`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId}), (n:Entity {id: $entity})
CREATE (d)-[m:MENTIONS]->(n)
SET m = row.props`;

const DELETE_MENTIONS = `
UNWIND $ids AS documentId
MATCH (:Document {id: documentId})-[m:MENTIONS]->(:Entity {id: $into})
DELETE m`;

const SET_ENTITY = `MATCH (n:Entity {id: $id}) SET n = $props`;

const SET_ASIDE = `
MATCH (s:Entity {id: $from})
OPTIONAL MATCH (s)-[r]-()
DELETE r
WITH DISTINCT s
REMOVE s:Entity, s:$($type)
SET s:MergedEntity, s.mergedInto = $into, s.merge = $snapshot`;

const READ_MERGED = `
MATCH (s:MergedEntity {id: $from})
RETURN s.merge AS snapshot`;

const PUT_BACK = `
MATCH (s:MergedEntity {id: $from})
REMOVE s:MergedEntity, s.mergedInto, s.merge
SET s:Entity, s:$($type)`;

const UPDATE_DEGREES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.degree = COUNT { (n)--(:Entity) }`;

function plain(value: unknown): StoredProps {
  return toPlainValue(value) as StoredProps;
}

/**
 * Properties Cypher computed as integers (a degree): JSON made them numbers, which would be stored as floats. Mention
 * counts come from the importer as JavaScript numbers, floats already, and stay so.
 */
const INTEGER_PROPS = new Set(['degree']);

function storable(props: StoredProps): StoredProps {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => {
      if (!INTEGER_PROPS.has(key)) return [key, value];
      if (Array.isArray(value)) return [key, value.map((v) => neo4j.int(Number(v)))];
      return [key, typeof value === 'number' ? neo4j.int(value) : value];
    }),
  );
}

const storableRows = <R extends { props: StoredProps }>(rows: readonly R[]) => rows.map((row) => ({ ...row, props: storable(row.props) }));

const keyOf = (r: { type: string; outgoing: boolean; other: string }) => `${r.type}\u0000${r.outgoing}\u0000${r.other}`;

/** A relation's id from its ends, as relationId() in the contract makes it. */
function movedId(into: string, r: { type: string; outgoing: boolean; other: string }): string {
  return r.outgoing ? `${into}>${r.type}>${r.other}` : `${r.other}>${r.type}>${into}`;
}

/** Derived from the evidence and dated again after a merge: not a change that makes an undo unsafe. */
const DERIVED_PROPS = new Set(['dateFrom', 'dateTo', 'dateSpanClass']);

/** Property order is a storage detail, and derived dates are dated again: neither is a change. */
function comparable(key: string, value: unknown): unknown {
  if (DERIVED_PROPS.has(key)) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
}

/** The kept entity's relations and mentions, as one string: what an undo compares. */
async function keptState(run: (query: string, params: object) => Promise<{ records: { toObject(): object }[] }>, into: string) {
  const relations = (await run(KEPT_RELATIONS, { into })).records.map((r) => JSON.stringify(toPlainValue(r.toObject()), comparable));
  const mentions = (await run(KEPT_MENTIONS, { into })).records.map((r) => JSON.stringify(toPlainValue(r.toObject()), comparable));
  return JSON.stringify([relations.sort(), mentions.sort()]);
}

/** Merges `from` into `into`; a refusal says why nothing was done. */
export async function mergeEntity(
  client: GraphClient,
  opts: { from: string; into: string; by: string; at: string; maxRelations: number },
): Promise<MergeRefusal | { moved: number; combined: number; type: string }> {
  const work: TxWork<MergeRefusal | { moved: number; combined: number; type: string }> = async (tx) => {
    const run = (query: string, params: object) => tx.run(query, params);
    const record = (await tx.run(READ_MERGE, opts)).records[0];
    if (!record) return 'missing';
    if (Number(toPlainValue(record.get('between'))) > 0) return 'related';
    if (Number(toPlainValue(record.get('size'))) > opts.maxRelations) return 'too-large';
    const type = String(record.get('type'));
    quoteIdentifier(type);
    const source = plain(record.get('source'));
    const target = plain(record.get('target'));
    const relations = (record.get('relations') as unknown[]).map((r) => plain(r) as unknown as MovedRelation);
    const mentions = (record.get('mentions') as unknown[]).map((m) => plain(m) as unknown as MovedMention);
    const kept = new Map(
      (await tx.run(KEPT_RELATIONS, opts)).records.map((r) => {
        const relation = plain(r.toObject()) as unknown as MovedRelation;
        return [keyOf(relation), relation] as const;
      }),
    );
    const keptMentions = new Map(
      (await tx.run(KEPT_MENTIONS, opts)).records.map((r) => [String(r.get('documentId')), plain(r.get('props'))] as const),
    );

    const combined: MovedRelation[] = [];
    const combinedRows: object[] = [];
    const created: MergeSnapshot['created'] = [];
    const createdRows: object[] = [];
    for (const relation of relations) {
      quoteIdentifier(relation.type);
      const existing = kept.get(keyOf(relation));
      if (existing) {
        combined.push(existing);
        combinedRows.push({ ...relation, props: combineRelationProps(existing.props, relation.props) });
      } else {
        const id = movedId(opts.into, relation);
        created.push({ type: relation.type, outgoing: relation.outgoing, other: relation.other, id });
        createdRows.push({ ...relation, props: { ...relation.props, id } });
      }
    }
    const combinedMentions: MovedMention[] = [];
    const mentionRows: MovedMention[] = [];
    const createdMentions: string[] = [];
    const createdMentionRows: MovedMention[] = [];
    for (const mention of mentions) {
      const existing = keptMentions.get(mention.documentId);
      if (existing) {
        combinedMentions.push({ documentId: mention.documentId, props: existing });
        mentionRows.push({ documentId: mention.documentId, props: combineMentionProps(existing, mention.props) });
      } else {
        createdMentions.push(mention.documentId);
        createdMentionRows.push(mention);
      }
    }

    await tx.run(SET_ASIDE, { from: opts.from, into: opts.into, type, snapshot: '' });
    await tx.run(SET_RELATIONS, { into: opts.into, rows: combinedRows });
    await tx.run(CREATE_RELATIONS, { entity: opts.into, rows: createdRows });
    await tx.run(SET_MENTIONS, { into: opts.into, rows: storableRows(mentionRows) });
    await tx.run(CREATE_MENTIONS, { entity: opts.into, rows: storableRows(createdMentionRows) });
    await tx.run(SET_ENTITY, { id: opts.into, props: storable(combineEntityProps(target, source)) });
    await tx.run(UPDATE_DEGREES, { ids: [opts.into, ...relations.map((r) => r.other)] });
    const snapshot: MergeSnapshot = {
      into: opts.into,
      type,
      by: opts.by,
      at: opts.at,
      relations,
      mentions,
      targetBefore: target,
      combined,
      created,
      combinedMentions,
      createdMentions,
      after: await keptState(run, opts.into),
    };
    await tx.run('MATCH (s:MergedEntity {id: $from}) SET s.merge = $snapshot', { from: opts.from, snapshot: JSON.stringify(snapshot) });
    return { moved: created.length, combined: combined.length, type };
  };
  return client.write(work);
}

export type UndoMergeRefusal = 'not-merged' | 'changed';

/** Puts a merged entity back as it was, and the kept one as it was before the merge, unless the kept one changed since. */
export async function undoMergeEntity(client: GraphClient, from: string): Promise<UndoMergeRefusal | MergeSnapshot> {
  return client.write(async (tx) => {
    const run = (query: string, params: object) => tx.run(query, params);
    const record = (await tx.run(READ_MERGED, { from })).records[0];
    const raw: unknown = record?.get('snapshot');
    if (typeof raw !== 'string' || raw === '') return 'not-merged';
    const snapshot = JSON.parse(raw) as MergeSnapshot;
    const into = snapshot.into;
    if ((await keptState(run, into)) !== snapshot.after) return 'changed';
    quoteIdentifier(snapshot.type);
    await tx.run(DELETE_RELATIONS, { into, rows: snapshot.created });
    await tx.run(SET_RELATIONS, { into, rows: snapshot.combined });
    await tx.run(DELETE_MENTIONS, { into, ids: snapshot.createdMentions });
    await tx.run(SET_MENTIONS, { into, rows: storableRows(snapshot.combinedMentions) });
    await tx.run(SET_ENTITY, { id: into, props: storable(snapshot.targetBefore) });
    await tx.run(PUT_BACK, { from, type: snapshot.type });
    for (const r of snapshot.relations) quoteIdentifier(r.type);
    await tx.run(CREATE_RELATIONS, { entity: from, rows: snapshot.relations });
    await tx.run(CREATE_MENTIONS, { entity: from, rows: storableRows(snapshot.mentions) });
    await tx.run(UPDATE_DEGREES, { ids: [into, from, ...snapshot.relations.map((r) => r.other)] });
    return snapshot;
  });
}

const FORGET_MERGES = `
MATCH (s:MergedEntity) WHERE $id IN coalesce(s.datasets, [])
DETACH DELETE s`;

/** Merged entities a removed data set supported can no longer be put back: what they held left with the data set. */
export async function forgetMergesOf(client: GraphClient, datasetId: string): Promise<void> {
  await client.write((tx) => tx.run(FORGET_MERGES, { id: datasetId }));
}

const RELATION_IDS_OF = `
MATCH (:Entity {id: $entityId})-[r]-(:Entity)
RETURN collect(r.id) AS ids`;

export async function readRelationIdsOf(client: GraphClient, entityId: string): Promise<string[]> {
  const record = await client.read(async (tx) => (await tx.run(RELATION_IDS_OF, { entityId })).records[0]);
  return ((record?.get('ids') as unknown[] | undefined) ?? []).map(String);
}

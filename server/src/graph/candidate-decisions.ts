// A reviewer's decisions on candidates, each one transaction: what it adds to the graph is written under the
// candidate's data set, and what it added is remembered on the candidate so that undoing it takes exactly that away.
import type { GraphClient } from './client.ts';
import { DATASET_PROPS, supportedBy, untagged } from './dataset-support.ts';
import { SET_DATE_SPAN_CLASS } from './date-spans.ts';
import type { EntityRow } from './dataset-writes.ts';
import { quoteIdentifier } from './identifiers.ts';

/** An entity a decision creates: an entity row with its type, and how often each document of its data set names it. */
export interface NewEntity extends EntityRow {
  type: string;
  mentions: { documentId: string; count: number }[];
}

/** One decision on the candidate's history, newest last: what undoing it must take away or put back. */
export type DecisionRecord =
  | {
      decision: 'accept-relation';
      relationId: string;
      type: string;
      source: string;
      target: string;
      /** The relation already carried the data set before (an import or another decision): undo keeps its tag. */
      wasSupported: boolean;
      /** The sentence was not yet its evidence: undo takes it away. */
      addedEvidence: boolean;
      documentId: string;
      quote: string;
      createdEntities: string[];
      /** Entity candidates accepted along with it, as its ends. */
      acceptedEntityCandidates: string[];
      /** The ends the reviewer named instead of the proposed ones, as they were named then. */
      chosenEnds?: { subject?: ChosenEnd; object?: ChosenEnd };
    }
  | { decision: 'accept-entity'; entityId: string; created: boolean }
  | { decision: 'merge'; entityId: string; addedAlias: boolean }
  | { decision: 'reject'; previous: string }
  | { decision: 'retype'; previous: string | null };

/** An existing entity a reviewer put at an end of a relation candidate. */
export interface ChosenEnd {
  name: string;
  type: string;
}

export interface DecisionStamp {
  by: string;
  at: string;
}

const CREATE_ENTITIES = `
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.type), n += row.props, n.datasets = [$dataset], n.datasetProps = [row.json], n.degree = 0, n._created = true
WITH n, row
CALL (n, row) {
  WITH n, row WHERE n._created
  UNWIND row.mentions AS mention
  MATCH (d:Document {id: mention.documentId})
  MERGE (d)-[m:MENTIONS]->(n)
  ON CREATE SET m.datasets = [$dataset], m.counts = [mention.count], m.count = mention.count
}
WITH n, coalesce(n._created, false) AS created
REMOVE n._created
RETURN n.id AS id, created`;

/**
 * The relation, created or found, and the sentence appended to its evidence unless it is there already. A relation
 * the data set already supported keeps its stored properties: only its evidence grows.
 */
const acceptRelationQuery = (type: string) => `
MATCH (s:Entity {id: $row.source}), (t:Entity {id: $row.target})
MERGE (s)-[r:${quoteIdentifier(type)} {id: $row.id}]->(t)
WITH s, t, r, $row AS row, $dataset IN coalesce(r.datasets, []) AS wasSupported
CALL (r, row, wasSupported) {
  WITH r, row WHERE NOT wasSupported
  ${supportedBy('r', DATASET_PROPS)}
  WITH r, row WHERE first
  SET r += row.props
  ${SET_DATE_SPAN_CLASS}
}
WITH s, t, r, row, wasSupported, coalesce(r.evidenceDatasetIds, []) AS evidenceDatasets
WITH s, t, r, row, wasSupported,
  [i IN range(0, size(evidenceDatasets) - 1) |
    {documentId: r.evidenceDocumentIds[i], quote: r.evidenceQuotes[i], date: r.evidenceDates[i],
      record: coalesce(r.evidenceRecords[i], ''), dataset: evidenceDatasets[i]}] AS entries
WITH s, t, r, wasSupported, entries,
  {documentId: row.evidence.documentId, quote: row.evidence.quote, date: row.evidence.date, record: row.evidence.record, dataset: $dataset} AS added
WITH s, t, r, wasSupported, added,
  any(e IN entries WHERE e.dataset = $dataset AND e.documentId = added.documentId AND e.quote = added.quote) AS had, entries
WITH s, t, r, wasSupported, had, CASE WHEN had THEN entries ELSE entries + [added] END AS entries
WITH s, t, r, wasSupported, had, reduce(acc = [], d IN r.datasets | acc + [e IN entries WHERE e.dataset = d]) AS evidence
SET r.evidenceDocumentIds = [e IN evidence | e.documentId],
  r.evidenceQuotes = [e IN evidence | e.quote],
  r.evidenceDates = [e IN evidence | e.date],
  r.evidenceRecords = [e IN evidence | e.record],
  r.evidenceDatasetIds = [e IN evidence | e.dataset],
  s.degree = COUNT { (s)--(:Entity) }, t.degree = COUNT { (t)--(:Entity) }
RETURN wasSupported, NOT had AS addedEvidence`;

/** The sentence leaves the relation's evidence; the data set's tag too when the decision brought it; an orphan goes. */
const UNDO_RELATION = `
MATCH (s:Entity {id: $source})-[r {id: $relationId}]->(t:Entity {id: $target})
WITH s, t, r, coalesce(r.evidenceDatasetIds, []) AS evidenceDatasets
WITH s, t, r, [i IN range(0, size(evidenceDatasets) - 1)
  WHERE NOT ($addedEvidence AND evidenceDatasets[i] = $id AND r.evidenceDocumentIds[i] = $documentId AND r.evidenceQuotes[i] = $quote)] AS keep
SET r.evidenceDocumentIds = [i IN keep | r.evidenceDocumentIds[i]],
  r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
  r.evidenceDates = [i IN keep | r.evidenceDates[i]],
  r.evidenceRecords = [i IN keep | coalesce(r.evidenceRecords[i], '')],
  r.evidenceDatasetIds = [i IN keep | r.evidenceDatasetIds[i]]
WITH s, t, r
CALL (r) {
  WITH r WHERE NOT $wasSupported AND NOT $id IN r.evidenceDatasetIds
  ${untagged('r', DATASET_PROPS)}
}
WITH s, t, r, size(r.datasets) = 0 AS orphan
CALL (r, orphan) { WITH r WHERE orphan DELETE r }
SET s.degree = COUNT { (s)--(:Entity) }, t.degree = COUNT { (t)--(:Entity) }
RETURN orphan`;

/** An entity a decision created goes with the decision, unless something else now stands on it. */
const DELETE_CREATED_ENTITIES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE NOT (n)--(:Entity) AND n.datasets = [$id]
DETACH DELETE n`;

const ENTITY_IN_USE = `
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--(:Entity) } AS relations`;

const ADD_ALIAS = `
MATCH (n:Entity {id: $entityId})
WITH n, NOT any(a IN coalesce(n.aliases, []) + [n.name] WHERE toLower(a) = toLower($alias)) AS adds
CALL (n, adds) {
  WITH n WHERE adds
  SET n.aliases = coalesce(n.aliases, []) + $alias
  SET n.aliasText = reduce(text = '', a IN n.aliases | CASE WHEN text = '' THEN a ELSE text + ' | ' + a END)
}
RETURN adds`;

const REMOVE_ALIAS = `
MATCH (n:Entity {id: $entityId})
SET n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> $alias]
SET n.aliasText = reduce(text = '', a IN n.aliases | CASE WHEN text = '' THEN a ELSE text + ' | ' + a END)`;

/** The candidate's new state, with its history of decisions (JSON, newest last) for undo. */
const SET_CANDIDATE = `
MATCH (c:EntityCandidate|RelationCandidate {id: $id})
SET c += $props, c.history = $history`;

/** What a candidate's row becomes: its status and decision fields, and its history. */
export interface CandidateUpdate {
  id: string;
  props: Record<string, string | number | null>;
  history: string[];
}

export interface AcceptedRelation {
  dataset: string;
  relation: {
    id: string;
    type: string;
    source: string;
    target: string;
    props: Record<string, string | null>;
    json: string;
    evidence: { documentId: string; quote: string; date: string; record: '' };
  };
  newEntities: readonly NewEntity[];
}

/** Creates the ends the relation needs and the relation with its sentence; the caller then records the decision. */
export async function acceptRelation(
  client: GraphClient,
  accepted: AcceptedRelation,
  record: (outcome: { createdEntities: string[]; wasSupported: boolean; addedEvidence: boolean }) => CandidateUpdate[],
): Promise<void> {
  await client.write(async (tx) => {
    const entities = accepted.newEntities.map((e) => ({ ...e, json: JSON.stringify({ type: e.type, ...e.props }) }));
    entities.forEach((e) => quoteIdentifier(e.type));
    const created = (await tx.run(CREATE_ENTITIES, { entities, dataset: accepted.dataset })).records
      .filter((r) => r.get('created') === true)
      .map((r) => String(r.get('id')));
    const outcome = (await tx.run(acceptRelationQuery(accepted.relation.type), { row: accepted.relation, dataset: accepted.dataset }))
      .records[0];
    if (!outcome) throw new Error(`an end of relation '${accepted.relation.id}' is not in the graph`);
    const updates = record({
      createdEntities: created,
      wasSupported: outcome.get('wasSupported') === true,
      addedEvidence: outcome.get('addedEvidence') === true,
    });
    for (const update of updates) await tx.run(SET_CANDIDATE, update);
  });
}

export async function undoAcceptedRelation(
  client: GraphClient,
  dataset: string,
  record: Extract<DecisionRecord, { decision: 'accept-relation' }>,
  updates: CandidateUpdate[],
): Promise<void> {
  await client.write(async (tx) => {
    await tx.run(UNDO_RELATION, { ...record, id: dataset });
    await tx.run(DELETE_CREATED_ENTITIES, { ids: record.createdEntities, id: dataset });
    for (const update of updates) await tx.run(SET_CANDIDATE, update);
  });
}

/** Creates the entity (unless an entity with its id exists); says whether it did. */
export async function acceptEntity(client: GraphClient, dataset: string, entity: NewEntity, update: (created: boolean) => CandidateUpdate) {
  await client.write(async (tx) => {
    quoteIdentifier(entity.type);
    const rows = [{ ...entity, json: JSON.stringify({ type: entity.type, ...entity.props }) }];
    const created = (await tx.run(CREATE_ENTITIES, { entities: rows, dataset })).records[0]?.get('created') === true;
    await tx.run(SET_CANDIDATE, update(created));
  });
}

/** How many relations stand on an entity; null when there is no such entity. */
export async function countEntityRelations(client: GraphClient, id: string): Promise<number | null> {
  const record = await client.read(async (tx) => (await tx.run(ENTITY_IN_USE, { id })).records[0]);
  return record ? Number(record.get('relations')) : null;
}

export async function undoAcceptedEntity(client: GraphClient, dataset: string, entityId: string | null, update: CandidateUpdate) {
  await client.write(async (tx) => {
    if (entityId !== null) await tx.run(DELETE_CREATED_ENTITIES, { ids: [entityId], id: dataset });
    await tx.run(SET_CANDIDATE, update);
  });
}

/** Adds the candidate's name to the entity's aliases (unless it is there already); says whether it did. */
export async function mergeIntoEntity(client: GraphClient, entityId: string, alias: string, update: (added: boolean) => CandidateUpdate) {
  await client.write(async (tx) => {
    const adds = (await tx.run(ADD_ALIAS, { entityId, alias })).records[0]?.get('adds') === true;
    await tx.run(SET_CANDIDATE, update(adds));
  });
}

export async function undoMerge(client: GraphClient, entityId: string, alias: string | null, update: CandidateUpdate) {
  await client.write(async (tx) => {
    if (alias !== null) await tx.run(REMOVE_ALIAS, { entityId, alias });
    await tx.run(SET_CANDIDATE, update);
  });
}

/** A decision that changes only candidates (reject, retype, their undo). */
export async function updateCandidates(client: GraphClient, updates: readonly CandidateUpdate[]): Promise<void> {
  await client.write(async (tx) => {
    for (const update of updates) await tx.run(SET_CANDIDATE, update);
  });
}

// The review queue: a data set's candidates with what the graph already says about them, and a reviewer's decisions,
// each undoable, each recorded with who took it and when.
import {
  relationId as relationIdOf,
  type CandidateDecision,
  type CandidateDecisionResponse,
  type CandidatesQuery,
  type CandidatesResponse,
  type EntityCandidate,
  type RelationCandidate,
  type Vocabulary,
} from '@kgx/contract';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import {
  acceptEntity,
  acceptRelation,
  countEntityRelations,
  mergeIntoEntity,
  undoAcceptedEntity,
  undoAcceptedRelation,
  undoMerge,
  updateCandidates,
  type CandidateUpdate,
  type ChosenEnd,
  type DecisionRecord,
  type DecisionStamp,
  type NewEntity,
} from '../graph/candidate-decisions.ts';
import { readRelationFacts, type RelationFact } from '../graph/candidate-facts.ts';
import { readEntity, readEntityTypes } from '../graph/entities.ts';
import { countCandidates, listCandidates, readCandidate, readEntityCandidatesByName, type StoredCandidate } from '../graph/candidates.ts';
import type { GraphClient } from '../graph/client.ts';
import { readDatasetSummary } from '../graph/datasets.ts';
import { readDocumentTexts } from '../graph/documents.ts';
import { redateRelations } from '../ingest/relation-days.ts';
import { nameKey } from './candidate-keys.ts';
import { findMentionSpans } from './mention-spans.ts';
import { describeContradictions } from './contradictions.ts';
import { documentChanges } from './document-changes.ts';
import type { VocabularyService } from './vocabulary-service.ts';

const str = (c: StoredCandidate, key: string): string => String(c[key] ?? '');
const optional = (c: StoredCandidate, key: string): string | undefined => (typeof c[key] === 'string' ? c[key] : undefined);
const num = (c: StoredCandidate, key: string): number => Number(c[key] ?? 0);

function historyOf(c: StoredCandidate): DecisionRecord[] {
  const raw = c['history'];
  return Array.isArray(raw) ? raw.map((entry) => JSON.parse(String(entry)) as DecisionRecord) : [];
}

function decided(c: StoredCandidate) {
  const by = optional(c, 'decidedBy');
  const at = optional(c, 'decidedAt');
  return by !== undefined && at !== undefined ? { decided: { by, at } } : {};
}

function sentenceOf(c: StoredCandidate, text: string) {
  return { start: num(c, 'sentenceStart'), end: num(c, 'sentenceEnd'), text };
}

export function toEntityCandidate(c: StoredCandidate): EntityCandidate {
  const mergeWithId = optional(c, 'mergeWithId');
  const entityId = optional(c, 'entityId');
  return {
    id: c.id,
    name: str(c, 'name'),
    type: str(c, 'type'),
    documentId: str(c, 'documentId'),
    start: num(c, 'start'),
    end: num(c, 'end'),
    sentence: sentenceOf(c, str(c, 'sentenceText')),
    occurrences: num(c, 'occurrences'),
    why: { rule: str(c, 'rule'), words: str(c, 'words') },
    ...(mergeWithId === undefined
      ? {}
      : { mergeWith: { id: mergeWithId, name: optional(c, 'mergeWithName') ?? mergeWithId, reason: str(c, 'mergeReason') } }),
    status: str(c, 'status') as EntityCandidate['status'],
    ...(entityId === undefined ? {} : { entityId }),
    ...decided(c),
  };
}

/**
 * A relation candidate's end: the entity the accepted relation joins; else its entity, or the entity its candidate
 * became once accepted or merged.
 */
function endOf(c: StoredCandidate, side: 'subject' | 'object', byName: ReadonlyMap<string, StoredCandidate>) {
  const name = str(c, `${side}Name`);
  const candidate = byName.get(nameKey(name));
  const accepted = str(c, 'status') === 'accepted' ? historyOf(c).findLast((h) => h.decision === 'accept-relation') : undefined;
  const acceptedRelation = accepted?.decision === 'accept-relation' ? accepted : undefined;
  const resolved =
    (acceptedRelation === undefined ? undefined : side === 'subject' ? acceptedRelation.source : acceptedRelation.target) ??
    optional(c, `${side}Id`) ??
    (candidate === undefined ? undefined : optional(candidate, 'entityId'));
  // An end the reviewer replaced is named as the entity chosen, not as the words of the sentence.
  const chosen = acceptedRelation?.chosenEnds?.[side];
  return {
    ...(resolved === undefined ? {} : { id: resolved }),
    name: chosen?.name ?? name,
    type: chosen?.type ?? str(c, `${side}Type`),
    start: num(c, `${side}Start`),
    end: num(c, `${side}End`),
  };
}

function toRelationCandidate(
  c: StoredCandidate,
  byName: ReadonlyMap<string, StoredCandidate>,
  facts: ReadonlyMap<string, RelationFact[]>,
): RelationCandidate {
  const subject = endOf(c, 'subject', byName);
  const object = endOf(c, 'object', byName);
  const type = optional(c, 'type');
  const role = optional(c, 'role');
  const date = optional(c, 'date');
  const relationId = optional(c, 'relationId');
  const known = subject.id !== undefined && object.id !== undefined ? (facts.get(`${subject.id}\u0000${object.id}`) ?? []) : [];
  const corroborated =
    type !== undefined && str(c, 'status') === 'open' ? known.find((f) => f.type === type && f.source === subject.id) : undefined;
  const contradicts = describeContradictions({ type, date, subjectId: subject.id }, known);
  return {
    id: c.id,
    subject,
    object,
    ...(type === undefined ? {} : { type }),
    ...(role === undefined ? {} : { role }),
    ...(date === undefined ? {} : { date }),
    documentId: str(c, 'documentId'),
    quote: str(c, 'quote'),
    sentence: sentenceOf(c, str(c, 'quote')),
    why: { rule: str(c, 'rule'), words: str(c, 'words') },
    status: str(c, 'status') as RelationCandidate['status'],
    ...(corroborated === undefined ? {} : { corroborates: corroborated.id }),
    ...(contradicts.length === 0 ? {} : { contradicts }),
    ...(relationId === undefined ? {} : { relationId }),
    ...decided(c),
  };
}

/** The decisions that change the graph, not only the candidate. */
type GraphDecision = Extract<CandidateDecision, { decision: 'accept' | 'merge' }>;

const MAX_ID_SUFFIX = 20;

/** The ids an entity a reviewer brings into the graph may take, first choice first: its type and name, then numbered. */
function candidateIds(type: string, name: string): string[] {
  const slug =
    nameKey(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'entity';
  const base = `${type.toLowerCase()}:${slug}`;
  return [base, ...Array.from({ length: MAX_ID_SUFFIX }, (_, i) => `${base}-${i + 2}`)];
}

function newEntityId(type: string, name: string, taken: (id: string) => boolean): string {
  const id = candidateIds(type, name).find((candidate) => !taken(candidate));
  if (id === undefined) throw new ConflictError(`too many entities are already called '${name}'; merge it into one of them instead`);
  return id;
}

export class CandidateService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
    /** Told after a decision or an undo that may change the evidence: the stored count follows. */
    private readonly aggregates: { changed(): void },
  ) {}

  async list(datasetId: string, query: CandidatesQuery): Promise<CandidatesResponse> {
    if (!(await readDatasetSummary(this.client, datasetId)))
      throw new NotFoundError('DATASET_NOT_FOUND', `no data set with id '${datasetId}'`);
    const status = query.status === 'all' ? undefined : query.status;
    const stored = await listCandidates(this.client, datasetId, { status, documentId: query.documentId });
    const entities = stored.filter((c) => c.kind === 'entity');
    const relations = stored.filter((c) => c.kind === 'relation');
    const byName = await this.entityCandidatesByName(datasetId, relations);
    const pairs = relations
      .map((c) => [endOf(c, 'subject', byName).id, endOf(c, 'object', byName).id] as const)
      .filter((p): p is readonly [string, string] => p[0] !== undefined && p[1] !== undefined);
    const facts = await readRelationFacts(this.client, pairs);
    const about = query.entityId;
    const entityCandidates = entities
      .map(toEntityCandidate)
      .filter((c) => about === undefined || c.mergeWith?.id === about || c.entityId === about);
    const relationCandidates = relations
      .map((c) => toRelationCandidate(c, byName, facts))
      .filter((c) => about === undefined || c.subject.id === about || c.object.id === about);
    return {
      datasetId,
      entities: entityCandidates,
      relations: relationCandidates,
      documents: documentChanges(entityCandidates, relationCandidates),
      counts: await countCandidates(this.client, datasetId),
    };
  }

  async decide(id: string, decision: CandidateDecision, by: string): Promise<CandidateDecisionResponse> {
    const candidate = await this.require(id);
    const status = str(candidate, 'status');
    const stamp: DecisionStamp = { by, at: new Date().toISOString() };
    if (decision.decision !== 'retype' && status !== 'open') {
      throw new ConflictError(`candidate '${id}' is already ${status}; undo that decision first`);
    }
    const stamped = { decidedBy: stamp.by, decidedAt: stamp.at };
    const history = historyOf(candidate);
    // Rejecting and retyping change only the candidate, whatever its kind.
    if (decision.decision === 'reject') {
      await updateCandidates(this.client, [
        this.update(candidate, [...history, { decision: 'reject', previous: 'open' }], { status: 'rejected', ...stamped }),
      ]);
    } else if (decision.decision === 'retype') {
      if (candidate.kind === 'entity') await this.requireEntityType(decision.type, 'type');
      else await this.requireRelationType(decision.type);
      await updateCandidates(this.client, [
        this.update(candidate, [...history, { decision: 'retype', previous: optional(candidate, 'type') ?? null }], {
          type: decision.type,
          ...stamped,
        }),
      ]);
    } else if (candidate.kind === 'entity') await this.decideEntity(candidate, decision, stamp);
    else await this.decideRelation(candidate, decision, stamp);
    if (decision.decision !== 'reject' && decision.decision !== 'retype') this.aggregates.changed();
    return this.respond(id);
  }

  /** Undoes the candidate's latest decision: what it added to the graph leaves, and the candidate is as it was. */
  async undo(id: string, by: string): Promise<CandidateDecisionResponse> {
    const candidate = await this.require(id);
    const history = historyOf(candidate);
    const last = history.pop();
    if (last === undefined) throw new ConflictError(`candidate '${id}' has no decision to undo`);
    const reopened = this.update(candidate, history, {
      status: 'open',
      decidedBy: by,
      decidedAt: new Date().toISOString(),
      entityId: null,
      relationId: null,
    });
    const dataset = str(candidate, 'datasetId');
    switch (last.decision) {
      case 'accept-relation': {
        for (const entityId of last.createdEntities) {
          if (((await countEntityRelations(this.client, entityId)) ?? 0) > 1) {
            throw new ConflictError(`entity '${entityId}', which this decision created, now has other relations; undo those first`);
          }
        }
        const entityUpdates = await this.reopenEntityCandidates(last.acceptedEntityCandidates, by);
        await undoAcceptedRelation(this.client, dataset, last, [reopened, ...entityUpdates]);
        await redateRelations(this.client, [last.relationId]);
        this.aggregates.changed();
        break;
      }
      case 'accept-entity': {
        if (last.created && ((await countEntityRelations(this.client, last.entityId)) ?? 0) > 0) {
          throw new ConflictError(`entity '${last.entityId}' has relations now; undo the decisions that made them first`);
        }
        await undoAcceptedEntity(this.client, dataset, last.created ? last.entityId : null, reopened);
        break;
      }
      case 'merge':
        await undoMerge(this.client, last.entityId, last.addedAlias ? str(candidate, 'name') : null, reopened);
        break;
      case 'reject':
        await updateCandidates(this.client, [reopened]);
        break;
      case 'retype':
        await updateCandidates(this.client, [
          this.update(candidate, history, {
            type: last.previous,
            status: str(candidate, 'status'),
            decidedBy: by,
            decidedAt: new Date().toISOString(),
          }),
        ]);
        break;
    }
    return this.respond(id);
  }

  private async decideEntity(candidate: StoredCandidate, decision: GraphDecision, stamp: DecisionStamp): Promise<void> {
    const history = historyOf(candidate);
    const dataset = str(candidate, 'datasetId');
    const stamped = { decidedBy: stamp.by, decidedAt: stamp.at };
    switch (decision.decision) {
      case 'merge': {
        if ((await countEntityRelations(this.client, decision.entityId)) === null) {
          throw new ValidationError(`entityId: no entity with id '${decision.entityId}'`, [
            { parameter: 'entityId', reason: 'no such entity' },
          ]);
        }
        await mergeIntoEntity(this.client, decision.entityId, str(candidate, 'name'), (addedAlias) =>
          this.update(candidate, [...history, { decision: 'merge', entityId: decision.entityId, addedAlias }], {
            status: 'merged',
            entityId: decision.entityId,
            ...stamped,
          }),
        );
        return;
      }
      case 'accept': {
        const type = decision.type ?? str(candidate, 'type');
        await this.requireEntityType(type, 'type');
        const entity = await this.newEntity({ name: str(candidate, 'name'), type, documentId: str(candidate, 'documentId') });
        await acceptEntity(this.client, dataset, entity, (created) =>
          this.update(candidate, [...history, { decision: 'accept-entity', entityId: entity.id, created }], {
            status: 'accepted',
            type,
            entityId: entity.id,
            ...stamped,
          }),
        );
        return;
      }
    }
  }

  private async decideRelation(candidate: StoredCandidate, decision: GraphDecision, stamp: DecisionStamp): Promise<void> {
    const history = historyOf(candidate);
    const stamped = { decidedBy: stamp.by, decidedAt: stamp.at };
    switch (decision.decision) {
      case 'merge':
        throw new ValidationError('decision: merge is for entity candidates; a relation candidate is accepted, rejected or retyped', [
          { parameter: 'decision', reason: 'merge applies to entity candidates only' },
        ]);
      case 'accept':
        await this.acceptRelationCandidate(candidate, decision, history, stamped);
    }
  }

  private async acceptRelationCandidate(
    candidate: StoredCandidate,
    decision: Extract<CandidateDecision, { decision: 'accept' }>,
    history: DecisionRecord[],
    stamped: { decidedBy: string; decidedAt: string },
  ): Promise<void> {
    const dataset = str(candidate, 'datasetId');
    const type = decision.type ?? optional(candidate, 'type');
    if (type === undefined) {
      throw new ValidationError('type: this candidate has no type; give the relation type to accept it as', [
        { parameter: 'type', reason: 'needed for an untyped candidate' },
      ]);
    }
    const definition = await this.requireRelationType(type);
    const byName = await this.entityCandidatesByName(dataset, [candidate]);
    const newEntities: NewEntity[] = [];
    const entityCandidates: StoredCandidate[] = [];
    const chosenEnds: { subject?: ChosenEnd; object?: ChosenEnd } = {};
    const resolveEnd = async (side: 'subject' | 'object', given: string | undefined): Promise<{ id: string; type: string }> => {
      const parameter = `${side}Id`;
      if (given !== undefined) {
        const found = await readEntity(this.client, given);
        if (found === null)
          throw new ValidationError(`${parameter}: no entity with id '${given}'`, [{ parameter, reason: 'no such entity' }]);
        chosenEnds[side] = { name: found.entity.name, type: found.entity.type };
        return { id: given, type: found.entity.type };
      }
      const end = endOf(candidate, side, byName);
      if (end.id !== undefined) return { id: end.id, type: (await this.entityType(end.id)) ?? end.type };
      const entityCandidate = byName.get(nameKey(end.name));
      if (entityCandidate && str(entityCandidate, 'status') === 'rejected') {
        throw new ConflictError(`the ${side} '${end.name}' was rejected as an entity; name an existing entity as ${parameter}`);
      }
      if (entityCandidate && optional(entityCandidate, 'mergeWithId') !== undefined) {
        throw new ConflictError(
          `the ${side} '${end.name}' may be entity '${str(entityCandidate, 'mergeWithId')}': decide on entity candidate '${entityCandidate.id}' first, or name the entity as ${parameter}`,
        );
      }
      const endType = entityCandidate ? str(entityCandidate, 'type') : end.type;
      const entity = await this.newEntity({ name: end.name, type: endType, documentId: str(candidate, 'documentId') }, newEntities);
      newEntities.push(entity);
      if (entityCandidate) entityCandidates.push(entityCandidate);
      return { id: entity.id, type: endType };
    };
    const subject = await resolveEnd('subject', decision.subjectId);
    const object = await resolveEnd('object', decision.objectId);
    if (subject.id === object.id)
      throw new ValidationError('objectId: a relation joins two different entities', [
        { parameter: 'objectId', reason: 'same as the subject' },
      ]);
    for (const [end, allowed, parameter] of [
      [subject, definition.sourceTypes, 'subjectId'],
      [object, definition.targetTypes, 'objectId'],
    ] as const) {
      if (allowed !== undefined && !allowed.includes(end.type)) {
        throw new ValidationError(`${parameter}: a ${type} relation does not take a ${end.type} here (only ${allowed.join(', ')})`, [
          { parameter, reason: `a ${end.type} cannot be this end of ${type}` },
        ]);
      }
    }
    const quote = str(candidate, 'quote');
    const documentId = str(candidate, 'documentId');
    const texts = await readDocumentTexts(this.client, [documentId]);
    if (!(texts.get(documentId) ?? '').includes(quote)) {
      throw new ConflictError(`document '${documentId}' no longer holds the candidate's sentence; run extraction again`);
    }
    const id = relationIdOf({ type, source: subject.id, target: object.id });
    const role = optional(candidate, 'role') ?? null;
    const props = { detail: null, role, startDate: null, endDate: null };
    await acceptRelation(
      this.client,
      {
        dataset,
        relation: {
          id,
          type,
          source: subject.id,
          target: object.id,
          props,
          json: JSON.stringify(props),
          evidence: { documentId, quote, date: optional(candidate, 'date') ?? '', record: '' },
        },
        newEntities,
      },
      (outcome) => {
        const created = new Set(outcome.createdEntities);
        const accepted = entityCandidates.filter((c) => {
          const entity = newEntities.find((e) => nameKey(e.props.name) === str(c, 'nameKey'));
          return entity !== undefined && created.has(entity.id);
        });
        const record: DecisionRecord = {
          decision: 'accept-relation',
          relationId: id,
          type,
          source: subject.id,
          target: object.id,
          wasSupported: outcome.wasSupported,
          addedEvidence: outcome.addedEvidence,
          documentId,
          quote,
          createdEntities: outcome.createdEntities,
          acceptedEntityCandidates: accepted.map((c) => c.id),
          ...(chosenEnds.subject || chosenEnds.object ? { chosenEnds } : {}),
        };
        return [
          this.update(candidate, [...history, record], {
            status: 'accepted',
            type,
            relationId: id,
            ...stamped,
          }),
          ...accepted.map((c) => {
            const entityId = newEntities.find((e) => nameKey(e.props.name) === str(c, 'nameKey'))?.id ?? '';
            return this.update(c, [...historyOf(c), { decision: 'accept-entity', entityId, created: false }], {
              status: 'accepted',
              entityId,
              ...stamped,
            });
          }),
        ];
      },
    );
    await redateRelations(this.client, [id]);
  }

  /** Entity candidates a relation's acceptance accepted along with it, open again. */
  private async reopenEntityCandidates(ids: readonly string[], by: string): Promise<CandidateUpdate[]> {
    const updates: CandidateUpdate[] = [];
    for (const id of ids) {
      const c = await readCandidate(this.client, id);
      if (!c) continue;
      const history = historyOf(c);
      history.pop();
      updates.push(this.update(c, history, { status: 'open', entityId: null, decidedBy: by, decidedAt: new Date().toISOString() }));
    }
    return updates;
  }

  private update(c: StoredCandidate, history: readonly DecisionRecord[], props: CandidateUpdate['props']): CandidateUpdate {
    return { id: c.id, props, history: history.map((h) => JSON.stringify(h)) };
  }

  /** A new entity from a candidate name: an id of its own, and the mentions its document makes of it. */
  private async newEntity(end: { name: string; type: string; documentId: string }, alsoNew: readonly NewEntity[] = []): Promise<NewEntity> {
    const taken = new Set(alsoNew.map((e) => e.id));
    // Every id it may take, looked up at once.
    for (const id of (await readEntityTypes(this.client, candidateIds(end.type, end.name))).keys()) taken.add(id);
    const id = newEntityId(end.type, end.name, (candidate) => taken.has(candidate));
    const text = (await readDocumentTexts(this.client, [end.documentId])).get(end.documentId) ?? '';
    const spans = findMentionSpans(text, [{ id, name: end.name, aliases: [] }]).get(id) ?? [];
    return {
      id,
      type: end.type,
      props: {
        name: end.name,
        aliases: [],
        aliasText: '',
        description: '',
        startDate: null,
        endDate: null,
        latitude: null,
        longitude: null,
      },
      mentions: spans.length > 0 ? [{ documentId: end.documentId, count: spans.length }] : [],
    };
  }

  private async entityType(id: string): Promise<string | null> {
    return (await readEntityTypes(this.client, [id])).get(id) ?? null;
  }

  private async requireEntityType(type: string, parameter: string): Promise<void> {
    await this.vocabulary.requireTypes({ entityTypes: { [parameter]: [type] } }).catch((error: unknown) => {
      if (error instanceof ValidationError)
        throw new ValidationError(`${parameter}: no entity type '${type}' in the vocabulary`, [
          { parameter, reason: 'not in the vocabulary' },
        ]);
      throw error;
    });
  }

  private async requireRelationType(type: string): Promise<Vocabulary['relationTypes'][number]> {
    let definition = (await this.vocabulary.current()).relationTypes.find((t) => t.type === type);
    definition ??= (await this.vocabulary.refresh()).relationTypes.find((t) => t.type === type);
    if (!definition)
      throw new ValidationError(`type: no relation type '${type}' in the vocabulary`, [
        { parameter: 'type', reason: 'not in the vocabulary' },
      ]);
    return definition;
  }

  private async entityCandidatesByName(dataset: string, relations: readonly StoredCandidate[]): Promise<Map<string, StoredCandidate>> {
    const keys = relations.flatMap((c) =>
      (['subject', 'object'] as const)
        .filter((side) => optional(c, `${side}Id`) === undefined)
        .map((side) => nameKey(str(c, `${side}Name`))),
    );
    const found = await readEntityCandidatesByName(this.client, dataset, keys);
    return new Map(found.map((c) => [str(c, 'nameKey'), c]));
  }

  private async require(id: string): Promise<StoredCandidate> {
    const candidate = await readCandidate(this.client, id);
    if (!candidate) throw new NotFoundError('CANDIDATE_NOT_FOUND', `no candidate with id '${id}'`);
    return candidate;
  }

  private async respond(id: string): Promise<CandidateDecisionResponse> {
    const candidate = await this.require(id);
    if (candidate.kind === 'entity') return { entity: toEntityCandidate(candidate) };
    const dataset = str(candidate, 'datasetId');
    const byName = await this.entityCandidatesByName(dataset, [candidate]);
    const subject = endOf(candidate, 'subject', byName).id;
    const object = endOf(candidate, 'object', byName).id;
    const facts = await readRelationFacts(this.client, subject !== undefined && object !== undefined ? [[subject, object]] : []);
    return { relation: toRelationCandidate(candidate, byName, facts) };
  }
}

// Turns FollowTheMoney entities, one line at a time, into our entity records and relations with record evidence.
import { relationId, type EntityRecord, type RecordEvidenceRecord, type RelationRecord, type RelationType } from '@kgx/contract';
import {
  FTM_ADDRESS_REFERENCE,
  FTM_DESCRIPTION,
  FTM_ENTITY_SCHEMATA,
  FTM_INTERVAL_END,
  FTM_INTERVAL_START,
  FTM_OTHER_NAMES,
  FTM_RELATION_SCHEMATA,
  FTM_SANCTION,
  valuesOf,
  type FtmEntityMapping,
  type FtmProperties,
} from './ftm-schemata.ts';
import {
  authorityId,
  clip,
  distinctNames,
  endsBeforeStart,
  extremeDate,
  pickDate,
  tidy,
  toRecordCells,
  type FtmEntity,
  type UnreadableValue,
} from './ftm-values.ts';
import { NoticeTally } from './notice-tally.ts';
import type { SourceNotice } from './source.ts';

/** Where a record was read. */
export interface FtmPlace {
  file: string;
  line: number;
  /** Records of the import's first file need not name it: the problems say that file already. */
  firstFile: boolean;
  id?: string;
  /** Why the line is no entity, for a line the checks will refuse. */
  problem?: string;
}

/** `line 12 (id)`, with the file when it is not the first, and why a line that is no entity is not one. */
export function describePlace(place: FtmPlace): string {
  const where = place.firstFile ? `line ${place.line}` : `line ${place.line} of ${place.file}`;
  const what = place.problem ?? place.id;
  return what === undefined ? where : `${where} (${what})`;
}

/** One interval (or one end pair of it) before the intervals sharing a type and ends become one relation. */
interface RelationPart {
  type: RelationType;
  source: string | undefined;
  target: string | undefined;
  /** The authority a Sanction names: an entity this reader makes, not one the stream holds. */
  authority?: { id: string; name: string };
  start: string | undefined;
  end: string | undefined;
  /** Whether it runs on: it has a start and no end. */
  open: boolean;
  roles: string[];
  details: string[];
  evidence: RecordEvidenceRecord;
  place: FtmPlace;
}

/** A relation as read: its ends may be missing, for the check to refuse with the line that lacks them. */
export type RelationDraft = Omit<RelationRecord, 'source' | 'target'> & { source?: string; target?: string };

/** What the records of a whole stream come to. */
export interface FtmContents {
  entities: unknown[];
  entityPlaces: FtmPlace[];
  relations: RelationDraft[];
  relationPlaces: FtmPlace[][];
  notices: SourceNotice[];
}

export class FtmRecords {
  private readonly entities: unknown[] = [];
  private readonly entityPlaces: FtmPlace[] = [];
  private readonly parts: RelationPart[] = [];
  /** Ids of entities whose schema is not imported, with the schema: relations to them are reported, not refused. */
  private readonly unimported = new Map<string, string>();
  private readonly tally = new NoticeTally();

  /** A line that is no FtM entity goes on as a record the entity check refuses, so it is reported where it is. */
  addBadLine(text: string, place: FtmPlace): void {
    this.entities.push(clip(text, 200));
    this.entityPlaces.push(place);
  }

  add(entity: FtmEntity, place: FtmPlace): void {
    const thing = FTM_ENTITY_SCHEMATA.get(entity.schema);
    const interval = FTM_RELATION_SCHEMATA.get(entity.schema);
    if (thing !== undefined) {
      this.entities.push(this.toEntity(entity, thing, place));
      this.entityPlaces.push(place);
      // Where a thing is holds for as long as the source says nothing else: no dates of its own.
      const addresses = valuesOf(entity.properties, FTM_ADDRESS_REFERENCE.property);
      if (addresses.length > 0) {
        const part = this.partOf(entity, place, [], [], { start: [], end: [] });
        for (const address of addresses) {
          this.parts.push({ ...part, type: FTM_ADDRESS_REFERENCE.type, source: entity.id, target: tidy(address) });
        }
      }
    } else if (interval !== undefined) {
      const roles = interval.role.flatMap((name) => valuesOf(entity.properties, name));
      const part = this.partOf(entity, place, roles, interval.detail(entity.properties));
      for (const [source, target] of this.ends(entity, interval.source, interval.target)) {
        this.parts.push({ ...part, type: interval.type, source, target });
      }
    } else if (entity.schema === FTM_SANCTION.schema) {
      this.addSanction(entity, place);
    } else {
      this.unimported.set(entity.id, entity.schema);
      this.tally.add(place.file, place.line, `schema:${entity.schema}`, (count) =>
        count === 1
          ? `an entity of schema ${entity.schema} is not imported: the vocabulary has no type for it`
          : `${count} entities of schema ${entity.schema} are not imported: the vocabulary has no type for them`,
      );
    }
  }

  /** Every pairing of the ids an interval's two ends hold; a missing end stays missing, for the check to refuse. */
  private ends(entity: FtmEntity, source: string, target: string): [string | undefined, string | undefined][] {
    const sources: (string | undefined)[] = valuesOf(entity.properties, source).map(tidy);
    const targets: (string | undefined)[] = valuesOf(entity.properties, target).map(tidy);
    return (sources.length > 0 ? sources : [undefined]).flatMap((s) =>
      (targets.length > 0 ? targets : [undefined]).map((t): [string | undefined, string | undefined] => [s, t]),
    );
  }

  /** A Sanction becomes one SANCTIONED relation from each authority it names to each entity it names (see FTM_SANCTION). */
  private addSanction(entity: FtmEntity, place: FtmPlace): void {
    const authorities = distinctNames(valuesOf(entity.properties, FTM_SANCTION.authority), 200);
    if (authorities.length === 0) {
      this.tally.add(place.file, place.line, 'sanction-without-authority', (count) =>
        count === 1
          ? 'a Sanction is not imported: it names no authority to be the source of a SANCTIONED relation'
          : `${count} Sanctions are not imported: they name no authority to be the source of a SANCTIONED relation`,
      );
      return;
    }
    const dates = { start: FTM_SANCTION.start, end: FTM_SANCTION.end };
    const part = this.partOf(entity, place, [], FTM_SANCTION.detail(entity.properties), dates);
    for (const name of authorities) {
      const id = authorityId(name);
      for (const [, target] of this.ends(entity, FTM_SANCTION.authority, FTM_SANCTION.entity)) {
        this.parts.push({ ...part, type: FTM_SANCTION.type, source: id, target, authority: { id, name } });
      }
    }
  }

  /** What every relation part of an FtM entity shares: its dates, role, detail and its record as evidence. */
  private partOf(
    entity: FtmEntity,
    place: FtmPlace,
    roles: readonly string[],
    details: readonly string[],
    dates: { start: readonly string[]; end: readonly string[] } = { start: FTM_INTERVAL_START, end: FTM_INTERVAL_END },
  ): Omit<RelationPart, 'type' | 'source' | 'target'> {
    const p = entity.properties;
    const unreadable = this.unreadable(place);
    const ignore = () => undefined;
    const start = pickDate(p, dates.start, 'earliest', unreadable);
    let end = pickDate(p, dates.end, 'latest', unreadable);
    // A `date` alone is a day (a payment's), not the start of something still running.
    const pointInTime = dates.start.every((name) => name === 'date' || valuesOf(p, name).length === 0);
    if (end === undefined && pointInTime) end = start;
    if (endsBeforeStart(start, end)) {
      this.noteReversedDates(place);
      end = undefined;
    }
    // The record's own day, when it gives one; its start and end are the relation's.
    const day = pickDate(p, ['date'], 'earliest', ignore);
    const sourceUrl = tidy(valuesOf(p, 'sourceUrl')[0] ?? '');
    const publisher = tidy(valuesOf(p, 'publisher')[0] ?? '');
    return {
      start,
      end,
      open: start !== undefined && end === undefined,
      roles: [...roles],
      details: [...details],
      evidence: {
        file: clip(place.file, 255),
        row: place.line,
        ...(sourceUrl !== '' && sourceUrl.length <= 2000 ? { sourceUrl } : {}),
        ...(publisher === '' ? {} : { publisher: clip(publisher, 200) }),
        record: toRecordCells(entity),
        ...(day === undefined ? {} : { date: day }),
      },
      place,
    };
  }

  private toEntity(entity: FtmEntity, mapping: FtmEntityMapping, place: FtmPlace): EntityRecord {
    const p = entity.properties;
    const names = distinctNames(valuesOf(p, 'name'), 200);
    const others = distinctNames(
      FTM_OTHER_NAMES.flatMap((property) => valuesOf(p, property)),
      200,
    );
    const name = names[0] ?? others[0] ?? this.fallbackName(entity, mapping, place);
    const aliases = distinctNames([...names, ...others], 200).filter((alias) => alias.toLocaleLowerCase() !== name.toLocaleLowerCase());
    const describedBy = FTM_DESCRIPTION.find((property) => valuesOf(p, property).length > 0);
    const unreadable = this.unreadable(place);
    const startDate = pickDate(p, mapping.start, 'earliest', unreadable);
    let endDate = pickDate(p, mapping.end, 'latest', unreadable);
    if (endsBeforeStart(startDate, endDate)) {
      this.noteReversedDates(place);
      endDate = undefined;
    }
    return {
      id: entity.id,
      type: mapping.type,
      name,
      aliases,
      description: describedBy === undefined ? '' : clip(tidy(valuesOf(p, describedBy).join('; ')), 500),
      ...(startDate === undefined ? {} : { startDate }),
      ...(endDate === undefined ? {} : { endDate }),
      ...(mapping.located ? this.coordinates(p, place) : {}),
    };
  }

  /** A name for an entity with none: an identifier, its name's parts, the publisher's caption, or at last its id. */
  private fallbackName(entity: FtmEntity, mapping: FtmEntityMapping, place: FtmPlace): string {
    const p = entity.properties;
    const identifier = distinctNames(
      mapping.nameFrom.flatMap((property) => valuesOf(p, property)),
      200,
    )[0];
    if (identifier !== undefined) return identifier;
    const parts = mapping.nameParts;
    const composed = parts ? tidy(parts.properties.flatMap((property) => valuesOf(p, property).slice(0, 1)).join(parts.separator)) : '';
    const caption = tidy(entity.caption ?? '');
    return clip(composed || caption || this.unnamed(entity, place), 200);
  }

  private coordinates(p: FtmProperties, place: FtmPlace): { latitude?: number; longitude?: number } {
    const coordinates: { latitude?: number; longitude?: number } = {};
    for (const axis of ['latitude', 'longitude'] as const) {
      const value = valuesOf(p, axis)[0];
      if (value === undefined) continue;
      const number = Number(value);
      if (value.trim() !== '' && Number.isFinite(number)) coordinates[axis] = number;
      else this.unreadable(place)({ property: axis, value });
    }
    return coordinates;
  }

  private unnamed(entity: FtmEntity, place: FtmPlace): string {
    this.tally.add(place.file, place.line, 'unnamed', (count) =>
      count === 1 ? 'an entity has no name: its id stands in for one' : `${count} entities have no name: their ids stand in for one`,
    );
    return entity.id;
  }

  private unreadable(place: FtmPlace): (value: UnreadableValue) => void {
    return ({ property, value }) =>
      this.tally.add(place.file, place.line, `unreadable:${property}`, (count) =>
        count === 1
          ? `a value of ${property} is left out: '${clip(value, 40)}' cannot be read`
          : `${count} values of ${property} are left out: they cannot be read (such as '${clip(value, 40)}')`,
      );
  }

  private noteReversedDates(place: FtmPlace): void {
    this.tally.add(place.file, place.line, 'reversed-dates', (count) =>
      count === 1 ? 'an end date before its start date is left out' : `${count} end dates before their start dates are left out`,
    );
  }

  /**
   * The records of the whole stream, once it is all read: intervals with the same type and ends are one relation with each interval's
   * record as evidence, relations to an entity that is not imported are reported, and each authority a kept
   * Sanction names becomes an Organisation.
   */
  finish(): FtmContents {
    const groups = new Map<string, RelationPart[]>();
    this.parts.forEach((part, index) => {
      const unimportedEnd = [part.source, part.target].find((id) => id !== undefined && this.unimported.has(id));
      if (unimportedEnd !== undefined) {
        const endSchema = this.unimported.get(unimportedEnd) ?? '';
        this.tally.add(part.place.file, part.place.line, `unimported-end:${part.type}:${endSchema}`, (count) =>
          count === 1
            ? `1 ${part.type} relation is not imported: it joins an entity of schema ${endSchema}, which is not imported`
            : `${count} ${part.type} relations are not imported: they join entities of schema ${endSchema}, which are not imported`,
        );
        return;
      }
      const { source, target } = part;
      const key = source === undefined || target === undefined ? `#${index}` : relationId({ type: part.type, source, target });
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [part]);
      else group.push(part);
    });
    const known = new Set(this.entities.flatMap((e) => (typeof e === 'object' && e !== null && 'id' in e ? [String(e.id)] : [])));
    const relations: RelationDraft[] = [];
    const relationPlaces: FtmPlace[][] = [];
    for (const parts of groups.values()) {
      const [first] = parts;
      if (first === undefined) continue;
      relations.push(toRelation(parts));
      relationPlaces.push(parts.map((part) => part.place));
      const authority = first.authority;
      if (authority !== undefined && !known.has(authority.id)) {
        known.add(authority.id);
        this.entities.push({
          id: authority.id,
          type: 'Organisation',
          name: authority.name,
          aliases: [],
          description: 'An authority that imposes sanctions, as the sanctions records of this data set name it.',
        } satisfies EntityRecord);
        this.entityPlaces.push({ ...first.place, id: authority.id });
      }
    }
    return { entities: this.entities, entityPlaces: this.entityPlaces, relations, relationPlaces, notices: this.tally.notices() };
  }
}

/**
 * One relation from the intervals that share its type and ends: from the earliest start to the latest end (no end
 * while any of them runs on), every role and detail once, and one piece of evidence per interval.
 */
function toRelation(parts: RelationPart[]): RelationDraft {
  const [first] = parts;
  if (first === undefined) throw new Error('a relation needs at least one interval');
  const startDate = extremeDate(
    parts.flatMap((p) => (p.start === undefined ? [] : [p.start])),
    'earliest',
  );
  let endDate = parts.some((p) => p.open)
    ? undefined
    : extremeDate(
        parts.flatMap((p) => (p.end === undefined ? [] : [p.end])),
        'latest',
      );
  if (endDate === startDate || endsBeforeStart(startDate, endDate)) endDate = undefined;
  const role = distinctNames(
    parts.flatMap((p) => p.roles),
    120,
  ).join('; ');
  const detail = distinctNames(
    parts.flatMap((p) => p.details),
    300,
  ).join('; ');
  return {
    type: first.type,
    ...(first.source === undefined ? {} : { source: first.source }),
    ...(first.target === undefined ? {} : { target: first.target }),
    ...(detail === '' ? {} : { detail: clip(detail, 300) }),
    ...(role === '' ? {} : { role: clip(role, 120) }),
    ...(startDate === undefined ? {} : { startDate }),
    ...(endDate === undefined ? {} : { endDate }),
    evidence: parts.map((p) => p.evidence),
  };
}

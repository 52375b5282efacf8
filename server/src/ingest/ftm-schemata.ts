// Which FollowTheMoney schemata become which of our entity and relation types, and which of their properties say what.
import type { EntityType, RelationType } from '@kgx/contract';

/** An FtM entity's properties: every value is a list of strings. */
export type FtmProperties = ReadonlyMap<string, readonly string[]>;

/** A thing schema imported as an entity. */
export interface FtmEntityMapping {
  type: EntityType;
  /** Date properties that say when it began and when it ended; the first property holding a date wins. */
  start: readonly string[];
  end: readonly string[];
  /** Properties that can name it when it has no name of its own, in order (an IBAN, a registration number). */
  nameFrom: readonly string[];
  /** Properties joined into a name when nothing above names it (a person's given and family names, an address's parts). */
  nameParts?: { properties: readonly string[]; separator: string };
  /** Whether it carries coordinates (`latitude`, `longitude`). */
  located?: boolean;
}

const LEGAL_ENTITY = { start: ['incorporationDate'], end: ['dissolutionDate'], nameFrom: ['registrationNumber'] };
const VEHICLE = { start: ['buildDate', 'registrationDate'], end: ['deregistrationDate'] };

/**
 * Thing schemata by name. Only these are imported as entities; every other schema is reported. Contracts and licences
 * are assets to FtM, but they are agreements rather than property, so they are reported rather than filed as assets.
 */
export const FTM_ENTITY_SCHEMATA: ReadonlyMap<string, FtmEntityMapping> = new Map<string, FtmEntityMapping>([
  [
    'Person',
    {
      type: 'Person',
      start: ['birthDate'],
      end: ['deathDate'],
      nameFrom: [],
      nameParts: { properties: ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'], separator: ' ' },
    },
  ],
  ['Organization', { type: 'Organisation', ...LEGAL_ENTITY }],
  ['Company', { type: 'Company', ...LEGAL_ENTITY }],
  ['PublicBody', { type: 'PublicBody', ...LEGAL_ENTITY }],
  ['LegalEntity', { type: 'LegalEntity', ...LEGAL_ENTITY }],
  [
    'Address',
    {
      type: 'Address',
      start: [],
      end: [],
      nameFrom: ['full'],
      nameParts: { properties: ['street', 'street2', 'postOfficeBox', 'postalCode', 'city', 'region', 'state'], separator: ', ' },
      located: true,
    },
  ],
  ['Vessel', { type: 'Vessel', ...VEHICLE, nameFrom: ['imoNumber', 'registrationNumber', 'callSign', 'mmsi'] }],
  ['Airplane', { type: 'Airplane', ...VEHICLE, nameFrom: ['registrationNumber', 'serialNumber', 'icaoCode'] }],
  ['Vehicle', { type: 'Asset', ...VEHICLE, nameFrom: ['registrationNumber'] }],
  ['Asset', { type: 'Asset', start: [], end: [], nameFrom: [] }],
  [
    'RealEstate',
    { type: 'Asset', start: [], end: [], nameFrom: ['address', 'registrationNumber', 'cadastralCode', 'titleNumber'], located: true },
  ],
  ['Security', { type: 'Asset', start: ['issueDate'], end: ['maturityDate'], nameFrom: ['isin', 'ticker', 'registrationNumber'] }],
  ['BankAccount', { type: 'Asset', start: ['openingDate'], end: ['closingDate'], nameFrom: ['iban', 'accountNumber'] }],
  ['CryptoWallet', { type: 'Asset', start: ['creationDate'], end: [], nameFrom: ['publicKey', 'cryptoAddress'] }],
  ['Event', { type: 'Event', start: ['startDate', 'date'], end: ['endDate'], nameFrom: ['summary'] }],
  // A territory is what our vocabulary calls a place.
  ['Territory', { type: 'Place', start: [], end: [], nameFrom: ['territoryCode'] }],
]);

/** An interval schema imported as a relation between the two entities its edge joins. */
export interface FtmRelationMapping {
  type: RelationType;
  /** The properties holding the ids of the relation's source and target, as the schema's edge orients them. */
  source: string;
  target: string;
  /** Properties saying the role held or the kind of tie, in `role`. */
  role: readonly string[];
  /** What the relation's `detail` says, from its properties. */
  detail: (properties: FtmProperties) => string[];
}

/** The values of a property; none when it is absent. */
export const valuesOf = (properties: FtmProperties, name: string): readonly string[] => properties.get(name) ?? [];

/** Every value of the properties, in order, with whatever each value needs around it. */
function described(properties: FtmProperties, parts: readonly (readonly [string, (value: string) => string])[]): string[] {
  return parts.flatMap(([name, say]) => valuesOf(properties, name).map(say));
}

const asIs = (value: string) => value;

/** Amounts with their currency: the n-th currency goes with the n-th amount, a single one with all. */
function amounts(properties: FtmProperties, amount: string, currency: string): string[] {
  const currencies = valuesOf(properties, currency);
  return valuesOf(properties, amount).map((value, i) => [value, currencies[i] ?? currencies[0]].filter(Boolean).join(' '));
}

const summary = (properties: FtmProperties) => described(properties, [['summary', asIs]]);

function ownershipDetail(properties: FtmProperties): string[] {
  const shares = [
    ...described(properties, [
      ['percentage', (p) => (p.endsWith('%') ? p : `${p}%`)],
      ['sharesCount', (n) => `${n} shares`],
    ]),
    ...amounts(properties, 'sharesValue', 'sharesCurrency').map((value) => `shares worth ${value}`),
    ...described(properties, [
      ['sharesType', asIs],
      ['ownershipType', asIs],
      ['legalBasis', asIs],
    ]),
  ];
  return [...(shares.length > 0 ? [shares.join(', ')] : []), ...summary(properties)];
}

function moneyDetail(properties: FtmProperties): string[] {
  return [
    ...amounts(properties, 'amount', 'currency'),
    ...described(properties, [
      ['purpose', asIs],
      ['programme', asIs],
    ]),
    ...summary(properties),
  ];
}

const role = (type: RelationType, source: string, target: string, roles: readonly string[] = ['role']): FtmRelationMapping => ({
  type,
  source,
  target,
  role: roles,
  detail: summary,
});

/** Interval schemata by name, each oriented as its FtM edge is (`edge: source/target` in the schema). */
export const FTM_RELATION_SCHEMATA: ReadonlyMap<string, FtmRelationMapping> = new Map<string, FtmRelationMapping>([
  ['Ownership', { type: 'OWNS', source: 'owner', target: 'asset', role: ['role'], detail: ownershipDetail }],
  ['Directorship', role('DIRECTS', 'director', 'organization')],
  ['Membership', role('MEMBER_OF', 'member', 'organization')],
  ['Employment', role('WORKS_FOR', 'employee', 'employer')],
  ['Family', role('FAMILY_OF', 'person', 'relative', ['relationship'])],
  ['Associate', role('ASSOCIATE_OF', 'person', 'associate', ['relationship'])],
  ['Representation', role('REPRESENTS', 'agent', 'client')],
  ['Succession', role('PRECEDED', 'predecessor', 'successor')],
  ['UnknownLink', role('LINKED_TO', 'subject', 'object')],
  [
    'Control',
    {
      type: 'CONTROLS',
      source: 'controller',
      target: 'controlled',
      role: ['role', 'controlType'],
      detail: (p) => [...described(p, [['legalBasis', asIs]]), ...summary(p)],
    },
  ],
  ['Payment', { type: 'PAID', source: 'payer', target: 'beneficiary', role: [], detail: moneyDetail }],
  ['Debt', { type: 'OWES', source: 'debtor', target: 'creditor', role: [], detail: moneyDetail }],
]);

/** When an interval happened: FtM's `startDate`, else its `date` (a payment's day); it ends at `endDate`. */
export const FTM_INTERVAL_START = ['startDate', 'date'] as const;
export const FTM_INTERVAL_END = ['endDate'] as const;

/**
 * A Sanction names one entity and the authority that imposed it as a name, not an entity. We make the authority an
 * Organisation, identified by its name (see authorityId), so one SANCTIONED relation runs from it to each entity it
 * sanctioned: the lists an authority keeps meet at one node, and the same name in another data set is the same node.
 */
export const FTM_SANCTION = {
  schema: 'Sanction',
  type: 'SANCTIONED',
  authority: 'authority',
  entity: 'entity',
  start: ['startDate', 'listingDate', 'date'],
  end: ['endDate'],
  detail: (properties: FtmProperties) =>
    described(properties, [
      ['program', asIs],
      ['reason', asIs],
      ['provisions', asIs],
      ['status', asIs],
    ]),
} as const;

/** A thing's `addressEntity` points at the Address entity where it is: a LOCATED_IN relation, with the thing's record as evidence. */
export const FTM_ADDRESS_REFERENCE = { property: 'addressEntity', type: 'LOCATED_IN' } as const;

/** The names FtM gives an entity besides its `name`, in the order they are the next best name. */
export const FTM_OTHER_NAMES = ['alias', 'previousName', 'weakAlias', 'abbreviation'] as const;

/** Where an entity's description comes from: the first of these that has a value. */
export const FTM_DESCRIPTION = ['description', 'summary', 'notes', 'position'] as const;

// The graph's vocabulary: entity types and the typed relations between them, with the words used to read them aloud.
import { z } from 'zod';

export const ENTITY_TYPES = ['Person', 'Organisation', 'Group', 'Place', 'Event'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Node types the API returns: entities plus the documents of the corpus. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Document'] as const;
export const NodeTypeSchema = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeTypeSchema>;

export const ENTITY_ID_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Group: 'group',
  Place: 'place',
  Event: 'event',
};

export type RelationCategory = 'role' | 'geography' | 'event' | 'statement' | 'movement';

export interface RelationDefinition {
  /** How the relation reads from source to target: "Azerbaijan — carried out → offensive". */
  readonly label: string;
  /** How it reads from target back to source: "offensive — carried out by → Azerbaijan". */
  readonly inverse: string;
  readonly category: RelationCategory;
  readonly description: string;
}

export const RELATIONS = {
  // Membership and roles
  MEMBER_OF: {
    label: 'member of',
    inverse: 'has member',
    category: 'role',
    description: 'A person or organisation belongs to an organisation or group.',
  },
  WORKS_FOR: {
    label: 'works for',
    inverse: 'employs',
    category: 'role',
    description: 'A person is employed by or holds a post in an organisation.',
  },
  LEADS: {
    label: 'leads',
    inverse: 'led by',
    category: 'role',
    description: 'A person heads a state, government or organisation (the role goes in `role`).',
  },
  ADVISES: { label: 'advises', inverse: 'advised by', category: 'role', description: 'A person is an adviser to another person or body.' },
  REPRESENTS: {
    label: 'represents',
    inverse: 'represented by',
    category: 'role',
    description: 'A person or body speaks or acts on behalf of another.',
  },
  // Geography and control
  LOCATED_IN: {
    label: 'located in',
    inverse: 'contains',
    category: 'geography',
    description: 'A place, organisation or body lies within a place.',
  },
  PART_OF: {
    label: 'part of',
    inverse: 'includes',
    category: 'geography',
    description: 'A place is recognised as part of a larger territory, or an event is part of a larger event.',
  },
  CAPITAL_OF: {
    label: 'capital of',
    inverse: 'has capital',
    category: 'geography',
    description: 'A city is the capital of a territory or state.',
  },
  BORDERS: { label: 'borders', inverse: 'borders', category: 'geography', description: 'Two places share a border.' },
  CONNECTS: {
    label: 'connects',
    inverse: 'connected by',
    category: 'geography',
    description: 'A road or corridor links a place to another (source: the road).',
  },
  NEAR: { label: 'near', inverse: 'near', category: 'geography', description: 'A place or site lies close to another.' },
  CONTROLS: {
    label: 'controls',
    inverse: 'controlled by',
    category: 'geography',
    description: 'A state or force holds control over a territory.',
  },
  // Events and actions
  CARRIED_OUT: {
    label: 'carried out',
    inverse: 'carried out by',
    category: 'event',
    description: 'An actor performed an event (an offensive, a blockade, an arrest, a resolution).',
  },
  TARGETED: {
    label: 'targeted',
    inverse: 'targeted by',
    category: 'event',
    description: 'An event was directed at a person, group or place.',
  },
  PARTICIPATED_IN: {
    label: 'participated in',
    inverse: 'had participant',
    category: 'event',
    description: 'An actor took part in an event without leading it.',
  },
  TOOK_PLACE_IN: { label: 'took place in', inverse: 'site of', category: 'event', description: 'An event happened in a place.' },
  CAUSED: {
    label: 'caused',
    inverse: 'caused by',
    category: 'event',
    description: 'An event brought about another event or a state of affairs.',
  },
  ATTACKED: { label: 'attacked', inverse: 'attacked by', category: 'event', description: 'An actor used force against a place or people.' },
  BLOCKADED: {
    label: 'blockaded',
    inverse: 'blockaded by',
    category: 'event',
    description: 'An actor cut a place off from supplies or passage.',
  },
  DETAINED: { label: 'detained', inverse: 'detained by', category: 'event', description: 'An actor arrested or apprehended a person.' },
  SURRENDERED_TO: {
    label: 'surrendered to',
    inverse: 'received surrender of',
    category: 'event',
    description: 'A state or force surrendered to another.',
  },
  DEPLOYED_TO: { label: 'deployed to', inverse: 'hosts deployment of', category: 'event', description: 'A state sent forces to a place.' },
  ASSISTED: {
    label: 'assisted',
    inverse: 'assisted by',
    category: 'event',
    description: 'An organisation gave aid to people or facilitated an operation.',
  },
  VISITED: { label: 'visited', inverse: 'visited by', category: 'event', description: 'A person or mission travelled to a place.' },
  INVESTIGATED: {
    label: 'investigated',
    inverse: 'investigated by',
    category: 'event',
    description: 'An actor examined a place, event or claim.',
  },
  ORDERED: {
    label: 'ordered',
    inverse: 'ordered by',
    category: 'event',
    description: 'A court or authority required an actor to do something (the order in `detail`).',
  },
  APPEALED_TO: {
    label: 'appealed to',
    inverse: 'received appeal from',
    category: 'event',
    description: 'An actor asked a court or body to act.',
  },
  PROTESTED: {
    label: 'protested',
    inverse: 'protested against by',
    category: 'event',
    description: 'An actor demonstrated against an event or actor.',
  },
  NAMED_AFTER: {
    label: 'named after',
    inverse: 'gave name to',
    category: 'event',
    description: 'A place or thing was named after a person.',
  },
  // Statements
  STATED: {
    label: 'stated',
    inverse: 'subject of statement by',
    category: 'statement',
    description: 'A person or body made a statement about an entity (the gist in `detail`).',
  },
  REPORTED: {
    label: 'reported',
    inverse: 'reported by',
    category: 'statement',
    description: 'A person or body reported facts about an event, group or place.',
  },
  ACCUSED: {
    label: 'accused',
    inverse: 'accused by',
    category: 'statement',
    description: 'An actor accused another of something (what, in `detail`).',
  },
  DENIED: {
    label: 'denied',
    inverse: 'denied by',
    category: 'statement',
    description: 'An actor denied an accusation or a characterisation of an event.',
  },
  WARNED: {
    label: 'warned',
    inverse: 'warned by',
    category: 'statement',
    description: 'An actor warned of a danger to someone or something.',
  },
  CALLED_FOR: {
    label: 'called for',
    inverse: 'called for by',
    category: 'statement',
    description: 'An actor demanded an action of or about another entity.',
  },
  URGED: {
    label: 'urged',
    inverse: 'urged by',
    category: 'statement',
    description: 'An actor pressed a person or group to act (what, in `detail`).',
  },
  // Movement
  FLED_FROM: { label: 'fled from', inverse: 'fled by', category: 'movement', description: 'People left a place under threat.' },
  FLED_TO: { label: 'fled to', inverse: 'received refugees from', category: 'movement', description: 'People sought refuge in a place.' },
  EVACUATED_VIA: {
    label: 'evacuated via',
    inverse: 'evacuation route of',
    category: 'movement',
    description: 'People left through a road, corridor or border post.',
  },
  ARRIVED_IN: { label: 'arrived in', inverse: 'received', category: 'movement', description: 'People reached a place.' },
  DISPLACED_FROM: {
    label: 'displaced from',
    inverse: 'lost population',
    category: 'movement',
    description: 'People were driven out of a place.',
  },
  REMAINED_IN: {
    label: 'remained in',
    inverse: 'still home to',
    category: 'movement',
    description: 'People stayed in a place others left.',
  },
} as const satisfies Record<string, RelationDefinition>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as [RelationType, ...RelationType[]];
export const RelationTypeSchema = z.enum(RELATION_TYPES);

/** Documents link to the entities they name with this relationship; it is not a who-did-what relation. */
export const MENTIONS = 'MENTIONS';

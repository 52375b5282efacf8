// The vocabulary every graph starts with: the types of the demo corpus, and an investigative set for ownership, money and ties.
import type { EntityTypeDefinition, RelationTypeDefinition, Vocabulary } from './vocabulary.ts';

const entity = (name: string, plural: string, description: string): EntityTypeDefinition => ({ name, plural, description });

const rel = (
  type: string,
  label: string,
  inverse: string,
  category: string,
  description: string,
  ends: Pick<RelationTypeDefinition, 'sourceTypes' | 'targetTypes'> = {},
): RelationTypeDefinition => ({ type, label, inverse, category, description, ...ends });

const ENTITY_TYPES: EntityTypeDefinition[] = [
  entity('Person', 'People', 'A natural person.'),
  entity('Organisation', 'Organisations', 'A state, government, body, force, party or any other organisation.'),
  entity('Group', 'Groups', 'People who share a situation without forming an organisation: residents, refugees, detainees.'),
  entity('Place', 'Places', 'A territory, settlement, site, road or border post.'),
  entity('Event', 'Events', 'Something that happened: an offensive, a blockade, an arrest, a ruling.'),
  // Investigative types, as registries, leaks and sanctions lists name them.
  entity('Company', 'Companies', 'A registered business.'),
  entity('PublicBody', 'Public bodies', 'A ministry, agency, state enterprise or other body of a state.'),
  entity('LegalEntity', 'Legal entities', 'A person or organisation whose kind the source does not say.'),
  entity('Address', 'Addresses', 'A postal address.'),
  entity('Vessel', 'Vessels', 'A ship or boat.'),
  entity('Airplane', 'Airplanes', 'An aircraft.'),
  entity('Asset', 'Assets', 'Property of value: real estate, securities, bank accounts, vehicles.'),
];

const RELATION_TYPES: RelationTypeDefinition[] = [
  // Membership and roles
  rel('MEMBER_OF', 'member of', 'has member', 'role', 'A person or organisation belongs to an organisation or group.'),
  rel('WORKS_FOR', 'works for', 'employs', 'role', 'A person is employed by or holds a post in an organisation.'),
  rel('LEADS', 'leads', 'led by', 'role', 'A person heads a state, government or organisation (the role goes in `role`).'),
  rel('ADVISES', 'advises', 'advised by', 'role', 'A person is an adviser to another person or body.'),
  rel(
    'ORGAN_OF',
    'organ of',
    'has organ',
    'role',
    'A body acts for a state or organisation: its government, armed forces, ministries, police, courts, state media.',
  ),
  rel('REPRESENTS', 'represents', 'represented by', 'role', 'A person or body speaks or acts on behalf of another.'),
  // Geography and control
  rel('LOCATED_IN', 'located in', 'contains', 'geography', 'A place, organisation or body lies within a place.'),
  rel(
    'PART_OF',
    'part of',
    'includes',
    'geography',
    'A place is recognised as part of a larger territory, or an event is part of a larger event.',
  ),
  rel('CAPITAL_OF', 'capital of', 'has capital', 'geography', 'A city is the capital of a territory or state.'),
  rel('BORDERS', 'borders', 'borders', 'geography', 'Two places share a border.'),
  rel('CONNECTS', 'connects', 'connected by', 'geography', 'A road or corridor links a place to another (source: the road).'),
  rel('NEAR', 'near', 'near', 'geography', 'A place or site lies close to another.'),
  rel('CONTROLS', 'controls', 'controlled by', 'geography', 'A state or force holds control over a territory.'),
  // Events and actions
  rel(
    'CARRIED_OUT',
    'carried out',
    'carried out by',
    'event',
    'An actor performed an event (an offensive, a blockade, an arrest, a resolution).',
  ),
  rel('TARGETED', 'targeted', 'targeted by', 'event', 'An event was directed at a person, group or place.'),
  rel('PARTICIPATED_IN', 'participated in', 'had participant', 'event', 'An actor took part in an event without leading it.'),
  rel('TOOK_PLACE_IN', 'took place in', 'site of', 'event', 'An event happened in a place.'),
  rel('CAUSED', 'caused', 'caused by', 'event', 'An event brought about another event or a state of affairs.'),
  rel('ATTACKED', 'attacked', 'attacked by', 'event', 'An actor used force against a place or people.'),
  rel('BLOCKADED', 'blockaded', 'blockaded by', 'event', 'An actor cut a place off from supplies or passage.'),
  rel('DETAINED', 'detained', 'detained by', 'event', 'An actor arrested or apprehended a person.'),
  rel('SURRENDERED_TO', 'surrendered to', 'received surrender of', 'event', 'A state or force surrendered to another.'),
  rel('DEPLOYED_TO', 'deployed to', 'hosts deployment of', 'event', 'A state sent forces to a place.'),
  rel('ASSISTED', 'assisted', 'assisted by', 'event', 'An organisation gave aid to people or facilitated an operation.'),
  rel('VISITED', 'visited', 'visited by', 'event', 'A person or mission travelled to a place.'),
  rel('INVESTIGATED', 'investigated', 'investigated by', 'event', 'An actor examined a place, event or claim.'),
  rel('ORDERED', 'ordered', 'ordered by', 'event', 'A court or authority required an actor to do something (the order in `detail`).'),
  rel('APPEALED_TO', 'appealed to', 'received appeal from', 'event', 'An actor asked a court or body to act.'),
  rel('PROTESTED', 'protested', 'protested against by', 'event', 'An actor demonstrated against an event or actor.'),
  rel('NAMED_AFTER', 'named after', 'gave name to', 'event', 'A place or thing was named after a person.'),
  // Statements
  rel(
    'STATED',
    'stated',
    'subject of statement by',
    'statement',
    'A person or body made a statement about an entity (the gist in `detail`).',
  ),
  rel('REPORTED', 'reported', 'reported by', 'statement', 'A person or body reported facts about an event, group or place.'),
  rel('ACCUSED', 'accused', 'accused by', 'statement', 'An actor accused another of something (what, in `detail`).'),
  rel('DENIED', 'denied', 'denied by', 'statement', 'An actor denied an accusation or a characterisation of an event.'),
  rel('WARNED', 'warned', 'warned by', 'statement', 'An actor warned of a danger to someone or something.'),
  rel('CALLED_FOR', 'called for', 'called for by', 'statement', 'An actor demanded an action of or about another entity.'),
  rel('URGED', 'urged', 'urged by', 'statement', 'An actor pressed a person or group to act (what, in `detail`).'),
  // Movement
  rel('FLED_FROM', 'fled from', 'fled by', 'movement', 'People left a place under threat.'),
  rel('FLED_TO', 'fled to', 'received refugees from', 'movement', 'People sought refuge in a place.'),
  rel('EVACUATED_VIA', 'evacuated via', 'evacuation route of', 'movement', 'People left through a road, corridor or border post.'),
  rel('ARRIVED_IN', 'arrived in', 'received', 'movement', 'People reached a place.'),
  rel('DISPLACED_FROM', 'displaced from', 'lost population', 'movement', 'People were driven out of a place.'),
  rel('REMAINED_IN', 'remained in', 'still home to', 'movement', 'People stayed in a place others left.'),
  // Ownership, money and ties
  rel('OWNS', 'owns', 'owned by', 'ownership', 'An owner holds shares in a company or owns an asset (share in `detail`).'),
  rel('DIRECTS', 'directs', 'directed by', 'role', 'A person or company is a director or officer of an organisation (the post in `role`).'),
  rel('PAID', 'paid', 'paid by', 'money', 'A payer transferred money to a beneficiary (amount and purpose in `detail`).'),
  rel('OWES', 'owes', 'owed by', 'money', 'A debtor owes money to a creditor (amount in `detail`).'),
  rel(
    'SANCTIONED',
    'sanctioned',
    'sanctioned by',
    'legal',
    'An authority put an entity under sanctions (programme and reason in `detail`).',
  ),
  rel('PRECEDED', 'preceded', 'succeeded', 'ownership', 'An organisation was replaced by another, by merger, renaming or succession.'),
  rel('FAMILY_OF', 'related to', 'related to', 'personal', 'Two people are family (how, in `role`).', {
    sourceTypes: ['Person'],
    targetTypes: ['Person'],
  }),
  rel('ASSOCIATE_OF', 'associate of', 'associate of', 'personal', 'Two people are close associates (how, in `role`).', {
    sourceTypes: ['Person'],
    targetTypes: ['Person'],
  }),
  rel('LINKED_TO', 'linked to', 'linked to', 'link', 'A link the source gives without saying its kind (what it knows, in `role`).'),
];

export const DEFAULT_VOCABULARY: Vocabulary = { entityTypes: ENTITY_TYPES, relationTypes: RELATION_TYPES };

// The words that name a relation, as data: which verb or phrase maps to which vocabulary type, and what each end may be.

/** Entity types that act: they can accuse, attack, launch, visit. */
export const ACTOR_TYPES: readonly string[] = ['Person', 'Organisation', 'Group', 'Place', 'Company', 'PublicBody', 'LegalEntity'];
const ACTORS = ACTOR_TYPES;
const PEOPLE = ['Person', 'Group'];
const BODIES = ['Organisation', 'Company', 'PublicBody', 'LegalEntity', 'Place'];
const PLACES = ['Place', 'Address'];
const EVENTS = ['Event'];
/** Those that can belong to a body, be tied to it or take part: not places (a place is "part of" another, see PART_OF). */
const MEMBERS = ['Person', 'Organisation', 'Group', 'Company', 'PublicBody', 'LegalEntity'];

export interface VerbRule {
  type: string;
  /** Verbs as infinitives ("accuse", "carry out"): their inflections are generated. */
  verbs?: readonly string[];
  /** Fixed phrases matched as written ("member of", "on behalf of"). */
  phrases?: readonly string[];
  /** Reported speech: the object may stand in a clause the verb introduces ("stated that X ..."). */
  clausal?: boolean;
  /** The relation's subject is the verb's patient, so a passive without "by" keeps the order ("X were displaced from Y"). */
  patientIsSubject?: boolean;
  /** The words name the relation from its object's side ("under the control of X": X controls what stands before). */
  inverse?: boolean;
  /** The object must follow this preposition ("fled to X"); the rule then ignores objects without it. */
  objectPreposition?: readonly string[];
  /** The object must be followed by the verb of what it is made to do ("demanded the residents leave", "told X to go"). */
  objectThenVerb?: boolean;
  /**
   * The phrase introduces who lent the means ("using X's imagery", "with the help of X"): the end right after it is related
   * to the clause's own subject only, and is no object of any other verb of the sentence.
   */
  instrument?: boolean;
  /**
   * The phrase is a noun naming who the subject is to the object ("the architect of E", "advisor to Y", "the son of Y"):
   * its subject is the end it is said of, in
   * apposition before it ("X, the architect of E", "X was the architect of E") or named right after its object ("the
   * architects of E, X"), not any end before it.
   */
  agentNoun?: boolean;
  /** The object may also follow a purpose clause's verb ("sent troops to guard X"): the place the action is for. */
  purposeObject?: boolean;
  sourceTypes?: readonly string[];
  targetTypes?: readonly string[];
}

// prettier-ignore
export const VERB_RULES: readonly VerbRule[] = [
  { type: 'ACCUSED', clausal: true, verbs: ['accuse', 'blame', 'condemn', 'charge'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'DETAINED', verbs: ['arrest', 'apprehend', 'detain', 'imprison', 'abduct', 'kidnap', 'jail'], sourceTypes: ACTORS, targetTypes: PEOPLE },
  { type: 'FLED_TO', verbs: ['flee', 'escape', 'seek refuge'], objectPreposition: ['to', 'into', 'towards'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'FLED_TO', verbs: ['seek refuge', 'seek safety', 'seek shelter', 'seek asylum', 'take refuge', 'find refuge', 'find safety'], objectPreposition: ['in', 'to', 'into'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'FLED_FROM', verbs: ['flee', 'escape', 'leave'], objectPreposition: ['from', 'out of'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'FLED_FROM', verbs: ['leave', 'abandon'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'ARRIVED_IN', verbs: ['arrive', 'reach', 'cross into'], objectPreposition: ['in', 'at', 'into'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'EVACUATED_VIA', patientIsSubject: true, verbs: ['evacuate', 'pass', 'cross', 'leave', 'flee', 'travel', 'arrive', 'begin', 'move', 'go', 'head', 'return'], objectPreposition: ['through', 'via'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'DISPLACED_FROM', patientIsSubject: true, verbs: ['displace', 'expel', 'drive out', 'deport', 'force out'], objectPreposition: ['from'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'REMAINED_IN', verbs: ['remain', 'stay', 'live'], objectPreposition: ['in'], sourceTypes: PEOPLE, targetTypes: PLACES },
  { type: 'LEADS', verbs: ['lead', 'head', 'rule', 'chair', 'govern'], sourceTypes: ['Person'], targetTypes: BODIES },
  { type: 'WORKS_FOR', verbs: ['work', 'serve'], objectPreposition: ['for', 'at', 'with'], sourceTypes: ['Person'], targetTypes: BODIES },
  { type: 'WORKS_FOR', verbs: ['employ', 'hire', 'appoint'], sourceTypes: BODIES, targetTypes: ['Person'] },
  { type: 'ORGAN_OF', agentNoun: true, phrases: ['organ of', 'organs of', 'an arm of', 'agency of'], sourceTypes: BODIES, targetTypes: BODIES },
  { type: 'MEMBER_OF', verbs: ['join'], phrases: ['part of', 'belongs to', 'belong to'], sourceTypes: MEMBERS, targetTypes: BODIES },
  { type: 'MEMBER_OF', agentNoun: true, phrases: ['member of', 'members of'], sourceTypes: MEMBERS, targetTypes: BODIES },
  { type: 'PART_OF', phrases: ['part of', 'belongs to', 'belonged to', 'a province of', 'a region of', 'an exclave of', 'an enclave of', 'a district of'], sourceTypes: [...PLACES, ...EVENTS], targetTypes: [...PLACES, ...EVENTS] },
  { type: 'ASSOCIATE_OF', agentNoun: true, phrases: ['associate of', 'associates of', 'ally of', 'partner of', 'business partner of', 'friend of', 'confidant of'], sourceTypes: ['Person'], targetTypes: ['Person'] },
  { type: 'ASSOCIATE_OF', phrases: ['close to'], sourceTypes: ['Person'], targetTypes: ['Person'] },
  { type: 'LINKED_TO', phrases: ['linked to', 'tied to', 'ties to', 'links to', 'connected to', 'associated with', 'affiliated with'], sourceTypes: MEMBERS, targetTypes: ACTORS },
  { type: 'CAPITAL_OF', phrases: ['capital of', 'the capital of'], sourceTypes: PLACES, targetTypes: PLACES },
  { type: 'TOOK_PLACE_IN', verbs: ['take place', 'occur', 'happen', 'break out', 'erupt', 'unfold'], objectPreposition: ['in', 'at', 'across', 'near'], sourceTypes: EVENTS, targetTypes: PLACES },
  { type: 'CARRIED_OUT', verbs: ['launch', 'carry out', 'conduct', 'initiate', 'stage', 'hold', 'perpetrate', 'commit', 'organise', 'organize', 'file', 'adopt', 'impose', 'establish', 'start', 'begin', 'wage', 'publish', 'issue', 'open'], sourceTypes: ACTORS, targetTypes: EVENTS },
  { type: 'CARRIED_OUT', agentNoun: true, phrases: ['instigator of', 'instigators of', 'perpetrator of', 'perpetrators of', 'architect of', 'architects of', 'organiser of', 'organisers of', 'organizer of', 'organizers of', 'mastermind of', 'masterminds of', 'author of', 'authors of'], sourceTypes: ACTORS, targetTypes: EVENTS },
  { type: 'LOCATED_IN', phrases: ['located in', 'based in', 'situated in', 'lies in', 'headquartered in'], sourceTypes: [...PLACES, ...BODIES], targetTypes: PLACES },
  { type: 'VISITED', verbs: ['visit', 'tour'], phrases: ['trip to', 'visit to', 'a visit to', 'travelled to', 'traveled to'], sourceTypes: ['Person', 'Organisation', 'Event'], targetTypes: PLACES },
  { type: 'STATED', clausal: true, verbs: ['say', 'state', 'announce', 'declare', 'describe', 'tell', 'claim', 'write', 'note', 'confirm', 'argue', 'believe', 'insist', 'add', 'explain', 'express', 'assert', 'stress', 'emphasise', 'emphasize', 'reiterate', 'acknowledge', 'admit', 'speculate', 'suggest', 'boast', 'brag', 'characterise', 'characterize'], sourceTypes: ACTORS },
  { type: 'REPORTED', clausal: true, verbs: ['report', 'document', 'record', 'reveal', 'disclose', 'observe'], sourceTypes: ACTORS },
  { type: 'DENIED', clausal: true, verbs: ['deny', 'reject', 'dismiss', 'refute'], sourceTypes: ACTORS },
  { type: 'URGED', clausal: true, verbs: ['urge', 'press', 'encourage', 'implore'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'CALLED_FOR', clausal: true, verbs: ['call for', 'demand', 'call on'], sourceTypes: ACTORS },
  { type: 'APPEALED_TO', verbs: ['appeal', 'petition', 'request', 'ask', 'turn'], objectPreposition: ['to', ''], sourceTypes: ACTORS, targetTypes: ['Organisation', 'PublicBody'] },
  { type: 'WARNED', clausal: true, verbs: ['warn', 'caution'], sourceTypes: ACTORS },
  { type: 'ATTACKED', verbs: ['attack', 'shell', 'bomb', 'strike', 'hit', 'raid', 'invade', 'assault', 'ambush', 'fire on'], sourceTypes: ACTORS, targetTypes: [...ACTORS] },
  { type: 'BLOCKADED', verbs: ['blockade', 'besiege', 'block', 'cut off', 'seal off'], sourceTypes: ACTORS, targetTypes: [...PLACES, 'Group'] },
  { type: 'DEPLOYED_TO', patientIsSubject: true, purposeObject: true, verbs: ['deploy', 'send', 'dispatch', 'station'], objectPreposition: ['to', 'in', 'into'], sourceTypes: BODIES, targetTypes: PLACES },
  { type: 'INVESTIGATED', verbs: ['investigate', 'examine', 'probe', 'inspect', 'look into', 'analyse', 'analyze'], sourceTypes: ACTORS },
  { type: 'OWNS', verbs: ['own', 'acquire', 'buy', 'control'], phrases: ['shareholder of', 'shareholder in', 'owner of'], sourceTypes: ACTORS, targetTypes: ['Company', 'Asset', 'Organisation', 'Vessel', 'Airplane'] },
  { type: 'DIRECTS', verbs: ['direct', 'manage'], sourceTypes: ['Person', 'Company'], targetTypes: BODIES },
  { type: 'DIRECTS', agentNoun: true, phrases: ['director of', 'chief executive of', 'ceo of', 'officer of'], sourceTypes: ['Person', 'Company'], targetTypes: BODIES },
  { type: 'PAID', verbs: ['pay', 'fund', 'finance', 'transfer', 'donate', 'bribe'], phrases: ['payment to', 'payments to', 'paid to'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'OWES', verbs: ['owe'], phrases: ['in debt to', 'debt to', 'debts to', 'indebted to'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'SANCTIONED', verbs: ['sanction', 'blacklist'], phrases: ['sanctions on', 'sanctions against', 'an embargo on', 'asset freeze on'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'SURRENDERED_TO', verbs: ['surrender', 'capitulate', 'yield'], objectPreposition: ['to'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'CONTROLS', verbs: ['control', 'occupy', 'seize', 'recapture', 'retake', 'reclaim', 'capture', 'annex'], phrases: ['in control of', 'in charge of', 'took control of', 'taken control of', 'gained control of'], sourceTypes: ACTORS, targetTypes: PLACES },
  { type: 'CONTROLS', inverse: true, phrases: ['under the control of', 'under control of', 'in the hands of', 'held by', 'occupied by', 'controlled by'], sourceTypes: PLACES, targetTypes: ACTORS },
  { type: 'CAUSED', verbs: ['cause', 'result in', 'lead to', 'trigger', 'spark', 'prompt', 'provoke', 'bring about', 'give rise to', 'precipitate', 'end with'], sourceTypes: [...EVENTS, ...ACTORS], targetTypes: EVENTS },
  // "a ruling ordering X to …", "a decree banning X": what a ruling or a measure orders or forbids, it is aimed at.
  { type: 'TARGETED', verbs: ['target', 'order', 'require', 'compel', 'oblige', 'ban', 'bar', 'prohibit', 'forbid'], sourceTypes: EVENTS, targetTypes: ACTORS },
  { type: 'PARTICIPATED_IN', verbs: ['participate', 'take part'], objectPreposition: ['in'], sourceTypes: ACTORS, targetTypes: EVENTS },
  { type: 'ASSISTED', verbs: ['assist', 'help', 'aid', 'support', 'facilitate', 'shelter'], sourceTypes: ACTORS, targetTypes: ACTORS },
  // "X investigated the reports using Y's imagery", "X fled with the help of Y": Y lent the means to the clause's subject.
  { type: 'ASSISTED', inverse: true, instrument: true, phrases: ['with the help of', 'with the support of', 'with the assistance of', 'with help from', 'with support from', 'with assistance from', 'thanks to', 'using', 'backed by'], sourceTypes: MEMBERS.filter((t) => t !== 'Group'), targetTypes: ACTORS },
  { type: 'PROTESTED', verbs: ['protest', 'demonstrate'], objectPreposition: ['against', ''], sourceTypes: ACTORS },
  { type: 'ADVISES', verbs: ['advise'], sourceTypes: ['Person'], targetTypes: ['Person', ...BODIES] },
  { type: 'ADVISES', agentNoun: true, phrases: ['advisor to', 'adviser to'], sourceTypes: ['Person'], targetTypes: ['Person', ...BODIES] },
  { type: 'REPRESENTS', verbs: ['represent'], phrases: ['on behalf of', 'speaking for'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'REPRESENTS', agentNoun: true, phrases: ['spokesperson for', 'spokesman for', 'spokeswoman for', 'representative of', 'lawyer for', 'envoy of'], sourceTypes: ACTORS, targetTypes: ACTORS },
  { type: 'ORDERED', verbs: ['order', 'require', 'instruct', 'compel'], sourceTypes: ACTORS, targetTypes: ACTORS },
  // "Police in Kessa told the villagers to leave": a place does not order its own residents, whoever in it does.
  { type: 'ORDERED', objectThenVerb: true, verbs: ['demand', 'tell', 'force'], sourceTypes: ACTORS.filter((t) => t !== 'Place'), targetTypes: PEOPLE },
  { type: 'NAMED_AFTER', phrases: ['named after', 'renamed after', 'named for'], targetTypes: ['Person', 'Event', 'Place'] },
  { type: 'BORDERS', verbs: ['border'], sourceTypes: PLACES, targetTypes: PLACES },
  // "connecting X to Y": both the direct object and the one "to" or "with" introduces are connected.
  { type: 'CONNECTS', verbs: ['connect', 'link'], objectPreposition: ['', 'to', 'with'], sourceTypes: PLACES, targetTypes: PLACES },
  { type: 'NEAR', phrases: ['near', 'close to', 'proximity to', 'next to', 'outside'], sourceTypes: [...PLACES, ...EVENTS], targetTypes: PLACES },
  { type: 'PRECEDED', verbs: ['succeed', 'replace'], phrases: ['merged into', 'renamed'], sourceTypes: BODIES, targetTypes: BODIES },
  { type: 'FAMILY_OF', agentNoun: true, phrases: ['son of', 'daughter of', 'wife of', 'husband of', 'brother of', 'sister of', 'father of', 'mother of', 'cousin of', 'nephew of', 'niece of', 'uncle of', 'aunt of', 'grandson of', 'granddaughter of', 'widow of', 'son-in-law of', 'brother-in-law of', 'sons of', 'daughters of', 'children of', 'brothers of', 'sisters of', 'parents of', 'cousins of', 'nephews of', 'nieces of', 'grandchildren of', 'married to', 'engaged to'], sourceTypes: ['Person'], targetTypes: ['Person'] },
];

/** A post named next to a person; the head word decides the relation ("Prime Minister" leads, "spokesperson" works for). */
// prettier-ignore
export const ROLE_TYPES: readonly { heads: readonly string[]; type: string }[] = [
  { heads: ['president', 'prime minister', 'premier', 'leader', 'head', 'chairman', 'chairwoman', 'chair', 'king', 'queen', 'mayor', 'governor', 'chief', 'commander', 'chancellor', 'emir', 'sultan', 'secretary-general', 'secretary general'], type: 'LEADS' },
  { heads: ['director', 'ceo', 'chief executive', 'managing director', 'officer', 'board member'], type: 'DIRECTS' },
  { heads: ['member', 'deputy', 'mp', 'mep', 'senator'], type: 'MEMBER_OF' },
  { heads: ['advisor', 'adviser'], type: 'ADVISES' },
  { heads: ['owner', 'shareholder', 'co-owner', 'majority shareholder'], type: 'OWNS' },
  { heads: ['founder', 'co-founder'], type: 'LINKED_TO' },
  { heads: ['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'widow', 'widower', 'grandson', 'granddaughter', 'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'stepson', 'stepdaughter'], type: 'FAMILY_OF' },
  { heads: ['lawyer', 'attorney', 'solicitor', 'barrister', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'envoy'], type: 'REPRESENTS' },
  { heads: ['associate', 'business partner', 'ally', 'confidant', 'friend'], type: 'ASSOCIATE_OF' },
];

/** The roles a person holds towards another person ("X's wife", "X's lawyer"), not only towards a body. */
export const PERSON_TIE_TYPES: ReadonlySet<string> = new Set(['FAMILY_OF', 'REPRESENTS', 'ADVISES', 'ASSOCIATE_OF']);

/** The role a head word gives when no ROLE_TYPES entry names it: a post in the organisation. */
export const DEFAULT_ROLE_TYPE = 'WORKS_FOR';

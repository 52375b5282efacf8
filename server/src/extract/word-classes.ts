// What a single word says about the name it stands in: compromise's lexicon (first names, places, roles) plus cue words.
import { countryOfDemonym } from './country-demonyms.ts';
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

const MODEL = nlp.model() as unknown as CompromiseModel;
/** Bounds the word caches: a long run over many documents must not grow them without end. */
const MAX_CACHED_WORDS = 200_000;
const LEXICON = MODEL.one.lexicon;

const NO_TAGS: readonly string[] = [];
/** Every rule asks about the same few thousand words many times: each word's tags are looked up and wrapped once. */
const TAG_CACHE = new Map<string, readonly string[]>();

function tagsOf(lower: string): readonly string[] {
  const cached = TAG_CACHE.get(lower);
  if (cached) return cached;
  const tags = LEXICON[lower];
  const list = tags === undefined ? NO_TAGS : Array.isArray(tags) ? tags : [tags];
  if (TAG_CACHE.size < MAX_CACHED_WORDS) TAG_CACHE.set(lower, list);
  return list;
}

const has = (lower: string, ...wanted: string[]) => tagsOf(lower).some((tag) => wanted.includes(tag));

/** Words that head an organisation's name ("Ministry of ...", "... Council"): compromise's list and the words of states and forces. */
// prettier-ignore
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MODEL.two.orgWords ?? {}),
  'ministry', 'council', 'committee', 'court', 'tribunal', 'army', 'forces', 'force', 'agency', 'institute', 'university',
  'parliament', 'government', 'union', 'bank', 'senate', 'assembly', 'commission', 'office', 'party', 'movement', 'front',
  'foundation', 'endowment', 'fund', 'organisation', 'organization', 'federation', 'alliance', 'republic', 'kingdom',
  'cross', 'crescent', 'mission', 'guard', 'police', 'navy', 'brigade', 'battalion', 'regiment', 'militia', 'media',
  'times', 'post', 'news', 'press', 'network', 'watch', 'labs', 'service', 'services', 'secretariat', 'nations', 'congress',
]);

/** Suffixes that make an organisation a registered business. */
// prettier-ignore
export const COMPANY_WORDS: ReadonlySet<string> = new Set(['ltd', 'inc', 'llc', 'plc', 'gmbh', 'corp', 'corporation', 'company', 'co', 'sa', 'ag', 'bv', 'llp', 'jsc', 'ojsc', 'pjsc', 'holdings', 'limited', 'fze', 'fzco', 'fzc', 'sarl', 'srl', 'spa', 'nv', 'ab', 'oy', 'kg', 'pte', 'pty', 'ooo', 'zao', 'sal', 'wll', 'lp']);

/** Words that head a place's name, written with it in capitals or after it in lower case ("Aghdam District", "Lachin corridor"). */
// prettier-ignore
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MODEL.two.placeWords ?? {}),
  'province', 'district', 'region', 'oblast', 'county', 'city', 'town', 'village', 'municipality', 'corridor', 'border',
  'street', 'avenue', 'square', 'road', 'highway', 'bridge', 'airport', 'port', 'checkpoint', 'crossing', 'valley',
  'territory', 'territories', 'enclave', 'house', 'palace', 'prison', 'camp', 'base',
].filter((word) => word !== 'state'));

/** Lower-case nouns that, after a name, make it a place: "Kornidzor border post", "Karabakh region". */
// prettier-ignore
export const PLACE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'province', 'district', 'region', 'oblast', 'county', 'city', 'town', 'village', 'municipality', 'corridor', 'border',
  'street', 'avenue', 'square', 'road', 'highway', 'bridge', 'airport', 'port', 'crossing', 'valley', 'river', 'lake',
  'mountains', 'prison', 'camp', 'base', 'border post', 'airbase', 'checkpoint', 'area',
]);

/** Nouns before "of X" that make X a place: "the village of X", "the capital of X". */
// prettier-ignore
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set(['village', 'town', 'city', 'region', 'province', 'district', 'capital', 'island', 'republic of']);

/** Collective nouns that, after a demonym or a place name, name an organisation: "Azerbaijani forces", "Armenian officials". */
// prettier-ignore
export const ORGANISATION_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'forces', 'army', 'military', 'soldiers', 'troops', 'authorities', 'officials', 'government', 'police', 'ministry',
  'parliament', 'peacekeepers', 'media', 'state media', 'navy', 'air force', 'army', 'militia', 'border guards',
  'intelligence', 'security services', 'mission', 'refugee agency', 'agency', 'embassy', 'court', 'prosecutors',
]);

/** Whether a lower-case body noun of one or two words starts at token i ("mission", "refugee agency"). */
export function isBodyNounAt(tokens: readonly { lower: string; capitalised: boolean }[], i: number): boolean {
  const one = tokens[i];
  if (!one || one.capitalised) return false;
  return ORGANISATION_HEAD_NOUNS.has(one.lower) || ORGANISATION_HEAD_NOUNS.has(`${one.lower} ${tokens[i + 1]?.lower ?? ''}`);
}

/** Bodies a place owns, named with its possessive: "Meridia's army", "Tarsk's government" (not its "people" or "capital"). */
// prettier-ignore
export const POSSESSED_BODY_NOUNS: ReadonlySet<string> = new Set(['military', 'army', 'government', 'parliament', 'police', 'navy', 'forces', 'authorities', 'ministry', 'militia']);

/** Nouns that name people who share a situation: with a demonym or "of X", a group ("Armenian refugees", "residents of X"). */
// prettier-ignore
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'refugees', 'evacuees', 'residents', 'citizens', 'civilians', 'inhabitants', 'villagers', 'detainees', 'prisoners',
  'population', 'community', 'communities', 'migrants', 'protesters', 'demonstrators', 'survivors', 'families', 'people',
  'minority', 'diaspora', 'settlers', 'students', 'workers', 'voters', 'pilgrims', 'displaced', 'hostages', 'deportees',
  'clan', 'family', 'tribe', 'dynasty',
]);

/** People named by the situation they share, which alone ("the evacuees", "the residents") still points at a group. */
// prettier-ignore
export const SITUATION_NOUNS: ReadonlySet<string> = new Set([
  'refugees', 'evacuees', 'residents', 'civilians', 'inhabitants', 'villagers', 'detainees', 'prisoners', 'hostages',
  'protesters', 'demonstrators', 'survivors', 'settlers', 'migrants', 'deportees',
]);

/** Adjectives that qualify a people without being part of its name: "ethnic Armenians", "Christian Armenians". */
// prettier-ignore
export const GROUP_QUALIFIERS: ReadonlySet<string> = new Set(['ethnic', 'christian', 'muslim', 'jewish', 'local', 'remaining', 'displaced', 'indigenous']);

/** Nouns that name something that happened: the head of an event ("the blockade", "a military offensive", "the 2020 war"). */
// prettier-ignore
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'offensive', 'invasion', 'blockade', 'flight', 'blockades', 'siege', 'arrest', 'arrests', 'detention', 'exodus', 'evacuation',
  'war', 'ceasefire', 'cease-fire', 'genocide', 'massacre', 'massacres', 'pogrom', 'pogroms', 'protest', 'protests',
  'resolution', 'ruling', 'verdict', 'referendum', 'election', 'elections', 'coup', 'uprising', 'revolution', 'occupation',
  'deportation', 'deportations', 'bombing', 'shelling', 'airstrike', 'airstrikes', 'operation', 'visit', 'summit',
  'agreement', 'treaty', 'ceasefire', 'truce', 'attack', 'attacks', 'incursion', 'annexation', 'strike', 'strikes',
  'raid', 'ambush', 'assassination', 'cleansing', 'conflict', 'crisis', 'disaster', 'earthquake', 'flood', 'famine',
  'fall', 'collapse', 'dissolution', 'reopening', 'closure', 'confiscation', 'renaming', 'surrender', 'disbandment',
  'withdrawal', 'movement', 'independence', 'seizure', 'killing', 'killings', 'execution', 'trial', 'hearing',
  'displacement', 'expulsion', 'expulsions', 'departure', 'deportation', 'exile', 'return', 'resettlement', 'retreat',
  'dispute', 'standoff', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots', 'crackdown', 'investigation',
  'inquiry',
]);

/** Events that move people: their name may carry where from and where to ("the flight of X from Y", "the exodus of X to Y"). */
// prettier-ignore
export const MOVEMENT_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'flight', 'exodus', 'evacuation', 'deportation', 'deportations', 'displacement', 'expulsion', 'expulsions', 'departure',
  'exile', 'return', 'resettlement', 'withdrawal', 'retreat',
]);

/** Events a thing undergoes rather than suffers from someone: "the collapse of X" happened in X, it was not aimed at X. */
// prettier-ignore
export const UNDERGONE_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'fall', 'collapse', 'dissolution', 'independence', 'disbandment', 'uprising', 'revolution', 'earthquake', 'flood', 'famine',
  'crisis', 'disaster', 'secession', 'reunification', 'partition', 'reopening', 'closure',
]);

/** Sites a text may point at by description alone: "the occupied territories", "an abandoned airfield". */
// prettier-ignore
export const SITE_NOUNS: ReadonlySet<string> = new Set(['territories', 'territory', 'complex', 'facility', 'site', 'compound', 'checkpoint', 'camp', 'base', 'settlement', 'enclave', 'outpost', 'airfield']);

/** Events named by what they are fought over: "the conflict over X" is the X conflict. */
export const DISPUTE_NOUNS: ReadonlySet<string> = new Set(['conflict', 'dispute', 'war', 'crisis', 'standoff']);

/** Lower-case nouns that, after a name, describe it without naming another thing: "the Donbas region" is Donbas. */
export const DESCRIPTIVE_PLACE_NOUNS: ReadonlySet<string> = new Set(['region', 'area']);

/** Qualifiers kept in an event's name: "military offensive", "mass exodus", "forced deportations". */
// prettier-ignore
export const EVENT_QUALIFIERS: ReadonlySet<string> = new Set(['military', 'mass', 'forced', 'ethnic', 'full-scale', 'ground', 'air', 'joint', 'first', 'second', 'third', 'civil', 'armed', 'anti-terrorist', 'counter-terrorist']);

/** Titles written before a person's name ("President", "Minister", "Ombudsman"); the head of a title. */
// prettier-ignore
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope',
  'bishop', 'archbishop', 'patriarch', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant',
  'lt', 'admiral', 'commander', 'sergeant', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'judge', 'justice', 'senator', 'sen', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'ombudsman', 'commissioner',
  'secretary', 'speaker', 'chairman', 'chairwoman', 'chair', 'director', 'spokesperson', 'spokesman', 'spokeswoman',
  'advisor', 'adviser', 'rev', 'imam', 'rabbi', 'mp', 'mep', 'ceo', 'leader', 'chief', 'prosecutor', 'premier',
]);

/** Words that qualify a title before its head ("Prime Minister", "Health Minister", "State Minister", "Deputy Director"). */
// prettier-ignore
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'deputy', 'vice', 'foreign', 'health', 'defence', 'defense', 'interior', 'finance', 'state', 'first', 'acting',
  'former', 'economy', 'justice', 'education', 'chief', 'general', 'executive', 'managing', 'supreme', 'high', 'senior',
]);

/** Titles written after a name ("Enver Pasha"): part of how the person is known. */
export const POSTNOMINAL_TITLES: ReadonlySet<string> = new Set(['pasha', 'bey', 'khan', 'effendi', 'jr', 'sr']);

/** Adjectives that judge rather than name: dropped from an event's name ("the cruel blockade" is "blockade"). */
// prettier-ignore
export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set(['cruel', 'brutal', 'violent', 'rapid', 'recent', 'sudden', 'deadly', 'bloody', 'latest', 'ongoing', 'new', 'renewed', 'so-called', 'alleged', 'massive', 'large', 'major', 'short', 'long']);

/** Connectors allowed inside a capitalised name: "Court of Justice", "Committee of the Red Cross", "Lemkin Institute for ...". */
// prettier-ignore
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', '&']);

/** Words that, capitalised at the start of a sentence, are still ordinary words, not names. */
// prettier-ignore
const ORDINARY_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Possessive', 'QuestionWord', 'Negative', 'Modal',
  'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Adjective', 'Plural', 'Singular', 'Uncountable',
  'Copula', 'Auxiliary', 'Expression', 'Cardinal', 'Ordinal', 'Comparative', 'Superlative', 'Noun', 'Actor', 'Date',
  'Month', 'WeekDay', 'Duration', 'Unit',
];

export function isFirstName(lower: string): boolean {
  return has(lower, 'FirstName', 'MaleName', 'FemaleName');
}

/** A verb's base form as compromise lists it ("guard", "protect"). */
export function isInfinitive(lower: string): boolean {
  return has(lower, 'Infinitive');
}

/** Whether compromise lists a first name as a man's or a woman's only; undefined when it does not know or lists both. */
export function genderOfFirstName(lower: string): 'male' | 'female' | undefined {
  const male = has(lower, 'MaleName');
  const female = has(lower, 'FemaleName');
  return male === female ? undefined : male ? 'male' : 'female';
}

/** A word compromise lists as a tensed verb, a copula or an auxiliary ("captured", "is", "has", "would"). */
export function isTensedVerb(lower: string): boolean {
  return has(lower, 'PastTense', 'PresentTense', 'Copula', 'Auxiliary', 'Modal', 'Verb');
}

/** A country, city or region compromise knows by name (a general gazetteer, not the corpus's). */
export function isKnownPlace(lower: string): boolean {
  return has(lower, 'Country', 'City', 'Region', 'Place');
}

export function isKnownOrganisation(lower: string): boolean {
  return has(lower, 'Organization', 'SportsTeam');
}

/** "Armenian", "Russian", or any word ending like a people's adjective ("-ian", "-ani", "-ese", "-ish", "-ic", "-ot"). */
export function isDemonymLike(word: string): boolean {
  const lower = word.toLowerCase();
  if ((has(lower, 'Demonym') && !has(lower, 'Plural')) || countryOfDemonym(lower) !== undefined) return true;
  // Not "-ian"/"-yan": those end surnames ("Avanesian") as often as peoples, and compromise lists the common peoples.
  return /^\p{Lu}/u.test(word) && /(?:ani|ese|ish|iot|ean)$/u.test(lower) && !isKnownPlace(lower) && lower.length > 4;
}

/** "Armenians", "Azerbaijanis": a people named by its plural demonym. */
export function isPluralDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  if (has(lower, 'Demonym') && has(lower, 'Plural')) return true;
  return (
    /^\p{Lu}/u.test(word) && lower.endsWith('s') && isDemonymLike(word.slice(0, -1)) && !has(lower, 'Singular', 'Plural', 'Uncountable')
  );
}

/** A person's role noun as compromise tags it ("scholar", "coordinator", "minister"). */
export function isRoleNoun(lower: string): boolean {
  return has(lower, 'Actor') || PERSON_TITLES.has(lower);
}

const ORDINARY_CACHE = new Map<string, boolean>();

/** A common English word, so a capitalised occurrence at a sentence's start is not a name on that evidence. */
export function isOrdinaryWord(lower: string): boolean {
  const cached = ORDINARY_CACHE.get(lower);
  if (cached !== undefined) return cached;
  const ordinary = readOrdinaryWord(lower);
  if (ORDINARY_CACHE.size < MAX_CACHED_WORDS) ORDINARY_CACHE.set(lower, ordinary);
  return ordinary;
}

/**
 * A word English lists (compromise's lexicon or our own noun lists), without guessing from its ending: capitalised inside a
 * sentence, an unlisted word shaped like a plural ("Reuters") is a name.
 */
export function isListedOrdinaryWord(lower: string): boolean {
  if (isFirstName(lower) || isKnownPlace(lower) || isKnownOrganisation(lower) || has(lower, 'Demonym')) return false;
  return has(lower, ...ORDINARY_TAGS) || GROUP_NOUNS.has(lower) || EVENT_NOUNS.has(lower) || GROUP_QUALIFIERS.has(lower);
}

function readOrdinaryWord(lower: string): boolean {
  if (isFirstName(lower) || isKnownPlace(lower) || isKnownOrganisation(lower) || has(lower, 'Demonym')) return false;
  if (isListedOrdinaryWord(lower)) return true;
  // Unlisted inflections of ordinary words: adverbs in -ly, plurals of common nouns ("Images", "Testimonies").
  return /(?:ly|ies|ings|ions|ments|ness|ures|ages|ers|ts|ds|ks|es)$/u.test(lower) && lower.length > 4;
}

/** Surnames end alike across many languages; with a first word before it, a two- or three-word name ending so is a person. */
export function hasSurnameEnding(lower: string): boolean {
  return /(?:yan|ian|ov|ova|ev|eva|in|ina|ić|ic|vich|enko|uk|shvili|dze|escu|oglu|zade|zadeh|son|sen|sson|ski|sky|ska|stein|berg|ez|ini|elli|etti|ato|opoulos|akis|idis)$/u.test(
    lower,
  );
}

// prettier-ignore
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A month's name (compromise's lexicon misses "march" and reads "may" as a modal). */
export function isMonth(lower: string): boolean {
  return MONTHS.has(lower);
}

/** Months and weekdays are capitalised but name no entity. */
export function isCalendarWord(lower: string): boolean {
  return has(lower, 'Month', 'WeekDay', 'Date');
}

/** Words that deny the verb after them: "never paid", "did not pay", "X is not trying to starve". */
// prettier-ignore
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', "won't", "wouldn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "couldn't", "can't", 'cannot']);

/** Verbs that say the verb after "to" was not done: "refused to pay", "failed to protect". */
// prettier-ignore
export const NOT_DONE_VERBS: ReadonlySet<string> = new Set(['refused', 'refuse', 'refuses', 'declined', 'declines', 'decline', 'unable', 'failed', 'fails', 'fail']);

/** Nouns whose "in" takes what one holds a share of, not where one is: "a stake in X", "invested in X". */
// prettier-ignore
export const HOLDING_IN: ReadonlySet<string> = new Set(['stake', 'stakes', 'share', 'shares', 'holding', 'holdings', 'investment', 'investments', 'invested', 'invest', 'invests', 'investing', 'interest', 'interests']);

/** People named by where they live: "the residents" after a place are that place's residents. */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'villagers', 'locals', 'townspeople']);

/**
 * A word compromise knows as an adjective and not as a noun ("cruel"; not "military"), or a word it does not know that is
 * shaped like one ("brutal", "massive", "violent").
 */
export function isAdjective(lower: string): boolean {
  if (has(lower, 'Adjective')) return !isNounLike(lower);
  return tagsOf(lower).length === 0 && lower.length > 4 && /(?:al|ive|ent|ant|ous|ful|less|ic|ible|able)$/u.test(lower);
}

/** A word compromise's lexicon does not list at all ("counterpart"). */
export function isUnlistedWord(lower: string): boolean {
  return tagsOf(lower).length === 0;
}

/** A word compromise knows as a noun, or an unknown word shaped like a plural ("passports"). */
export function isNounLike(lower: string): boolean {
  if (has(lower, 'Singular', 'Plural', 'Noun', 'Uncountable', 'Actor')) return true;
  return tagsOf(lower).length === 0 && lower.endsWith('s') && !lower.endsWith('ss');
}

/** A plural common noun: compromise lists it so, or it is an unknown word shaped like one ("belongings", "evacuees"). */
export function isPluralNoun(lower: string): boolean {
  if (has(lower, 'Plural')) return true;
  return tagsOf(lower).length === 0 && lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3;
}

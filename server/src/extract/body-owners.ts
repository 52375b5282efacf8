// Bodies and whose they are: "Meridia's army", "UN mission", "the Veldish Prime Minister", "the Veldish forces".
import { countryOfDemonym } from './country-demonyms.ts';
import type { TextSpan } from './extraction.ts';
import type { Proposal } from './entity-candidates.ts';
import type { NameSegment } from './name-runs.ts';
import { isAcronym, isPossessive, type Token } from './tokens.ts';
import {
  EVENT_NOUNS,
  ORGANISATION_HEAD_NOUNS,
  POSSESSED_BODY_NOUNS,
  TITLE_MODIFIERS,
  isBodyNounAt,
  isDemonymLike,
  isKnownOrganisation,
  isKnownPlace,
  isPluralDemonym,
} from './word-classes.ts';

/** "Meridia's army", "Tarsk's government": a body named by whose it is, beside the owner's own name. */
function possessedBody(text: string, tokens: readonly Token[], segment: NameSegment, sentence: TextSpan): Proposal | undefined {
  const owned = tokens[segment.to + 1];
  if (!isPossessive(tokens[segment.to]) || !owned || owned.capitalised || !POSSESSED_BODY_NOUNS.has(owned.lower)) return undefined;
  // "Meridia's military offensive": the body noun qualifies an event, it names no body.
  if (EVENT_NOUNS.has(tokens[segment.to + 2]?.lower ?? '')) return undefined;
  const start = tokens[segment.from]!.start;
  const name = text.slice(start, owned.end);
  return {
    start,
    end: owned.end,
    name,
    type: 'Organisation',
    confidence: 0.8,
    rule: `body "'s ${owned.lower}"`,
    composite: true,
    sentence,
  };
}

/**
 * "UN mission", "Moscow police": the one-word name before a body noun owns the body; proposed beside it (the body then
 * contains it) when it names something on its own, as an acronym or a place or organisation compromise knows.
 */
function bodyOwner(tokens: readonly Token[], body: Proposal, segment: NameSegment): Proposal | undefined {
  const owner = tokens[segment.from]!;
  if (body.type !== 'Organisation' || segment.to - segment.from !== 1 || owner.start !== body.start || body.end === owner.end)
    return undefined;
  if (!isBodyNounAt(tokens, segment.to) || isDemonymLike(owner.text)) return undefined;
  const type = isAcronym(owner) || isKnownOrganisation(owner.lower) ? 'Organisation' : isKnownPlace(owner.lower) ? 'Place' : undefined;
  if (type === undefined) return undefined;
  const rule = `owner of "${body.name}"`;
  return { start: owner.start, end: owner.end, name: owner.text, type, confidence: 0.5, rule, sentence: body.sentence };
}

/** Heads of titles that are posts in a state's government ("Health Minister", "Prime Minister", "Chancellor"). */
const GOVERNMENT_TITLES = new Set(['minister', 'premier', 'chancellor']);

/**
 * "the Veldish Prime Minister", "Veldish Health Minister X": a people's adjective before a government post names that
 * people's government, which the post belongs to; proposed on the adjective's words, named "<adjective> government".
 */
function nationalGovernment(text: string, tokens: readonly Token[], segment: NameSegment, sentence: TextSpan): Proposal | undefined {
  if (segment.to - segment.from !== 1) return undefined;
  let k = segment.to;
  while (k < tokens.length && TITLE_MODIFIERS.has(tokens[k]!.lower) && !GOVERNMENT_TITLES.has(tokens[k]!.lower)) k++;
  if (!GOVERNMENT_TITLES.has(tokens[k]?.lower ?? '') || !tokens[k]!.capitalised) return undefined;
  const adjective = tokens[segment.from]!;
  if (!isDemonymLike(adjective.text) || isPluralDemonym(adjective.text)) return undefined;
  const title = text.slice(adjective.start, tokens[k]!.end);
  return {
    start: adjective.start,
    end: adjective.end,
    name: `${adjective.text} government`,
    type: 'Organisation',
    confidence: 0.6,
    rule: `national title "${title}"`,
    reference: adjective.text,
    pairsOnlyWith: 'title holder',
    sentence,
  };
}

/** Words of a body that acts for a state: its government, parliament, ministries, forces, officials. */
const STATE_BODY_WORDS: ReadonlySet<string> = new Set([
  ...ORGANISATION_HEAD_NOUNS,
  ...['senate', 'congress', 'assembly', 'ministry', 'government', 'parliament', 'cabinet', 'presidency'],
]);

/**
 * "Peruvian troops", "the Chilean Ministry of Health": a body named by a people's adjective acts for that
 * people's state, proposed on the adjective's words (the body then contains it) and named as the table of
 * countries' adjectives names its country.
 */
function peoplesState(tokens: readonly Token[], body: Proposal): Proposal | undefined {
  // "the American University" is named after a people, it does not act for a state.
  if (
    body.type !== 'Organisation' ||
    !body.name
      .toLowerCase()
      .split(' ')
      .some((w) => STATE_BODY_WORDS.has(w))
  )
    return undefined;
  const first = tokens.findIndex((t) => t.start === body.start);
  const adjective = tokens[first];
  if (!adjective || adjective.end >= body.end || !isDemonymLike(adjective.text) || isPluralDemonym(adjective.text)) return undefined;
  const country = countryOfDemonym(adjective.lower);
  if (country === undefined) return undefined;
  const rule = `state of "${adjective.text}"`;
  const { start, end } = adjective;
  return {
    start,
    end,
    name: country,
    type: 'Place',
    confidence: 0.5,
    rule,
    reference: adjective.text,
    pairsOnlyWith: 'enclosing body',
    sentence: body.sentence,
  };
}

export interface BodyInput {
  text: string;
  tokens: readonly Token[];
  segment: NameSegment;
  /** What the segment itself was proposed as, if anything. */
  proposal: Proposal | undefined;
  sentence: TextSpan;
}

/** The bodies a segment's words name beside it, and the owners inside the body it names (which then contains them). */
export function proposeBodiesAndOwners(input: BodyInput): Proposal[] {
  const { text, tokens, segment, proposal, sentence } = input;
  const found: Proposal[] = [];
  const owner = proposal && (bodyOwner(tokens, proposal, segment) ?? peoplesState(tokens, proposal));
  if (proposal && owner) {
    proposal.composite = true;
    found.push(owner);
  }
  const body = possessedBody(text, tokens, segment, sentence) ?? nationalGovernment(text, tokens, segment, sentence);
  if (body) found.push(body);
  return found;
}

// "the war", "the corridor", "the Commissioner": a definite noun read as the entity the text last named with that noun.
import type { TextSpan } from './extraction.ts';
import type { Proposal } from './entity-candidates.ts';
import type { Token } from './tokens.ts';
import {
  DESCRIPTIVE_PLACE_NOUNS,
  EVENT_NOUNS,
  GROUP_NOUNS,
  ORGANISATION_HEAD_NOUNS,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PLACE_HEAD_NOUNS,
  PLACE_OF_NOUNS,
  PLACE_WORDS,
  SITE_NOUNS,
} from './word-classes.ts';

/** How many sentences back "the war" may find its war: further, a text may have moved on to another. */
export const MAX_DESCRIPTION_SENTENCES = 5;

/** Head nouns that say what kind of thing a name is: only these point back ("the corridor", not "the lack"). */
function isKindNoun(lower: string): boolean {
  return (
    EVENT_NOUNS.has(lower) ||
    PLACE_HEAD_NOUNS.has(lower) ||
    PLACE_WORDS.has(lower) ||
    ORGANISATION_WORDS.has(lower) ||
    ORGANISATION_HEAD_NOUNS.has(lower) ||
    GROUP_NOUNS.has(lower) ||
    SITE_NOUNS.has(lower)
  );
}

/** People named by where they live: "the residents" after a place are that place's residents. */
const RESIDENT_NOUNS = new Set(['residents', 'inhabitants', 'villagers', 'locals', 'townspeople']);
/** How many sentences back "the residents" may find their place. */
const MAX_RESIDENCE_SENTENCES = 1;

/** "the site" points back at any site the text described, whatever its own noun ("an unfinished complex"). */
const GENERIC_SITE = 'site';

/** The noun a multi-word name is a kind of: "War" in "First Kessa War", "republic" in "Republic of Vell". */
function headNoun(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/u);
  if (words.length < 2) return undefined;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return isKindNoun(head) ? head : undefined;
}

interface Antecedent {
  proposal: Proposal;
  /** Index of the sentence it stands in. */
  sentence: number;
  /** Whether it stays the referent however far the text goes ("the region" after "the Morna region"). */
  lasting: boolean;
}

interface Tokenised {
  sentence: TextSpan;
  tokens: readonly Token[];
}

/** What each noun may point back to, from one proposal: its head noun, its descriptive noun, its title. */
function keysOf(proposal: Proposal): { noun: string; lasting: boolean }[] {
  const keys: { noun: string; lasting: boolean }[] = [];
  if (proposal.descriptiveNoun !== undefined) keys.push({ noun: proposal.descriptiveNoun, lasting: true });
  if (proposal.title !== undefined) keys.push({ noun: proposal.title, lasting: false });
  const head = proposal.type === 'Person' ? undefined : headNoun(proposal.name);
  if (head !== undefined) keys.push({ noun: head, lasting: false });
  if (head !== undefined && head !== GENERIC_SITE && proposal.type === 'Place' && SITE_NOUNS.has(head))
    keys.push({ noun: GENERIC_SITE, lasting: false });
  return keys;
}

/** "the village of X", "the region of X": the place after "of" is what a later "the village" means. */
function placeOfKeys(tokenised: readonly Tokenised[], proposals: readonly Proposal[]): Map<Proposal, string> {
  const byStart = new Map(proposals.filter((p) => p.type === 'Place').map((p) => [p.start, p]));
  const keys = new Map<Proposal, string>();
  for (const { tokens } of tokenised) {
    tokens.forEach((token, i) => {
      if (!PLACE_OF_NOUNS.has(token.lower) || tokens[i + 1]?.lower !== 'of') return;
      const place = byStart.get(tokens[tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2]?.start ?? -1);
      if (place && (tokens[i - 1]?.lower === 'the' || tokens[i - 2]?.lower === 'the')) keys.set(place, token.lower);
    });
  }
  return keys;
}

/** Whether token i is the noun of "the war" or "the brutal war", ending its phrase. */
function definiteNounAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'word') return false;
  const next = tokens[i + 1];
  // "the war of 1991" and "the Commissioner Ana Vogel" name something else; a capitalised noun must end its phrase.
  if (next?.lower === 'of' || next?.capitalised === true) return false;
  if (token.capitalised && !PERSON_TITLES.has(token.lower) && !isKindNoun(token.lower)) return false;
  const before = tokens[i - 1];
  if (before?.lower === 'the') return true;
  return tokens[i - 2]?.lower === 'the' && before !== undefined && before.kind === 'word' && !before.capitalised;
}

/**
 * A proposal for each definite noun that points back at an entity named before: the latest one whose name has that noun as
 * its head ("the war" after "the First Kessa War"), whose title it is ("the Commissioner" after "Commissioner Ana Vogel"),
 * or that was introduced as "the village of X"; within a few sentences, except a descriptive noun ("the region" after "the
 * Morna region"), which a text keeps for one place. The proposal spans the noun and carries the antecedent's name and type.
 */
export function resolveDefiniteReferences(
  text: string,
  tokenised: readonly Tokenised[],
  proposals: readonly Proposal[],
  covered: Uint8Array,
): Proposal[] {
  const placeOf = placeOfKeys(tokenised, proposals);
  const ordered = [...proposals].sort((a, b) => a.start - b.start);
  const sentenceOf = (offset: number) => {
    let low = 0;
    let high = tokenised.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (tokenised[mid]!.sentence.start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const found: Proposal[] = [];
  // One sweep in text order: the latest antecedent of each noun so far.
  const latest = new Map<string, Antecedent>();
  let latestPlace: { name: string; sentence: number } | undefined;
  let next = 0;
  tokenised.forEach(({ sentence, tokens }, s) => {
    tokens.forEach((token, i) => {
      while (next < ordered.length && ordered[next]!.end <= token.start) {
        const proposal = ordered[next]!;
        const sentenceIndex = sentenceOf(proposal.start);
        for (const key of keysOf(proposal)) latest.set(key.noun, { proposal, sentence: sentenceIndex, lasting: key.lasting });
        const place = placeOf.get(proposal);
        if (place !== undefined) latest.set(place, { proposal, sentence: sentenceIndex, lasting: DESCRIPTIVE_PLACE_NOUNS.has(place) });
        if (proposal.type === 'Place' && !proposal.composite) latestPlace = { name: proposal.name, sentence: sentenceIndex };
        next++;
      }
      if (covered[token.start] === 1 || !definiteNounAt(tokens, i)) return;
      const from = tokens[i - 1]?.lower === 'the' ? i - 1 : i - 2;
      const words = text.slice(tokens[from]!.start, token.end);
      const antecedent = latest.get(token.lower);
      if (!antecedent || (!antecedent.lasting && s - antecedent.sentence > MAX_DESCRIPTION_SENTENCES)) {
        // "Troops entered Dorsk and the residents fled": the residents of the place just named.
        if (RESIDENT_NOUNS.has(token.lower) && latestPlace && s - latestPlace.sentence <= MAX_RESIDENCE_SENTENCES) {
          const name = `${token.text} of ${latestPlace.name}`;
          const rule = `"${words}" of "${latestPlace.name}"`;
          found.push({ start: token.start, end: token.end, name, type: 'Group', confidence: 0.5, rule, reference: words, sentence });
        }
        return;
      }
      const { proposal } = antecedent;
      if (proposal.type === 'Place') latestPlace = { name: proposal.name, sentence: s };
      found.push({
        start: token.start,
        end: token.end,
        name: proposal.name,
        type: proposal.type,
        confidence: proposal.confidence,
        rule: `"${words}" after "${proposal.name}"`,
        reference: words,
        sentence,
      });
    });
  });
  return found;
}

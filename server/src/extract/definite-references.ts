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
  RESIDENT_NOUNS,
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

/** Nouns that stand for a company named before. */
const COMPANY_NOUNS = ['company', 'firm'];

/** How many sentences back "the residents" may find their place. */
const MAX_RESIDENCE_SENTENCES = 1;

/** "the site" points back at any site the text described, whatever its own noun ("an abandoned airfield"). */
const GENERIC_SITE = 'site';

/** The noun a multi-word name is a kind of: "War" in "First Kessa War", "republic" in "Republic of Vell". */
function headNoun(name: string): string | undefined {
  if (!name.includes(' ')) return undefined;
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

/** What each noun may point back to, from one proposal: its head noun (by the heads of names seen), its descriptive noun, its title. */
function addKeys(proposal: Proposal, sentence: number, heads: Map<string, string | undefined>, latest: Map<string, Antecedent>): void {
  if (proposal.descriptiveNoun !== undefined) latest.set(proposal.descriptiveNoun, { proposal, sentence, lasting: true });
  if (proposal.type === 'Person') {
    if (proposal.title !== undefined) latest.set(proposal.title, { proposal, sentence, lasting: false });
    return;
  }
  // "the company", "the firm": the company the text last named, whatever its own name's words.
  if (proposal.type === 'Company') for (const noun of COMPANY_NOUNS) latest.set(noun, { proposal, sentence, lasting: false });
  let head = heads.get(proposal.name);
  if (head === undefined && !heads.has(proposal.name)) heads.set(proposal.name, (head = headNoun(proposal.name)));
  if (head === undefined) return;
  const antecedent = { proposal, sentence, lasting: false };
  latest.set(head, antecedent);
  if (head !== GENERIC_SITE && proposal.type === 'Place' && SITE_NOUNS.has(head)) latest.set(GENERIC_SITE, antecedent);
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
  const sentenceIndex = new Map(tokenised.map(({ sentence }, s) => [sentence.start, s]));
  const heads = new Map<string, string | undefined>();
  const found: Proposal[] = [];
  // One sweep in text order: the latest antecedent of each noun so far.
  const latest = new Map<string, Antecedent>();
  let latestPlace: { name: string; sentence: number } | undefined;
  let next = 0;
  tokenised.forEach(({ sentence, tokens }, s) => {
    // Only a word one or two after "the" can be a definite noun: the rest of the sentence is passed over.
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1]!.lower !== 'the' && (i < 2 || tokens[i - 2]!.lower !== 'the')) continue;
      const token = tokens[i]!;
      while (next < ordered.length && ordered[next]!.end <= token.start) {
        const proposal = ordered[next]!;
        const at = sentenceIndex.get(proposal.sentence.start) ?? s;
        addKeys(proposal, at, heads, latest);
        const place = placeOf.get(proposal);
        if (place !== undefined) latest.set(place, { proposal, sentence: at, lasting: DESCRIPTIVE_PLACE_NOUNS.has(place) });
        if (proposal.type === 'Place' && !proposal.composite) latestPlace = { name: proposal.name, sentence: at };
        next++;
      }
      const antecedent = latest.get(token.lower);
      if (antecedent === undefined && !RESIDENT_NOUNS.has(token.lower)) continue;
      if (covered[token.start] === 1 || !definiteNounAt(tokens, i)) continue;
      const from = tokens[i - 1]?.lower === 'the' ? i - 1 : i - 2;
      const words = text.slice(tokens[from]!.start, token.end);
      if (!antecedent || (!antecedent.lasting && s - antecedent.sentence > MAX_DESCRIPTION_SENTENCES)) {
        // "Troops entered Dorsk and the residents fled": the residents of the place just named.
        if (RESIDENT_NOUNS.has(token.lower) && latestPlace && s - latestPlace.sentence <= MAX_RESIDENCE_SENTENCES) {
          const name = `${token.text} of ${latestPlace.name}`;
          const rule = `"${words}" of "${latestPlace.name}"`;
          found.push({ start: token.start, end: token.end, name, type: 'Group', confidence: 0.5, rule, reference: words, sentence });
        }
        continue;
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
    }
  });
  return found;
}

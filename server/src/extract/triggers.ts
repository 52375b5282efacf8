// Where a sentence states a relation by a verb or a phrase of the lexicon: its triggers, with the forms of each verb that
// stand as a verb there, not as a noun ("X's blockade", "these reports").
import { VERB_RULES, type VerbRule } from './relation-lexicon.ts';
import { ARTICLE_WORDS, isPossessiveAt, type Token } from './tokens.ts';
import { PREPOSITIONS } from './clause-subject.ts';
import { isAdjective, isTensedVerb } from './word-classes.ts';
import { conjugate, verbForms } from './verb-forms.ts';

export interface Trigger {
  rule: VerbRule;
  words: readonly string[];
  /** A fixed phrase of the rule ("member of"), not a form of one of its verbs. */
  phrase: boolean;
  /** A past tense of one of the rule's verbs ("fled"): never a noun. */
  past?: boolean;
}

/** After these a verb's form is a noun ("the claims", "its ruling", "such reports"). ("her" may be an object: "helped her escape".) */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'our', 'my', 'your', 'such', 'numerous', 'no']);
/**
 * These also stand alone as a subject: a verb form after them is a noun ("these reports", "many attacks"), but a past tense
 * is their verb ("many fled to X", "this led to Y").
 */
const PRONOUN_DETERMINERS = new Set(['this', 'these', 'those', 'many', 'several', 'some', 'any']);

let triggerIndex: Map<string, Trigger[]> | undefined;

/** The words between two ends stand in for a verb when a pair pattern's proposal is spread over a list. */
export const NO_TRIGGER: Trigger = { rule: { type: '' }, words: [], phrase: true };

/** The lexicon's rules by type: a list member must fit the end types of some rule of the type its list got. */
export const VERB_RULE_OF = new Map<string, VerbRule[]>();
for (const rule of VERB_RULES) VERB_RULE_OF.set(rule.type, [...(VERB_RULE_OF.get(rule.type) ?? []), rule]);

function buildTriggerIndex(): Map<string, Trigger[]> {
  const index = new Map<string, Trigger[]>();
  const add = (wording: string, rule: VerbRule, phrase: boolean, past = false) => {
    const words = wording.toLowerCase().split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ rule, words, phrase, past });
    index.set(words[0]!, list);
  };
  for (const rule of VERB_RULES) {
    for (const verb of rule.verbs ?? []) {
      const head = verb.split(' ')[0]!;
      const past = new Set([conjugate(head)['PastTense'], head.endsWith('e') ? `${head}d` : undefined]);
      for (const form of verbForms(verb)) add(form, rule, false, past.has(form.split(' ')[0]));
    }
    for (const phrase of rule.phrases ?? []) add(phrase, rule, true);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export interface TriggerHit {
  trigger: Trigger;
  from: number;
  to: number;
}

/**
 * Whether the word at `i` is a noun by its place: right after a possessive ("Meridia's blockade"), or after an adjective
 * that follows a possessive or an article ("Meridia's cruel blockade", "a brutal attack"). Not after a noun: "Meridia's
 * army shelled X" is a verb.
 */
function isOwnedNoun(tokens: readonly Token[], i: number): boolean {
  if (isPossessiveAt(tokens, i - 1)) return true;
  const before = tokens[i - 1];
  // "A United Nations report": a name after "a" qualifies the noun after it.
  if (before?.capitalised === true && !tokens[i]!.lower.endsWith('ed')) {
    let k = i - 1;
    while (k > 0 && tokens[k]!.capitalised && tokens[k]!.kind === 'word') k--;
    if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') return true;
  }
  // "accepting bribes", "said attacks continued": a form in -s right after a verb is a plural noun, its object or subject.
  if (
    tokens[i]!.lower.endsWith('s') &&
    before?.kind === 'word' &&
    !before.capitalised &&
    (isTensedVerb(before.lower) || before.lower.endsWith('ing'))
  )
    return true;
  if (!before || before.kind !== 'word' || before.capitalised || !isAdjective(before.lower)) return false;
  // "a brutal attack", "Meridia's cruel blockade", "according to corporate records".
  return isPossessiveAt(tokens, i - 2) || ARTICLE_WORDS.has(tokens[i - 2]?.lower ?? '') || PREPOSITIONS.has(tokens[i - 2]?.lower ?? '');
}

/** The forms of "add", which report speech only before what REPORT_OPENERS open ("he added that …", "…, she added."). */
const ADD_FORMS = new Set(verbForms('add'));
const REPORT_OPENERS = new Set(['that', ',', '.', ':', '"', '“', "'", '‘']);

export function findTriggers(tokens: readonly Token[]): TriggerHit[] {
  triggerIndex ??= buildTriggerIndex();
  const hits: TriggerHit[] = [];
  tokens.forEach((token, i) => {
    // A capitalised word inside a sentence is part of a name ("State Minister"), not a verb.
    if (token.capitalised && i > 0 && tokens[i - 1]!.kind === 'word') return;
    for (const trigger of triggerIndex!.get(token.lower) ?? []) {
      const before = tokens[i - 1]?.lower ?? '';
      if (!trigger.phrase && (NOUN_DETERMINERS.has(before) || (PRONOUN_DETERMINERS.has(before) && trigger.past !== true))) continue;
      if (!trigger.phrase && isOwnedNoun(tokens, i)) continue;
      // "added X to its sanctions list" is no statement: "add" reports speech only before a clause or a quote.
      if (trigger.rule.clausal === true && ADD_FORMS.has(token.lower) && !REPORT_OPENERS.has(tokens[i + 1]?.text ?? '.')) continue;
      if (trigger.words.every((word, k) => tokens[i + k]?.lower === word)) hits.push({ trigger, from: i, to: i + trigger.words.length });
    }
  });
  return hits;
}

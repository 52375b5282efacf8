// A statement that blames someone is an accusation: "A said X's offensive was a gross violation", "A explained the
// suffering X's blockade inflicts", "A stated, "X is determined to starve them out"".
import { BE_FORMS } from './clause-subject.ts';
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd, Proposed, SentenceFindings } from './pair-patterns.ts';
import { ACTOR_TYPES } from './relation-lexicon.ts';
import type { Token } from './tokens.ts';
import { clauseBreakBetween } from './verb-patterns.ts';
import { NEGATIONS } from './word-classes.ts';

/** Words that condemn what they are said of: a statement with one of them after its verb blames someone. */
const CONDEMNING_WORDS = new Set([
  'violation',
  'violations',
  'violates',
  'violated',
  'crime',
  'crimes',
  'atrocity',
  'atrocities',
  'cleansing',
  'genocide',
  'genocidal',
  'suffering',
  'abuse',
  'abuses',
  'torture',
  'persecution',
  'inflict',
  'inflicts',
  'inflicting',
  'inflicted',
  'cruel',
  'brutal',
  'illegal',
  'unlawful',
  'aggression',
]);

/** Verbs of harm: the reported clause's subject doing one of them is blamed for it ("X is determined to starve them"). */
const HARM_VERBS = new Set([
  'starve',
  'starving',
  'kill',
  'killing',
  'expel',
  'expelling',
  'persecute',
  'persecuting',
  'torture',
  'torturing',
  'terrorise',
  'terrorize',
  'terrorising',
  'terrorizing',
  'massacre',
  'massacring',
  'exterminate',
  'exterminating',
  'inflict',
  'inflicting',
]);

/** How far (in tokens) after the reported clause's subject its verb of harm may stand. */
const HARM_REACH = 15;

/**
 * A verb of harm the end does: near after it, in its own clause, not after a form of "be", not denied, and with no other end
 * before it that may be the one doing it ("X fear Y will kill them"); an owner ("make the villagers' lives hard") is none.
 */
function harmDoneBy<End extends CandidateEnd>(
  tokens: readonly Token[],
  placed: readonly PlacedEnd<End>[],
  doer: PlacedEnd<End>,
): Token | undefined {
  for (let k = doer.to; k < tokens.length && k - doer.to <= HARM_REACH; k++) {
    if (clauseBreakBetween(tokens, k, k + 1) || NEGATIONS.has(tokens[k]!.lower)) return undefined;
    const other = placed.find((p) => p !== doer && p.from === k);
    if (other && !["'s", "'"].includes(tokens[other.to]?.lower ?? '')) return undefined;
    // A form of "be" before it makes its subject the one harmed ("X was starving"), not the one harming.
    if (HARM_VERBS.has(tokens[k]!.lower)) return BE_FORMS.has(tokens[k - 1]!.lower) ? undefined : tokens[k];
  }
  return undefined;
}

/** Deeds of looking into something: a condemning word near one is about what is looked into, not about who looks. */
// prettier-ignore
const EXAMINING_NOUNS = new Set(['investigation', 'investigations', 'inquiry', 'inquiries', 'probe', 'report', 'reports', 'review', 'study', 'audit', 'examination', 'hearing', 'hearings', 'mission', 'visit']);

const SPEECH_TYPES = new Set(['STATED', 'REPORTED']);
const ACCUSABLE = new Set(ACTOR_TYPES);

/**
 * For each statement proposed ("A STATED X"), an accusation of X when what is reported blames X: a condemning word stands in
 * it and X either carried out an event it names ("X's blockade", read by another rule) or is its subject and does harm.
 */
export function accusingStatements<End extends CandidateEnd>(findings: SentenceFindings<End>): Proposed<End>[] {
  const { text, tokens, placed, placedOf, hits, typed, identity } = findings;
  const speech = hits.filter((h) => SPEECH_TYPES.has(h.trigger.rule.type) && h.trigger.rule.clausal === true);
  if (speech.length === 0) return [];
  const found: Proposed<End>[] = [];
  for (const statement of typed) {
    if (!SPEECH_TYPES.has(statement.type ?? '') || !ACCUSABLE.has(statement.object.type)) continue;
    const speaker = placedOf.get(statement.subject);
    const said = placedOf.get(statement.object);
    if (!speaker || !said) continue;
    // The speech verb that reports it: the last between the speaker and what is said.
    const verb = [...speech].reverse().find((h) => h.from >= speaker.to && h.to <= said.from);
    if (!verb) continue;
    // What is reported runs to the next verb that reports something ("X said …, and Y said …": the second is Y's).
    const reportedTo = hits.find((h) => h.from >= verb.to && h.trigger.rule.clausal === true)?.from ?? tokens.length;
    const accused = identity(statement.object);
    // "X's blockade", "its offensive": an event in what is reported that X carried out, by another rule's reading, and a
    // condemning word in the same clause as it ("X's offensive was legal, while Y called the blockade a crime" blames Y's).
    let words: string | undefined;
    for (const p of typed) {
      const event = placedOf.get(p.object);
      if (p.type !== 'CARRIED_OUT' || identity(p.subject) !== accused || !event || event.from < verb.to || event.to > reportedTo) continue;
      // "X's investigation into the abuses": who looks into a wrong is not blamed for it.
      if (EXAMINING_NOUNS.has(tokens[event.to - 1]!.lower)) continue;
      const condemning = tokens.slice(verb.to, reportedTo).find((t, i) => {
        const at = verb.to + i;
        if (!CONDEMNING_WORDS.has(t.lower)) return false;
        return at < event.from ? !clauseBreakBetween(tokens, at + 1, event.from) : !clauseBreakBetween(tokens, event.to, at);
      });
      if (condemning) {
        words = `${condemning.text}: ${p.why.words}`;
        break;
      }
    }
    if (words === undefined) {
      // "stated, "X is determined to … starve them out"": X opens the reported clause and a verb of harm follows it.
      const opening = placed.find((p) => p.from >= verb.to);
      const harm = opening?.end === statement.object ? harmDoneBy(tokens, placed, said) : undefined;
      if (harm) words = `${harm.text}: ${text.slice(said.end.start, harm.end)}`;
    }
    if (words === undefined || identity(statement.subject) === accused) continue;
    const verbWords = tokens
      .slice(verb.from, verb.to)
      .map((t) => t.text)
      .join(' ');
    found.push({
      subject: statement.subject,
      object: statement.object,
      type: 'ACCUSED',
      why: { rule: `statement "${verbWords}" blames`, words },
    });
  }
  return found;
}

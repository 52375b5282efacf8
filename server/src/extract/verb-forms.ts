// A lexicon verb's inflections ("flee" → fled, flees, fleeing), from compromise's conjugator called directly.
import nlp from 'compromise';

/** The part of compromise's world that conjugates an infinitive without parsing a document around it. */
interface Conjugator {
  methods: { two: { transform: { verb: { conjugate: (infinitive: string, model: unknown) => Record<string, string> } } } };
  model: unknown;
}

const WORLD = nlp.world() as unknown as Conjugator;

/**
 * Compromise's conjugation of one infinitive. `nlp(verb).verbs().conjugate()` gives the same table but first tags a whole
 * document around the word, about 10 ms a verb, which made the first extraction wait a second; this is the step it ends in.
 */
export function conjugate(infinitive: string): Record<string, string> {
  return WORLD.methods.two.transform.verb.conjugate(infinitive, WORLD.model);
}

/** A verb's forms, without the future ("will flee"); multi-word verbs ("carry out") inflect their first word. */
export function verbForms(verb: string): string[] {
  const [head = verb, ...rest] = verb.split(' ');
  const heads = new Set([
    head,
    ...Object.entries(conjugate(head))
      .filter(([tense]) => tense !== 'FutureTense')
      .map(([, form]) => form),
  ]);
  // "accused" as well as compromise's forms, for verbs whose participle it leaves out.
  if (head.endsWith('e')) heads.add(`${head}d`);
  return [...heads].filter((h) => !h.includes(' ')).map((h) => [h, ...rest].join(' '));
}

import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { VERB_RULES } from './relation-lexicon.ts';
import { conjugate, verbForms } from './verb-forms.ts';

describe('verbForms', () => {
  it('conjugates every lexicon verb as compromise does through a parsed document, and those it parses as nouns too', () => {
    const heads = new Set(VERB_RULES.flatMap((rule) => rule.verbs ?? []).map((verb) => verb.split(' ')[0]!));
    for (const head of heads) {
      const parsed = (nlp(head).verbs().conjugate() as Record<string, string>[])[0];
      const direct = conjugate(head);
      // A parsed document tags "detain" or "shell" alone as a noun and conjugates nothing; the conjugator still does.
      if (parsed) expect({ head, forms: direct }).toEqual({ head, forms: parsed });
      expect({ head, past: direct.PastTense, gerund: direct.Gerund }).toEqual({
        head,
        past: expect.any(String),
        gerund: expect.any(String),
      });
    }
  });

  it('finds the forms of a verb that compromise alone would read as a noun', () => {
    expect(verbForms('detain')).toEqual(expect.arrayContaining(['detained', 'detains', 'detaining']));
  });

  it('inflects the first word of a multi-word verb and keeps the rest', () => {
    expect(verbForms('carry out')).toEqual(expect.arrayContaining(['carry out', 'carried out', 'carries out', 'carrying out']));
  });

  it('gives irregular forms and leaves out the future', () => {
    const forms = verbForms('flee');
    expect(forms).toEqual(expect.arrayContaining(['flee', 'fled', 'flees', 'fleeing']));
    expect(forms.some((form) => form.startsWith('will'))).toBe(false);
  });
});

import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TYPE, ROLE_TYPES, VERB_RULES } from './relation-lexicon.ts';

const relationTypes = new Set(DEFAULT_VOCABULARY.relationTypes.map((r) => r.type));
const entityTypes = new Set(DEFAULT_VOCABULARY.entityTypes.map((t) => t.name));

describe('relation lexicon', () => {
  it('maps only to relation types of the default vocabulary', () => {
    for (const rule of VERB_RULES) expect(relationTypes).toContain(rule.type);
    for (const role of ROLE_TYPES) expect(relationTypes).toContain(role.type);
    expect(relationTypes).toContain(DEFAULT_ROLE_TYPE);
  });

  it('names only entity types of the default vocabulary for its ends', () => {
    for (const rule of VERB_RULES) {
      for (const type of [...(rule.sourceTypes ?? []), ...(rule.targetTypes ?? [])]) expect(entityTypes).toContain(type);
    }
  });

  it('gives every rule at least one verb or phrase', () => {
    for (const rule of VERB_RULES) expect((rule.verbs?.length ?? 0) + (rule.phrases?.length ?? 0)).toBeGreaterThan(0);
  });

  it('reaches every relation type of the default vocabulary by some wording', () => {
    // Types the pair patterns give without a verb: a post beside a name, "E in P", "P, Q".
    const byPatterns = new Set([...ROLE_TYPES.map((r) => r.type), DEFAULT_ROLE_TYPE, 'TOOK_PLACE_IN', 'LOCATED_IN', 'TARGETED']);
    const reached = new Set([...VERB_RULES.map((rule) => rule.type), ...byPatterns]);
    expect([...relationTypes].filter((type) => !reached.has(type))).toEqual([]);
  });
});

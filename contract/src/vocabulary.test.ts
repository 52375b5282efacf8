import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY } from './default-vocabulary.ts';
import { VocabularyFileSchema } from './dataset.ts';
import { extendVocabulary, VocabularySchema } from './vocabulary.ts';

const ownership = {
  type: 'HOLDS_SHARES_IN',
  label: 'holds shares in',
  inverse: 'has shareholder',
  category: 'ownership',
  description: '',
};

describe('the default vocabulary', () => {
  it('is a valid vocabulary with unique type names', () => {
    const vocabulary = VocabularySchema.parse(DEFAULT_VOCABULARY);
    const entityNames = vocabulary.entityTypes.map((t) => t.name);
    const relationNames = vocabulary.relationTypes.map((t) => t.type);
    expect(entityNames.length).toBeGreaterThan(5);
    expect(new Set(entityNames).size).toBe(entityNames.length);
    expect(new Set(relationNames).size).toBe(relationNames.length);
    expect(extendVocabulary({ entityTypes: [], relationTypes: [] }, vocabulary).problems).toEqual([]);
  });
});

describe('extendVocabulary', () => {
  it('adds new types after the existing ones', () => {
    const { vocabulary, problems } = extendVocabulary(DEFAULT_VOCABULARY, {
      entityTypes: [{ name: 'Trust', plural: 'Trusts', description: '' }],
      relationTypes: [{ ...ownership, sourceTypes: ['Person', 'Trust'] }],
    });
    expect(problems).toEqual([]);
    expect(vocabulary.entityTypes.at(-1)?.name).toBe('Trust');
    expect(vocabulary.relationTypes.at(-1)?.type).toBe('HOLDS_SHARES_IN');
    expect(vocabulary.entityTypes.length).toBe(DEFAULT_VOCABULARY.entityTypes.length + 1);
  });

  it('accepts a type defined again the same way, and refuses one defined differently', () => {
    const same = DEFAULT_VOCABULARY.relationTypes[0]!;
    expect(extendVocabulary(DEFAULT_VOCABULARY, { entityTypes: [], relationTypes: [same] }).problems).toEqual([]);
    const { problems } = extendVocabulary(DEFAULT_VOCABULARY, { entityTypes: [], relationTypes: [{ ...same, label: 'other words' }] });
    expect(problems).toEqual([
      { field: 'relationTypes.0.type', reason: expect.stringContaining(`redefines relation type '${same.type}'`) },
    ]);
  });

  it('refuses ends that name no entity type', () => {
    const { problems } = extendVocabulary(DEFAULT_VOCABULARY, {
      entityTypes: [],
      relationTypes: [{ ...ownership, targetTypes: ['Spaceship'] }],
    });
    expect(problems).toEqual([{ field: 'relationTypes.0.targetTypes.0', reason: "no entity type 'Spaceship' in the vocabulary" }]);
  });
});

describe('VocabularyFileSchema', () => {
  it.each([
    ['a label that is Cypher', { relationTypes: [{ ...ownership, type: 'X]->() DETACH DELETE n //' }] }, 'relationTypes.0.type'],
    ['a lower-case relation type', { relationTypes: [{ ...ownership, type: 'owns' }] }, 'relationTypes.0.type'],
    ['an entity type with a backtick', { entityTypes: [{ name: 'Pers`on', plural: 'x' }] }, 'entityTypes.0.name'],
    ['a reserved label', { entityTypes: [{ name: 'Dataset', plural: 'x' }] }, 'entityTypes.0.name'],
    ['the mentions relationship', { relationTypes: [{ ...ownership, type: 'MENTIONS' }] }, 'relationTypes.0.type'],
    ['an unknown field', { entityTypes: [{ name: 'Trust', plural: 'Trusts', colour: 'red' }] }, 'entityTypes.0'],
  ])('refuses %s, naming the field', (_what, file, field) => {
    const result = VocabularyFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

import { describe, expect, it } from 'vitest';
import type { EntityCandidate, KnownEntity } from './extraction.ts';
import { suggestMerges } from './merge-suggestions.ts';

const known: KnownEntity[] = [
  { id: 'person:avanesian', type: 'Person', name: 'Anahit Avanesian', aliases: [] },
  { id: 'person:mijatovic', type: 'Person', name: 'Dunja Mijatović', aliases: [] },
  { id: 'org:icj', type: 'Organisation', name: 'International Court of Justice', aliases: [] },
  { id: 'org:osce', type: 'Organisation', name: 'OSCE', aliases: [] },
  { id: 'place:kars', type: 'Place', name: 'Kars', aliases: [] },
];

const candidate = (name: string): EntityCandidate => ({
  start: 0,
  end: name.length,
  name,
  type: 'Person',
  sentence: { start: 0, end: name.length },
  why: { rule: 'test', words: name },
});
const mergeOf = (name: string) => suggestMerges([candidate(name)], known)[0]?.mergeWith;

describe('suggestMerges', () => {
  it('merges a name equal ignoring case and accents', () => {
    expect(mergeOf('DUNJA MIJATOVIC')).toMatchObject({ entityId: 'person:mijatovic', reason: expect.stringContaining('case and accents') });
  });

  it('merges a transliteration variant', () => {
    expect(mergeOf('Anahit Avanesyan')).toMatchObject({ entityId: 'person:avanesian', reason: expect.stringContaining('transliteration') });
  });

  it('merges an acronym with the name it abbreviates, and a long name with a known acronym', () => {
    expect(mergeOf('ICJ')).toMatchObject({ entityId: 'org:icj', reason: expect.stringContaining('acronym') });
    expect(mergeOf('Organization for Security and Co-operation in Europe')).toBeUndefined();
  });

  it('merges a close spelling of a long name', () => {
    expect(mergeOf('Anahit Avanessian')).toMatchObject({ entityId: 'person:avanesian' });
    expect(mergeOf('Dunja Mijatovich')).toMatchObject({ entityId: 'person:mijatovic', reason: expect.stringContaining('Jaro-Winkler') });
  });

  it('does not merge short names on similarity alone', () => {
    expect(mergeOf('Karl')).toBeUndefined();
    expect(mergeOf('Kara')).toBeUndefined();
  });

  it('leaves a new name alone', () => {
    expect(mergeOf('Gegham Stepanyan')).toBeUndefined();
  });
});

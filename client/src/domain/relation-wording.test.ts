import { describe, expect, it } from 'vitest';
import { readRelationFrom, relationGroupKey } from './relation-wording.ts';
import { relationInverseLabel, relationLabel } from './vocabulary.ts';
import { withDefaultVocabulary } from './default-vocabulary.test-setup.ts';

withDefaultVocabulary();

const detention = { type: 'DETAINED' as const, source: 'organisation:azerbaijani-armed-forces', target: 'person:ruben-vardanyan' };

describe('relation wording', () => {
  it('uses the vocabulary label from the source and the inverse from the target', () => {
    expect(readRelationFrom(detention, 'organisation:azerbaijani-armed-forces')).toEqual({
      wording: 'detained',
      direction: 'outgoing',
      otherId: 'person:ruben-vardanyan',
    });
    expect(readRelationFrom(detention, 'person:ruben-vardanyan')).toEqual({
      wording: 'detained by',
      direction: 'incoming',
      otherId: 'organisation:azerbaijani-armed-forces',
    });
  });

  it('reads mentions and unknown types sensibly', () => {
    expect(relationLabel('MENTIONS')).toBe('mentions');
    expect(relationInverseLabel('MENTIONS')).toBe('mentioned in');
    expect(relationLabel('SOMETHING_NEW')).toBe('something new');
  });

  it('groups by type and direction', () => {
    expect(relationGroupKey(detention, 'person:ruben-vardanyan')).toBe('DETAINED:incoming');
    expect(relationGroupKey(detention, 'organisation:azerbaijani-armed-forces')).toBe('DETAINED:outgoing');
  });
});

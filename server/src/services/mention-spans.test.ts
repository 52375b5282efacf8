import { describe, expect, it } from 'vitest';
import { findMentionSpans } from './mention-spans.ts';

describe('findMentionSpans', () => {
  const armenia = { id: 'place:armenia', name: 'Armenia', aliases: [] };
  const nk = { id: 'place:nagorno-karabakh', name: 'Nagorno-Karabakh', aliases: ['Karabakh', 'NK'] };

  it('matches whole words only, so "Armenia" is not found inside "Armenians"', () => {
    const spans = findMentionSpans('Armenians fled to Armenia.', [armenia]);
    expect(spans.get('place:armenia')).toEqual([[18, 25]]);
  });

  it('prefers the longest name, so "Nagorno-Karabakh" is one mention, not also "Karabakh"', () => {
    const text = 'Nagorno-Karabakh and Karabakh and NK';
    expect(findMentionSpans(text, [nk]).get('place:nagorno-karabakh')).toEqual([
      [0, 16],
      [21, 29],
      [34, 36],
    ]);
  });

  it('is case-sensitive, so the alias "AZ" does not match "az" in ordinary words', () => {
    const az = { id: 'place:azerbaijan', name: 'Azerbaijan', aliases: ['AZ'] };
    expect(findMentionSpans('AZ said: az is not a word; Azerbaijan', [az]).get('place:azerbaijan')).toEqual([
      [0, 2],
      [27, 37],
    ]);
  });

  it('returns nothing for an entity the text does not name', () => {
    expect(findMentionSpans('Nothing here.', [armenia]).has('place:armenia')).toBe(false);
  });
});

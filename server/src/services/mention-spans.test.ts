import { describe, expect, it } from 'vitest';
import { findMentionSpans, foldText } from './mention-spans.ts';

describe('findMentionSpans', () => {
  const armenia = { id: 'place:armenia', name: 'Armenia', aliases: [] };
  const nk = { id: 'place:nagorno-karabakh', name: 'Nagorno-Karabakh', aliases: ['Karabakh', 'NK'] };
  const mijatovic = { id: 'person:mijatovic', name: 'Dunja Mijatović', aliases: ['Mijatović', 'the Commissioner'] };

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

  it('lets a longer name of another entity win over a shorter one it overlaps', () => {
    const council = { id: 'org:council', name: 'Council of Europe', aliases: [] };
    const europe = { id: 'place:europe', name: 'Europe', aliases: [] };
    const spans = findMentionSpans('The Council of Europe met in Europe.', [europe, council]);
    expect(spans.get('org:council')).toEqual([[4, 21]]);
    expect(spans.get('place:europe')).toEqual([[29, 35]]);
  });

  it('matches an acronym alias only as written, so "AZ" does not match "az" in ordinary words', () => {
    const az = { id: 'place:azerbaijan', name: 'Azerbaijan', aliases: ['AZ'] };
    expect(findMentionSpans('AZ said: az is not a word; Azerbaijan', [az]).get('place:azerbaijan')).toEqual([
      [0, 2],
      [27, 37],
    ]);
  });

  it('ignores accents in either the name or the text, so Mijatović matches Mijatovic and MIJATOVIC', () => {
    const text = 'Mijatovic spoke; MIJATOVIC wrote; Mijatović left.';
    expect(findMentionSpans(text, [mijatovic]).get('person:mijatovic')).toEqual([
      [0, 9],
      [17, 26],
      [34, 43],
    ]);
    const plain = { id: 'person:plain', name: 'Mijatovic', aliases: [] };
    expect(findMentionSpans('Mijatović', [plain]).get('person:plain')).toEqual([[0, 9]]);
  });

  it('ignores case in multi-word aliases, so "the Commissioner" matches "the commissioner"', () => {
    const text = 'Testimonies given to the commissioner.';
    const [span] = findMentionSpans(text, [mijatovic]).get('person:mijatovic') ?? [];
    expect(span && text.slice(...span)).toBe('the commissioner');
  });

  it('gives offsets into the original text when accents are written as combining marks', () => {
    const text = 'By Mijatovic\u0301 and Armenia.';
    const spans = findMentionSpans(text, [mijatovic, armenia]);
    const [mention] = spans.get('person:mijatovic') ?? [];
    expect(mention && text.slice(...mention)).toBe('Mijatovic\u0301');
    const [place] = spans.get('place:armenia') ?? [];
    expect(place && text.slice(...place)).toBe('Armenia');
  });

  it('treats curly and straight apostrophes alike', () => {
    const ngo = { id: 'org:x', name: "Doctors' Union", aliases: [] };
    expect(findMentionSpans('The Doctors’ Union struck.', [ngo]).get('org:x')).toEqual([[4, 18]]);
  });

  it('returns nothing for an entity the text does not name', () => {
    expect(findMentionSpans('Nothing here.', [armenia]).has('place:armenia')).toBe(false);
  });

  it('returns spans that reproduce a name or alias, ignoring case and accents, for any mix of names', () => {
    const entities = [armenia, nk, mijatovic, { id: 'x', name: 'Élysée Palace', aliases: ['ÉLYSÉE'] }];
    const words = [
      'Armenia',
      'ARMENIA',
      'Karabakh',
      'nagorno-karabakh',
      'Élysée Palace',
      'elysee palace',
      'ÉLYSÉE',
      'the Commissioner',
      'and',
      '—',
      'Mijatović',
    ];
    let seed = 7;
    for (let round = 0; round < 50; round++) {
      const picked = Array.from({ length: 12 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return words[seed % words.length];
      });
      const text = picked.join(' ');
      const surfaces = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((s) => foldText(s).folded));
      for (const spans of findMentionSpans(text, entities).values()) {
        for (const [start, end] of spans) expect(surfaces.has(foldText(text.slice(start, end)).folded)).toBe(true);
      }
    }
  });
});

describe('foldText', () => {
  it('maps every folded character back to the original character that produced it', () => {
    const text = 'ﬁn Ćao “x”';
    const { folded, origin } = foldText(text);
    expect(folded).toBe('fin cao "x"');
    expect(origin[0]).toBe(0);
    expect(origin[1]).toBe(0);
    expect(text[origin[folded.indexOf('c')]!]).toBe('Ć');
    expect(origin[folded.length]).toBe(text.length);
  });
});

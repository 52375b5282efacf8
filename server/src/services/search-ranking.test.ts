import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@kgx/contract';
import { rankSearchResults } from './search-ranking.ts';

const hit = (id: string, name: string, score: number, aliases: string[] = []): SearchResult => ({
  id,
  type: 'Place',
  name,
  aliases,
  score,
});

describe('rankSearchResults', () => {
  it('puts the exact name first even when a longer name scored higher in the index', () => {
    const ranked = rankSearchResults(
      'stepanakert',
      [hit('group:residents', 'Residents of Stepanakert', 3.1), hit('place:stepanakert', 'Stepanakert', 2.2)],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['place:stepanakert', 'group:residents']);
  });

  it('treats an exact alias nearly as well as an exact name, ignoring accents and case', () => {
    const ranked = rankSearchResults(
      'nk',
      [hit('place:other', 'Nkosi', 4), hit('place:nagorno-karabakh', 'Nagorno-Karabakh', 1, ['NK'])],
      10,
    );
    expect(ranked[0]?.id).toBe('place:nagorno-karabakh');
    // An exact name, accents and case aside, gets the top bonus: three spacings of the best index score plus one.
    expect(rankSearchResults('MIJATOVIC', [hit('person:dunja-mijatovic', 'Mijatović', 1)], 1)[0]?.score).toBe(7);
  });

  // Bug: an entity whose alias was typed exactly, with a high index score, came before the one whose name was.
  it('puts an exact name before an exact alias whatever their index scores (bug: an alias outranked the name typed)', () => {
    const ranked = rankSearchResults(
      'icj',
      [hit('event:icj-order', 'ICJ order of February 2023', 9, ['ICJ']), hit('organisation:icj', 'ICJ', 0.5, ['World Court'])],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['organisation:icj', 'event:icj-order']);
    // The scores the answer carries read in the same order.
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('keeps the order by score, best first, and cuts to the limit', () => {
    const ranked = rankSearchResults('x', [hit('a', 'a', 1), hit('b', 'b', 3), hit('c', 'c', 2)], 2);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('names the alias that matched when the name does not explain the hit', () => {
    const unhcr = hit('organisation:unhcr', 'UNHCR', 2, ['UN refugee agency', 'Office of the High Commissioner']);
    const [ranked] = rankSearchResults('un refugee', [unhcr], 5);
    expect(ranked?.matched).toBe('UN refugee agency');
  });

  it('names no alias when the name itself matches', () => {
    const stepanakert = hit('place:stepanakert', 'Stepanakert', 2, ['Khankendi', 'Stepanakert city']);
    expect(rankSearchResults('stepanakert', [stepanakert], 5)[0]).not.toHaveProperty('matched');
  });
});

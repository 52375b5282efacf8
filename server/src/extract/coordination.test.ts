import { describe, expect, it } from 'vitest';
import { listsOf } from './coordination.ts';
import type { CandidateEnd } from './extraction.ts';
import type { PlacedEnd } from './pair-patterns.ts';
import { tokenize } from './tokens.ts';

/** Places each name at its first occurrence (after the previous one) on the sentence's tokens. */
function place(text: string, names: string[]) {
  const tokens = tokenize(text);
  let from = 0;
  const placed: PlacedEnd[] = names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + 1;
    const end: CandidateEnd = { start, end: start + name.length, name, type: 'Person' };
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + name.length);
    return { end, from: first, to: last + 1 };
  });
  return { tokens, placed };
}
const membersOf = (text: string, names: string[], anchor: number) => {
  const { tokens, placed } = place(text, names);
  return listsOf(tokens, placed)(placed[anchor]!).map((p) => p.end.name);
};

describe('listsOf', () => {
  it('joins ends by commas and "and"', () => {
    expect(membersOf('Ana Vogel, Ben Ross and Cleo Hart signed.', ['Ana Vogel', 'Ben Ross', 'Cleo Hart'], 1)).toEqual([
      'Ana Vogel',
      'Ben Ross',
      'Cleo Hart',
    ]);
  });

  it('steps over an apposition and a citation mark, but not over its complement', () => {
    const text = 'It was said by Ana Vogel, the Mayor of Tarsk,[4] the Kessa Council, and the Vell Senate.';
    expect(membersOf(text, ['Ana Vogel', 'Tarsk', 'Kessa Council', 'Vell Senate'], 0)).toEqual([
      'Ana Vogel',
      'Kessa Council',
      'Vell Senate',
    ]);
  });

  it('steps over a place that names a title ("Tarsk State Minister X")', () => {
    const text = 'Ana Vogel, Tarsk State Minister Ben Ross, and Cleo Hart spoke.';
    expect(membersOf(text, ['Ana Vogel', 'Tarsk', 'Ben Ross', 'Cleo Hart'], 0)).toEqual(['Ana Vogel', 'Ben Ross', 'Cleo Hart']);
  });

  it('accepts "as well as" and stops at any other word', () => {
    expect(membersOf('Ana Vogel as well as Ben Ross met Cleo Hart.', ['Ana Vogel', 'Ben Ross', 'Cleo Hart'], 0)).toEqual([
      'Ana Vogel',
      'Ben Ross',
    ]);
  });

  it('gives a lone end as a list of one', () => {
    expect(membersOf('Ana Vogel met Ben Ross.', ['Ana Vogel', 'Ben Ross'], 1)).toEqual(['Ben Ross']);
  });
});

import { describe, expect, it } from 'vitest';
import { findRuns, isTitleCase, segmentRun } from './name-runs.ts';
import { tokenize } from './tokens.ts';

const context = { blocked: () => false, midSentenceWords: new Set<string>() };
const runsOf = (text: string) => {
  const tokens = tokenize(text);
  return findRuns(tokens, context).map(([from, to]) => text.slice(tokens[from]!.start, tokens[to - 1]!.end));
};
const segmentsOf = (text: string) => {
  const tokens = tokenize(text);
  const [run] = findRuns(tokens, context);
  return run ? segmentRun(tokens, ...run).map((s) => ({ name: text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end), title: s.title && text.slice(tokens[s.title.from]!.start, tokens[s.title.to - 1]!.end) })) : []; // prettier-ignore
};

describe('findRuns', () => {
  it('joins capitalised words over "of the" but not over "and"', () => {
    expect(runsOf('He met the Committee of the Red Cross and Amnesty International today.')).toEqual([
      'Committee of the Red Cross',
      'Amnesty International',
    ]);
  });

  it('stops at a possessive and at a word a known entity already names', () => {
    const tokens = tokenize('Then Tarsk’s Foo Barrow Kell spoke.');
    expect(
      findRuns(tokens, context).map(([f, t]) =>
        tokens
          .slice(f, t)
          .map((x) => x.text)
          .join(' '),
      ),
    ).toEqual(['Tarsk', 'Foo Barrow Kell']);
    const blocked = (i: number) => tokens[i]?.text === 'Foo';
    expect(
      findRuns(tokens, { ...context, blocked }).map(([f, t]) =>
        tokens
          .slice(f, t)
          .map((x) => x.text)
          .join(' '),
      ),
    ).toEqual(['Tarsk', 'Barrow Kell']);
  });

  it('drops a capitalised ordinary word at the start of a sentence', () => {
    expect(runsOf('Similarly Ana Vogel stated it.')).toEqual(['Ana Vogel']);
  });
});

describe('segmentRun', () => {
  it('separates a body, a title and a person', () => {
    expect(segmentsOf('Then Tarsk State Minister Ana Vogel spoke.')).toEqual([
      { name: 'Tarsk', title: undefined },
      { name: 'Ana Vogel', title: 'State Minister' },
    ]);
  });

  it('keeps a title word that ends a body\'s name after "of"', () => {
    expect(segmentsOf('We saw the International Court of Justice rule.')).toEqual([
      { name: 'International Court of Justice', title: undefined },
    ]);
  });

  it('treats "Commissioner for X" as a post, not a body', () => {
    expect(segmentsOf('Then Commissioner for Human Rights Ana Vogel spoke.')).toEqual([{ name: 'Ana Vogel', title: 'Commissioner' }]);
  });
});

describe('isTitleCase', () => {
  it('recognises a heading and not a sentence', () => {
    expect(isTitleCase(tokenize('Life Returns To The Old Town Square'))).toBe(true);
    expect(isTitleCase(tokenize('The army returned to the old town square.'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { guessFormat } from './import-format.ts';

describe('guessFormat', () => {
  it('takes a folder for a native data set', () => {
    expect(guessFormat(['data'], true)).toBe('native');
  });

  it('reads the format off the extensions when they agree', () => {
    expect(guessFormat(['people.csv', 'links.TSV'], false)).toBe('csv');
    expect(guessFormat(['export.ftm.json'], false)).toBe('ftm');
    expect(guessFormat(['entities.jsonl'], false)).toBe('ftm');
    expect(guessFormat(['a.txt', 'b.md', 'c.html'], false)).toBe('text');
  });

  it('does not guess when the files disagree or say nothing', () => {
    expect(guessFormat(['people.csv', 'notes.txt'], false)).toBeUndefined();
    expect(guessFormat(['archive.zip'], false)).toBeUndefined();
  });
});

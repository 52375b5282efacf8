import { describe, expect, it } from 'vitest';
import { isVerbAt, mainClauseSubject, readClauses } from './clause-subject.ts';
import { tokenize, type Token } from './tokens.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';

const withTriggers = (sentence: string): [Token[], TriggerHit[]] => {
  const tokens = tokenize(sentence);
  return [tokens, findTriggers(tokens)];
};

/** The main clause's subject among the given words (each placed at its first occurrence), or undefined. */
function subjectOf(sentence: string, words: string[]): string | undefined {
  const reading = readClauses(...withTriggers(sentence));
  const placed = words
    .map((word) => ({ word, from: reading.tokens.findIndex((t) => t.text === word.split(' ')[0]) }))
    .sort((a, b) => a.from - b.from);
  return mainClauseSubject(reading, placed)?.word;
}

describe('mainClauseSubject', () => {
  it('takes the end before the main verb', () => {
    expect(subjectOf('Veldistan shelled Tarsk at dawn.', ['Veldistan', 'Tarsk'])).toBe('Veldistan');
    expect(subjectOf('In 2020, Veldistan bombarded Tarsk.', ['Veldistan', 'Tarsk'])).toBe('Veldistan');
  });

  it('finds no subject when a verb stands before every end, or the first end is a complement', () => {
    expect(subjectOf('The army shelled Tarsk.', ['Tarsk'])).toBeUndefined();
    expect(subjectOf('The army bombarded Tarsk.', ['Tarsk'])).toBeUndefined();
    expect(subjectOf('The army of Veldistan shelled Tarsk.', ['Veldistan', 'Tarsk'])).toBeUndefined();
  });

  it('passes over a subordinate clause that opens the sentence', () => {
    expect(subjectOf('After Dorsk fell, Veldistan closed the border.', ['Dorsk', 'Veldistan'])).toBe('Veldistan');
  });
});

describe('isVerbAt', () => {
  it('reads a noun after a determiner, and a participle before a noun, as no verb', () => {
    const reading = readClauses(...withTriggers('The attacks by armed groups shelled Tarsk.'));
    const at = (word: string) =>
      isVerbAt(
        reading,
        reading.tokens.findIndex((t) => t.lower === word),
      );
    expect(at('attacks')).toBe(false);
    expect(at('armed')).toBe(false);
    expect(at('shelled')).toBe(true);
  });
});

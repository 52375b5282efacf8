import { describe, expect, it } from 'vitest';
import { isDiscussedAt } from './discussed-topics.ts';
import { tokenize } from './tokens.ts';

const discussed = (sentence: string, noun: string) => {
  const tokens = tokenize(sentence);
  return isDiscussedAt(
    tokens,
    tokens.findIndex((t) => t.lower === noun),
  );
};

describe('isDiscussedAt', () => {
  it('reads an event as a topic after a meeting noun and "on", "about" or "over", or after a verb of discussing', () => {
    expect(discussed('Talks on the conflict in Geneva stalled.', 'conflict')).toBe(true);
    expect(discussed('A summit about the ongoing crisis in Vienna opened.', 'crisis')).toBe(true);
    expect(discussed('Delegates debated the war in Oslo.', 'war')).toBe(true);
  });

  it('does not read an event as a topic where it is fought or reported on', () => {
    expect(discussed('Fighting in the conflict in Tarsk grew.', 'conflict')).toBe(false);
    expect(discussed('Troops on the front of the war in Tarsk waited.', 'war')).toBe(false);
  });
});

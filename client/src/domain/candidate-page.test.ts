import { describe, expect, it } from 'vitest';
import { candidatePage, describeCandidatePage } from './candidate-page.ts';

describe('candidatePage', () => {
  it('draws one page around the cursor, not the whole queue (bug: 9,000 candidates took 50 s to show and seconds per key)', () => {
    expect(candidatePage(0, 8967)).toEqual({ first: 0, end: 100 });
    expect(candidatePage(99, 8967)).toEqual({ first: 0, end: 100 });
    expect(candidatePage(100, 8967)).toEqual({ first: 100, end: 200 });
    expect(candidatePage(8966, 8967)).toEqual({ first: 8900, end: 8967 });
  });

  it('keeps a cursor past the end on the last page, and draws nothing of an empty queue', () => {
    expect(candidatePage(50, 30)).toEqual({ first: 0, end: 30 });
    expect(candidatePage(3, 0)).toEqual({ first: 0, end: 0 });
  });
});

describe('describeCandidatePage', () => {
  it('says which candidates are drawn only when some are not', () => {
    expect(describeCandidatePage({ first: 100, end: 200 }, 8967)).toBe('101–200 of 8,967 candidates');
    expect(describeCandidatePage({ first: 0, end: 30 }, 30)).toBeNull();
  });
});

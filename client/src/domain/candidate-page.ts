// The slice of the review queue drawn at once: the page holding the cursor, so that a queue of thousands of
// candidates draws as fast as one of a hundred and j/k stay instant.
import { countOf } from './counts.ts';

/** Candidates drawn at once. */
export const CANDIDATE_PAGE_SIZE = 100;

export interface CandidatePage {
  /** Index of the first candidate drawn. */
  first: number;
  /** One past the last candidate drawn. */
  end: number;
}

/** The page of `size` candidates that holds the candidate at `cursor`, among `total`. */
export function candidatePage(cursor: number, total: number, size = CANDIDATE_PAGE_SIZE): CandidatePage {
  if (total <= 0) return { first: 0, end: 0 };
  const at = Math.min(Math.max(cursor, 0), total - 1);
  const first = Math.floor(at / size) * size;
  return { first, end: Math.min(first + size, total) };
}

/** "101–200 of 8,967 candidates", or nothing when every candidate is drawn. */
export function describeCandidatePage(page: CandidatePage, total: number): string | null {
  if (page.first === 0 && page.end === total) return null;
  return `${(page.first + 1).toLocaleString('en')}–${page.end.toLocaleString('en')} of ${countOf(total, 'candidate')}`;
}

// Re-ranks full-text hits so that what the user typed exactly beats a longer name that merely contains it.
import type { SearchResult } from '@kgx/contract';
import { foldText } from './lucene-query.ts';

const EXACT_NAME = 10;
const EXACT_ALIAS = 8;
const NAME_PREFIX = 3;

function fold(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Adds a bonus to the Lucene score for exact and prefix matches, then sorts best first. */
export function rankSearchResults(query: string, results: readonly SearchResult[], limit: number): SearchResult[] {
  const typed = fold(query);
  return results
    .map((result) => {
      const name = fold(result.name);
      let bonus = 0;
      if (name === typed) bonus = EXACT_NAME;
      else if (result.aliases.some((alias) => fold(alias) === typed)) bonus = EXACT_ALIAS;
      else if (name.startsWith(typed)) bonus = NAME_PREFIX;
      return { ...result, score: result.score + bonus };
    })
    .sort((a, b) => b.score - a.score || (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

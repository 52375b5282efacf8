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

/** How many of the typed words begin a word of the text. */
function wordsMatched(typedWords: readonly string[], text: string): number {
  const words = text.split(' ');
  return typedWords.filter((typedWord) => words.some((word) => word.startsWith(typedWord))).length;
}

/** The alias that explains a hit when the name does not: the user typed 'UN refugee agency' and UNHCR was found. */
function matchedAlias(typed: string, result: SearchResult): string | undefined {
  const typedWords = typed.split(' ').filter((w) => w !== '');
  let best: { alias: string; words: number } | undefined;
  for (const alias of result.aliases) {
    const words = wordsMatched(typedWords, fold(alias));
    if (words > (best?.words ?? 0)) best = { alias, words };
  }
  return best && best.words > wordsMatched(typedWords, fold(result.name)) ? best.alias : undefined;
}

/**
 * Adds a bonus to the Lucene score for exact and prefix matches, then sorts best first: by kind of match (exact name,
 * exact alias, name prefix, the rest) before score, so no index score lifts an alias over a name typed exactly.
 */
export function rankSearchResults(query: string, results: readonly SearchResult[], limit: number): SearchResult[] {
  const typed = fold(query);
  return results
    .map((result) => {
      const name = fold(result.name);
      let bonus = 0;
      if (name === typed) bonus = EXACT_NAME;
      else if (result.aliases.some((alias) => fold(alias) === typed)) bonus = EXACT_ALIAS;
      else if (name.startsWith(typed)) bonus = NAME_PREFIX;
      const matched = matchedAlias(typed, result);
      return { tier: bonus, result: { ...result, score: result.score + bonus, ...(matched === undefined ? {} : { matched }) } };
    })
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        b.result.score - a.result.score ||
        (b.result.degree ?? 0) - (a.result.degree ?? 0) ||
        a.result.name.localeCompare(b.result.name),
    )
    .slice(0, limit)
    .map(({ result }) => result);
}

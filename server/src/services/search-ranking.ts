// Re-ranks full-text hits so that what the user typed exactly beats a longer name that merely contains it.
import type { SearchResult } from '@kgx/contract';
import { foldText } from './lucene-query.ts';

/** Kinds of match, best first; each is worth more than any index score in the same answer (see rankSearchResults). */
const EXACT_NAME = 3;
const EXACT_ALIAS = 2;
const NAME_PREFIX = 1;

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
 * Adds a bonus to the Lucene score for exact and prefix matches, then sorts best first. The bonuses are spaced wider than
 * any index score in the answer, so the kind of match decides first (exact name, exact alias, name prefix, the rest) and
 * the score, which the answer carries, still reads in order: no index score lifts an alias over a name typed exactly.
 */
export function rankSearchResults(query: string, results: readonly SearchResult[], limit: number): SearchResult[] {
  const typed = fold(query);
  const spacing = Math.max(0, ...results.map((result) => result.score)) + 1;
  return results
    .map((result) => {
      const name = fold(result.name);
      let tier = 0;
      if (name === typed) tier = EXACT_NAME;
      else if (result.aliases.some((alias) => fold(alias) === typed)) tier = EXACT_ALIAS;
      else if (name.startsWith(typed)) tier = NAME_PREFIX;
      const matched = matchedAlias(typed, result);
      return { ...result, score: result.score + tier * spacing, ...(matched === undefined ? {} : { matched }) };
    })
    .sort((a, b) => b.score - a.score || (b.degree ?? 0) - (a.degree ?? 0) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

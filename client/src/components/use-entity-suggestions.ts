// Debounced entity search for autocompletes: the latest answer wins, earlier requests are cancelled.
import { useEffect, useState } from 'react';
import type { EntityType, SearchResult } from '@kgx/contract';
import { describeError, isAbortError } from '../api/api-error.ts';
import { searchEntities } from '../api/search.ts';

export interface Suggestions {
  status: 'idle' | 'loading' | 'done' | 'error';
  results: SearchResult[];
  error?: string;
}

const DEBOUNCE_MS = 180;
const LIMIT = 12;
const IDLE: Suggestions = { status: 'idle', results: [] };

export function useEntitySuggestions(query: string, types?: readonly EntityType[]): Suggestions {
  const q = query.trim();
  const typeKey = types?.join(',') ?? '';
  const key = `${typeKey}|${q}`;
  const [answer, setAnswer] = useState<{ key: string; suggestions: Suggestions } | null>(null);

  useEffect(() => {
    if (q === '') return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const wanted = typeKey === '' ? undefined : typeKey.split(',');
      searchEntities({ q, limit: LIMIT, ...(wanted ? { type: wanted } : {}) }, { signal: controller.signal })
        .then((response) => setAnswer({ key, suggestions: { status: 'done', results: response.results } }))
        .catch((error: unknown) => {
          if (!isAbortError(error)) setAnswer({ key, suggestions: { status: 'error', results: [], error: describeError(error) } });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, typeKey, key]);

  if (q === '') return IDLE;
  if (answer?.key === key) return answer.suggestions;
  // While the answer is on its way, the previous suggestions stay rather than flicker away.
  return { status: 'loading', results: answer?.suggestions.results ?? [] };
}

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

export function useEntitySuggestions(query: string, types?: readonly EntityType[]): Suggestions {
  const [suggestions, setSuggestions] = useState<Suggestions>({ status: 'idle', results: [] });
  const typeKey = types?.join(',') ?? '';

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setSuggestions({ status: 'idle', results: [] });
      return;
    }
    const controller = new AbortController();
    setSuggestions((previous) => ({ status: 'loading', results: previous.results }));
    const timer = window.setTimeout(() => {
      const wanted = typeKey === '' ? undefined : (typeKey.split(',') as EntityType[]);
      searchEntities({ q, limit: LIMIT, ...(wanted ? { type: wanted } : {}) }, { signal: controller.signal })
        .then((response) => setSuggestions({ status: 'done', results: response.results }))
        .catch((error: unknown) => {
          if (!isAbortError(error)) setSuggestions({ status: 'error', results: [], error: describeError(error) });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, typeKey]);

  return suggestions;
}

// The vocabulary from /api/vocabulary, fetched once per page and again after an import or a removal; readers re-render.
import { useEffect, useSyncExternalStore } from 'react';
import { fetchVocabulary } from '../api/vocabulary.ts';
import { currentVocabulary, setCurrentVocabulary, type VocabularyIndex } from '../domain/vocabulary.ts';

let loaded = false;
/** The request whose answer is awaited; an answer to an older one (asked before a change) is dropped. */
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A failed request is asked again after this, doubling each time up to the cap, until one answers. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;
let retryMs = RETRY_FIRST_MS;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function load(): void {
  if (pending || loaded) return;
  const request: Promise<void> = fetchVocabulary()
    .then((vocabulary) => {
      if (pending !== request) return;
      setCurrentVocabulary(vocabulary);
      loaded = true;
      retryMs = RETRY_FIRST_MS;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Until it answers, relations read by their type's words and the banner reports an unavailable API.
      if (pending !== request) return;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        load();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    })
    .finally(() => {
      if (pending === request) pending = null;
    });
  pending = request;
}

/** Asks again, after a data set arrived or left with its types. */
export function reloadVocabulary(): void {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  retryMs = RETRY_FIRST_MS;
  loaded = false;
  pending = null;
  load();
}

export function useVocabulary(): VocabularyIndex {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, currentVocabulary);
}

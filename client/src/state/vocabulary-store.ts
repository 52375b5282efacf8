// The vocabulary from /api/vocabulary, fetched once per page and again after an import or a removal; readers re-render.
import { useEffect, useSyncExternalStore } from 'react';
import { onAvailabilityChange } from '../api/availability.ts';
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

function load(): void {
  if (pending || loaded) return;
  const request: Promise<void> = fetchVocabulary()
    .then((vocabulary) => {
      if (pending !== request) return;
      setCurrentVocabulary(vocabulary);
      loaded = true;
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Until it answers, relations read by their type's words; the banner reports an unavailable API, and the
      // vocabulary is asked for again once the API answers anything.
    })
    .finally(() => {
      if (pending === request) pending = null;
    });
  pending = request;
}

// Not loaded yet when the API was down: asked again as soon as it answers.
onAvailabilityChange((availability) => {
  if (availability === 'available' && !loaded && listeners.size > 0) load();
});

/** Asks again, after a data set arrived or left with its types. */
export function reloadVocabulary(): void {
  loaded = false;
  pending = null;
  load();
}

export function useVocabulary(): VocabularyIndex {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, currentVocabulary);
}

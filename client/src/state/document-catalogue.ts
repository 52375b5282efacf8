// The corpus's document list, fetched once and shared: evidence shows document titles, not ids.
import { useEffect, useSyncExternalStore } from 'react';
import type { DocumentSummary } from '@kgx/contract';
import { listDocuments } from '../api/documents.ts';

type Catalogue = ReadonlyMap<string, DocumentSummary>;

let catalogue: Catalogue = new Map();
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): void {
  if (loading) return;
  loading = listDocuments()
    .then((response) => {
      catalogue = new Map(response.documents.map((d) => [d.id, d]));
      for (const listener of listeners) listener();
    })
    .catch(() => {
      // Titles are a nicety: evidence still shows document ids, and the next caller tries again.
      loading = null;
    });
}

/** Reads the list again, after a data set came or went. */
export function reloadDocumentCatalogue(): void {
  loading = null;
  load();
}

export function useDocumentCatalogue(): Catalogue {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => catalogue);
}

// Loads what the details panel shows about an entity: its record, documents, and its relations read from it.
import type { EntityResponse, NeighborsResponse } from '@kgx/contract';
import { fetchEntity, fetchNeighbors } from '../api/entities.ts';
import { useRequest } from './use-request.ts';

export interface EntityDetailsState {
  status: 'loading' | 'done' | 'error';
  entity?: EntityResponse;
  neighbors?: NeighborsResponse;
  error?: string;
}

const RELATIONS_SHOWN = 100;

/** A new `reloadKey` asks again for the same entity. */
export function useEntityDetails(id: string, reloadKey = 0): EntityDetailsState {
  const loaded = useRequest(`${reloadKey}:${id}`, (signal) =>
    Promise.all([fetchEntity(id, { signal }), fetchNeighbors(id, { limit: RELATIONS_SHOWN }, { signal })]),
  );
  if (loaded.status === 'done') {
    const [entity, neighbors] = loaded.value;
    return { status: 'done', entity, neighbors };
  }
  return loaded;
}

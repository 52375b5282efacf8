// Loads what the details panel shows about an entity: its record, documents, and its relations read from it.
import { useEffect, useState } from 'react';
import type { EntityResponse, NeighborsResponse } from '@kgx/contract';
import { describeError, isAbortError } from '../api/api-error.ts';
import { fetchEntity, fetchNeighbors } from '../api/entities.ts';

export interface EntityDetailsState {
  status: 'loading' | 'done' | 'error';
  entity?: EntityResponse;
  neighbors?: NeighborsResponse;
  error?: string;
}

const RELATIONS_SHOWN = 100;

export function useEntityDetails(id: string, reloadKey = 0): EntityDetailsState {
  const [details, setDetails] = useState<EntityDetailsState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setDetails({ status: 'loading' });
    const options = { signal: controller.signal };
    Promise.all([fetchEntity(id, options), fetchNeighbors(id, { limit: RELATIONS_SHOWN }, options)])
      .then(([entity, neighbors]) => setDetails({ status: 'done', entity, neighbors }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setDetails({ status: 'error', error: describeError(error) });
      });
    return () => controller.abort();
  }, [id, reloadKey]);

  return details;
}

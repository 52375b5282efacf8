// Loads what the details panel shows about an entity: its record, documents, and its relations read from it.
import { useEffect, useState } from 'react';
import type { EntityResponse, NeighborsResponse } from '@kgx/contract';
import { describeError, isAbortError } from '../api/api-error.ts';
import { fetchEntity, fetchNeighbors } from '../api/entities.ts';

export interface EntityDetailsState {
  status: 'loading' | 'done' | 'error';
  entity?: EntityResponse;
  neighbours?: NeighborsResponse;
  error?: string;
}

const RELATIONS_SHOWN = 100;

export function useEntityDetails(id: string, reloadKey = 0): EntityDetailsState {
  const [details, setDetails] = useState<EntityDetailsState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setDetails({ status: 'loading' });
    Promise.all([fetchEntity(id, controller.signal), fetchNeighbors(id, { limit: RELATIONS_SHOWN, signal: controller.signal })])
      .then(([entity, neighbours]) => setDetails({ status: 'done', entity, neighbours }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setDetails({ status: 'error', error: describeError(error) });
      });
    return () => controller.abort();
  }, [id, reloadKey]);

  return details;
}

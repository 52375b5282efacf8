// Resolves an entity id to what a picker shows (name and type): from the canvas, from an earlier pick, else from the API.
import { useEffect, useState } from 'react';
import { isAbortError } from '../api/api-error.ts';
import { fetchEntity } from '../api/entities.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { recallPickedEntity, rememberPickedEntity, type PickedEntity } from './picked-entity.ts';

/** Shown until the entity's name is known, and when it cannot be looked up: the id itself. */
function byIdOnly(id: string): PickedEntity {
  return { id, name: id, type: 'Document' };
}

export function usePickedEntity(id: string | undefined): PickedEntity | null {
  const { state } = useExplorer();
  const onCanvas = id ? state.nodes[id] : undefined;
  const known = id ? recallPickedEntity(id) : undefined;
  const mustFetch = id !== undefined && onCanvas === undefined && known === undefined;
  const [fetched, setFetched] = useState<PickedEntity | null>(null);

  useEffect(() => {
    if (!mustFetch) return;
    const controller = new AbortController();
    fetchEntity(id, { signal: controller.signal })
      .then(({ entity }) => {
        const picked = { id: entity.id, name: entity.name, type: entity.type };
        rememberPickedEntity(picked);
        setFetched(picked);
      })
      .catch((error: unknown) => {
        if (!isAbortError(error)) setFetched(byIdOnly(id));
      });
    return () => controller.abort();
  }, [id, mustFetch]);

  if (!id) return null;
  if (onCanvas) return { id, name: onCanvas.name, type: onCanvas.type };
  if (known) return known;
  return fetched?.id === id ? fetched : byIdOnly(id);
}

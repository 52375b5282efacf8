// Resolves an entity id to what a picker shows (name and type): from the canvas if it is there, else from the API.
import { useEffect, useState } from 'react';
import { fetchEntity } from '../api/entities.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { PickedEntity } from './EntityPicker.tsx';

const known = new Map<string, PickedEntity>();

export function usePickedEntity(id: string | undefined): PickedEntity | null {
  const { state } = useExplorer();
  const onCanvas = id ? state.nodes[id] : undefined;
  const [fetched, setFetched] = useState<PickedEntity | null>(id ? (known.get(id) ?? null) : null);

  useEffect(() => {
    if (!id || onCanvas || known.has(id)) {
      setFetched(id ? (known.get(id) ?? null) : null);
      return;
    }
    const controller = new AbortController();
    fetchEntity(id, { signal: controller.signal })
      .then(({ entity }) => {
        const picked = { id: entity.id, name: entity.name, type: entity.type };
        known.set(id, picked);
        setFetched(picked);
      })
      .catch(() => setFetched({ id, name: id, type: 'Document' }));
    return () => controller.abort();
  }, [id, onCanvas]);

  if (!id) return null;
  if (onCanvas) return { id, name: onCanvas.name, type: onCanvas.type };
  return fetched ?? { id, name: id, type: 'Document' };
}

export function rememberPickedEntity(entity: PickedEntity): void {
  known.set(entity.id, entity);
}

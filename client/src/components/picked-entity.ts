// What an entity picker shows of its pick, and the picks remembered by id so a chosen entity shows by name at once.
import type { NodeType } from '@kgx/contract';

export interface PickedEntity {
  id: string;
  name: string;
  type: NodeType | string;
}

const remembered = new Map<string, PickedEntity>();

export function rememberPickedEntity(entity: PickedEntity): void {
  remembered.set(entity.id, entity);
}

export function recallPickedEntity(id: string): PickedEntity | undefined {
  return remembered.get(id);
}

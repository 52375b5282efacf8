// Checks shared by the services: known entity ids and a date window that is not upside down.
import { isBackwardsWindow } from '@kgx/contract';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { findMissingEntities } from '../graph/entities.ts';

export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (isBackwardsWindow(from, to)) {
    throw new ValidationError(`from must not be after to, got from '${from}' and to '${to}'`, [
      { parameter: 'from', reason: `is after to ('${to}')` },
    ]);
  }
}

/** One round trip to report every unknown id among the named parameters. */
export async function requireEntities(client: GraphClient, ids: Record<string, string | undefined>): Promise<void> {
  const named = Object.entries(ids).filter((e): e is [string, string] => e[1] !== undefined);
  if (named.length === 0) return;
  const missing = new Set(
    await findMissingEntities(
      client,
      named.map(([, id]) => id),
    ),
  );
  const unknown = named.filter(([, id]) => missing.has(id));
  if (unknown.length > 0) {
    throw new NotFoundError('ENTITY_NOT_FOUND', unknown.map(([parameter, id]) => `${parameter}: no entity with id '${id}'`).join('; '));
  }
}

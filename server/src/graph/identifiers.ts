// Labels and relationship types cannot be Cypher parameters: they come only from the contract's enums and are quoted here.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@kgx/contract';

const ALLOWED: ReadonlySet<string> = new Set<string>([...ENTITY_TYPES, ...RELATION_TYPES, 'Entity', 'Document', 'MENTIONS']);

/** Backtick-quotes a label or relationship type from the vocabulary; anything else is a programming error. */
export function quoteIdentifier(name: EntityType | RelationType | 'Entity' | 'Document' | 'MENTIONS'): string {
  if (!ALLOWED.has(name)) throw new Error(`not a vocabulary identifier: ${name}`);
  return `\`${name}\``;
}

/** `A|B|C` for a relationship pattern, from vocabulary types only. */
export function relationTypeAlternation(types: readonly RelationType[]): string {
  return (types.length > 0 ? types : RELATION_TYPES).map(quoteIdentifier).join('|');
}

// Labels and relationship types cannot be Cypher parameters: they reach a query only through this quoting, which
// admits nothing but the vocabulary's strict identifier patterns (the services check them against the vocabulary).
import { ENTITY_TYPE_PATTERN, MENTIONS, RELATION_TYPE_PATTERN } from '@kgx/contract';

/** Whether quoteIdentifier takes a relation type: the vocabulary's pattern, at most 60 characters. */
export function isQuotableRelationType(name: string): boolean {
  return RELATION_TYPE_PATTERN.test(name) && name.length <= 60;
}

/** Backtick-quotes an entity type, a relation type or one of the graph's own labels; anything else is refused. */
export function quoteIdentifier(name: string): string {
  if (!ENTITY_TYPE_PATTERN.test(name) && !isQuotableRelationType(name)) {
    throw new Error(`not a vocabulary identifier: ${JSON.stringify(name)}`);
  }
  return `\`${name}\``;
}

/** `A|B|C` for a relationship pattern; with no types, every relationship between entities (documents' mentions excluded). */
export function relationTypeAlternation(types: readonly string[]): string {
  return types.length > 0 ? types.map(quoteIdentifier).join('|') : `!${quoteIdentifier(MENTIONS)}`;
}

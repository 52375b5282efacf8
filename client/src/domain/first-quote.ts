// The quote a key opens for a relation or an entity: the first quote among relations, taken in the order given.
import { isQuoteEvidence, type GraphEdge, type QuoteEvidence } from '@kgx/contract';

export function firstQuoteAmong(edges: readonly GraphEdge[]): { edge: GraphEdge; quote: QuoteEvidence } | null {
  for (const edge of edges) {
    const quote = edge.evidence.find(isQuoteEvidence);
    if (quote) return { edge, quote };
  }
  return null;
}

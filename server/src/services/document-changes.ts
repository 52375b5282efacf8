// What each document's candidates bring to the graph: new entities and relations, merge suggestions, corroborations
// of relations it holds, and possible contradictions; the report a reviewer reads before the detail.
import type { DocumentChanges, EntityCandidate, RelationCandidate } from '@kgx/contract';

/** Per document, in the order the candidates come: what its candidates would add, confirm or call into question. */
export function documentChanges(entities: readonly EntityCandidate[], relations: readonly RelationCandidate[]): DocumentChanges[] {
  const byDocument = new Map<string, DocumentChanges>();
  const of = (documentId: string): DocumentChanges => {
    let changes = byDocument.get(documentId);
    if (!changes) {
      changes = { documentId, newEntities: 0, mergeSuggestions: 0, newRelations: 0, corroborating: 0, contradicting: 0 };
      byDocument.set(documentId, changes);
    }
    return changes;
  };
  for (const entity of entities) {
    if (entity.mergeWith) of(entity.documentId).mergeSuggestions += 1;
    else of(entity.documentId).newEntities += 1;
  }
  for (const relation of relations) {
    const changes = of(relation.documentId);
    if (relation.corroborates) changes.corroborating += 1;
    else changes.newRelations += 1;
    if (relation.contradicts) changes.contradicting += 1;
  }
  return [...byDocument.values()];
}

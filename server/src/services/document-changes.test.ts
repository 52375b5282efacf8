import { describe, expect, it } from 'vitest';
import type { EntityCandidate, RelationCandidate } from '@kgx/contract';
import { documentChanges } from './document-changes.ts';

const entity = (documentId: string, mergeWith?: EntityCandidate['mergeWith']) =>
  ({ documentId, ...(mergeWith ? { mergeWith } : {}) }) as EntityCandidate;
const relation = (documentId: string, extra: Partial<RelationCandidate> = {}) => ({ documentId, ...extra }) as RelationCandidate;

describe('documentChanges', () => {
  it('counts per document what is new, what may be an existing entity, what corroborates and what may contradict', () => {
    const changes = documentChanges(
      [entity('a'), entity('a', { id: 'person:x', name: 'X', reason: 'similar spelling' }), entity('b')],
      [
        relation('a'),
        relation('a', { corroborates: 'p>STATED>q' }),
        relation('b', { corroborates: 'p>DENIED>q', contradicts: ['the graph holds STATED'] }),
      ],
    );
    expect(changes).toEqual([
      { documentId: 'a', newEntities: 1, mergeSuggestions: 1, newRelations: 1, corroborating: 1, contradicting: 0 },
      { documentId: 'b', newEntities: 1, mergeSuggestions: 0, newRelations: 0, corroborating: 1, contradicting: 1 },
    ]);
  });

  it('says nothing of a data set with no candidates', () => {
    expect(documentChanges([], [])).toEqual([]);
  });
});

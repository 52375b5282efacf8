import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '@kgx/contract';
import { firstQuoteAmong } from './first-quote.ts';

const RECORD = { datasetId: 'ds', file: 'f.csv', row: 2, record: { a: 'b' } };
const edge = (id: string, evidence: GraphEdge['evidence']): GraphEdge => ({ id, type: 'DETAINED', source: 'a', target: 'b', evidence });

describe('firstQuoteAmong', () => {
  it('takes the first quote of the first relation that has one, passing over records', () => {
    const records = edge('r1', [RECORD]);
    const quoted = edge('r2', [RECORD, { documentId: 'doc:b', quote: 'Second.' }, { documentId: 'doc:c', quote: 'Third.' }]);
    const later = edge('r3', [{ documentId: 'doc:a', quote: 'Later.' }]);
    expect(firstQuoteAmong([records, quoted, later])).toEqual({ edge: quoted, quote: { documentId: 'doc:b', quote: 'Second.' } });
  });

  it('answers null when no relation has a quote', () => {
    expect(firstQuoteAmong([edge('r1', [RECORD]), edge('r2', [])])).toBeNull();
    expect(firstQuoteAmong([])).toBeNull();
  });
});

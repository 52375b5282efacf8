// Property: merging two records of support loses nothing: every data set and every piece of evidence of both is kept,
// once, grouped in the order of the data sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineRelationProps } from './merge-support.ts';

const entry = fc.record({
  documentId: fc.constantFrom('d1', 'd2'),
  quote: fc.constantFrom('first words', 'second words', 'third words'),
  dataset: fc.constantFrom('a', 'b', 'c'),
});

function props(entries: { documentId: string; quote: string; dataset: string }[]) {
  const datasets = [...new Set(entries.map((e) => e.dataset))];
  const grouped = datasets.flatMap((d) => entries.filter((e) => e.dataset === d));
  return {
    id: 'x>LINKED_TO>y',
    datasets,
    datasetProps: datasets.map((d) => `{"${d}":true}`),
    evidenceDocumentIds: grouped.map((e) => e.documentId),
    evidenceQuotes: grouped.map((e) => e.quote),
    evidenceDates: grouped.map(() => ''),
    evidenceRecords: grouped.map(() => ''),
    evidenceDatasetIds: grouped.map((e) => e.dataset),
  };
}

const key = (documentId: unknown, quote: unknown, dataset: unknown) => `${String(dataset)}|${String(documentId)}|${String(quote)}`;

describe('combineRelationProps (property)', () => {
  it('keeps every data set and every piece of evidence of both sides, once each, grouped by data set', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.array(entry, { minLength: 1, maxLength: 6 }), (kept, moved) => {
        const a = props(kept);
        const b = props(moved);
        const combined = combineRelationProps(a, b);
        const datasets = combined['datasets'] as string[];
        expect(new Set(datasets)).toEqual(new Set([...a.datasets, ...b.datasets]));
        expect(datasets.length).toBe(new Set(datasets).size);
        expect((combined['datasetProps'] as string[]).length).toBe(datasets.length);
        const ids = combined['evidenceDatasetIds'] as string[];
        const keys = ids.map((d, i) =>
          key((combined['evidenceDocumentIds'] as string[])[i], (combined['evidenceQuotes'] as string[])[i], d),
        );
        const expected = new Set([...kept, ...moved].map((e) => key(e.documentId, e.quote, e.dataset)));
        expect(new Set(keys)).toEqual(expected);
        expect(keys.length).toBe(expected.size);
        expect(ids).toEqual([...ids].sort((x, y) => datasets.indexOf(x) - datasets.indexOf(y)));
      }),
      { numRuns: 500 },
    );
  });
});

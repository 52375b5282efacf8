import { describe, expect, it } from 'vitest';
import { combineEntityProps, combineMentionProps, combineRelationProps } from './merge-support.ts';

const relation = (dataset: string, quotes: string[], extra: Record<string, unknown> = {}) => ({
  id: 'a>ACCUSED>b',
  detail: `${dataset} detail`,
  datasets: [dataset],
  datasetProps: [`{"from":"${dataset}"}`],
  evidenceDocumentIds: quotes.map(() => `doc-${dataset}`),
  evidenceQuotes: quotes,
  evidenceDates: quotes.map(() => ''),
  evidenceRecords: quotes.map(() => ''),
  evidenceDatasetIds: quotes.map(() => dataset),
  ...extra,
});

describe('combineRelationProps', () => {
  it('keeps the data sets and every piece of evidence of both, the kept one shown first', () => {
    const combined = combineRelationProps(relation('a', ['first quote']), relation('b', ['second quote', 'third quote']));
    expect(combined).toMatchObject({
      id: 'a>ACCUSED>b',
      detail: 'a detail',
      datasets: ['a', 'b'],
      datasetProps: ['{"from":"a"}', '{"from":"b"}'],
      evidenceQuotes: ['first quote', 'second quote', 'third quote'],
      evidenceDatasetIds: ['a', 'b', 'b'],
      evidenceDocumentIds: ['doc-a', 'doc-b', 'doc-b'],
    });
  });

  it('keeps a quote both sides hold in one data set once, and groups evidence by data set', () => {
    const kept = relation('a', ['same quote']);
    const moved = { ...relation('a', ['same quote']), datasets: ['b', 'a'], datasetProps: ['{"from":"b"}', '{"from":"a"}'] };
    moved.evidenceQuotes = ['same quote'];
    const combined = combineRelationProps(kept, moved);
    expect(combined['datasets']).toEqual(['a', 'b']);
    expect(combined['evidenceQuotes']).toEqual(['same quote']);
  });
});

describe('combineMentionProps', () => {
  it('adds up the counts of a data set both mentions carry, and keeps the others', () => {
    expect(combineMentionProps({ datasets: ['a'], counts: [2], count: 2 }, { datasets: ['b', 'a'], counts: [1, 3], count: 1 })).toEqual({
      datasets: ['a', 'b'],
      counts: [5, 1],
      count: 5,
    });
  });
});

describe('combineEntityProps', () => {
  it('makes every name of the merged entity an alias, once, and adds its data sets', () => {
    const combined = combineEntityProps(
      { name: 'Ruben Vardanyan', aliases: ['Vardanyan'], datasets: ['a'], datasetProps: ['{}'] },
      {
        name: 'Ruben Vardanian',
        aliases: ['vardanyan', 'R. Vardanian', 'Ruben Vardanyan'],
        datasets: ['b', 'a'],
        datasetProps: ['{"b":1}', '{}'],
      },
    );
    expect(combined).toMatchObject({
      aliases: ['Vardanyan', 'Ruben Vardanian', 'R. Vardanian'],
      aliasText: 'Vardanyan | Ruben Vardanian | R. Vardanian',
      datasets: ['a', 'b'],
      datasetProps: ['{}', '{"b":1}'],
    });
  });
});

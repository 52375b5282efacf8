import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CELLS, MAX_RECORD_CELL_LENGTH } from '@kgx/contract';
import { entityTypeOf, relationTypeOf, rowCells, toEntityRecord } from './csv-records.ts';

describe('type cells', () => {
  it('writes entity types as the vocabulary does', () => {
    expect(['person', 'PERSON', 'public body', 'public_body', 'PublicBody', 'legal entity'].map(entityTypeOf)).toEqual([
      'Person',
      'Person',
      'PublicBody',
      'PublicBody',
      'PublicBody',
      'LegalEntity',
    ]);
  });

  it('writes relation types as the vocabulary does', () => {
    expect(['member of', 'MEMBER_OF', 'works-for', ' Owns '].map(relationTypeOf)).toEqual(['MEMBER_OF', 'MEMBER_OF', 'WORKS_FOR', 'OWNS']);
  });
});

describe('toEntityRecord', () => {
  const mapping = { columns: {}, aliasSeparator: ';' };

  it('keeps a cell that is not a plain number as text, for the checks to name', () => {
    const { record } = toEntityRecord(
      ['a', 'Place', 'Here', '40,18', '1e3'],
      { id: 0, type: 1, name: 2, latitude: 3, longitude: 4 },
      mapping,
    );
    expect(record).toMatchObject({ latitude: '40,18', longitude: '1e3' });
  });

  it('makes the id from the key when one is filled, and keeps the id cell for relations to name it by', () => {
    const columns = { id: 0, type: 1, name: 2, key: 3 };
    expect(toEntityRecord(['F1', 'Company', 'Acme', 'GB-1'], columns, mapping)).toEqual({
      record: { id: 'company:key:gb-1', type: 'Company', name: 'Acme' },
      givenId: 'F1',
    });
    expect(toEntityRecord(['F2', 'Company', 'Acme', ''], columns, mapping)).toEqual({
      record: { id: 'F2', type: 'Company', name: 'Acme' },
    });
  });

  it('leaves the id out when the id column is there but the cell is empty, for the checks to report', () => {
    expect(toEntityRecord(['', 'Person', 'Ana'], { id: 0, type: 1, name: 2 }, mapping).record).toEqual({ type: 'Person', name: 'Ana' });
  });
});

describe('rowCells', () => {
  it('keeps the named, filled cells of a row by column name', () => {
    expect(rowCells(['a', '', 'c', 'd'], ['1', 'x', '', '4'])).toEqual({ cells: { a: '1', d: '4' }, cut: false });
  });

  it('cuts what record evidence cannot hold, and says so', () => {
    const header = Array.from({ length: MAX_RECORD_CELLS + 5 }, (_, i) => `c${i}`);
    const cells = header.map((_, i) => (i === 0 ? 'x'.repeat(MAX_RECORD_CELL_LENGTH + 10) : 'v'));
    const kept = rowCells(header, cells);
    expect(kept.cut).toBe(true);
    expect(Object.keys(kept.cells)).toHaveLength(MAX_RECORD_CELLS);
    expect(kept.cells['c0']).toHaveLength(MAX_RECORD_CELL_LENGTH);
  });
});

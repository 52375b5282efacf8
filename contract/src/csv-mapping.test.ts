import { describe, expect, it } from 'vitest';
import { CsvMappingSchema, normaliseColumnName } from './csv-mapping.ts';

describe('CsvMappingSchema', () => {
  it('fills in what an empty mapping leaves out', () => {
    expect(CsvMappingSchema.parse({})).toEqual({
      entities: { columns: {}, aliasSeparator: ';' },
      relations: { columns: {} },
    });
  });

  it('reads "tab" as a tab', () => {
    expect(CsvMappingSchema.parse({ delimiter: 'tab' }).delimiter).toBe('\t');
  });

  it('refuses unknown fields, a pattern for a file, a quote column without its document column, and one file for both kinds', () => {
    const paths = (input: unknown) => CsvMappingSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ entities: { colums: {} } })).toEqual(['entities']);
    expect(paths({ entities: { file: '*.csv' } })).toEqual(['entities.file']);
    expect(paths({ relations: { columns: { quote: 'Quote' } } })).toEqual(['relations.columns.quote']);
    expect(paths({ entities: { file: 'a.csv' }, relations: { file: 'a.csv' } })).toEqual(['relations.file']);
    expect(paths({ entities: { defaultType: 'person' } })).toEqual(['entities.defaultType']);
  });
});

describe('normaliseColumnName', () => {
  it('ignores case, spaces, "_" and "-"', () => {
    expect(['Start date', 'start_date', 'startDate', 'START-DATE'].map(normaliseColumnName)).toEqual(Array(4).fill('startdate'));
  });
});

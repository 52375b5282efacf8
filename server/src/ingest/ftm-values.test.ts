import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CELLS, MAX_RECORD_CELL_LENGTH, SourceCellsSchema } from '@kgx/contract';
import { authorityId, clip, extremeDate, toFtmEntity, toPartialDate, toRecordCells, type FtmEntity } from './ftm-values.ts';

describe('toPartialDate', () => {
  it('keeps the longest valid ISO prefix', () => {
    expect(toPartialDate('2015-03-01T10:22:00Z')).toBe('2015-03-01');
    expect(toPartialDate('2015-03')).toBe('2015-03');
    expect(toPartialDate(' 1971 ')).toBe('1971');
    expect(toPartialDate('2015-13-01')).toBe('2015');
    expect(toPartialDate('2015-03-45')).toBe('2015-03');
  });

  it('reads nothing from a value that does not start with a year, or runs its digits together', () => {
    expect(toPartialDate('12/03/1970')).toBeUndefined();
    expect(toPartialDate('20150301')).toBeUndefined();
    expect(toPartialDate('')).toBeUndefined();
  });
});

describe('extremeDate', () => {
  it('compares partial dates by the days they cover', () => {
    expect(extremeDate(['2015-03', '2015'], 'earliest')).toBe('2015');
    expect(extremeDate(['2015', '2015-03'], 'latest')).toBe('2015');
    expect(extremeDate(['2016-01-01', '2015-12'], 'latest')).toBe('2016-01-01');
    expect(extremeDate([], 'latest')).toBeUndefined();
  });
});

describe('clip', () => {
  it('cuts with an ellipsis to exactly the limit, never through a surrogate pair', () => {
    expect(clip('abcdef', 6)).toBe('abcdef');
    expect(clip('abcdefg', 6)).toBe('abcde…');
    const clipped = clip('abcd😀xyz', 6);
    expect(clipped).toBe('abcd…');
  });
});

describe('toFtmEntity', () => {
  it('takes lists of strings, and a lone string or number as a list of one', () => {
    const entity = toFtmEntity({ id: 'x', schema: 'Person', properties: { name: 'Ada', height: [172] }, datasets: ['d'] });
    expect(entity).toMatchObject({ id: 'x', schema: 'Person', datasets: ['d'] });
    expect('properties' in entity && [...entity.properties]).toEqual([
      ['name', ['Ada']],
      ['height', ['172']],
    ]);
  });

  it('says why a value is no entity', () => {
    expect(toFtmEntity([1])).toEqual({ problem: 'not a JSON object' });
    expect(toFtmEntity({ schema: 'Person' })).toEqual({ problem: 'no "id"' });
    expect(toFtmEntity({ id: 'x' })).toEqual({ problem: 'no "schema"' });
    expect(toFtmEntity({ id: 'x', schema: 'Person', properties: [] })).toEqual({ problem: '"properties" is not an object' });
    expect(toFtmEntity({ id: 'x', schema: 'Person', properties: { name: [{}] } })).toEqual({
      problem: 'property "name" is not a list of strings',
    });
  });
});

describe('toRecordCells', () => {
  const entity = (properties: [string, string[]][]): FtmEntity => ({
    id: 'o-1',
    schema: 'Ownership',
    properties: new Map(properties),
    datasets: [],
  });

  it('joins the values of a property, after the id and schema', () => {
    expect(toRecordCells(entity([['percentage', ['51', '49']]]))).toEqual({ id: 'o-1', schema: 'Ownership', percentage: '51; 49' });
  });

  it('stays within what a stored record may hold', () => {
    const many = Array.from({ length: 150 }, (_, i): [string, string[]] => [`p${i}`, ['x'.repeat(MAX_RECORD_CELL_LENGTH + 10)]]);
    const cells = toRecordCells(entity(many));
    expect(Object.keys(cells)).toHaveLength(MAX_RECORD_CELLS);
    expect(cells['p0']).toHaveLength(MAX_RECORD_CELL_LENGTH);
    expect(cells['p0']?.endsWith('…')).toBe(true);
    expect(SourceCellsSchema.safeParse(cells).success).toBe(true);
  });
});

describe('authorityId', () => {
  it('makes a slug of the name, the same for the same name in any case or accent', () => {
    expect(authorityId('Office of Foreign Assets Control')).toBe('sanctions-authority:office-of-foreign-assets-control');
    expect(authorityId('Conseil d’État')).toBe(authorityId('CONSEIL D’ETAT'));
  });

  it('falls back on a digest for a name with no Latin letter or digit', () => {
    expect(authorityId('Совет Безопасности')).toMatch(/^sanctions-authority:[0-9a-f]{16}$/);
  });
});

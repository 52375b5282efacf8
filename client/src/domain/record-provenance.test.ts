import { describe, expect, it } from 'vitest';
import { recordProvenance, safeSourceUrl } from './record-provenance.ts';

describe('recordProvenance', () => {
  it('names the file and row, and the publisher when there is one', () => {
    expect(recordProvenance({ file: 'people.csv', row: 12 })).toBe('people.csv, row 12');
    expect(recordProvenance({ file: 'people.csv' })).toBe('people.csv');
    expect(recordProvenance({ publisher: 'OFAC' })).toBe('OFAC');
    expect(recordProvenance({ file: 'x.ftm.json', row: 3, publisher: 'OFAC' })).toBe('x.ftm.json, row 3 · OFAC');
  });
});

describe('safeSourceUrl', () => {
  it('keeps http and https links', () => {
    expect(safeSourceUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeSourceUrl('http://example.org/')).toBe('http://example.org/');
  });

  it('refuses anything that could run or is not a URL', () => {
    expect(safeSourceUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeSourceUrl(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeSourceUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeSourceUrl('not a url')).toBeUndefined();
    expect(safeSourceUrl(undefined)).toBeUndefined();
  });
});

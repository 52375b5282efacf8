import { describe, expect, it } from 'vitest';
import { comparableName, findPossibleDuplicates } from './possible-duplicates.ts';

describe('comparableName', () => {
  it('ignores case, accents, punctuation and word order', () => {
    expect(comparableName('VARDANYAN, Rubén')).toBe(comparableName('ruben vardanyan'));
    expect(comparableName('Smith-Jones Ltd.')).toBe(comparableName('ltd jones smith'));
  });

  it('still tells different spellings apart', () => {
    expect(comparableName('Ruben Vardanian')).not.toBe(comparableName('Ruben Vardanyan'));
  });
});

describe('findPossibleDuplicates', () => {
  const source = (records: unknown[]) => ({ file: 'people.csv', records, locate: (index: number) => `row ${index + 1}` });

  it('names the first entity of the same name for each later one under another id', () => {
    const notices = findPossibleDuplicates(
      source([
        { id: 'a', name: 'Ana Sol' },
        { id: 'b', name: 'Sol, Ana' },
        { id: 'c', name: 'ANA SOL' },
        { id: 'd', name: 'Bo' },
      ]),
    );
    expect(notices).toEqual([
      { file: 'people.csv', record: 'row 2', reason: 'possible duplicate of a (same name)' },
      { file: 'people.csv', record: 'row 3', reason: 'possible duplicate of a (same name)' },
    ]);
  });

  it('leaves a repeated id to the checks, and skips records without a name', () => {
    expect(
      findPossibleDuplicates(source([{ id: 'a', name: 'Ana' }, { id: 'a', name: 'Ana' }, { id: 'b' }, 'x', { id: 'c', name: '!!' }])),
    ).toEqual([]);
  });
});

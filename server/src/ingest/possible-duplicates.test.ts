import { describe, expect, it } from 'vitest';
import { comparableName, findDuplicatesInGraph, findPossibleDuplicates } from './possible-duplicates.ts';

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

describe('findDuplicatesInGraph', () => {
  const known = [
    { id: 'person:ruben-vardanyan', name: 'Ruben Vardanyan', aliases: ['Vardanyan'] },
    { id: 'org:nordbay', name: 'Nordbay Holdings', aliases: [] },
  ];

  it('points out a new entity named like one the graph holds under another id, ignoring accents, case and word order', () => {
    const notices = findDuplicatesInGraph('people.csv', [{ id: 'p-17', name: 'VARDANYAN, Rubén' }], known);
    expect(notices).toEqual([
      { file: 'people.csv', record: 'p-17', reason: expect.stringContaining('possible duplicate of person:ruben-vardanyan') },
    ]);
  });

  it('says nothing of an entity the graph holds under the same id, or of a name nobody has', () => {
    expect(findDuplicatesInGraph('x.csv', [{ id: 'person:ruben-vardanyan', name: 'Ruben Vardanyan' }], known)).toEqual([]);
    expect(findDuplicatesInGraph('x.csv', [{ id: 'p-1', name: 'Somebody Else' }], known)).toEqual([]);
  });

  it('matches an alias of a known entity too', () => {
    expect(findDuplicatesInGraph('x.csv', [{ id: 'p-2', name: 'vardanyan' }], known)).toHaveLength(1);
  });
});

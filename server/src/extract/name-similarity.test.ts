import { describe, expect, it } from 'vitest';
import { initialsOf, jaroWinkler, transliterationKey } from './name-similarity.ts';

describe('jaroWinkler', () => {
  it('is 1 for equal strings and 0 when nothing matches', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('gives the textbook values for classic pairs', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });

  it('is symmetric and stays within [0, 1]', () => {
    const names = ['pashinyan', 'pashinian', 'aliyev', 'aliev', 'x', 'stepanakert'];
    for (const a of names) {
      for (const b of names) {
        const score = jaroWinkler(a, b);
        expect(score).toBeCloseTo(jaroWinkler(b, a), 10);
        expect(score >= 0 && score <= 1).toBe(true);
      }
    }
  });
});

describe('transliterationKey', () => {
  it('is equal for transliteration variants', () => {
    expect(transliterationKey('Avanesian')).toBe(transliterationKey('Avanesyan'));
    expect(transliterationKey('Mijatović')).toBe(transliterationKey('Mijatovic'));
    expect(transliterationKey('Smirnoff')).toBe(transliterationKey('Smirnov'));
    expect(transliterationKey('Khachaturian')).toBe(transliterationKey('Hachaturyan'));
  });

  it('still tells different names apart', () => {
    expect(transliterationKey('Avanesian')).not.toBe(transliterationKey('Avakian'));
  });
});

describe('initialsOf', () => {
  it('skips small words', () => {
    expect(initialsOf('International Court of Justice')).toBe('ICJ');
  });
});

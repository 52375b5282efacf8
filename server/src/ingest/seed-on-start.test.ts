import { describe, expect, it } from 'vitest';
import { seedAction } from './seed-on-start.ts';

describe('seedAction', () => {
  it('loads the demo into an empty database it has never offered it to', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: false }, true)).toBe('load-demo');
  });

  it('does not bring the demo back once offered, even when the graph is empty again (the user removed it)', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: true }, true)).toBe('none');
  });

  it('does nothing when SEED_ON_EMPTY is false', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: false }, false)).toBe('none');
  });

  it('keeps data loaded before data sets as a data set of its own, whatever SEED_ON_EMPTY says', () => {
    expect(seedAction({ entities: 91, datasets: 0, demoOffered: false }, true)).toBe('adopt-untagged');
    expect(seedAction({ entities: 91, datasets: 0, demoOffered: false }, false)).toBe('adopt-untagged');
  });

  it('leaves a database with data sets alone', () => {
    expect(seedAction({ entities: 91, datasets: 2, demoOffered: false }, true)).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { seedAction } from './seed-on-start.ts';

describe('seedAction', () => {
  it('loads the demo into an empty database it has never offered it to', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: false, untagged: 0, demoIncomplete: false }, true)).toBe('load-demo');
  });

  it('does not bring the demo back once offered, even when the graph is empty again (the user removed it)', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: true, untagged: 0, demoIncomplete: false }, true)).toBe('none');
  });

  it('does nothing when SEED_ON_EMPTY is false', () => {
    expect(seedAction({ entities: 0, datasets: 0, demoOffered: false, untagged: 0, demoIncomplete: false }, false)).toBe('none');
  });

  it('keeps data loaded before data sets as a data set of its own, whatever SEED_ON_EMPTY says', () => {
    expect(seedAction({ entities: 91, datasets: 0, demoOffered: false, untagged: 96, demoIncomplete: false }, true)).toBe('adopt-untagged');
    expect(seedAction({ entities: 91, datasets: 0, demoOffered: false, untagged: 96, demoIncomplete: false }, false)).toBe(
      'adopt-untagged',
    );
  });

  it('adopts untagged data even beside data sets (an import into an old database before a restart)', () => {
    expect(seedAction({ entities: 95, datasets: 1, demoOffered: true, untagged: 2, demoIncomplete: false }, true)).toBe('adopt-untagged');
  });

  it('leaves a database whose data all belongs to data sets alone', () => {
    expect(seedAction({ entities: 91, datasets: 2, demoOffered: false, untagged: 0, demoIncomplete: false }, true)).toBe('none');
  });

  it('loads the demo again when its first load was stopped midway (it stayed partial forever), unless it was offered or is off', () => {
    const partial = { entities: 18, datasets: 1, demoOffered: false, untagged: 0, demoIncomplete: true };
    expect(seedAction(partial, true)).toBe('load-demo');
    expect(seedAction({ ...partial, demoOffered: true }, true)).toBe('none');
    expect(seedAction(partial, false)).toBe('none');
  });
});

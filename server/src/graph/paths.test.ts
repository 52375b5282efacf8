import { describe, expect, it } from 'vitest';
import { timeOrderEnd } from './paths.ts';

describe('timeOrderEnd', () => {
  it('says enough when the search stopped at its k paths in time order, even at the last walk', () => {
    expect(timeOrderEnd('stopped', 3, 50)).toBe('enough');
    expect(timeOrderEnd('stopped', 50, 50)).toBe('enough');
  });

  it('says bound, not budget, when the budget ran out as the last walk the statement can yield was taken', () => {
    expect(timeOrderEnd('budget', 50, 50)).toBe('bound');
    expect(timeOrderEnd('complete', 50, 50)).toBe('bound');
  });

  it('says budget when fewer walks than the bound came before the budget ran out, all when the walks ran out', () => {
    expect(timeOrderEnd('budget', 12, 50)).toBe('budget');
    expect(timeOrderEnd('complete', 12, 50)).toBe('all');
    expect(timeOrderEnd('complete', 0, 50)).toBe('all');
  });
});

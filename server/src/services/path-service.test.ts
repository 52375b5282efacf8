// The time-ordered search's budget: what it answers when the budget runs out before, or after, the first path.
import { describe, expect, it } from 'vitest';
import type { TimeOrderedPaths, TimeOrderFilter } from '../graph/paths.ts';
import { QueryTimeoutError } from '../errors.ts';
import { searchInTimeOrder, timeOrderCandidates } from './path-service.ts';

const filter = { from: 'person:a', to: 'person:b', k: 3, maxHops: 6, relation: undefined };
const limits = { timeOrderBudgetMs: 1_000, queryTimeoutMs: 10_000 };

/** A search that answers each call with the next of `answers`, and remembers what it was asked. */
function scripted(...answers: TimeOrderedPaths[]) {
  const asked: TimeOrderFilter[] = [];
  const find = async (f: TimeOrderFilter): Promise<TimeOrderedPaths> => {
    asked.push(f);
    const answer = answers[asked.length - 1];
    if (answer === undefined) throw new Error(`asked ${asked.length} times, scripted ${answers.length}`);
    return answer;
  };
  return { find, asked };
}

const none = (end: TimeOrderedPaths['end'], checked: number, inOrder = 0): TimeOrderedPaths => ({ checked, inOrder, paths: [], end });

describe('searchInTimeOrder', () => {
  it('asks once, for the bound of shortest paths within the budget, and answers with what it found', async () => {
    const { find, asked } = scripted(none('budget', 12, 1));
    expect(await searchInTimeOrder(find, filter, limits)).toEqual(none('budget', 12, 1));
    expect(asked).toEqual([{ ...filter, candidates: timeOrderCandidates(3), budgetMs: 1_000 }]);
  });

  it('asks again for the few shortest, within the query timeout, when the budget ran out before the first path', async () => {
    const { find, asked } = scripted(none('budget', 0), none('bound', 9, 2));
    // The few shortest were all there was time for: longer paths were not checked because the time ran out.
    expect(await searchInTimeOrder(find, filter, limits, () => 0)).toEqual(none('budget', 9, 2));
    expect(asked[1]).toEqual({ ...filter, candidates: 9, budgetMs: 10_000 });
  });

  it('gives the second search only what is left of the query timeout, and none when the first had all of it (bug: a 10 s search could take 20 s)', async () => {
    let clock = 0;
    const slow = scripted(none('budget', 0), none('bound', 9, 0));
    const find = async (f: TimeOrderFilter) => {
      clock += f.budgetMs === 1_000 ? 1_000 : 0;
      return slow.find(f);
    };
    await searchInTimeOrder(find, filter, limits, () => clock);
    expect(slow.asked[1]?.budgetMs).toBe(9_000);

    clock = 0;
    const whole = scripted(none('budget', 0));
    const findAll = async (f: TimeOrderFilter) => {
      clock += f.budgetMs;
      return whole.find(f);
    };
    await expect(
      searchInTimeOrder(findAll, filter, { timeOrderBudgetMs: 10_000, queryTimeoutMs: 10_000 }, () => clock),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(whole.asked).toHaveLength(1);
  });

  it('keeps the second answer as it is when it checked every path, or found enough', async () => {
    expect(await searchInTimeOrder(scripted(none('budget', 0), none('all', 4, 1)).find, filter, limits)).toEqual(none('all', 4, 1));
    expect(await searchInTimeOrder(scripted(none('budget', 0), none('enough', 5, 3)).find, filter, limits)).toEqual(none('enough', 5, 3));
  });

  it('answers with what the second search checked when its time ran out after some paths (bug: it answered 504 with paths in hand)', async () => {
    expect(await searchInTimeOrder(scripted(none('budget', 0), none('budget', 4, 1)).find, filter, limits)).toEqual(none('budget', 4, 1));
  });

  it('answers 504 when even the few shortest take longer than the query timeout', async () => {
    await expect(searchInTimeOrder(scripted(none('budget', 0), none('budget', 0)).find, filter, limits)).rejects.toBeInstanceOf(
      QueryTimeoutError,
    );
  });
});

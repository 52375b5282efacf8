import { describe, expect, it } from 'vitest';
import type { Path } from '@kgx/contract';
import {
  canLookLonger,
  describeNoneInOrder,
  describeTimeOrderSearch,
  LONGER_TIME_ORDER_BUDGET_MS,
  timeOrderLines,
} from './path-time-order.ts';
import { withDefaultVocabulary } from './default-vocabulary.test-setup.ts';
import { formatDuration } from './durations.ts';

withDefaultVocabulary();

const offensive = { id: 'event:2023-azerbaijani-offensive', type: 'Event' as const, name: '2023 Azerbaijani offensive', aliases: [] };
const forces = {
  id: 'organisation:azerbaijani-armed-forces',
  type: 'Organisation' as const,
  name: 'Azerbaijani Armed Forces',
  aliases: [],
};
const ruben = { id: 'person:ruben-vardanyan', type: 'Person' as const, name: 'Ruben Vardanyan', aliases: [] };
const stepanakert = { id: 'place:stepanakert', type: 'Place' as const, name: 'Stepanakert', aliases: [] };

/** The offensive, the forces that took part in it, the man they detained a week later, and an undated link. */
const path: Path = {
  nodes: [offensive, forces, ruben, stepanakert],
  edges: [
    { id: 'took-part', type: 'PARTICIPATED_IN', source: forces.id, target: offensive.id, evidence: [] },
    { id: 'detained', type: 'DETAINED', source: forces.id, target: ruben.id, evidence: [] },
    { id: 'visited', type: 'VISITED', source: ruben.id, target: stepanakert.id, evidence: [] },
  ],
  length: 3,
  nodeIds: [offensive.id, forces.id, ruben.id, stepanakert.id],
  edgeIds: ['took-part', 'detained', 'visited'],
  timeOrder: {
    steps: [
      { edgeId: 'took-part', dateFrom: '2023-09-19', dateTo: '2023-09-20', undated: false },
      { edgeId: 'detained', dateFrom: '2023-09-27', dateTo: '2023-09-27', undated: false, follows: { step: 0, order: 'after' } },
      { edgeId: 'visited', undated: true },
    ],
  },
};

describe('timeOrderLines', () => {
  it('reads each step in walking order with its days and says which dated step it comes after', () => {
    expect(timeOrderLines(path)).toEqual([
      {
        edgeId: 'took-part',
        number: 1,
        undated: false,
        text: '2023 Azerbaijani offensive had participant Azerbaijani Armed Forces, 19–20 Sep 2023',
      },
      {
        edgeId: 'detained',
        number: 2,
        undated: false,
        text: 'Azerbaijani Armed Forces detained Ruben Vardanyan, 27 Sep 2023',
        order: 'after',
        follows: 'after step 1 (19–20 Sep 2023)',
      },
      { edgeId: 'visited', number: 3, undated: true, text: 'Ruben Vardanyan visited Stepanakert, undated: fits anywhere in time' },
    ]);
  });

  it('says a step on overlapping days can follow the one before rather than that it comes after it', () => {
    const overlapping: Path = {
      ...path,
      timeOrder: {
        steps: [
          { edgeId: 'took-part', dateFrom: '2023-09-01', dateTo: '2023-09-30', undated: false },
          { edgeId: 'detained', dateFrom: '2023-09-27', dateTo: '2023-09-27', undated: false, follows: { step: 0, order: 'overlapping' } },
          { edgeId: 'visited', undated: true },
        ],
      },
    };
    const [month, day] = timeOrderLines(overlapping);
    expect(month?.text).toMatch(/, 1–30 Sep 2023$/);
    expect(day?.follows).toBe('can follow step 1 (1–30 Sep 2023): their days overlap');
  });

  it('has nothing to say about a path found without time order', () => {
    expect(timeOrderLines({ ...path, timeOrder: undefined })).toEqual([]);
  });
});

describe('describeTimeOrderSearch', () => {
  it('says every path within the hops was checked when the search ran out of paths', () => {
    expect(describeTimeOrderSearch({ checked: 4, inOrder: 2, end: 'all', budgetMs: 1_000 })).toBe(
      'Checked all 4 paths within the hops allowed; 2 are in time order.',
    );
    expect(describeTimeOrderSearch({ checked: 1, inOrder: 1, end: 'all', budgetMs: 1_000 })).toBe(
      'Checked the one path within the hops allowed; 1 is in time order.',
    );
  });

  it('says longer paths were not checked when it stopped at its bound, so none found does not mean none exists', () => {
    expect(describeTimeOrderSearch({ checked: 50, inOrder: 0, end: 'bound', budgetMs: 1_000 })).toBe(
      'Checked the 50 shortest paths; none are in time order. Longer paths were not checked and may be in time order too.',
    );
  });

  it('says the time ran out, and that longer paths were not checked, when it stopped at its budget', () => {
    expect(describeTimeOrderSearch({ checked: 2, inOrder: 0, end: 'budget', budgetMs: 250 })).toContain(
      "The search's time (250 ms) ran out",
    );
    expect(describeTimeOrderSearch({ checked: 2, inOrder: 0, end: 'budget', budgetMs: 1_500 })).toContain(
      "The search's time (1.5 s) ran out",
    );
    expect(describeTimeOrderSearch({ checked: 12, inOrder: 1, end: 'budget', budgetMs: 1_000 })).toBe(
      "The search's time (1 s) ran out: checked the 12 shortest paths; 1 is in time order. Longer paths were not checked and may be in time order too.",
    );
  });

  it('says it stopped once it had the paths asked for', () => {
    expect(describeTimeOrderSearch({ checked: 7, inOrder: 3, end: 'enough', budgetMs: 1_000 })).toBe(
      'Found 3 paths in time order among the 7 shortest paths, as many as asked for; other paths were not checked.',
    );
    expect(describeTimeOrderSearch({ checked: 2, inOrder: 1, end: 'enough', budgetMs: 1_000 })).toBe(
      'Found a path in time order among the 2 shortest paths, as many as asked for; other paths were not checked.',
    );
    expect(describeTimeOrderSearch({ checked: 1, inOrder: 1, end: 'enough', budgetMs: 1_000 })).toBe(
      'The shortest path is in time order, as many as asked for; other paths were not checked.',
    );
    expect(describeTimeOrderSearch({ checked: 3, inOrder: 3, end: 'enough', budgetMs: 1_000 })).toBe(
      'The 3 shortest paths are in time order, as many as asked for; other paths were not checked.',
    );
  });
});

describe('describeNoneInOrder', () => {
  const within = 'within 6 hops';
  it('says none exists only when every path within the hops was checked', () => {
    expect(describeNoneInOrder({ checked: 4, inOrder: 0, end: 'all', budgetMs: 1_000 }, within)).toBe(
      'No path in time order within 6 hops.',
    );
    expect(describeNoneInOrder({ checked: 50, inOrder: 0, end: 'bound', budgetMs: 1_000 }, within)).toBe(
      'No path in time order among the 50 shortest.',
    );
    expect(describeNoneInOrder({ checked: 9, inOrder: 0, end: 'budget', budgetMs: 1_000 }, within)).toBe(
      "No path in time order among the 9 shortest; the search's time (1 s) ran out.",
    );
  });
});

describe('canLookLonger', () => {
  it('offers a longer search only when the time ran out and a longer one could look longer', () => {
    expect(canLookLonger({ checked: 9, inOrder: 0, end: 'budget', budgetMs: 1_000 }, undefined)).toBe(true);
    expect(canLookLonger({ checked: 50, inOrder: 0, end: 'bound', budgetMs: 1_000 }, undefined)).toBe(false);
    expect(canLookLonger({ checked: 4, inOrder: 1, end: 'all', budgetMs: 1_000 }, undefined)).toBe(false);
    expect(canLookLonger({ checked: 9, inOrder: 0, end: 'budget', budgetMs: LONGER_TIME_ORDER_BUDGET_MS }, undefined)).toBe(false);
  });

  it('never offers it again once asked, also when the server capped the longer search (bug: the same search, offered again)', () => {
    expect(canLookLonger({ checked: 20, inOrder: 0, end: 'budget', budgetMs: 5_000 }, LONGER_TIME_ORDER_BUDGET_MS)).toBe(false);
  });
});

describe('formatDuration', () => {
  it('says milliseconds below a second, seconds from one', () => {
    expect([1, 250, 1_000, 1_500, 10_000].map(formatDuration)).toEqual(['1 ms', '250 ms', '1 s', '1.5 s', '10 s']);
  });
});

// Words for the server's time-order explanation of a path ("… detained …, 27 Sep 2023 → after step 1 (19–20 Sep 2023)"); the order is the server's.
import type { Path, TimeOrderSearch, TimedStep } from '@kgx/contract';
import { formatDuration } from './durations.ts';
import { formatDateRange } from './partial-date.ts';
import { toPathSteps, type PathStep } from './path-steps.ts';

export interface TimeOrderLine {
  edgeId: string;
  /** 1-based, as the list shows it. */
  number: number;
  undated: boolean;
  /** "Azerbaijani Armed Forces detained Ruben Vardanyan, 27 Sep 2023", or "…, undated: fits anywhere in time". */
  text: string;
  /** "after step 1 (19–20 Sep 2023)"; absent for the first dated step and undated ones. */
  follows?: string;
  order?: NonNullable<TimedStep['follows']>['order'];
}

function when(step: TimedStep): string {
  return formatDateRange(step.dateFrom, step.dateTo);
}

function stepName(step: PathStep | undefined, edgeId: string): string {
  return step ? `${step.from.name} ${step.wording} ${step.to.name}` : edgeId;
}

/** One line per step of a path asked for in time order; empty when the server sent no explanation. */
export function timeOrderLines(path: Path): TimeOrderLine[] {
  const timed = path.timeOrder?.steps ?? [];
  const steps = new Map(toPathSteps(path).map((step) => [step.edge.id, step]));
  return timed.map((step, index) => {
    const named = stepName(steps.get(step.edgeId), step.edgeId);
    if (step.undated) return { edgeId: step.edgeId, number: index + 1, undated: true, text: `${named}, undated: fits anywhere in time` };
    const line: TimeOrderLine = { edgeId: step.edgeId, number: index + 1, undated: false, text: `${named}, ${when(step)}` };
    const before = step.follows === undefined ? undefined : timed[step.follows.step];
    if (step.follows === undefined || before === undefined) return line;
    const previous = `step ${step.follows.step + 1} (${when(before)})`;
    return {
      ...line,
      order: step.follows.order,
      follows: step.follows.order === 'after' ? `after ${previous}` : `can follow ${previous}: their days overlap`,
    };
  });
}

/** What a time-ordered search checked: "2 of the 4 shortest paths are in time order", and why it stopped where it did. */
export function describeTimeOrderSearch(search: TimeOrderSearch): string {
  const found = `${search.inOrder === 0 ? 'none' : search.inOrder} ${search.inOrder === 1 ? 'is' : 'are'} in time order`;
  const longer = 'Longer paths were not checked and may be in time order too.';
  const shortest = `the ${search.checked} shortest path${search.checked === 1 ? '' : 's'}`;
  switch (search.end) {
    case 'enough': {
      const stopped = 'as many as asked for; other paths were not checked.';
      if (search.checked === search.inOrder) {
        return `${search.checked === 1 ? 'The shortest path is' : `The ${search.checked} shortest paths are`} in time order, ${stopped}`;
      }
      return `Found ${search.inOrder === 1 ? 'a path' : `${search.inOrder} paths`} in time order among ${shortest}, ${stopped}`;
    }
    case 'bound':
      return `Checked ${shortest}; ${found}. ${longer}`;
    case 'budget':
      return `The search's time (${formatDuration(search.budgetMs)}) ran out: checked ${shortest}; ${found}. ${longer}`;
    case 'all': {
      const all = search.checked === 1 ? 'the one path' : `all ${search.checked} paths`;
      return `Checked ${all} within the hops allowed; ${found}.`;
    }
  }
}

/** How long a search the reader asks to keep looking may take, in ms; the server caps it at its query timeout. */
export const LONGER_TIME_ORDER_BUDGET_MS = 10_000;

/**
 * Whether a time-ordered search ran out of time and a longer one could check more: not once the reader has asked for
 * the longer search (the server may have capped it at its query timeout, and asking again would run the same search).
 */
export function canLookLonger(search: TimeOrderSearch, askedMs: number | undefined): boolean {
  return search.end === 'budget' && askedMs === undefined && search.budgetMs < LONGER_TIME_ORDER_BUDGET_MS;
}

/** Why a time-ordered search that found nothing in order found nothing, for the empty result. */
export function describeNoneInOrder(search: TimeOrderSearch, within: string): string {
  switch (search.end) {
    case 'all':
    case 'enough':
      return `No path in time order ${within}.`;
    case 'bound':
      return `No path in time order among the ${search.checked} shortest.`;
    case 'budget':
      return `No path in time order among the ${search.checked} shortest; the search's time (${formatDuration(search.budgetMs)}) ran out.`;
  }
}

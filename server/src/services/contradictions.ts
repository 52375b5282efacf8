// What a proposed relation may contradict in the graph: a statement where the graph holds its denial (or the other
// way round), and a date that cannot fall within the dates the graph gives the same relation.
import { earliestDay, latestDay } from '@kgx/contract';
import type { RelationFact } from '../graph/candidate-facts.ts';

/** Relation types that say the opposite of each other about the same subject and object. */
const OPPOSITES: ReadonlyMap<string, readonly string[]> = new Map([
  ['STATED', ['DENIED']],
  ['ACCUSED', ['DENIED']],
  ['REPORTED', ['DENIED']],
  ['DENIED', ['STATED', 'ACCUSED', 'REPORTED']],
]);

export interface ProposedRelation {
  type: string | undefined;
  date: string | undefined;
  subjectId: string | undefined;
}

/** In words, each relation of the graph between the same two entities that the proposal contradicts. */
export function describeContradictions(proposal: ProposedRelation, known: readonly RelationFact[]): string[] {
  if (proposal.type === undefined || proposal.subjectId === undefined) return [];
  const found: string[] = [];
  const opposite = OPPOSITES.get(proposal.type) ?? [];
  for (const fact of known) {
    if (fact.source === proposal.subjectId && opposite.includes(fact.type)) {
      found.push(`the graph holds ${fact.type} for the same subject and object (${fact.id})`);
    }
    if (fact.type === proposal.type && fact.source === proposal.subjectId && proposal.date !== undefined && fact.dateFrom && fact.dateTo) {
      const from = earliestDay(proposal.date);
      const to = latestDay(proposal.date);
      if (to < fact.dateFrom || from > fact.dateTo) {
        found.push(
          `the graph dates ${fact.id} ${fact.dateFrom === fact.dateTo ? fact.dateFrom : `${fact.dateFrom} to ${fact.dateTo}`}, this sentence ${proposal.date}`,
        );
      }
    }
  }
  return found;
}

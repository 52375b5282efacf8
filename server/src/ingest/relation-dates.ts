// The one rule for when a relation happened; the API serves its result and nobody recomputes it.
import { dayRange, earliestDay, latestDay, type EntityType } from '@kgx/contract';

export interface DatedRelation {
  source: string;
  target: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
  evidence: readonly { date?: string | undefined }[];
}

export interface DatedEntity {
  type: EntityType;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

/**
 * The first and last day a relation may cover: its own dates, else the span of its evidence's dates, else the dates
 * of an Event at either end (the target first: "detained during the offensive"). Null when nothing dates it.
 */
export function relationDays(relation: DatedRelation, entities: ReadonlyMap<string, DatedEntity>): { from: string; to: string } | null {
  const own = dayRange(relation.startDate, relation.endDate);
  if (own) return own;
  const evidenceDates = relation.evidence.flatMap((e) => (e.date ? [e.date] : []));
  if (evidenceDates.length > 0) {
    // Each partial date is an interval: the span runs from the earliest first day to the latest last day.
    const firstDays = evidenceDates.map(earliestDay).sort();
    const lastDays = evidenceDates.map(latestDay).sort();
    return { from: firstDays[0] ?? '', to: lastDays[lastDays.length - 1] ?? '' };
  }
  for (const end of [relation.target, relation.source]) {
    const entity = entities.get(end);
    if (entity?.type === 'Event') {
      const range = dayRange(entity.startDate, entity.endDate);
      if (range) return range;
    }
  }
  return null;
}

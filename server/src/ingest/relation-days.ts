// Applies the one dating rule again to relations whose evidence changed because another data set came or went.
import type { GraphClient } from '../graph/client.ts';
import { readRelationsToDate, setRelationDays } from '../graph/datasets.ts';
import { relationDays, type DatedEntity } from './relation-dates.ts';

export async function redateRelations(client: GraphClient, ids: readonly string[]): Promise<void> {
  const relations = await readRelationsToDate(client, ids);
  const rows = relations.map((relation) => {
    const ends = new Map<string, DatedEntity>(relation.ends.map((e) => [e.id, { ...e, type: e.type }]));
    const days = relationDays({ ...relation, evidence: relation.evidenceDates.map((date) => (date ? { date } : {})) }, ends);
    return { id: relation.id, source: relation.source, target: relation.target, dateFrom: days?.from ?? null, dateTo: days?.to ?? null };
  });
  await setRelationDays(client, rows);
}

// A data set for a test that needs a small graph of known ties: one document, a register whose one sentence is the
// evidence of every relation, and entities made from short names.
import type { EntityRecord, RelationRecord } from '@kgx/contract';
import type { DatasetBesideDemo } from './dataset-beside-demo.ts';

const QUOTE = 'The register lists these ties.';

/** A tie before its evidence: the register's sentence is added to each. */
export type Tie = Omit<RelationRecord, 'evidence'>;

export function registerEntity(
  id: string,
  type: string,
  name: string,
  description = 'An entity of a graph built for a test.',
): EntityRecord {
  return { id, type, name, aliases: [], description };
}

/** The data set `id`, its document `${id}-1` the register that every tie cites. */
export function registerDataset(id: string, entities: EntityRecord[], ties: readonly Tie[]): DatasetBesideDemo {
  const document = `${id}-1`;
  return {
    id,
    documents: [{ id: document, title: 'Register', kind: 'report', text: QUOTE }],
    entities,
    relations: ties.map((tie) => ({ ...tie, evidence: [{ documentId: document, quote: QUOTE }] })),
  };
}

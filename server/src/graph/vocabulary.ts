// The vocabularies data sets brought, as stored on their records, in the order the data sets arrived.
import { VocabularyFileSchema, type VocabularyFile } from '@kgx/contract';
import type { GraphClient } from './client.ts';

const READ_VOCABULARIES = `
MATCH (d:Dataset) WHERE d.vocabulary IS NOT NULL
RETURN d.id AS id, d.vocabulary AS vocabulary ORDER BY d.createdAt, d.id`;

export interface StoredVocabulary {
  dataset: string;
  vocabulary: VocabularyFile;
}

/** A record whose stored vocabulary no longer parses is skipped: it was checked when it was written. */
export async function readDatasetVocabularies(client: GraphClient): Promise<StoredVocabulary[]> {
  const records = await client.read(async (tx) => (await tx.run(READ_VOCABULARIES)).records);
  return records.flatMap((r) => {
    try {
      const parsed = VocabularyFileSchema.safeParse(JSON.parse(String(r.get('vocabulary'))));
      return parsed.success ? [{ dataset: String(r.get('id')), vocabulary: parsed.data }] : [];
    } catch {
      return [];
    }
  });
}

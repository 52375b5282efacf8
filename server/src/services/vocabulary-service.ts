// The vocabulary in use: the default one extended by every data set's own, read from the graph and kept until it changes.
import type { Vocabulary } from '@kgx/contract';
import { ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { readVocabularyInUse } from '../ingest/vocabulary-in-use.ts';

/** Named query parameters holding types, each to be checked against the vocabulary. */
export interface TypeParameters {
  entityTypes?: Record<string, readonly string[] | undefined>;
  relationTypes?: Record<string, readonly string[] | undefined>;
}

export class VocabularyService {
  private cached: Vocabulary | undefined;

  constructor(private readonly client: GraphClient) {}

  async current(): Promise<Vocabulary> {
    return this.cached ?? this.refresh();
  }

  /** Reads it again: after an import or a removal in this process, and whenever a caller names a type it does not know. */
  async refresh(): Promise<Vocabulary> {
    this.cached = await readVocabularyInUse(this.client);
    return this.cached;
  }

  /**
   * Refuses types the vocabulary does not have, naming the parameter. A type it does not know may come from an import
   * another process just made, so it looks again once before refusing.
   */
  async requireTypes(params: TypeParameters): Promise<void> {
    let unknown = this.unknownTypes(await this.current(), params);
    if (unknown.length > 0) unknown = this.unknownTypes(await this.refresh(), params);
    if (unknown.length === 0) return;
    throw new ValidationError(
      unknown.map((u) => `${u.parameter}: no ${u.kind} type '${u.value}' in the vocabulary`).join('; '),
      unknown.map((u) => ({ parameter: u.parameter, reason: `no ${u.kind} type '${u.value}' in the vocabulary` })),
    );
  }

  private unknownTypes(vocabulary: Vocabulary, params: TypeParameters) {
    const entityTypes = new Set(vocabulary.entityTypes.map((t) => t.name));
    const relationTypes = new Set(vocabulary.relationTypes.map((t) => t.type));
    const unknown: { parameter: string; kind: 'entity' | 'relation'; value: string }[] = [];
    // Named by position in the list, as the validator names a list item: `type.1`.
    for (const [name, values] of Object.entries(params.entityTypes ?? {})) {
      values?.forEach((value, i) => {
        if (!entityTypes.has(value)) unknown.push({ parameter: `${name}.${i}`, kind: 'entity', value });
      });
    }
    for (const [name, values] of Object.entries(params.relationTypes ?? {})) {
      values?.forEach((value, i) => {
        if (!relationTypes.has(value)) unknown.push({ parameter: `${name}.${i}`, kind: 'relation', value });
      });
    }
    return unknown;
  }
}

// Full-text search over names and aliases, re-ranked so exact matches come first.
import type { SearchQuery, SearchResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { searchEntities } from '../graph/search.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { rankSearchResults } from './search-ranking.ts';
import type { VocabularyService } from './vocabulary-service.ts';

export class SearchService {
  constructor(
    private readonly client: GraphClient,
    private readonly vocabulary: VocabularyService,
  ) {}

  async search(query: SearchQuery): Promise<SearchResponse> {
    await this.vocabulary.requireTypes({ entityTypes: { type: query.type } });
    const lucene = toLuceneQuery(query.q);
    if (lucene === null) return { query: query.q, results: [] };
    // Ask for more than shown, so an exact match that Lucene scored low still makes the cut after re-ranking.
    const hits = await searchEntities(this.client, { lucene, types: query.type, limit: Math.min(query.limit * 3, 150) });
    return { query: query.q, results: rankSearchResults(query.q, hits, query.limit) };
  }
}

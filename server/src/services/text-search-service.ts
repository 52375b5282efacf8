// Search over what the documents say: the sentences holding the words typed, with their document and the relations
// whose evidence quotes them, so a phrase ("ethnic cleansing", "passports") leads to who did what.
import type { TextHit, TextSearchQuery, TextSearchResponse } from '@kgx/contract';
import { ValidationError } from '../errors.ts';
import type { GraphClient } from '../graph/client.ts';
import { findDocumentsMatching, readRelationsQuoting, type QuotingRelation } from '../graph/text-search.ts';
import { searchWords, toExactLuceneQuery } from './lucene-query.ts';
import { findSentenceHits } from './sentence-hits.ts';

/** How many of the best-scoring documents are read for sentences. */
const MAX_DOCUMENTS = 20;

/** Where each quote of a relation stands in its document's text (every occurrence, since a quote may recur). */
function quoteSpans(text: string, quote: string): [number, number][] {
  const spans: [number, number][] = [];
  if (quote === '') return spans;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
  return spans;
}

export class TextSearchService {
  constructor(private readonly client: GraphClient) {}

  async search(query: TextSearchQuery): Promise<TextSearchResponse> {
    const words = searchWords(query.q);
    const lucene = toExactLuceneQuery(words);
    if (lucene === null) {
      throw new ValidationError(`q: '${query.q}' has no word to search for`, [{ parameter: 'q', reason: 'has no letters or digits' }]);
    }
    const documents = await findDocumentsMatching(this.client, { lucene, limit: MAX_DOCUMENTS });
    const found = documents.flatMap((doc) =>
      findSentenceHits(doc.text, { words, phrase: query.q, sentences: doc.sentences }).map((hit) => ({ doc, hit })),
    );
    // Phrase sentences first across documents; otherwise the index's order of documents, then reading order.
    found.sort((a, b) => Number(b.hit.phrase) - Number(a.hit.phrase));
    const kept = found.slice(0, query.limit);
    const relations = await readRelationsQuoting(this.client, [...new Set(kept.map(({ doc }) => doc.document.id))]);
    const hits: TextHit[] = kept.map(({ doc, hit }) => ({
      document: doc.document,
      start: hit.start,
      end: hit.end,
      text: doc.text.slice(hit.start, hit.end),
      matches: hit.matches,
      relations: relations
        .filter((r) => r.documentId === doc.document.id && quotesWithin(r, doc.text, hit))
        .map(({ subject, relation, object }) => ({ subject, relation, object })),
    }));
    return { hits, truncated: found.length > kept.length };
  }
}

/** A relation supports a sentence when one of its quotes from that document overlaps it. */
function quotesWithin(relation: QuotingRelation, text: string, sentence: { start: number; end: number }): boolean {
  return relation.relation.evidence.some(
    (item) =>
      'quote' in item &&
      item.documentId === relation.documentId &&
      quoteSpans(text, item.quote).some(([start, end]) => start < sentence.end && end > sentence.start),
  );
}

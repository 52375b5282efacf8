// Reading a quote out of evidence that may also be a record, for tests that expect the seed's sentences.
import { isQuoteEvidence, type Evidence, type QuoteEvidence } from '@kgx/contract';

/** The evidence as a quote of a document; a record where a quote was expected fails the test. */
export function asQuote(evidence: Evidence | undefined): QuoteEvidence | undefined {
  if (evidence === undefined) return undefined;
  if (!isQuoteEvidence(evidence)) throw new Error(`expected a quote of a document, got a record: ${JSON.stringify(evidence)}`);
  return evidence;
}

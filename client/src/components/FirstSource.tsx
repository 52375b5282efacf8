// A relation's first source in a table cell: its first quote (which opens the reader at that sentence), else its first
// record ("file, row N"), else a dash.
import { isQuoteEvidence, type Evidence } from '@kgx/contract';
import { recordProvenance } from '../domain/record-provenance.ts';
import { useDocumentCatalogue } from '../state/document-catalogue.ts';
import { useExplorer } from '../state/explorer-context.ts';

export interface FirstSourceProps {
  evidence: readonly Evidence[];
  /** Test ids are `${testId}-quote` and `${testId}-record`. */
  testId: string;
  /** Whether the quote's document is named under it. */
  withDocument?: boolean;
}

export function FirstSource({ evidence, testId, withDocument = false }: FirstSourceProps) {
  const { commands } = useExplorer();
  const documents = useDocumentCatalogue();
  const quote = evidence.find(isQuoteEvidence);
  if (quote) {
    return (
      <>
        <button
          type="button"
          className="table-quote"
          data-testid={`${testId}-quote`}
          title="Open the document at this sentence"
          onClick={() => commands.openDocument(quote.documentId, quote.quote)}
        >
          “{quote.quote}”
        </button>
        {withDocument ? <div className="muted small">{documents.get(quote.documentId)?.title ?? quote.documentId}</div> : null}
      </>
    );
  }
  const record = evidence.find((e) => !isQuoteEvidence(e));
  if (record && !isQuoteEvidence(record)) {
    return (
      <span className="table-record" data-testid={`${testId}-record`}>
        {recordProvenance(record)}
      </span>
    );
  }
  return <span className="muted">—</span>;
}

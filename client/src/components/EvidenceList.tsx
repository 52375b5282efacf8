// What a relation rests on: quotes, each with its document and date (a click opens it in the reader), and records,
// each with its file and row or its publisher and the cells it was read from.
import { isQuoteEvidence, type Evidence, type QuoteEvidence, type RecordEvidence } from '@kgx/contract';
import { formatPartialDate } from '../domain/partial-date.ts';
import { recordProvenance, safeSourceUrl } from '../domain/record-provenance.ts';
import { useDocumentCatalogue } from '../state/document-catalogue.ts';
import { useExplorer } from '../state/explorer-context.ts';

function QuoteItem({ item }: { item: QuoteEvidence }) {
  const { commands } = useExplorer();
  const document = useDocumentCatalogue().get(item.documentId);
  return (
    <li className="evidence-item" data-testid="evidence-item">
      <button
        type="button"
        className="evidence-quote"
        data-testid="evidence-quote"
        data-document-id={item.documentId}
        title="Open the document at this sentence"
        onClick={() => commands.openDocument(item.documentId, item.quote)}
      >
        “{item.quote}”
      </button>
      <div className="evidence-meta">
        <span className="evidence-document" title={item.documentId}>
          {document?.title ?? item.documentId}
        </span>
        {item.date ? <span className="evidence-date">{formatPartialDate(item.date)}</span> : null}
        {!item.date && document?.date ? <span className="evidence-date muted">published {formatPartialDate(document.date)}</span> : null}
      </div>
    </li>
  );
}

function RecordItem({ item }: { item: RecordEvidence }) {
  const url = safeSourceUrl(item.sourceUrl);
  return (
    <li className="evidence-item is-record" data-testid="evidence-item">
      <div className="evidence-record-source" data-testid="evidence-record">
        {recordProvenance(item)}
      </div>
      <dl className="evidence-cells" data-testid="evidence-cells">
        {Object.entries(item.record).map(([column, value]) => (
          <div key={column} className="evidence-cell">
            <dt>{column}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="evidence-meta">
        <span className="evidence-document">data set {item.datasetId}</span>
        {url ? (
          <a className="evidence-source-url" href={url} target="_blank" rel="noopener noreferrer nofollow">
            source
          </a>
        ) : null}
        {item.date ? <span className="evidence-date">{formatPartialDate(item.date)}</span> : null}
      </div>
    </li>
  );
}

export function EvidenceList({ evidence, compact = false }: { evidence: readonly Evidence[]; compact?: boolean }) {
  if (evidence.length === 0) {
    return (
      <p className="muted" data-testid="evidence-empty">
        No evidence recorded for this relation.
      </p>
    );
  }
  return (
    <ol className={`evidence-list${compact ? ' is-compact' : ''}`} data-testid="evidence-list">
      {evidence.map((item, index) =>
        isQuoteEvidence(item) ? <QuoteItem key={`q-${index}`} item={item} /> : <RecordItem key={`r-${index}`} item={item} />,
      )}
    </ol>
  );
}

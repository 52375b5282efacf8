// The quotes a relation rests on, each with its document and date; clicking a quote opens it in the reader.
import type { Evidence } from '@kgx/contract';
import { formatPartialDate } from '../domain/partial-date.ts';
import { useDocumentCatalogue } from '../state/document-catalogue.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function EvidenceList({ evidence, compact = false }: { evidence: readonly Evidence[]; compact?: boolean }) {
  const { commands } = useExplorer();
  const documents = useDocumentCatalogue();
  if (evidence.length === 0) {
    return (
      <p className="muted" data-testid="evidence-empty">
        No quoted evidence recorded for this relation.
      </p>
    );
  }
  return (
    <ol className={`evidence-list${compact ? ' is-compact' : ''}`} data-testid="evidence-list">
      {evidence.map((item, index) => {
        const document = documents.get(item.documentId);
        return (
          <li key={`${item.documentId}-${index}`} className="evidence-item" data-testid="evidence-item">
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
              {!item.date && document?.date ? (
                <span className="evidence-date muted">published {formatPartialDate(document.date)}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

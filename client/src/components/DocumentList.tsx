// Documents that mention an entity, newest first; each opens in the reader.
import type { DocumentSummary } from '@kgx/contract';
import { formatPartialDate } from '../domain/partial-date.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function DocumentList({ documents }: { documents: readonly DocumentSummary[] }) {
  const { commands } = useExplorer();
  if (documents.length === 0) return <p className="muted">No document in the corpus mentions it.</p>;
  const sorted = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <ul className="document-list" data-testid="entity-documents">
      {sorted.map((document) => (
        <li key={document.id}>
          <button
            type="button"
            className="document-link"
            data-testid="document-link"
            data-document-id={document.id}
            onClick={() => commands.openDocument(document.id)}
          >
            <span className="document-title">{document.title}</span>
            <span className="document-meta">
              {document.kind}
              {document.date ? ` · ${formatPartialDate(document.date)}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

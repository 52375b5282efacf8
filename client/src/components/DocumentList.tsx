// Documents that mention an entity, newest first; each opens in the reader. Its link serves every list of documents.
import type { DocumentSummary } from '@kgx/contract';
import { formatPartialDate } from '../domain/partial-date.ts';
import { useExplorer } from '../state/explorer-context.ts';

/** One document as a button that opens it in the reader; `extra` follows its kind and date. */
export function DocumentLink({ document, extra }: { document: DocumentSummary; extra?: string }) {
  const { commands } = useExplorer();
  return (
    <button
      type="button"
      className="document-link"
      data-testid="document-link"
      data-document-id={document.id}
      onClick={() => commands.openDocument(document.id)}
    >
      <span className="document-title">{document.title}</span>
      <span className="document-meta">{documentMeta(document, extra)}</span>
    </button>
  );
}

/** Kind, date and whatever else a list says of a document, joined with middle dots. */
export function documentMeta(document: DocumentSummary, extra?: string): string {
  return [document.kind, document.date ? formatPartialDate(document.date) : undefined, extra].filter(Boolean).join(' · ');
}

export function DocumentList({ documents }: { documents: readonly DocumentSummary[] }) {
  if (documents.length === 0) return <p className="muted">No document in the corpus mentions it.</p>;
  const sorted = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <ul className="document-list" data-testid="entity-documents">
      {sorted.map((document) => (
        <li key={document.id}>
          <DocumentLink document={document} />
        </li>
      ))}
    </ul>
  );
}

// The Documents tab: find the sentences that say something (with the relations they support), and every document.
import { useState, type FormEvent } from 'react';
import type { TextHit } from '@kgx/contract';
import { listDocuments } from '../api/documents.ts';
import { searchText } from '../api/text-search.ts';
import { countOf } from '../domain/counts.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { DocumentLink, documentMeta } from './DocumentList.tsx';
import { useRequest } from './use-request.ts';
import '../styles/documents.css';

/** The sentence with the words found marked; offsets are into the document, the sentence starts at `hit.start`. */
function MarkedSentence({ hit }: { hit: TextHit }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = hit.start;
  for (const [start, end] of hit.matches) {
    if (start > at) parts.push({ text: hit.text.slice(at - hit.start, start - hit.start), marked: false });
    parts.push({ text: hit.text.slice(start - hit.start, end - hit.start), marked: true });
    at = end;
  }
  if (at < hit.end) parts.push({ text: hit.text.slice(at - hit.start), marked: false });
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="text-hit-match">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function TextHits({ q }: { q: string }) {
  const { commands } = useExplorer();
  const result = useRequest(`text:${q}`, (signal) => searchText({ q, limit: 50 }, { signal }));
  if (result.status === 'loading')
    return (
      <p className="muted" role="status">
        Searching the documents…
      </p>
    );
  if (result.status === 'error')
    return (
      <p className="error-text" role="alert">
        {result.error}
      </p>
    );
  const { hits, truncated } = result.value;
  if (hits.length === 0)
    return (
      <p className="empty-result" data-testid="text-hits-empty">
        No sentence of the documents holds every word of “{q}”.
      </p>
    );
  return (
    <div data-testid="text-hits" data-hit-count={hits.length}>
      <p className="muted" role="status">
        {truncated ? `The first ${countOf(hits.length, 'sentence')}` : countOf(hits.length, 'sentence')} holding “{q}”
      </p>
      <ol className="evidence-list text-hits">
        {hits.map((hit) => (
          <li key={`${hit.document.id}:${hit.start}`} className="text-hit" data-testid="text-hit" data-document-id={hit.document.id}>
            <button
              type="button"
              className="text-hit-sentence"
              data-testid="text-hit-open"
              title="Open the document at this sentence"
              onClick={() => commands.openDocument(hit.document.id, hit.text)}
            >
              <MarkedSentence hit={hit} />
            </button>
            <span className="document-meta">
              {hit.document.title} · {documentMeta(hit.document)}
            </span>
            {hit.relations.length > 0 ? (
              <ul className="text-hit-relations" aria-label="Relations this sentence supports">
                {hit.relations.map((triple) => (
                  <li key={triple.relation.id}>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="text-hit-relation"
                      title="Put this relation on the canvas"
                      onClick={() =>
                        commands.addGraph(
                          { nodes: [triple.subject, triple.object], edges: [triple.relation] },
                          { select: [triple.relation.id] },
                        )
                      }
                    >
                      {triple.subject.name} {relationLabel(triple.relation.type)} {triple.object.name}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function AllDocuments() {
  const result = useRequest('documents', (signal) => listDocuments({ signal }));
  if (result.status === 'loading') return <p className="muted">Loading the documents…</p>;
  if (result.status === 'error')
    return (
      <p className="error-text" role="alert">
        {result.error}
      </p>
    );
  const documents = [...result.value.documents].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title),
  );
  if (documents.length === 0) return <p className="muted">No documents yet: import some in the Data tab.</p>;
  return (
    <ul className="document-list" data-testid="all-documents" data-document-count={documents.length}>
      {documents.map((document) => (
        <li key={document.id}>
          <DocumentLink document={document} extra={`${countOf(document.entityCount, 'entity', 'entities')} named`} />
        </li>
      ))}
    </ul>
  );
}

export function DocumentsPanel() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };
  return (
    <div className="panel-body documents-panel" data-testid="documents-panel">
      <form className="text-search" role="search" aria-label="Find in the documents" onSubmit={submit}>
        <label htmlFor="text-search-input">Find what the documents say</label>
        <div className="text-search-row">
          <input
            id="text-search-input"
            type="search"
            data-testid="text-search-input"
            placeholder="e.g. ethnic cleansing, passports"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button is-primary" data-testid="text-search-submit" disabled={draft.trim() === ''}>
            Find
          </button>
        </div>
      </form>
      {query !== '' ? <TextHits q={query} /> : null}
      <h3 className="panel-heading">All documents</h3>
      <AllDocuments />
    </div>
  );
}

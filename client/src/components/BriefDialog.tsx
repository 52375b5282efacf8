// The brief of some relations, as the server wrote it: sentences with clickable citations, the numbered sources, and
// buttons to copy it as Markdown or save it as Markdown or as a printable HTML page.
import { useEffect, useId, useRef, useState } from 'react';
import type { BriefRequestInput, BriefResponse, BriefSource } from '@kgx/contract';
import { explainRelations } from '../api/brief.ts';
import { briefFileName } from '../domain/brief-request.ts';
import { formatPartialDate } from '../domain/partial-date.ts';
import { recordProvenance } from '../domain/record-provenance.ts';
import { downloadBlob } from '../export/download.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useRequest } from './use-request.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on the button. */
const COPIED_MS = 2500;

function SourceItem({
  source,
  current,
  itemRef,
  onOpenDocument,
}: {
  source: BriefSource;
  current: boolean;
  itemRef: (element: HTMLLIElement | null) => void;
  onOpenDocument: (documentId: string, quote: string) => void;
}) {
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      className={`brief-source${current ? ' is-current' : ''}`}
      data-testid="brief-source"
      data-number={source.number}
      data-kind={source.kind}
      {...(source.kind === 'quote' ? { 'data-document-id': source.documentId } : {})}
    >
      <span className="brief-source-number">{source.number}.</span>
      {source.kind === 'quote' ? (
        <div className="brief-source-body">
          <q className="brief-quote" data-testid="brief-quote">
            {source.quote}
          </q>
          <div className="evidence-meta">
            <span className="evidence-document">{source.documentTitle}</span>
            <span className="evidence-date">{source.documentDate ? formatPartialDate(source.documentDate) : 'undated'}</span>
            <button
              type="button"
              className="link-button"
              data-testid="brief-open-document"
              title="Close the brief and open the document at this sentence"
              onClick={() => onOpenDocument(source.documentId, source.quote)}
            >
              Open the document
            </button>
          </div>
        </div>
      ) : (
        <div className="brief-source-body">
          <div className="evidence-record-source">Record: {recordProvenance(source)}</div>
          <dl className="evidence-cells">
            {Object.entries(source.cells).map(([column, value]) => (
              <div key={column} className="evidence-cell">
                <dt>{column}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="evidence-meta">
            <span className="evidence-document">data set {source.datasetId}</span>
          </div>
        </div>
      )}
    </li>
  );
}

function BriefBody({ brief, onOpenDocument }: { brief: BriefResponse; onOpenDocument: (documentId: string, quote: string) => void }) {
  const [current, setCurrent] = useState<number | null>(null);
  const sourceItems = useRef(new Map<number, HTMLLIElement>());

  function showSource(number: number) {
    setCurrent(number);
    const item = sourceItems.current.get(number);
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus({ preventScroll: true });
  }

  return (
    <>
      {brief.sentences.length === 0 ? (
        <p className="empty-result" data-testid="brief-empty">
          None of these relations is in the graph any more.
        </p>
      ) : (
        <div className="brief-sentences">
          {brief.sentences.map((sentence) => (
            <p key={sentence.relationId} className="brief-sentence" data-testid="brief-sentence" data-relation-id={sentence.relationId}>
              {sentence.text}
              {sentence.citations.length > 0 ? (
                <span className="brief-citations">
                  {' ['}
                  {sentence.citations.map((number, i) => (
                    <span key={number}>
                      {i > 0 ? ', ' : null}
                      <button
                        type="button"
                        className="citation-marker"
                        data-testid="brief-citation"
                        data-number={number}
                        aria-label={`Source ${number}`}
                        onClick={() => showSource(number)}
                      >
                        {number}
                      </button>
                    </span>
                  ))}
                  {']'}
                </span>
              ) : null}
            </p>
          ))}
        </div>
      )}
      {brief.sources.length > 0 ? (
        <section className="brief-sources-section">
          <h3 className="section-title">Sources</h3>
          <ol className="brief-sources" data-testid="brief-sources">
            {brief.sources.map((source) => (
              <SourceItem
                key={source.number}
                source={source}
                current={current === source.number}
                itemRef={(element) => {
                  if (element) sourceItems.current.set(source.number, element);
                  else sourceItems.current.delete(source.number);
                }}
                onOpenDocument={onOpenDocument}
              />
            ))}
          </ol>
        </section>
      ) : null}
      {brief.notFound.length > 0 ? (
        <p className="hint" data-testid="brief-not-found">
          {brief.notFound.length === 1 ? 'One relation' : `${brief.notFound.length} relations`} asked for{' '}
          {brief.notFound.length === 1 ? 'is' : 'are'} no longer in the graph.
        </p>
      ) : null}
    </>
  );
}

export function BriefDialog({ request, total, onClose }: { request: BriefRequestInput; total: number; onClose: () => void }) {
  const { commands } = useExplorer();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const loaded = useRequest(JSON.stringify(request), (signal) => explainRelations(request, { signal }));
  const brief = loaded.status === 'done' ? loaded.value : null;
  const [copy, setCopy] = useState<CopyState>('idle');

  // Modal: the rest of the page is inert while it is open; focus moves in, and back to the opener when it closes.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = window.setTimeout(() => setCopy('idle'), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [copy]);

  function copyMarkdown(markdown: string) {
    navigator.clipboard.writeText(markdown).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  function download(content: string, type: string, extension: 'md' | 'html') {
    if (!brief) return;
    downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), briefFileName(brief.title, extension));
  }

  function openDocument(documentId: string, quote: string) {
    onClose();
    commands.openDocument(documentId, quote);
  }

  return (
    <dialog
      ref={dialogRef}
      className="brief-dialog"
      aria-labelledby={titleId}
      data-testid="brief-dialog"
      data-status={loaded.status}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Handled here, so that the page's own Escape (clearing the selection) does not run as well.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="brief-header">
        <div>
          <div className="details-kicker">Brief</div>
          <h2 id={titleId} className="brief-title" data-testid="brief-title">
            {brief?.title ?? 'Explaining the connection…'}
          </h2>
          <div className="muted small">
            {countRelations(request.relationIds.length)}
            {total > request.relationIds.length ? ` (the first of ${total})` : ''}, in the order of events where dates allow
          </div>
        </div>
        <button
          ref={closeRef}
          type="button"
          className="icon-button is-large"
          aria-label="Close the brief"
          data-testid="brief-close"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="brief-actions">
        <button
          type="button"
          className="button is-small"
          data-testid="brief-copy"
          data-copied={copy === 'copied'}
          disabled={!brief}
          onClick={() => brief && copyMarkdown(brief.markdown)}
        >
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
        <button
          type="button"
          className="button is-small"
          data-testid="brief-download-markdown"
          disabled={!brief}
          onClick={() => brief && download(brief.markdown, 'text/markdown', 'md')}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button is-small"
          data-testid="brief-download-html"
          disabled={!brief}
          onClick={() => brief && download(brief.html, 'text/html', 'html')}
        >
          Download HTML
        </button>
        <span className="visually-hidden" role="status">
          {copy === 'copied' ? 'The brief is copied as Markdown.' : ''}
        </span>
        {copy === 'failed' ? (
          <span className="error-text small" role="alert">
            Could not copy: the browser did not allow it.
          </span>
        ) : null}
      </div>
      <div className="brief-body">
        {loaded.status === 'loading' ? (
          <p className="muted" role="status">
            Writing the brief…
          </p>
        ) : null}
        {loaded.status === 'error' ? (
          <p className="error-text" role="alert">
            Could not explain these relations: {loaded.error}
          </p>
        ) : null}
        {brief ? <BriefBody brief={brief} onOpenDocument={openDocument} /> : null}
      </div>
    </dialog>
  );
}

function countRelations(count: number): string {
  return `${count} relation${count === 1 ? '' : 's'}`;
}

// Reads a source document with the quoted sentence highlighted and scrolled to, and the entities it names clickable.
import { useEffect, useMemo, useRef } from 'react';
import type { GraphNode } from '@kgx/contract';
import { fetchDocument } from '../api/documents.ts';
import { findQuote, segmentDocument, type TextSegment } from '../domain/document-segments.ts';
import { formatPartialDate } from '../domain/partial-date.ts';
import { entityStyle } from '../graph-view/entity-style.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { EntityChip } from './EntityChip.tsx';
import { useRequest } from './use-request.ts';

export function DocumentReader({ documentId, quote }: { documentId: string; quote?: string }) {
  const { dispatch, commands } = useExplorer();
  const loaded = useRequest(documentId, (signal) => fetchDocument(documentId, { signal }));
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const response = loaded.status === 'done' ? loaded.value : null;
  const entities = useMemo(() => new Map((response?.mentions ?? []).map((m) => [m.entity.id, m.entity])), [response]);
  const quoteSpan = useMemo(() => (response && quote ? findQuote(response.document.text, quote) : null), [response, quote]);
  const segments = useMemo(
    () =>
      response
        ? segmentDocument(
            response.document.text,
            response.mentions.map((m) => ({ entityId: m.entity.id, spans: m.spans })),
            quoteSpan,
          )
        : [],
    [response, quoteSpan],
  );

  // Focus goes into the reader when it opens, and back to what opened it (a quote, a document) when it closes (bug:
  // closing the reader left the focus nowhere, and a keyboard user had to find their place again).
  useEffect(() => {
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    closeRef.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [segments]);

  function close() {
    dispatch({ type: 'reader/close' });
  }

  function showEntity(entity: GraphNode) {
    void commands.addEntity(entity.id);
  }

  function renderSegment(segment: TextSegment) {
    const entity = segment.entityId ? entities.get(segment.entityId) : undefined;
    if (!entity) return <span key={segment.start}>{segment.text}</span>;
    return (
      <button
        key={segment.start}
        type="button"
        className="mention"
        data-testid="document-mention"
        data-entity-id={entity.id}
        data-entity-type={entity.type}
        style={{ borderBottomColor: entityStyle(entity.type).colour }}
        title={`${entity.type}: ${entity.name} — add to the canvas`}
        onClick={() => showEntity(entity)}
      >
        {segment.text}
      </button>
    );
  }

  const before = segments.filter((s) => !s.highlighted && quoteSpan !== null && s.end <= quoteSpan[0]);
  const lit = segments.filter((s) => s.highlighted);
  const after = quoteSpan === null ? segments : segments.filter((s) => !s.highlighted && s.start >= quoteSpan[1]);

  return (
    <article
      className="document-reader"
      data-testid="document-reader"
      data-document-id={documentId}
      data-status={loaded.status}
      role="dialog"
      aria-labelledby="reader-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="reader-header">
        <div>
          <div className="details-kicker">Source document</div>
          <h2 className="reader-title" id="reader-title" data-testid="reader-title">
            {response?.document.title ?? documentId}
          </h2>
          {response ? (
            <div className="muted small">
              {response.document.kind}
              {response.document.date ? ` · ${formatPartialDate(response.document.date)}` : ''} · {response.document.id}
            </div>
          ) : null}
        </div>
        <button
          ref={closeRef}
          type="button"
          className="icon-button is-large"
          aria-label="Close the reader"
          data-testid="reader-close"
          onClick={close}
        >
          ×
        </button>
      </div>
      {quote && response && quoteSpan === null ? (
        <p className="hint" data-testid="quote-not-found">
          The quote “{quote}” could not be located word for word in this text.
        </p>
      ) : null}
      {loaded.status === 'loading' ? <p className="muted reader-body">Loading the document…</p> : null}
      {loaded.status === 'error' ? (
        <p className="error-text reader-body" role="alert">
          Could not open the document: {loaded.error}
        </p>
      ) : null}
      {response ? (
        <div className="reader-body" data-testid="document-text">
          {before.map(renderSegment)}
          {lit.length > 0 ? (
            <mark ref={markRef} className="highlighted-quote" data-testid="highlighted-quote">
              {lit.map(renderSegment)}
            </mark>
          ) : null}
          {after.map(renderSegment)}
        </div>
      ) : null}
      {response && response.mentions.length > 0 ? (
        <footer className="reader-footer">
          <div className="section-title">Named in this document</div>
          <div className="chip-list">
            {[...response.mentions]
              .sort((a, b) => b.spans.length - a.spans.length)
              .map((m) => (
                <EntityChip
                  key={m.entity.id}
                  id={m.entity.id}
                  name={m.entity.name}
                  type={m.entity.type}
                  onClick={() => showEntity(m.entity)}
                />
              ))}
          </div>
        </footer>
      ) : null}
    </article>
  );
}

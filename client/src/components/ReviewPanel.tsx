// The review queue: what extraction proposed from a data set's documents, one candidate at a time with its sentence,
// decided by mouse or keyboard (j/k to move, a to accept, r to reject, m to merge, u to undo, o to open the document).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CandidatesResponse, DatasetSummary, DocumentChanges, EntityCandidate, RelationCandidate } from '@kgx/contract';
import { describeError } from '../api/api-error.ts';
import { decideCandidate, fetchCandidates, startExtraction, undoDecision } from '../api/candidates.ts';
import { fetchDataset, fetchDatasets } from '../api/datasets.ts';
import { markSentence, type SentencePiece } from '../domain/candidate-sentence.ts';
import { candidatePage, describeCandidatePage } from '../domain/candidate-page.ts';
import { countOf } from '../domain/counts.ts';
import { defaultReviewDataset, reviewableDatasets } from '../domain/review-dataset.ts';
import { relationLabel } from '../domain/vocabulary.ts';
import { reloadDocumentCatalogue, useDocumentCatalogue } from '../state/document-catalogue.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { reloadStats } from '../state/use-stats.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { EntityAutocomplete } from './EntityAutocomplete.tsx';
import { useLastAnswer, useRequest } from './use-request.ts';

type Kind = 'relations' | 'entities';
type Candidate = { kind: 'relation'; value: RelationCandidate } | { kind: 'entity'; value: EntityCandidate };

const revisions = new WeakMap<object, number>();
let lastRevision = 0;
/** A number per object seen, so that a request key can say "the document list changed". */
function revisionOf(value: object): number {
  const known = revisions.get(value);
  if (known !== undefined) return known;
  lastRevision += 1;
  revisions.set(value, lastRevision);
  return lastRevision;
}

/** How often a running extraction is asked how far it has come. */
const POLL_MS = 1000;

function candidatesOf(response: CandidatesResponse | undefined, kind: Kind): Candidate[] {
  if (!response) return [];
  return kind === 'relations'
    ? response.relations.map((value) => ({ kind: 'relation', value }))
    : response.entities.map((value) => ({ kind: 'entity', value }));
}

function Sentence({ pieces }: { pieces: SentencePiece[] }) {
  return (
    <q className="candidate-sentence">
      {pieces.map((piece, i) =>
        piece.mark ? (
          <mark key={i} className={`is-${piece.mark}`} data-testid={`candidate-${piece.mark}`}>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </q>
  );
}

function describeChanges(changes: DocumentChanges): string {
  const parts = [
    countOf(changes.newEntities, 'new entity', 'new entities'),
    ...(changes.mergeSuggestions > 0 ? [`${changes.mergeSuggestions} that may be known`] : []),
    countOf(changes.newRelations, 'new relation'),
    ...(changes.corroborating > 0 ? [`${changes.corroborating} corroborating the graph`] : []),
    ...(changes.contradicting > 0 ? [`${changes.contradicting} that may contradict it`] : []),
  ];
  return parts.join(', ');
}

function extractionLine(dataset: DatasetSummary | undefined): string | null {
  const run = dataset?.extraction;
  if (!run) return null;
  if (run.status === 'queued') return 'Extraction is queued…';
  if (run.status === 'running') return `Extracting… ${run.processed} of ${countOf(run.documents, 'document')}`;
  if (run.status === 'failed') return `Extraction failed: ${run.error ?? 'see the server log'}`;
  return `Extraction proposed ${countOf(run.entities, 'entity', 'entities')} and ${countOf(run.relations, 'relation')} from ${countOf(run.documents, 'document')}.`;
}

export function ReviewPanel() {
  const { commands } = useExplorer();
  const vocabulary = useVocabulary();
  const [datasetsVersion, setDatasetsVersion] = useState(0);
  // A data set imported or removed in the Data panel reloads the document list: the data sets are read again with it.
  const catalogue = useDocumentCatalogue();
  const datasets = useRequest(`review-datasets-${datasetsVersion}-${revisionOf(catalogue)}`, (signal) => fetchDatasets({ signal }));
  const [chosen, setChosen] = useState<string | undefined>();
  const [kind, setKind] = useState<Kind>('relations');
  const [showAll, setShowAll] = useState(false);
  const [documentId, setDocumentId] = useState<string | undefined>();
  const [about, setAbout] = useState<{ id: string; name: string } | undefined>();
  const [ends, setEnds] = useState<Record<string, EndChoice>>({});
  const [listVersion, setListVersion] = useState(0);
  const [cursor, setCursor] = useState(0);
  const [types, setTypes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean; show?: RelationCandidate } | null>(null);
  // The candidates decided here, latest last: u undoes them one after another.
  const [decidedHere, setDecidedHere] = useState<string[]>([]);
  const listRef = useRef<HTMLOListElement>(null);
  // When the last candidate is decided from the keyboard the list goes: the note that takes its place keeps the keyboard,
  // so u still undoes.
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const keyboardInQueue = useRef(false);

  // Read again after every decision (the document list changes): the list before stays meanwhile.
  const list = useLastAnswer(datasets).value?.datasets ?? [];
  const withDocuments = reviewableDatasets(list);
  const datasetId = chosen ?? defaultReviewDataset(list)?.id;
  const dataset = list.find((d) => d.id === datasetId);
  const running = dataset?.extraction?.status === 'queued' || dataset?.extraction?.status === 'running';

  const filter = {
    status: showAll ? ('all' as const) : ('open' as const),
    ...(documentId ? { documentId } : {}),
    ...(about ? { entityId: about.id } : {}),
  };
  const candidates = useRequest(`candidates-${datasetId ?? ''}-${JSON.stringify(filter)}-${listVersion}`, (signal) =>
    datasetId === undefined ? Promise.resolve(undefined) : fetchCandidates(datasetId, filter, { signal }),
  );
  // While the list is read again after a decision, the one before stays on screen (and keeps the keyboard's focus);
  // decisions wait for the new one.
  const shown = useLastAnswer(candidates);
  const response = shown.value?.datasetId === datasetId ? shown.value : undefined;
  const settled = shown.fresh;
  const items = candidatesOf(response, kind);
  const index = Math.min(cursor, Math.max(items.length - 1, 0));
  const current = items[index];
  const page = candidatePage(index, items.length);
  const pageLine = describeCandidatePage(page, items.length);
  useEffect(() => {
    if (!keyboardInQueue.current || !settled) return;
    keyboardInQueue.current = false;
    (items.length === 0 ? emptyRef.current : listRef.current)?.focus({ preventScroll: true });
  }, [settled, items.length]);

  // While extraction runs, its record is read again until it ends; then the list is read again.
  useEffect(() => {
    if (!running || datasetId === undefined) return;
    const timer = setInterval(() => {
      fetchDataset(datasetId)
        .then(({ dataset: latest }) => {
          const status = latest.extraction?.status;
          if (status !== 'queued' && status !== 'running') {
            setDatasetsVersion((v) => v + 1);
            setListVersion((v) => v + 1);
          }
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, datasetId]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index, kind]);

  async function extract() {
    if (datasetId === undefined) return;
    setMessage(null);
    try {
      await startExtraction(datasetId);
      setDatasetsVersion((v) => v + 1);
    } catch (error) {
      setMessage({ text: `Could not start extraction: ${describeError(error)}`, error: true });
    }
  }

  async function act(
    work: () => Promise<string | { text: string; show?: RelationCandidate }>,
    decided: { decided?: string; undone?: string },
  ) {
    if (busy || !settled) return;
    setBusy(true);
    // A decision taken from the list leaves the keyboard in the list, though the candidate (and its buttons) goes.
    const fromList = (listRef.current?.contains(document.activeElement) ?? false) || document.activeElement === emptyRef.current;
    keyboardInQueue.current = fromList;
    try {
      const outcome = await work();
      setMessage(typeof outcome === 'string' ? { text: outcome } : outcome);
      setDecidedHere((ids) => [
        ...ids.filter((id) => id !== decided.undone && id !== decided.decided),
        ...(decided.decided ? [decided.decided] : []),
      ]);
      if (fromList) listRef.current?.focus({ preventScroll: true });
      setListVersion((v) => v + 1);
      reloadStats();
      reloadDocumentCatalogue();
    } catch (error) {
      setMessage({ text: describeError(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  function accept(candidate: Candidate | undefined) {
    if (!candidate || candidate.value.status !== 'open') return;
    if (candidate.kind === 'entity') {
      const type = types[candidate.value.id];
      void act(
        async () => {
          const { entity } = await decideCandidate(candidate.value.id, { decision: 'accept', ...(type ? { type } : {}) });
          return `Added “${entity?.name ?? candidate.value.name}” as ${entity?.type ?? candidate.value.type}.`;
        },
        { decided: candidate.value.id },
      );
      return;
    }
    const type = types[candidate.value.id] ?? candidate.value.type;
    const chosen = ends[candidate.value.id] ?? {};
    if (type === undefined) {
      setMessage({ text: 'Choose a relation type for this candidate before accepting it.', error: true });
      return;
    }
    void act(
      async () => {
        const { relation } = await decideCandidate(candidate.value.id, {
          decision: 'accept',
          type,
          ...(chosen.subject ? { subjectId: chosen.subject.id } : {}),
          ...(chosen.object ? { objectId: chosen.object.id } : {}),
        });
        return {
          text: `Accepted: ${relation?.subject.name ?? ''} — ${relationLabel(type)} → ${relation?.object.name ?? ''}.`,
          ...(relation ? { show: relation } : {}),
        };
      },
      { decided: candidate.value.id },
    );
  }

  function reject(candidate: Candidate | undefined) {
    if (!candidate || candidate.value.status !== 'open') return;
    void act(
      async () => {
        await decideCandidate(candidate.value.id, { decision: 'reject' });
        return 'Rejected: it will not be proposed again.';
      },
      { decided: candidate.value.id },
    );
  }

  function merge(candidate: Candidate | undefined) {
    if (!candidate || candidate.kind !== 'entity' || !candidate.value.mergeWith || candidate.value.status !== 'open') return;
    const target = candidate.value.mergeWith;
    void act(
      async () => {
        await decideCandidate(candidate.value.id, { decision: 'merge', entityId: target.id });
        return `“${candidate.value.name}” is now an alias of ${target.name}.`;
      },
      { decided: candidate.value.id },
    );
  }

  function undo() {
    const id = current && current.value.status !== 'open' ? current.value.id : decidedHere.at(-1);
    if (id === undefined) {
      setMessage({ text: 'Nothing decided here to undo.' });
      return;
    }
    void act(
      async () => {
        await undoDecision(id);
        return 'Undone.';
      },
      { undone: id },
    );
  }

  /** Both ends on the canvas (the second brings the relation to the first), the sentence open in the reader. */
  async function showOnCanvas(candidate: RelationCandidate) {
    const { object, subject } = candidate;
    if (object.id) await commands.addEntity(object.id);
    if (subject.id) await commands.addEntity(subject.id);
    commands.openDocument(candidate.documentId, candidate.quote);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const typing = event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement;
    if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, () => void> = {
      j: () => setCursor(Math.min(index + 1, items.length - 1)),
      ArrowDown: () => setCursor(Math.min(index + 1, items.length - 1)),
      k: () => setCursor(Math.max(index - 1, 0)),
      ArrowUp: () => setCursor(Math.max(index - 1, 0)),
      a: () => accept(current),
      r: () => reject(current),
      m: () => merge(current),
      u: undo,
      o: () => current && commands.openDocument(current.value.documentId, current.value.sentence.text),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const counts = response?.counts;
  return (
    <div className="review-panel" data-testid="review-panel">
      <p className="muted">
        Extraction proposes entities and relations from a data set’s documents, each pinned to its sentence. Nothing enters the graph until
        you accept it.
      </p>
      {datasets.status === 'error' ? (
        <p className="error-box" role="alert">
          Could not list the data sets: {datasets.error}
        </p>
      ) : null}
      {datasets.status === 'done' && withDocuments.length === 0 ? (
        <p className="muted" data-testid="review-no-documents">
          No data set holds documents yet: upload txt, md, html, pdf or docx files in the Data panel.
        </p>
      ) : null}
      {withDocuments.length > 0 ? (
        <div className="review-controls">
          <label>
            Data set{' '}
            <select
              data-testid="review-dataset"
              value={datasetId ?? ''}
              onChange={(e) => {
                setChosen(e.target.value);
                setDocumentId(undefined);
                setCursor(0);
                setDecidedHere([]);
              }}
            >
              {withDocuments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="review-extract" disabled={running} onClick={() => void extract()}>
            {dataset?.extraction ? 'Extract again' : 'Extract'}
          </button>
          <label className="inline-check">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show decided
          </label>
        </div>
      ) : null}
      {extractionLine(dataset) ? (
        <p className="muted" role="status" data-testid="review-extraction" data-status={dataset?.extraction?.status}>
          {extractionLine(dataset)}
        </p>
      ) : null}
      {response && response.documents.length > 0 ? (
        <ul className="review-report" data-testid="review-report" aria-label="What each document brings">
          {response.documents.map((changes) => (
            <li key={changes.documentId} data-testid="review-report-document" data-document-id={changes.documentId}>
              <button
                type="button"
                className="link-button"
                aria-pressed={documentId === changes.documentId}
                title={documentId === changes.documentId ? 'Show the candidates of every document' : 'Show only this document’s candidates'}
                onClick={() => {
                  setDocumentId(documentId === changes.documentId ? undefined : changes.documentId);
                  setCursor(0);
                }}
              >
                {catalogue.get(changes.documentId)?.title ?? changes.documentId}
              </button>
              : {describeChanges(changes)}
            </li>
          ))}
        </ul>
      ) : null}
      {about ? (
        <p className="review-filter" data-testid="review-about">
          Only candidates naming <strong>{about.name}</strong>{' '}
          <button type="button" className="link-button" onClick={() => setAbout(undefined)}>
            show all
          </button>
        </p>
      ) : null}
      {counts ? (
        <div className="tabs review-kinds" role="tablist" aria-label="Candidates">
          {(['relations', 'entities'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={kind === k}
              className={`tab${kind === k ? ' is-active' : ''}`}
              data-testid={`review-kind-${k}`}
              onClick={() => {
                setKind(k);
                setCursor(0);
              }}
            >
              {k === 'relations' ? 'Relations' : 'Entities'} ({counts[k].open} left)
            </button>
          ))}
        </div>
      ) : null}
      {message ? (
        <p
          className={message.error ? 'error-box' : 'review-message'}
          role={message.error ? 'alert' : 'status'}
          data-testid="review-message"
        >
          {message.text}{' '}
          {message.show ? (
            <button
              type="button"
              className="link-button"
              data-testid="review-show"
              onClick={() => message.show && void showOnCanvas(message.show)}
            >
              Show on the canvas
            </button>
          ) : null}
        </p>
      ) : null}
      {candidates.status === 'error' ? (
        <p className="error-box" role="alert">
          Could not read the candidates: {candidates.error}
        </p>
      ) : null}
      {response && items.length === 0 ? (
        <p
          ref={emptyRef}
          className="muted"
          data-testid="review-empty"
          tabIndex={decidedHere.length > 0 ? 0 : undefined}
          onKeyDown={(event) => {
            if (event.key !== 'u' || event.altKey || event.ctrlKey || event.metaKey) return;
            event.preventDefault();
            undo();
          }}
        >
          {showAll ? 'Nothing was proposed here.' : `No ${kind === 'relations' ? 'relation' : 'entity'} candidates left to review.`}
          {decidedHere.length > 0 ? ' Press u to undo the last decision.' : null}
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="muted small">j/k to move · a accept · r reject · m merge · u undo · o open the document</p>
          {pageLine ? (
            <p className="muted small" data-testid="candidate-page">
              {pageLine}: j and k go on to the next and the previous ones
            </p>
          ) : null}
          <ol
            ref={listRef}
            className="candidate-list"
            role="listbox"
            tabIndex={0}
            aria-label={kind === 'relations' ? 'Relation candidates' : 'Entity candidates'}
            aria-activedescendant={current ? `candidate-${current.value.id}` : undefined}
            data-testid="candidate-list"
            data-count={items.length}
            start={page.first + 1}
            onKeyDown={onKeyDown}
          >
            {items.slice(page.first, page.end).map((item, offset) => {
              const i = page.first + offset;
              return (
                <li
                  key={item.value.id}
                  id={`candidate-${item.value.id}`}
                  role="option"
                  aria-posinset={i + 1}
                  aria-setsize={items.length}
                  aria-selected={i === index}
                  className={`candidate-item${i === index ? ' is-current' : ''}`}
                  data-testid="candidate-item"
                  data-candidate-id={item.value.id}
                  data-status={item.value.status}
                  onClick={() => setCursor(i)}
                >
                  {item.kind === 'relation' ? (
                    <RelationCandidateView
                      candidate={item.value}
                      type={types[item.value.id] ?? item.value.type}
                      relationTypes={vocabulary.relationTypes.map((t) => t.type)}
                      onType={(type) => setTypes({ ...types, [item.value.id]: type })}
                      ends={ends[item.value.id] ?? {}}
                      editable={i === index && item.value.status === 'open'}
                      onEnd={(side, end) => setEnds({ ...ends, [item.value.id]: { ...ends[item.value.id], [side]: end } })}
                      onAbout={(end) => {
                        setAbout(end);
                        setCursor(0);
                      }}
                    />
                  ) : (
                    <EntityCandidateView
                      candidate={item.value}
                      type={types[item.value.id] ?? item.value.type}
                      entityTypes={vocabulary.entityTypes.map((t) => t.name)}
                      onType={(type) => setTypes({ ...types, [item.value.id]: type })}
                    />
                  )}
                  {i === index && item.value.status === 'open' ? (
                    <div className="candidate-actions">
                      <button type="button" data-testid="candidate-accept" disabled={busy} onClick={() => accept(item)}>
                        Accept (a)
                      </button>
                      <button type="button" data-testid="candidate-reject" disabled={busy} onClick={() => reject(item)}>
                        Reject (r)
                      </button>
                      {item.kind === 'entity' && item.value.mergeWith ? (
                        <button type="button" data-testid="candidate-merge" disabled={busy} onClick={() => merge(item)}>
                          Merge into {item.value.mergeWith.name} (m)
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                  {i === index && item.value.status !== 'open' ? (
                    <div className="candidate-actions">
                      <button type="button" data-testid="candidate-undo" disabled={busy} onClick={undo}>
                        Undo (u)
                      </button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** An end the reviewer chose instead of the proposed one. */
interface EndChoice {
  subject?: { id: string; name: string };
  object?: { id: string; name: string };
}

function CandidateEndView({
  end,
  side,
  chosen,
  editable,
  onEnd,
  onAbout,
}: {
  end: RelationCandidate['subject'];
  side: 'subject' | 'object';
  chosen: { id: string; name: string } | undefined;
  editable: boolean;
  onEnd: (end: { id: string; name: string }) => void;
  onAbout: (end: { id: string; name: string }) => void;
}) {
  const [changing, setChanging] = useState(false);
  const shown = chosen ?? (end.id ? { id: end.id, name: end.name } : undefined);
  return (
    <span className="candidate-end" data-testid={`candidate-${side}-end`}>
      {shown ? (
        <button
          type="button"
          className="link-button candidate-end-name"
          title={`Only the candidates naming ${shown.name}`}
          onClick={(e) => {
            e.stopPropagation();
            onAbout(shown);
          }}
        >
          {shown.name}
        </button>
      ) : (
        <strong title="A new entity, created when accepted">{end.name}</strong>
      )}
      {editable && !changing ? (
        <button type="button" className="link-button small" data-testid={`candidate-change-${side}`} onClick={() => setChanging(true)}>
          change
        </button>
      ) : null}
      {editable && changing ? (
        <EntityAutocomplete
          label={`The ${side} instead`}
          placeholder="An existing entity…"
          inputTestId={`candidate-${side}-input`}
          optionTestId={`candidate-${side}-option`}
          listTestId={`candidate-${side}-options`}
          autoFocus
          onPick={(picked) => {
            onEnd({ id: picked.id, name: picked.name });
            setChanging(false);
          }}
        />
      ) : null}
    </span>
  );
}

function RelationCandidateView({
  candidate,
  type,
  relationTypes,
  onType,
  ends,
  editable,
  onEnd,
  onAbout,
}: {
  candidate: RelationCandidate;
  type: string | undefined;
  relationTypes: string[];
  onType: (type: string) => void;
  ends: EndChoice;
  editable: boolean;
  onEnd: (side: 'subject' | 'object', end: { id: string; name: string }) => void;
  onAbout: (end: { id: string; name: string }) => void;
}) {
  const pieces = markSentence(candidate.sentence, [
    { ...candidate.subject, mark: 'subject' },
    { ...candidate.object, mark: 'object' },
  ]);
  const newEnd = (ends.subject ?? candidate.subject.id) === undefined || (ends.object ?? candidate.object.id) === undefined;
  return (
    <>
      <div className="candidate-triple">
        <CandidateEndView
          end={candidate.subject}
          side="subject"
          chosen={ends.subject}
          editable={editable}
          onEnd={(e) => onEnd('subject', e)}
          onAbout={onAbout}
        />
        <select
          aria-label="Relation type"
          data-testid="candidate-type"
          value={type ?? ''}
          disabled={candidate.status !== 'open'}
          onChange={(e) => onType(e.target.value)}
        >
          {type === undefined ? <option value="">related (choose a type)</option> : null}
          {relationTypes.map((t) => (
            <option key={t} value={t}>
              {relationLabel(t)}
            </option>
          ))}
        </select>
        <CandidateEndView
          end={candidate.object}
          side="object"
          chosen={ends.object}
          editable={editable}
          onEnd={(e) => onEnd('object', e)}
          onAbout={onAbout}
        />
        {candidate.status !== 'open' ? <span className={`candidate-status is-${candidate.status}`}> {candidate.status}</span> : null}
      </div>
      <Sentence pieces={pieces} />
      <p className="muted small candidate-why">
        {candidate.date ? `${candidate.date} · ` : ''}
        {candidate.why.rule}: “{candidate.why.words}”{newEnd && candidate.status === 'open' ? ' · accepting adds the new entity' : ''}
      </p>
      {candidate.corroborates ? (
        <p className="small candidate-corroborates" data-testid="candidate-corroborates">
          The graph already holds this relation: accepting adds this sentence as evidence.
        </p>
      ) : null}
      {(candidate.contradicts ?? []).map((line) => (
        <p key={line} className="small candidate-contradicts" data-testid="candidate-contradicts">
          May contradict: {line}
        </p>
      ))}
    </>
  );
}

function EntityCandidateView({
  candidate,
  type,
  entityTypes,
  onType,
}: {
  candidate: EntityCandidate;
  type: string;
  entityTypes: string[];
  onType: (type: string) => void;
}) {
  const pieces = markSentence(candidate.sentence, [{ start: candidate.start, end: candidate.end, mark: 'name' }]);
  return (
    <>
      <div className="candidate-triple">
        <strong>{candidate.name}</strong>{' '}
        <select
          aria-label="Entity type"
          data-testid="candidate-entity-type"
          value={type}
          disabled={candidate.status !== 'open'}
          onChange={(e) => onType(e.target.value)}
        >
          {entityTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        {candidate.status !== 'open' ? <span className={`candidate-status is-${candidate.status}`}> {candidate.status}</span> : null}
      </div>
      <Sentence pieces={pieces} />
      <p className="muted small candidate-why">
        {candidate.why.rule}: “{candidate.why.words}” · named in {countOf(candidate.occurrences, 'document')}
      </p>
      {candidate.mergeWith ? (
        <p className="small candidate-merge-hint" data-testid="candidate-merge-hint">
          May be {candidate.mergeWith.name} ({candidate.mergeWith.reason}).
        </p>
      ) : null}
    </>
  );
}

// The Data panel: every data set the graph was loaded from, with its state and counts, and its removal.
import { useState } from 'react';
import type { DatasetRemoval, DatasetSummary } from '@kgx/contract';
import { describeError } from '../api/api-error.ts';
import { fetchDatasets, removeDataset } from '../api/datasets.ts';
import { countOf, describeAccepted, describeCounts } from '../domain/counts.ts';
import { reloadDocumentCatalogue } from '../state/document-catalogue.ts';
import { useMayDo } from '../state/session-store.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { reloadStats } from '../state/use-stats.ts';
import { reloadVocabulary } from '../state/vocabulary-store.ts';
import { DatasetUpload } from './DatasetUpload.tsx';
import { useRequest } from './use-request.ts';

type Removal =
  | { status: 'idle' }
  | { status: 'confirming'; dataset: DatasetSummary }
  | { status: 'removing'; dataset: DatasetSummary }
  | { status: 'done'; dataset: DatasetSummary; removal: DatasetRemoval }
  | { status: 'error'; dataset: DatasetSummary; message: string };

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function DataPanel() {
  const { commands } = useExplorer();
  const [version, setVersion] = useState(0);
  const [removal, setRemoval] = useState<Removal>({ status: 'idle' });
  const datasets = useRequest(`datasets-${version}`, (signal) => fetchDatasets({ signal }));
  const mayEdit = useMayDo('editor');

  /** After an import or a removal: the list, the counts, the vocabulary and the documents may all have changed. */
  function reloadAfterChange() {
    setVersion((v) => v + 1);
    reloadStats();
    reloadVocabulary();
    reloadDocumentCatalogue();
  }

  async function remove(dataset: DatasetSummary) {
    setRemoval({ status: 'removing', dataset });
    try {
      const result = await removeDataset(dataset.id);
      setRemoval({ status: 'done', dataset, removal: result });
      reloadAfterChange();
      // What was on the canvas may have gone with the data set: start again from the overview.
      await commands.loadOverview();
    } catch (error) {
      setRemoval({ status: 'error', dataset, message: describeError(error) });
    }
  }

  return (
    <div className="data-panel" data-testid="data-panel">
      <p className="muted">
        Every import is a data set. Removing one takes away what only it supports; an entity or relation that another data set also names
        stays, with that one’s quotes.
      </p>
      {mayEdit ? (
        <DatasetUpload onImported={reloadAfterChange} />
      ) : (
        <p className="muted role-note" data-testid="data-read-only">
          Importing and removing data sets needs the editor role; ask an admin.
        </p>
      )}
      {removal.status === 'done' ? (
        <p className="dataset-removed" role="status" data-testid="dataset-removed">
          Removed “{removal.dataset.name}”: {describeCounts(removal.removal.removed)}.
        </p>
      ) : null}
      {removal.status === 'error' ? (
        <p className="error-box" role="alert" data-testid="dataset-error">
          Could not remove “{removal.dataset.name}”: {removal.message}
        </p>
      ) : null}
      {datasets.status === 'loading' ? <p className="muted">Loading the data sets…</p> : null}
      {datasets.status === 'error' ? (
        <p className="error-box" role="alert">
          Could not list the data sets: {datasets.error}
        </p>
      ) : null}
      {datasets.status === 'done' ? (
        datasets.value.datasets.length === 0 ? (
          <p className="muted" data-testid="datasets-empty">
            The graph is empty: no data set is loaded.
          </p>
        ) : (
          <ul className="dataset-list" data-testid="dataset-list" data-count={datasets.value.datasets.length}>
            {datasets.value.datasets.map((dataset) => (
              <li
                key={dataset.id}
                className="dataset-item"
                data-testid="dataset-item"
                data-dataset-id={dataset.id}
                data-status={dataset.status}
              >
                <div className="dataset-head">
                  <strong className="dataset-name">{dataset.name}</strong>
                  <span className={`dataset-status is-${dataset.status}`}>{dataset.status}</span>
                </div>
                <p className="dataset-counts" data-testid="dataset-counts">
                  {describeCounts(dataset.counts, { separator: ' · ' })}
                  {describeAccepted(dataset.accepted) ? ` · ${describeAccepted(dataset.accepted)}` : ''}
                </p>
                <p className="dataset-meta muted">
                  {dataset.format} · loaded {formatWhen(dataset.createdAt)}
                  {dataset.createdBy ? ` by ${dataset.createdBy}` : ''}
                  {dataset.files.length > 0 ? ` · ${countOf(dataset.files.length, 'file')}` : ''}
                </p>
                {dataset.error ? <p className="error-text small">{dataset.error}</p> : null}
                {removal.status === 'confirming' && removal.dataset.id === dataset.id ? (
                  <div className="dataset-confirm" role="group" aria-label={`Remove ${dataset.name}?`}>
                    <span>Remove “{dataset.name}” from the graph?</span>
                    <button type="button" className="is-danger" data-testid="dataset-remove-confirm" onClick={() => void remove(dataset)}>
                      Remove
                    </button>
                    <button type="button" data-testid="dataset-remove-cancel" onClick={() => setRemoval({ status: 'idle' })}>
                      Cancel
                    </button>
                  </div>
                ) : mayEdit ? (
                  <button
                    type="button"
                    data-testid="dataset-remove"
                    disabled={removal.status === 'removing'}
                    onClick={() => setRemoval({ status: 'confirming', dataset })}
                  >
                    {removal.status === 'removing' && removal.dataset.id === dataset.id ? 'Removing…' : 'Remove…'}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

// Bring your own data: choose files, format and mapping, preview what would land, import, and follow the import to its report.
import { useEffect, useRef, useState } from 'react';
import { DATASET_FORMATS, type DatasetFormat, type DatasetPreview, type DatasetSummary } from '@kgx/contract';
import { describeError } from '../api/api-error.ts';
import { fetchDataset, previewDataset, uploadDataset, type UploadRequest } from '../api/datasets.ts';
import { describeCounts } from '../domain/counts.ts';
import { DatasetReportView } from './DatasetReportView.tsx';

const FORMAT_LABELS: Record<DatasetFormat, string> = {
  native: 'Native data set (documents.json, entities.json, relations.json, texts)',
  csv: 'CSV or TSV (entities and relations)',
  ftm: 'FollowTheMoney entities (JSON lines)',
  text: 'Documents (txt, md, html, pdf, docx)',
};

/** How often an import's record is read while it runs. */
const POLL_MS = 500;

type Step =
  | { status: 'idle' }
  | { status: 'previewing' }
  | { status: 'previewed'; preview: DatasetPreview }
  | { status: 'uploading' }
  | { status: 'importing'; id: string; dataset?: DatasetSummary }
  | { status: 'finished'; dataset: DatasetSummary }
  | { status: 'error'; message: string };

export function DatasetUpload({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<DatasetFormat | ''>('');
  const [name, setName] = useState('');
  const [mapping, setMapping] = useState<File | undefined>(undefined);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [extract, setExtract] = useState(true);
  const [step, setStep] = useState<Step>({ status: 'idle' });
  // The poll outlives renders: it calls whatever onImported is current when the import ends.
  const onImportedRef = useRef(onImported);
  useEffect(() => {
    onImportedRef.current = onImported;
  });

  const request = (): UploadRequest => ({
    files,
    ...(format === '' ? {} : { format }),
    ...(name.trim() === '' ? {} : { name }),
    ...(mapping === undefined ? {} : { mapping }),
    skipBadRows,
    extract,
  });

  const importingId = step.status === 'importing' ? step.id : null;
  useEffect(() => {
    if (importingId === null) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { dataset } = await fetchDataset(importingId, { signal: controller.signal });
        if (dataset.status === 'done' || dataset.status === 'failed') {
          setStep({ status: 'finished', dataset });
          onImportedRef.current();
          return;
        }
        setStep({ status: 'importing', id: importingId, dataset });
      } catch (error) {
        if (controller.signal.aborted) return;
        setStep({ status: 'error', message: describeError(error) });
        return;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [importingId]);

  async function preview() {
    setStep({ status: 'previewing' });
    try {
      setStep({ status: 'previewed', preview: await previewDataset(request()) });
    } catch (error) {
      setStep({ status: 'error', message: describeError(error) });
    }
  }

  async function upload() {
    setStep({ status: 'uploading' });
    try {
      const { id } = await uploadDataset(request());
      setStep({ status: 'importing', id });
    } catch (error) {
      setStep({ status: 'error', message: describeError(error) });
    }
  }

  const busy = step.status === 'previewing' || step.status === 'uploading' || step.status === 'importing';
  const chosenFormat = format === '' ? undefined : format;

  return (
    <form className="dataset-upload" data-testid="dataset-upload" onSubmit={(e) => e.preventDefault()} aria-label="Import data">
      <h3 className="section-title">Import data</h3>
      <label className="field">
        <span className="field-label">Files</span>
        <input
          type="file"
          multiple
          data-testid="upload-files"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            setStep({ status: 'idle' });
          }}
        />
      </label>
      <label className="field">
        <span className="field-label">Format</span>
        <select data-testid="upload-format" value={format} onChange={(e) => setFormat(e.target.value as DatasetFormat | '')}>
          <option value="">Tell from the file names</option>
          {DATASET_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      {chosenFormat === undefined || chosenFormat === 'csv' ? (
        <label className="field">
          <span className="field-label">
            Mapping <span className="field-hint">CSV only, optional: which column is what</span>
          </span>
          <input type="file" accept=".json,.yaml,.yml" data-testid="upload-mapping" onChange={(e) => setMapping(e.target.files?.[0])} />
        </label>
      ) : null}
      <label className="field">
        <span className="field-label">
          Name <span className="field-hint">optional; the first file’s name otherwise</span>
        </span>
        <input type="text" data-testid="upload-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="checkbox-row">
        <input
          type="checkbox"
          data-testid="upload-skip-bad-rows"
          checked={skipBadRows}
          onChange={(e) => setSkipBadRows(e.target.checked)}
        />
        Import the good rows and report the bad ones (otherwise one bad row refuses the whole import)
      </label>
      <label className="checkbox-row">
        <input type="checkbox" data-testid="upload-extract" checked={extract} onChange={(e) => setExtract(e.target.checked)} />
        Propose entities and relations from documents for review (Review tab)
      </label>
      <div className="button-row">
        <button type="button" data-testid="upload-preview" disabled={files.length === 0 || busy} onClick={() => void preview()}>
          Preview
        </button>
        <button
          type="button"
          className="is-primary"
          data-testid="upload-import"
          disabled={files.length === 0 || busy}
          onClick={() => void upload()}
        >
          Import
        </button>
      </div>

      {step.status === 'previewing' ? <p className="muted">Checking the files…</p> : null}
      {step.status === 'uploading' ? <p className="muted">Uploading…</p> : null}
      {step.status === 'error' ? (
        <p className="error-box" role="alert" data-testid="upload-error">
          {step.message}
        </p>
      ) : null}
      {step.status === 'previewed' ? <PreviewView preview={step.preview} /> : null}
      {step.status === 'importing' ? (
        <p role="status" data-testid="upload-progress">
          Importing “{step.dataset?.name ?? step.id}”
          {step.dataset?.progress
            ? `: ${step.dataset.progress.phase} ${step.dataset.progress.written} of ${step.dataset.progress.total}`
            : '…'}
        </p>
      ) : null}
      {step.status === 'finished' ? (
        <div data-testid="upload-result" data-status={step.dataset.status}>
          {step.dataset.status === 'done' ? (
            <p role="status" className="dataset-imported">
              Imported “{step.dataset.name}”: {describeCounts(step.dataset.counts, { quotes: false })}.
            </p>
          ) : (
            <p role="alert" className="error-box">
              “{step.dataset.name}” was not imported: {step.dataset.error ?? 'it failed'}
            </p>
          )}
          {step.dataset.report ? (
            <DatasetReportView report={step.dataset.report} problemsTitle={step.dataset.status === 'done' ? 'Left out' : 'Problems'} />
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function PreviewView({ preview }: { preview: DatasetPreview }) {
  return (
    <div className="dataset-preview" data-testid="upload-preview-result" data-refused={preview.refused}>
      <p>
        As “{preview.name}” ({preview.format}): {describeCounts(preview.counts, { quotes: false })} would land.
        {preview.refused ? ' As asked, the import would be refused for the problems below.' : ''}
      </p>
      {preview.rows.length > 0 ? (
        <table className="report-table" data-testid="preview-rows">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Type</th>
              <th scope="col">Name</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, index) => (
              <tr key={index} data-testid="preview-row" data-kind={row.kind}>
                <td>{row.kind}</td>
                <td>{row.type}</td>
                <td>{row.label}</td>
                <td>
                  {row.file}, {row.record}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <DatasetReportView report={preview.report} problemsTitle="Problems" />
    </div>
  );
}

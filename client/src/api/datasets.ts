// The data set endpoints: list, one (with its import's progress and report), upload, preview, and removal.
import {
  DatasetPreviewSchema,
  DatasetRemovalSchema,
  DatasetResponseSchema,
  DatasetsResponseSchema,
  DatasetUploadResponseSchema,
  type DatasetFormat,
  type DatasetPreview,
  type DatasetRemoval,
  type DatasetResponse,
  type DatasetsResponse,
  type DatasetUploadResponse,
} from '@kgx/contract';
import { deleteJson, getJson, postForm, type RequestOptions } from './http.ts';

export function fetchDatasets(options: RequestOptions = {}): Promise<DatasetsResponse> {
  return getJson('/datasets', DatasetsResponseSchema, options);
}

export function fetchDataset(id: string, options: RequestOptions = {}): Promise<DatasetResponse> {
  return getJson(`/datasets/${encodeURIComponent(id)}`, DatasetResponseSchema, options);
}

export function removeDataset(id: string, options: RequestOptions = {}): Promise<DatasetRemoval> {
  return deleteJson(`/datasets/${encodeURIComponent(id)}`, DatasetRemovalSchema, options);
}

/** What the user chose in the upload form. */
export interface UploadRequest {
  files: readonly File[];
  /** Undefined: the server tells the format from the file names. */
  format?: DatasetFormat;
  name?: string;
  mapping?: File;
  skipBadRows: boolean;
  /** Propose entities and relations from documents once imported (the server's default for documents is on). */
  extract?: boolean;
}

function toForm(request: UploadRequest): FormData {
  const form = new FormData();
  if (request.format !== undefined) form.append('format', request.format);
  if (request.name !== undefined && request.name.trim() !== '') form.append('name', request.name.trim());
  if (request.skipBadRows) form.append('skipBadRows', 'true');
  if (request.extract === false) form.append('extract', 'false');
  for (const file of request.files) form.append('files', file, file.name);
  if (request.mapping !== undefined) form.append('mapping', request.mapping, request.mapping.name);
  return form;
}

export function uploadDataset(request: UploadRequest, options: RequestOptions = {}): Promise<DatasetUploadResponse> {
  return postForm('/datasets', toForm(request), DatasetUploadResponseSchema, options);
}

export function previewDataset(request: UploadRequest, options: RequestOptions = {}): Promise<DatasetPreview> {
  return postForm('/datasets/preview', toForm(request), DatasetPreviewSchema, options);
}

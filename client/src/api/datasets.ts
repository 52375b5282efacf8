// GET /api/datasets and DELETE /api/datasets/:id: what the graph was loaded from, and removing one of them.
import { DatasetRemovalSchema, DatasetsResponseSchema, type DatasetRemoval, type DatasetsResponse } from '@kgx/contract';
import { deleteJson, getJson, type RequestOptions } from './http.ts';

export function fetchDatasets(options: RequestOptions = {}): Promise<DatasetsResponse> {
  return getJson('/datasets', DatasetsResponseSchema, options);
}

export function removeDataset(id: string, options: RequestOptions = {}): Promise<DatasetRemoval> {
  return deleteJson(`/datasets/${encodeURIComponent(id)}`, DatasetRemovalSchema, options);
}

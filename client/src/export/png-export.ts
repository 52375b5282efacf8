// The PNG button's work: the canvas's picture with a caption and legend drawn beside or below it, so it stands on its own.
import { fetchDatasets } from '../api/datasets.ts';
import { describeExportedView, type ExportedViewInput } from './png-caption.ts';
import { drawExportPng } from './png-draw.ts';
import { recordPngExport } from './png-test-hook.ts';

export interface ViewPngInput extends Omit<ExportedViewInput, 'datasetNames' | 'vocabulary'> {
  /** The bare graph picture, as Cytoscape exports it. */
  picture: Blob;
  /** Pixels per CSS pixel it was drawn at. */
  pictureScale: number;
}

/** Data set names by id; none when the list cannot be had, and the caption then names data sets by id. */
async function loadDatasetNames(): Promise<Map<string, string>> {
  try {
    const { datasets } = await fetchDatasets();
    return new Map(datasets.map((dataset) => [dataset.id, dataset.name]));
  } catch {
    return new Map();
  }
}

export async function composeViewPng({ picture, pictureScale, ...view }: ViewPngInput): Promise<Blob> {
  const described = describeExportedView({ ...view, datasetNames: await loadDatasetNames() });
  const { blob, layout } = await drawExportPng({ picture, pictureScale, view: described });
  recordPngExport(described, layout);
  return blob;
}

// `window.__kgxPngExport`, for end-to-end tests only: what the last PNG export drew, as text, since a test cannot read
// the picture's pixels as words. Set only in a test build, like graph-view/test-hooks.ts.
import { TEST_HOOKS_ENABLED } from '../graph-view/test-hooks.ts';
import type { ExportedView } from './png-caption.ts';
import type { PngLayout } from './png-layout.ts';

export interface PngExportRecord {
  /** The caption's and footer's lines as written, before wrapping. */
  caption: string[];
  entityTypes: string[];
  relationTypes: string[];
  placement: PngLayout['placement'];
  width: number;
  height: number;
  /** Where the graph picture sits in the image, in pixels. */
  picture: PngLayout['picture'];
}

declare global {
  interface Window {
    __kgxPngExport?: PngExportRecord;
  }
}

export function recordPngExport(view: ExportedView, layout: PngLayout): void {
  if (!TEST_HOOKS_ENABLED) return;
  window.__kgxPngExport = {
    caption: [...view.caption, ...view.footer].map((line) => line.text),
    entityTypes: view.entityTypes.map((entry) => entry.type),
    relationTypes: view.relationTypes.map((entry) => entry.type),
    placement: layout.placement,
    width: layout.width,
    height: layout.height,
    picture: { ...layout.picture },
  };
}

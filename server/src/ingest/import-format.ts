// Which format an import is when the user does not say: a folder is a native data set, else the files' extensions tell.
import type { DatasetFormat } from '@kgx/contract';
import { DOCUMENT_FILE } from './document-text.ts';

const BY_EXTENSION: readonly (readonly [RegExp, DatasetFormat])[] = [
  [/\.(csv|tsv)$/i, 'csv'],
  [/\.(ftm\.json|ftm|jsonl|ndjson|json)$/i, 'ftm'],
  [DOCUMENT_FILE, 'text'],
];

/** The one format all the named files share, or undefined when they differ or none is recognised. */
export function guessFormat(names: readonly string[], isFolder: boolean): DatasetFormat | undefined {
  if (isFolder) return 'native';
  const formats = new Set(names.map((name) => BY_EXTENSION.find(([pattern]) => pattern.test(name))?.[1]));
  if (formats.size !== 1) return undefined;
  return [...formats][0];
}

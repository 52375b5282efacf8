// One reader per input format, each turning the user's files into the same unchecked records (source.ts).
import type { DatasetFormat } from '@kgx/contract';
import { DatasetError } from './problems.ts';
import { readCsvDataset } from './read-csv.ts';
import { readFtmDataset } from './read-ftm.ts';
import { readNativeDataset } from './read-native.ts';
import { readTextDocuments } from './read-text.ts';
import type { DatasetSource, InputFile } from './source.ts';

/** What to import: a native data set folder (one entry, the folder), or the files of another format. */
export interface ImportSource {
  format: DatasetFormat;
  files: InputFile[];
  /** For CSV: the file that says which column is what; conventional header names need none. */
  mapping?: InputFile;
  /** For an uploaded native folder: the names of its files, which identify the upload (its folder is temporary). */
  uploadedNames?: string[];
}

export async function readSource(source: ImportSource): Promise<DatasetSource> {
  switch (source.format) {
    case 'native': {
      const folder = source.files[0];
      if (source.files.length !== 1 || folder === undefined) {
        throw new DatasetError([{ file: '(import)', reason: 'a native data set is one folder' }]);
      }
      return readNativeDataset(folder.path);
    }
    case 'csv':
      return readCsvDataset(source.files, source.mapping);
    case 'ftm':
      return readFtmDataset(source.files);
    case 'text':
      return readTextDocuments(source.files);
  }
}

// What a reader hands to the checks: the records of each kind, unchecked, each able to say where it came from.

/** The records one file gave, in order. */
export interface SourceFile {
  file: string;
  records: unknown[];
  /** How a problem names record `index`: `3 (person:x)` in a JSON array, `row 4` in a CSV file. */
  locate(index: number): string;
}

/** Something a reader read and left out on purpose, said in the import report: never a silent drop. */
export interface SourceNotice {
  file: string;
  /** Where in the file, when it is about one record: `line 12`, `row 4`. */
  record?: string;
  reason: string;
}

/** A file as a user gave it: where it lies now (a temporary upload, or a path given to the CLI) and its own name. */
export interface InputFile {
  path: string;
  /** The name the data set lists and every problem names: the uploaded file name, or the CLI path's base name. */
  name: string;
}

/** Everything an input format read, before any check. Each format's reader (native, CSV, FollowTheMoney) fills the same. */
export interface DatasetSource {
  documents: SourceFile;
  entities: SourceFile;
  relations: SourceFile;
  /** The data set's own vocabulary file, unchecked, when it brings one. */
  vocabulary?: { file: string; raw: unknown };
  /** Files read that hold none of the records above (a mapping file), named so the data set lists them. */
  otherFiles?: string[];
  /** What was read and deliberately not imported (FollowTheMoney schemata the vocabulary does not model, say). */
  notices?: SourceNotice[];
  /** Reads the text of a document that names a file instead of carrying its text; the path stays inside the data set. */
  readText(file: string): Promise<string>;
}

// What a reader hands to the checks: the records of each kind, unchecked, each able to say where it came from.

/** The records one file gave, in order. */
export interface SourceFile {
  file: string;
  records: unknown[];
  /** How a problem names record `index`: `3 (person:x)` in a JSON array, `row 4` in a CSV file. */
  locate(index: number): string;
}

/** Everything an input format read, before any check. A reader of another format (CSV, FollowTheMoney) fills the same. */
export interface DatasetSource {
  documents: SourceFile;
  entities: SourceFile;
  relations: SourceFile;
  /** Reads the text of a document that names a file instead of carrying its text; the path stays inside the data set. */
  readText(file: string): Promise<string>;
}

// What is wrong with an input, said with its file, record and field, and the error that refuses it whole.

export interface DatasetProblem {
  file: string;
  /** Where in the file: `3 (person:x)` for a record of a JSON array, `row 4` for a CSV row. */
  record?: string;
  field?: string;
  reason: string;
}

export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(`data set rejected, nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export function formatProblem(p: DatasetProblem): string {
  const where = [
    p.file,
    p.record === undefined ? undefined : `record ${p.record}`,
    p.field === undefined ? undefined : `field '${p.field}'`,
  ];
  return `  ${where.filter(Boolean).join(': ')}: ${p.reason}`;
}

// An import's report as the API gives it: problems and notices, capped lists with their full counts.
import { MAX_REPORT_ENTRIES, type DatasetReport } from '@kgx/contract';
import type { DatasetProblem } from './problems.ts';
import type { SourceNotice } from './source.ts';

export function toReport(problems: readonly DatasetProblem[], notices: readonly SourceNotice[]): DatasetReport {
  return {
    problems: problems.slice(0, MAX_REPORT_ENTRIES),
    problemCount: problems.length,
    notices: notices.slice(0, MAX_REPORT_ENTRIES),
    noticeCount: notices.length,
  };
}

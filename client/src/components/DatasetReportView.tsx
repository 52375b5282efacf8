// An import's report: each problem with its file, record or row, field and why; and what was read but not imported.
import type { DatasetReport } from '@kgx/contract';
import { countOf } from '../domain/counts.ts';

export function DatasetReportView({ report, problemsTitle }: { report: DatasetReport; problemsTitle: string }) {
  if (report.problemCount === 0 && report.noticeCount === 0) return null;
  return (
    <div className="dataset-report" data-testid="dataset-report">
      {report.problemCount > 0 ? (
        <>
          <h4 className="section-title">
            {problemsTitle} ({report.problemCount})
          </h4>
          <table className="report-table" data-testid="report-problems">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Record</th>
                <th scope="col">Field</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem, index) => (
                <tr key={index} data-testid="report-problem">
                  <td>{problem.file}</td>
                  <td>{problem.record ?? '—'}</td>
                  <td>{problem.field ?? '—'}</td>
                  <td>{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problemCount > report.problems.length ? (
            <p className="muted small">and {countOf(report.problemCount - report.problems.length, 'more problem')}</p>
          ) : null}
        </>
      ) : null}
      {report.noticeCount > 0 ? (
        <>
          <h4 className="section-title">Read but not imported ({report.noticeCount})</h4>
          <ul className="report-notices" data-testid="report-notices">
            {report.notices.map((notice, index) => (
              <li key={index}>
                {notice.file}
                {notice.record ? `, ${notice.record}` : ''}: {notice.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

// What the graph is about, said on first load: the data sets it holds with their counts, and the span of time its
// dated events and relations cover.
import { fetchDatasets } from '../api/datasets.ts';
import { fetchTimelineHistogram } from '../api/timeline.ts';
import { describeAccepted, describeCounts } from '../domain/counts.ts';
import { formatDateRange } from '../domain/partial-date.ts';
import { useStats } from '../state/use-stats.ts';
import { useRequest } from './use-request.ts';

export function GraphAbout() {
  // Asked again when the graph's counts change (an import or a removal reloads them).
  const stats = useStats();
  const version = stats ? `${stats.totals.entities}:${stats.totals.relations}:${stats.totals.documents}` : '';
  const datasets = useRequest(`datasets:${version}`, (signal) => fetchDatasets({ signal }));
  const histogram = useRequest(`histogram:${version}`, (signal) => fetchTimelineHistogram({ signal }));
  const loaded = datasets.status === 'done' ? datasets.value.datasets.filter((d) => d.status === 'done') : [];
  const months = histogram.status === 'done' ? histogram.value.months : [];
  const first = months[0]?.month;
  const last = months.at(-1)?.month;
  if (loaded.length === 0 && !first) return null;
  return (
    <section className="graph-about" data-testid="graph-about" aria-labelledby="graph-about-title">
      <h3 className="section-title" id="graph-about-title">
        About this graph
      </h3>
      {loaded.length > 0 ? (
        <ul className="graph-about-datasets">
          {loaded.map((dataset) => (
            <li key={dataset.id} data-testid="graph-about-dataset" data-dataset-id={dataset.id}>
              <strong>{dataset.name}</strong>{' '}
              <span className="muted">
                {describeCounts(dataset.counts, { quotes: false })}
                {describeAccepted(dataset.accepted) ? `, ${describeAccepted(dataset.accepted)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {first && last ? (
        <p data-testid="graph-about-dates">
          Its dated events and relations span <strong>{formatDateRange(first, last)}</strong>.
        </p>
      ) : null}
    </section>
  );
}

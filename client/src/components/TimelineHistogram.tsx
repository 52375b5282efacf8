// A bar per year, month or day with how many dated items start in it, and two sliders that choose a range over the bars.
import type { DateRange } from '../domain/timeline.ts';
import { isBinInRange, type Histogram } from '../domain/timeline-histogram.ts';

export interface TimelineHistogramProps {
  histogram: Histogram;
  range: DateRange;
  onChange: (range: DateRange) => void;
  /** Without sliders the bars only show the range; it is chosen elsewhere. */
  sliders?: boolean;
}

const HEIGHT = 64;

function indexFor(histogram: Histogram, date: string | undefined, fallback: number): number {
  if (!date) return fallback;
  const key = date.slice(0, histogram.unit === 'year' ? 4 : histogram.unit === 'month' ? 7 : 10);
  const exact = histogram.bins.findIndex((b) => b.key === key && !b.overflow);
  if (exact >= 0) return exact;
  const after = histogram.bins.findIndex((b) => b.key > key && b.overflow !== 'after');
  return after < 0 ? histogram.bins.length - 1 : after;
}

export function TimelineHistogram({ histogram, range, onChange, sliders = true }: TimelineHistogramProps) {
  const last = histogram.bins.length - 1;
  const fromIndex = indexFor(histogram, range.from, 0);
  const toIndex = indexFor(histogram, range.to, last);
  const barWidth = 100 / histogram.bins.length;
  const first = histogram.bins[0];
  const final = histogram.bins[last];

  // The first and last positions leave that end open, so the end bins (and anything beyond) stay in.
  function setFrom(index: number) {
    const bin = histogram.bins[Math.min(index, toIndex)];
    const open = index <= 0 || !bin || bin.overflow !== undefined;
    onChange({ ...(open ? {} : { from: bin.key }), ...(range.to ? { to: range.to } : {}) });
  }

  function setTo(index: number) {
    const bin = histogram.bins[Math.max(index, fromIndex)];
    const open = index >= last || !bin || bin.overflow !== undefined;
    onChange({ ...(range.from ? { from: range.from } : {}), ...(open ? {} : { to: bin.key }) });
  }

  return (
    <div className="histogram" data-testid="timeline-histogram" data-unit={histogram.unit}>
      <svg
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        className="histogram-bars"
        role="img"
        aria-label={`Dated items per ${histogram.unit}`}
      >
        {histogram.bins.map((bin, i) => {
          const height = histogram.max === 0 ? 0 : Math.max(bin.count > 0 ? 3 : 0, (bin.count / histogram.max) * (HEIGHT - 4));
          return (
            <rect
              key={`${bin.overflow ?? 'bin'}:${bin.key}`}
              x={i * barWidth + barWidth * 0.1}
              y={HEIGHT - height}
              width={barWidth * 0.8}
              height={height}
              className={`bar${isBinInRange(bin, range) ? ' is-in' : ''}${bin.overflow ? ' is-overflow' : ''}`}
            >
              <title>
                {bin.label}: {bin.count}
              </title>
            </rect>
          );
        })}
      </svg>
      {sliders && histogram.bins.length > 1 ? (
        <div className="range-sliders">
          <input
            type="range"
            min={0}
            max={last}
            value={fromIndex}
            aria-label="Range start"
            aria-valuetext={histogram.bins[fromIndex]?.label}
            data-testid="timeline-slider-from"
            onChange={(e) => setFrom(Number(e.target.value))}
          />
          <input
            type="range"
            min={0}
            max={last}
            value={toIndex}
            aria-label="Range end"
            aria-valuetext={histogram.bins[toIndex]?.label}
            data-testid="timeline-slider-to"
            onChange={(e) => setTo(Number(e.target.value))}
          />
        </div>
      ) : null}
      <div className="histogram-axis">
        <span>{first?.label}</span>
        <span>{final?.label}</span>
      </div>
    </div>
  );
}

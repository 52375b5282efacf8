// The timeline: a histogram of dated events and relations on the canvas (or in the whole graph), and a range that dims
// or hides what falls outside.
import { useMemo } from 'react';
import { isBackwardsWindow } from '@kgx/contract';
import { formatDateRange, formatPartialDate } from '../domain/partial-date.ts';
import { buildHistogram } from '../domain/timeline-histogram.ts';
import { collectDaySpans, findOutsideRange, nodeDaySpan } from '../domain/timeline.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { TimelineState } from '../state/explorer-state.ts';
import { DateInput } from './DateInput.tsx';
import { EntityChip } from './EntityChip.tsx';
import { TimelineHistogram } from './TimelineHistogram.tsx';
import { WholeGraphTimeline } from './WholeGraphTimeline.tsx';

export function Timeline() {
  const { state, dispatch } = useExplorer();
  const timeline = state.timeline;
  // A patch over the state it lands on, not over this render's: playback sets the range long after it was started.
  const set = (patch: Partial<TimelineState>) => dispatch({ type: 'timeline/patch', patch });
  const wholeGraph = timeline.scope === 'graph';

  return (
    <div className="panel-body timeline" data-testid="timeline" data-scope={wholeGraph ? 'graph' : 'canvas'}>
      <div className="segmented" role="group" aria-label="What the timeline shows">
        <button
          type="button"
          className="segmented-option"
          aria-pressed={!wholeGraph}
          data-testid="timeline-scope-canvas"
          onClick={() => set({ scope: undefined })}
        >
          On the canvas
        </button>
        <button
          type="button"
          className="segmented-option"
          aria-pressed={wholeGraph}
          data-testid="timeline-scope-graph"
          onClick={() => set({ scope: 'graph' })}
        >
          Whole graph
        </button>
      </div>
      {wholeGraph ? <WholeGraphTimeline set={set} /> : <CanvasTimeline set={set} />}
    </div>
  );
}

function CanvasTimeline({ set }: { set: (patch: Partial<TimelineState>) => void }) {
  const { state, dispatch } = useExplorer();
  const nodeRecords = state.nodes;
  const edgeRecords = state.edges;
  const nodes = useMemo(() => Object.values(nodeRecords), [nodeRecords]);
  const edges = useMemo(() => Object.values(edgeRecords), [edgeRecords]);
  const spans = useMemo(() => collectDaySpans(nodes, edges), [nodes, edges]);
  const histogram = useMemo(() => buildHistogram(spans), [spans]);
  const timeline = state.timeline;
  const { from, to } = timeline;
  const range = useMemo(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const outside = useMemo(() => findOutsideRange(nodes, edges, range), [nodes, edges, range]);
  const events = useMemo(
    () =>
      nodes
        .map((node) => ({ node, span: nodeDaySpan(node) }))
        .filter((e): e is { node: (typeof nodes)[number]; span: NonNullable<ReturnType<typeof nodeDaySpan>> } => e.span !== null)
        .sort((a, b) => a.span.from.localeCompare(b.span.from)),
    [nodes],
  );

  const dated = spans.length;
  const undatedEvents = nodes.filter((n) => n.type === 'Event').length - events.length;
  const undatedRelations = edges.length - (dated - events.length);
  const undated = undatedEvents + undatedRelations;

  return (
    <>
      <p className="panel-intro">
        Events and dated relations on the canvas over time. Choose a range to {timeline.mode} what falls outside it; undated items stay.
      </p>
      {histogram.bins.length > 0 ? (
        <TimelineHistogram histogram={histogram} range={range} onChange={(next) => set({ from: next.from, to: next.to })} />
      ) : (
        <p className="muted" data-testid="timeline-empty">
          Nothing on the canvas is dated yet. Events and relations with dates will show here.
        </p>
      )}
      <div className="field-row">
        <DateInput label="From" testId="timeline-from" value={timeline.from} onChange={(from) => set({ from })} />
        <DateInput label="To" testId="timeline-to" value={timeline.to} onChange={(to) => set({ to })} />
      </div>
      {isBackwardsWindow(from, to) ? (
        <p className="field-error" role="alert" data-testid="timeline-range-error">
          “From” is after “To”: nothing dated can fall in this range.
        </p>
      ) : null}
      <div className="field-row align-center">
        <label className="checkbox-row" title="Hide what falls outside the range instead of dimming it">
          <input
            type="checkbox"
            data-testid="timeline-hide-toggle"
            checked={timeline.mode === 'hide'}
            onChange={(e) => set({ mode: e.target.checked ? 'hide' : 'dim' })}
          />
          Hide instead of dim
        </label>
        <button
          type="button"
          className="link-button"
          data-testid="timeline-reset"
          disabled={!timeline.from && !timeline.to}
          onClick={() => set({ from: undefined, to: undefined })}
        >
          Clear range
        </button>
      </div>
      <p className="muted small" data-testid="timeline-summary" data-outside={outside.size}>
        {dated} dated item{dated === 1 ? '' : 's'}
        {outside.size > 0 ? `, ${outside.size} outside the range (${timeline.mode === 'hide' ? 'hidden' : 'dimmed'})` : ''}
        {undated > 0 ? `; ${undated} undated, always shown` : ''}.
      </p>
      {events.length > 0 ? (
        <section className="details-section">
          <h3 className="section-title">Events on the canvas</h3>
          <ol className="event-list" data-testid="timeline-events">
            {events.map(({ node, span }) => (
              <li key={node.id} className={outside.has(node.id) ? 'is-outside' : ''}>
                <span className="event-date">{formatDateRange(node.startDate, node.endDate) || formatPartialDate(span.from)}</span>
                <EntityChip
                  id={node.id}
                  name={node.name}
                  type={node.type}
                  onClick={(id) => dispatch({ type: 'selection/set', ids: [id] })}
                />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

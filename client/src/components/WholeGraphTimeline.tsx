// The timeline over the whole graph: a histogram of every dated event and relation (counted by the server), "show what
// happened" in a range, and playback that steps a week or a month at a time with the canvas following.
import { useEffect, useMemo, useRef, useState } from 'react';
import { earliestDay, isBackwardsWindow, latestDay, type TimelineResponse } from '@kgx/contract';
import { fetchTimelineHistogram } from '../api/timeline.ts';
import { countOf } from '../domain/counts.ts';
import { buildMonthHistogram, type Histogram } from '../domain/timeline-histogram.ts';
import { stepWindow, windowAt, type PlaybackStep, type PlaybackStretch, type PlaybackWindow } from '../domain/timeline-playback.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { TimelineState } from '../state/explorer-state.ts';
import { DateInput } from './DateInput.tsx';
import { TimelineHistogram } from './TimelineHistogram.tsx';
import { useRequest } from './use-request.ts';

/** At most this many events and this many relations come onto the canvas for one "show what happened". */
const PERIOD_LIMIT = 100;
/** Fewer per playback step: a step should add a handful, not a crowd. */
const STEP_LIMIT = 40;
const SPEEDS = [
  { label: 'Slow', ms: 3000 },
  { label: 'Normal', ms: 1500 },
  { label: 'Fast', ms: 600 },
] as const;

interface Playback {
  step: PlaybackStep;
  speedMs: number;
  playing: boolean;
  window: PlaybackWindow | null;
  stretch: PlaybackStretch | null;
  /** The range chosen before playback took it over, given back on Stop. */
  before: { from?: string; to?: string } | null;
}

/** The regular bins' first and last days: the stretch shown by default and played, outliers left out. */
function regularStretch(histogram: Histogram): PlaybackStretch | null {
  const regular = histogram.bins.filter((b) => !b.overflow);
  const first = regular[0];
  const last = regular[regular.length - 1];
  return first && last ? { first: earliestDay(first.key), last: latestDay(last.key) } : null;
}

function describeResult(result: TimelineResponse): string {
  const shown = `${countOf(result.events.shown, 'event')} and ${countOf(result.relations.shown, 'relation')}`;
  if (!result.truncated) return `${shown} on the canvas.`;
  return `${shown} on the canvas, the earliest of ${countOf(result.events.total, 'event')} and ${countOf(result.relations.total, 'relation')} in this range: narrow it to see the rest.`;
}

export function WholeGraphTimeline({ set }: { set: (patch: Partial<TimelineState>) => void }) {
  const { state, commands } = useExplorer();
  const { from, to } = state.timeline;
  const range = useMemo(() => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) }), [from, to]);
  const answer = useRequest('timeline-histogram', (signal) => fetchTimelineHistogram({ signal }));
  const counts = answer.status === 'done' ? answer.value : null;
  const monthCounts = useMemo(() => (counts?.months ?? []).map((m) => ({ month: m.month, count: m.events + m.relations })), [counts]);
  const wholeHistogram = useMemo(() => buildMonthHistogram(monthCounts), [monthCounts]);
  const stretch = useMemo(() => regularStretch(wholeHistogram), [wholeHistogram]);
  const [zoomed, setZoomed] = useState(false);
  const [result, setResult] = useState<{ label: string; response: TimelineResponse } | null>(null);
  const [playback, setPlayback] = useState<Playback>({
    step: 'month',
    speedMs: SPEEDS[1].ms,
    playing: false,
    window: null,
    stretch: null,
    before: null,
  });
  const timer = useRef<number | undefined>(undefined);
  /** Counts the plays: the steps of one are one undo step and one Back step. */
  const plays = useRef(0);
  /** The latest playback, for the step that a timer starts after a render has passed. */
  const current = useRef(playback);
  current.current = playback;

  /** False once the panel is gone: a step whose request lands after that schedules no other (bug: playback ran on unseen). */
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  /** Zoomed in: the months of what is being played, else of the chosen range (both ends set). */
  const zoomStretch = zoomed
    ? (playback.stretch ?? (from && to && from <= to ? { first: earliestDay(from), last: latestDay(to) } : null))
    : null;
  const zoomFirst = zoomStretch?.first;
  const zoomLast = zoomStretch?.last;
  const histogram = useMemo(
    () => (zoomFirst && zoomLast ? buildMonthHistogram(monthCounts, { first: zoomFirst, last: zoomLast }) : wholeHistogram),
    [monthCounts, wholeHistogram, zoomFirst, zoomLast],
  );

  const totals = counts
    ? counts.months.reduce((sum, m) => ({ events: sum.events + m.events, relations: sum.relations + m.relations }), {
        events: 0,
        relations: 0,
      })
    : null;

  /** The range to ask for: the one chosen, its open ends closed by the data's first and last months. */
  function chosenWindow(): { from: string; to: string } | null {
    const first = counts?.months[0]?.month;
    const last = counts?.months[counts.months.length - 1]?.month;
    const windowFrom = from ?? first;
    const windowTo = to ?? last;
    return windowFrom && windowTo ? { from: windowFrom, to: windowTo } : null;
  }

  async function showChosen() {
    const chosen = chosenWindow();
    if (!chosen) return;
    const response = await commands.showPeriod(chosen, PERIOD_LIMIT);
    if (response) setResult({ label: 'This range', response });
  }

  async function showStep(step: PlaybackWindow, playStretch: PlaybackStretch, group?: { group: string; label: string }) {
    window.clearTimeout(timer.current);
    setPlayback((p) => ({ ...p, window: step }));
    set({ from: step.from, to: step.to });
    const response = await commands.showPeriod({ from: step.from, to: step.to }, STEP_LIMIT, group);
    if (!alive.current) return;
    if (response) setResult({ label: step.label, response });
    const now = current.current;
    if (!now.playing || now.window?.from !== step.from) return;
    const next = stepWindow(step, now.step, 1, playStretch);
    if (next) timer.current = window.setTimeout(() => void showStep(next, playStretch, group), now.speedMs);
    else setPlayback((p) => ({ ...p, playing: false }));
  }

  function play() {
    const chosen = from || to ? { first: from ? earliestDay(from) : stretch?.first, last: to ? latestDay(to) : stretch?.last } : stretch;
    const playStretch = playback.window && playback.stretch ? playback.stretch : chosen;
    if (!playStretch?.first || !playStretch.last) return;
    const resolved = { first: playStretch.first, last: playStretch.last };
    const resume = playback.window ? stepWindow(playback.window, playback.step, 1, resolved) : windowAt(resolved.first, playback.step);
    const start = resume ?? windowAt(resolved.first, playback.step);
    const next: Playback = {
      ...playback,
      playing: true,
      stretch: resolved,
      before: playback.before ?? range,
    };
    current.current = { ...next, window: start };
    setPlayback(next);
    plays.current += 1;
    void showStep(start, resolved, { group: `playback-${plays.current}`, label: `play the timeline from ${start.label}` });
  }

  function pause() {
    window.clearTimeout(timer.current);
    setPlayback((p) => ({ ...p, playing: false }));
  }

  function stepBy(direction: 1 | -1) {
    if (!playback.window || !playback.stretch) return;
    const next = stepWindow(playback.window, playback.step, direction, playback.stretch);
    if (!next) return;
    window.clearTimeout(timer.current);
    current.current = { ...playback, playing: false, window: next };
    setPlayback((p) => ({ ...p, playing: false }));
    void showStep(next, playback.stretch);
  }

  function stop() {
    window.clearTimeout(timer.current);
    const before = playback.before;
    setPlayback((p) => ({ ...p, playing: false, window: null, stretch: null, before: null }));
    set({ from: before?.from, to: before?.to });
  }

  return (
    <>
      <p className="panel-intro">
        Every dated event and relation in the graph, by the month it starts. Choose a range and show what happened in it, or play it a week
        or a month at a time: the canvas follows, and what falls outside the current step is{' '}
        {state.timeline.mode === 'hide' ? 'hidden' : 'dimmed'}.
      </p>
      {answer.status === 'error' ? (
        <p className="field-error" role="alert">
          Could not read the timeline: {answer.error}
        </p>
      ) : answer.status === 'loading' ? (
        <p className="muted">Reading the timeline…</p>
      ) : histogram.bins.length > 0 ? (
        <>
          <TimelineHistogram
            histogram={histogram}
            range={range}
            sliders={!zoomStretch}
            onChange={(next) => set({ from: next.from, to: next.to })}
          />
          <label className="checkbox-row" title="Show the months of the chosen range (or of what is being played) only">
            <input
              type="checkbox"
              data-testid="timeline-zoom"
              checked={zoomed}
              disabled={!zoomed && !(from && to) && !playback.stretch}
              onChange={(e) => setZoomed(e.target.checked)}
            />
            Zoom to the range
          </label>
        </>
      ) : (
        <p className="muted" data-testid="timeline-graph-empty">
          Nothing in the graph is dated yet.
        </p>
      )}
      {totals && counts ? (
        <p className="muted small" data-testid="timeline-graph-summary">
          {countOf(totals.events, 'dated event')} and {countOf(totals.relations, 'dated relation')} in the graph
          {counts.undated.events + counts.undated.relations > 0
            ? `; ${countOf(counts.undated.events, 'event')} and ${countOf(counts.undated.relations, 'relation')} undated`
            : ''}
          .
        </p>
      ) : null}
      <div className="field-row">
        <DateInput label="From" testId="timeline-from" value={from} onChange={(next) => set({ from: next })} />
        <DateInput label="To" testId="timeline-to" value={to} onChange={(next) => set({ to: next })} />
      </div>
      {isBackwardsWindow(from, to) ? (
        <p className="field-error" role="alert" data-testid="timeline-range-error">
          “From” is after “To”: nothing dated can fall in this range.
        </p>
      ) : null}
      <div className="field-row align-center">
        <button
          type="button"
          className="button is-primary"
          data-testid="timeline-show-period"
          disabled={!chosenWindow() || playback.playing || isBackwardsWindow(from, to)}
          onClick={() => void showChosen()}
        >
          Show what happened
        </button>
        <button
          type="button"
          className="link-button"
          data-testid="timeline-reset"
          disabled={!from && !to}
          onClick={() => set({ from: undefined, to: undefined })}
        >
          Clear range
        </button>
      </div>
      <section className="details-section playback" aria-label="Playback">
        <h3 className="section-title">Playback</h3>
        <div className="field-row align-center">
          <label className="field is-inline">
            <span className="field-label">Step</span>
            <select
              className="select"
              data-testid="playback-step"
              value={playback.step}
              disabled={playback.window !== null}
              onChange={(e) => setPlayback((p) => ({ ...p, step: e.target.value === 'week' ? 'week' : 'month' }))}
            >
              <option value="week">A week</option>
              <option value="month">A month</option>
            </select>
          </label>
          <label className="field is-inline">
            <span className="field-label">Speed</span>
            <select
              className="select"
              data-testid="playback-speed"
              value={playback.speedMs}
              onChange={(e) => setPlayback((p) => ({ ...p, speedMs: Number(e.target.value) }))}
            >
              {SPEEDS.map((speed) => (
                <option key={speed.ms} value={speed.ms}>
                  {speed.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="field-row align-center playback-controls">
          <button
            type="button"
            className="button is-small"
            aria-label="Step back"
            data-testid="playback-back"
            disabled={!playback.window}
            onClick={() => stepBy(-1)}
          >
            ◀
          </button>
          {playback.playing ? (
            <button type="button" className="button is-small" data-testid="playback-pause" onClick={pause}>
              Pause
            </button>
          ) : (
            <button type="button" className="button is-small is-primary" data-testid="playback-play" disabled={!stretch} onClick={play}>
              {playback.window ? 'Resume' : 'Play'}
            </button>
          )}
          <button
            type="button"
            className="button is-small"
            aria-label="Step forward"
            data-testid="playback-forward"
            disabled={!playback.window}
            onClick={() => stepBy(1)}
          >
            ▶
          </button>
          <button type="button" className="link-button" data-testid="playback-stop" disabled={!playback.window} onClick={stop}>
            Stop
          </button>
        </div>
        <p className="playback-window" aria-live="polite" data-testid="playback-window" data-from={playback.window?.from ?? ''}>
          {playback.window ? playback.window.label : 'Not playing.'}
        </p>
      </section>
      {result ? (
        <p className="muted small" data-testid="timeline-period-result" role="status">
          {result.label}: {describeResult(result.response)}
        </p>
      ) : null}
    </>
  );
}

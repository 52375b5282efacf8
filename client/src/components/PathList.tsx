// The paths found, each as readable steps with expandable evidence; choosing one highlights it alone.
import { useState } from 'react';
import type { Path } from '@kgx/contract';
import { pathToText, toPathSteps } from '../domain/path-steps.ts';
import { pathBrief } from '../domain/brief-request.ts';
import { formatDuration } from '../domain/durations.ts';
import {
  canLookLonger,
  describeNoneInOrder,
  describeTimeOrderSearch,
  LONGER_TIME_ORDER_BUDGET_MS,
  timeOrderLines,
} from '../domain/path-time-order.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { withoutTimeBudget, type PathResult } from '../state/explorer-state.ts';
import { EntityChip } from './EntityChip.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { ExplainButton } from './ExplainButton.tsx';

function PathSteps({ path }: { path: Path }) {
  const { dispatch } = useExplorer();
  const [open, setOpen] = useState<string | null>(null);
  const select = (id: string) => dispatch({ type: 'selection/set', ids: [id] });
  const steps = toPathSteps(path);
  const first = steps[0];
  return (
    <ol className="path-steps">
      {first ? (
        <li className="path-start">
          <EntityChip id={first.from.id} name={first.from.name} type={first.from.type} onClick={select} />
        </li>
      ) : null}
      {steps.map((step) => (
        <li
          key={step.edge.id}
          className={step.tie ? 'path-step is-tie' : 'path-step'}
          data-testid="path-step"
          data-edge-id={step.edge.id}
          data-tie={step.tie}
          title={step.tie ? 'An organ or member step: one body acts for the other' : undefined}
        >
          <button
            type="button"
            className="path-step-relation"
            aria-expanded={open === step.edge.id}
            data-testid="path-step-evidence-toggle"
            title="Show the evidence for this step"
            onClick={() => setOpen(open === step.edge.id ? null : step.edge.id)}
          >
            —{step.wording}→{' '}
            <span className="muted">
              ({step.edge.evidence.length} quote{step.edge.evidence.length === 1 ? '' : 's'})
            </span>
          </button>
          <EntityChip id={step.to.id} name={step.to.name} type={step.to.type} onClick={select} />
          {open === step.edge.id ? (
            <div className="path-step-evidence" data-testid="path-step-evidence">
              <EvidenceList evidence={step.edge.evidence} compact />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Why a path is in time order, step by step, as the server explained it. */
function PathTimeOrder({ path }: { path: Path }) {
  const lines = timeOrderLines(path);
  if (lines.length === 0) return null;
  return (
    <div className="path-time-order" data-testid="path-time-order">
      <p className="path-time-caption">In time order:</p>
      <ol className="path-time-steps">
        {lines.map((line) => (
          <li
            key={line.edgeId}
            data-testid="path-time-step"
            data-edge-id={line.edgeId}
            data-undated={line.undated}
            {...(line.order ? { 'data-order': line.order } : {})}
          >
            <span className="path-time-number">{line.number}.</span> {line.text}
            {line.follows ? <span className="path-time-follows"> → {line.follows}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function PathList({ result }: { result: PathResult }) {
  const { dispatch, commands } = useExplorer();
  if (result.status === 'loading') {
    return (
      <p className="muted" role="status" data-testid="path-loading">
        Finding paths…
      </p>
    );
  }
  if (result.status === 'error') {
    return (
      <p className="error-text" role="alert" data-testid="path-error">
        {result.error}
      </p>
    );
  }
  const hubs =
    result.hubDegree !== undefined ? (
      <p className="muted" data-testid="path-hub-cap">
        Not through hubs: entities with more than {result.hubDegree.toLocaleString('en')} relations.
      </p>
    ) : null;
  const lookLonger = () => {
    void commands.runPaths({ ...result.query, timeBudgetMs: LONGER_TIME_ORDER_BUDGET_MS });
  };
  const searched = (
    <>
      {result.timeOrder ? (
        <p className="muted" role="status" data-testid="path-time-order-summary" data-end={result.timeOrder.end}>
          {describeTimeOrderSearch(result.timeOrder)}
        </p>
      ) : null}
      {result.timeOrder && canLookLonger(result.timeOrder, result.query.timeBudgetMs) ? (
        <button type="button" className="button" data-testid="path-look-longer" onClick={lookLonger}>
          Keep looking, up to {formatDuration(LONGER_TIME_ORDER_BUDGET_MS)}
        </button>
      ) : null}
      {hubs}
    </>
  );
  if (result.paths.length === 0) {
    const { timeOrder } = result;
    const within = `within ${result.query.maxHops} hop${result.query.maxHops === 1 ? '' : 's'}${result.query.relation.length > 0 ? ' through the chosen relations' : ''}`;
    const throughHubs = () => {
      dispatch({ type: 'path-form/set', form: { throughHubs: true } });
      void commands.runPaths({ ...withoutTimeBudget(result.query), throughHubs: true });
    };
    return (
      <>
        <p className="empty-result" data-testid="path-empty">
          {timeOrder === undefined || timeOrder.checked === 0 ? `No connection ${within}.` : describeNoneInOrder(timeOrder, within)}
        </p>
        {searched}
        {result.hubDegree !== undefined ? (
          <button type="button" className="button" data-testid="path-retry-through-hubs" onClick={throughHubs}>
            Search through hubs too
          </button>
        ) : null}
      </>
    );
  }
  return (
    <div className="path-results" data-testid="path-results" data-path-count={result.paths.length}>
      <div className="results-header">
        <span>
          {result.paths.length} path{result.paths.length === 1 ? '' : 's'} found
        </span>
        {result.activeIndex !== null ? (
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'path/activate', index: null })}>
            Highlight all
          </button>
        ) : null}
      </div>
      {searched}
      <ol className="path-list">
        {result.paths.map((path, index) => (
          <li
            key={path.edgeIds.join('|') || index}
            className={`path-result${result.activeIndex === index ? ' is-active' : ''}`}
            data-testid="path-result"
            data-path-index={index}
            data-length={path.length}
          >
            <button
              type="button"
              className="path-summary"
              aria-pressed={result.activeIndex === index}
              title="Highlight this path alone"
              data-testid="path-text"
              onClick={() => dispatch({ type: 'path/activate', index: result.activeIndex === index ? null : index })}
            >
              <span className="path-length">
                {path.length} hop{path.length === 1 ? '' : 's'}
              </span>
              {pathToText(path)}
            </button>
            <PathSteps path={path} />
            <PathTimeOrder path={path} />
            <div className="path-actions">
              <ExplainButton ask={pathBrief(path)} testId="path-explain" className="button is-small" />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

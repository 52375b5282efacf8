// "Explain": opens the brief of some relations (a path's, a selection's, an entity's) in a dialog.
import { useState } from 'react';
import type { BriefAsk } from '../domain/brief-request.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// Loaded when a brief is first asked for.
const BriefDialog = onDemand(() => import('./BriefDialog.tsx'), 'BriefDialog');

export function ExplainButton({ ask, testId, className = 'button' }: { ask: BriefAsk; testId: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const count = ask.request.relationIds.length;
  return (
    <>
      <button
        type="button"
        className={className}
        data-testid={testId}
        disabled={count === 0}
        aria-haspopup="dialog"
        title={count === 0 ? 'No relation to explain' : 'A brief of these relations in sentences, each citing its sources'}
        onClick={() => setOpen(true)}
      >
        Explain
      </button>
      {open ? (
        <OnDemand fallback={null}>
          <BriefDialog request={ask.request} total={ask.total} onClose={() => setOpen(false)} />
        </OnDemand>
      ) : null}
    </>
  );
}

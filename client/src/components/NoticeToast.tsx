// A short message about the last thing that happened or failed; information fades, errors stay until closed.
import { useEffect } from 'react';
import { useExplorer } from '../state/explorer-context.ts';

const INFO_VISIBLE_MS = 6000;

export function NoticeToast() {
  const { state, dispatch } = useExplorer();
  const notice = state.notice;

  useEffect(() => {
    if (!notice || notice.kind !== 'info') return;
    const timer = window.setTimeout(() => dispatch({ type: 'notice/dismiss' }), INFO_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dispatch]);

  if (!notice) return null;
  return (
    <div
      className={`notice is-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={notice.kind}
    >
      <span>{notice.message}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        data-testid="notice-dismiss"
        onClick={() => dispatch({ type: 'notice/dismiss' })}
      >
        ×
      </button>
    </div>
  );
}

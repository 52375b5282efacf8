// Says where the API capped a neighborhood ("140 more relations") and offers to load more.
import { MAX_NEIGHBORS } from '@kgx/contract';
import { useExplorer } from '../state/explorer-context.ts';
import { selectTruncations } from '../state/view-selectors.ts';

const SHOWN_AT_ONCE = 3;

export function TruncationNotices() {
  const { state, commands } = useExplorer();
  const truncations = selectTruncations(state);
  if (truncations.length === 0) return null;
  return (
    <ul className="truncation-notices" aria-label="Capped neighbourhoods">
      {truncations.slice(0, SHOWN_AT_ONCE).map((t) => {
        const more = t.total - t.shown;
        const busy = `expand:${t.centerId}` in state.busy;
        const atCap = t.limit >= MAX_NEIGHBORS;
        return (
          <li key={t.centerId} className="truncation-notice" data-testid="truncation-notice" data-entity-id={t.centerId} data-more={more}>
            <span>
              <strong>{state.nodes[t.centerId]?.name}</strong>: truncated, {more} more relation{more === 1 ? '' : 's'} not shown
            </span>
            {atCap ? (
              <span className="muted">(the API returns at most {MAX_NEIGHBORS})</span>
            ) : (
              <button
                type="button"
                className="link-button"
                data-testid="load-more"
                disabled={busy}
                onClick={() => void commands.loadMore(t.centerId)}
              >
                {busy ? 'Loading…' : 'Load more'}
              </button>
            )}
          </li>
        );
      })}
      {truncations.length > SHOWN_AT_ONCE ? (
        <li className="truncation-notice muted">and {truncations.length - SHOWN_AT_ONCE} more capped neighbourhoods</li>
      ) : null}
    </ul>
  );
}

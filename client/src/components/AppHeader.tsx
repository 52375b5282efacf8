// The top bar: the product's name, the search, and a one-line summary of the graph.
import { useHealthStatus } from '../state/health-store.ts';
import { countOf } from '../domain/counts.ts';
import { useStats } from '../state/use-stats.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { SearchBox } from './SearchBox.tsx';

/** `toolsOpen` and `onToggleTools` drive the button that shows or hides the tools (a drawer in a narrow window). */
export function AppHeader({ toolsOpen, onToggleTools }: { toolsOpen: boolean; onToggleTools: () => void }) {
  const stats = useStats();
  const health = useHealthStatus();
  return (
    <header className="app-header" data-testid="app-header">
      <button
        type="button"
        id={LANDMARK_IDS.toolsToggle}
        className="tools-toggle"
        data-testid="tools-toggle"
        aria-expanded={toolsOpen}
        aria-controls={LANDMARK_IDS.tools}
        title={toolsOpen ? 'Hide the tools' : 'Show the tools'}
        onClick={onToggleTools}
      >
        <span aria-hidden="true">☰</span>
        <span className="visually-hidden">Tools</span>
      </button>
      <div className="brand">
        <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
          <g stroke="#9fb3d9" strokeWidth="2.2">
            <line x1="9" y1="10" x2="22" y2="9" />
            <line x1="9" y1="10" x2="15" y2="23" />
            <line x1="22" y1="9" x2="15" y2="23" />
          </g>
          <circle cx="9" cy="10" r="4.2" fill="#4f7fe0" />
          <circle cx="22" cy="9" r="3.6" fill="#e08a3c" />
          <circle cx="15" cy="23" r="4.6" fill="#d4534f" />
        </svg>
        <h1 className="brand-name">Graph Explorer</h1>
      </div>
      <SearchBox />
      <div className="header-stats" data-testid="header-stats">
        {stats ? (
          <span className="header-counts">
            {countOf(stats.totals.entities, 'entity', 'entities')} · {countOf(stats.totals.relations, 'relation')} ·{' '}
            {countOf(stats.totals.evidence, 'quote')} · {countOf(stats.totals.documents, 'document')}
          </span>
        ) : null}
        <span
          className={`health-dot is-${health.availability}`}
          data-testid="health-indicator"
          data-availability={health.availability}
          title={
            health.availability === 'available'
              ? `Connected${health.neo4jVersion ? ` (Neo4j ${health.neo4jVersion})` : ''}`
              : health.availability === 'unknown'
                ? 'Checking…'
                : 'Unavailable'
          }
        />
        <AccountMenu />
      </div>
    </header>
  );
}

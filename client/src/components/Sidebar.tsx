// The left sidebar: tabs for Explore, Paths, Who did what, Timeline, Cypher, Data, Review and Admin; panels stay mounted so their work survives a switch.
import type { ReactNode } from 'react';
import type { Role } from '@kgx/contract';
import { useMayDo } from '../state/session-store.ts';
import { useExplorer } from '../state/explorer-context.ts';
import type { PanelId } from '../state/explorer-state.ts';
import { AdminPanel } from './AdminPanel.tsx';
import { CypherConsole } from './CypherConsole.tsx';
import { DataPanel } from './DataPanel.tsx';
import { ExplorePanel } from './ExplorePanel.tsx';
import { PathFinder } from './PathFinder.tsx';
import { RelationQuery } from './RelationQuery.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { Timeline } from './Timeline.tsx';

const TABS: { id: PanelId; title: string; render: () => ReactNode; needs?: Role }[] = [
  { id: 'explore', title: 'Explore', render: () => <ExplorePanel /> },
  { id: 'paths', title: 'Paths', render: () => <PathFinder /> },
  { id: 'who', title: 'Who did what', render: () => <RelationQuery /> },
  { id: 'timeline', title: 'Timeline', render: () => <Timeline /> },
  { id: 'cypher', title: 'Cypher', render: () => <CypherConsole /> },
  { id: 'data', title: 'Data', render: () => <DataPanel /> },
  { id: 'review', title: 'Review', render: () => <ReviewPanel />, needs: 'editor' },
  { id: 'admin', title: 'Admin', render: () => <AdminPanel />, needs: 'admin' },
];

const WIDE_PANELS: readonly PanelId[] = ['who', 'cypher', 'review', 'admin'];

export function Sidebar() {
  const { state, dispatch } = useExplorer();
  const isAdmin = useMayDo('admin');
  const isEditor = useMayDo('editor');
  const tabs = TABS.filter((tab) => tab.needs === undefined || (tab.needs === 'admin' ? isAdmin : isEditor));
  // A shared link may open a panel this role does not have: show Explore instead.
  const panel = tabs.some((tab) => tab.id === state.panel) ? state.panel : 'explore';
  return (
    <nav className={`sidebar${WIDE_PANELS.includes(panel) ? ' is-wide' : ''}`} aria-label="Tools" data-testid="sidebar" data-panel={panel}>
      <div className="tabs" role="tablist" aria-label="Tools">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls={`panel-${tab.id}`}
            className={`tab${panel === tab.id ? ' is-active' : ''}`}
            data-testid={`tab-${tab.id}`}
            onClick={() => dispatch({ type: 'panel/set', panel: tab.id })}
          >
            {tab.title}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <section
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          className="tab-panel"
          data-testid={`panel-${tab.id}`}
          hidden={panel !== tab.id}
        >
          {tab.render()}
        </section>
      ))}
    </nav>
  );
}

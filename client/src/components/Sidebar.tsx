// The left sidebar: tabs for Explore, Paths, Who did what, Timeline, Cypher and Data; panels stay mounted so their work survives a switch.
import type { ReactNode } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import type { PanelId } from '../state/explorer-state.ts';
import { CypherConsole } from './CypherConsole.tsx';
import { DataPanel } from './DataPanel.tsx';
import { ExplorePanel } from './ExplorePanel.tsx';
import { PathFinder } from './PathFinder.tsx';
import { RelationQuery } from './RelationQuery.tsx';
import { Timeline } from './Timeline.tsx';

const TABS: { id: PanelId; title: string; render: () => ReactNode }[] = [
  { id: 'explore', title: 'Explore', render: () => <ExplorePanel /> },
  { id: 'paths', title: 'Paths', render: () => <PathFinder /> },
  { id: 'who', title: 'Who did what', render: () => <RelationQuery /> },
  { id: 'timeline', title: 'Timeline', render: () => <Timeline /> },
  { id: 'cypher', title: 'Cypher', render: () => <CypherConsole /> },
  { id: 'data', title: 'Data', render: () => <DataPanel /> },
];

const WIDE_PANELS: readonly PanelId[] = ['who', 'cypher'];

export function Sidebar() {
  const { state, dispatch } = useExplorer();
  return (
    <nav
      className={`sidebar${WIDE_PANELS.includes(state.panel) ? ' is-wide' : ''}`}
      aria-label="Tools"
      data-testid="sidebar"
      data-panel={state.panel}
    >
      <div className="tabs" role="tablist" aria-label="Tools">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={state.panel === tab.id}
            aria-controls={`panel-${tab.id}`}
            className={`tab${state.panel === tab.id ? ' is-active' : ''}`}
            data-testid={`tab-${tab.id}`}
            onClick={() => dispatch({ type: 'panel/set', panel: tab.id })}
          >
            {tab.title}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <section
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          className="tab-panel"
          data-testid={`panel-${tab.id}`}
          hidden={state.panel !== tab.id}
        >
          {tab.render()}
        </section>
      ))}
    </nav>
  );
}

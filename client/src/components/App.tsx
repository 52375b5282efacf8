// The explorer's layout: skip links, banner, header with search, tools on the left, canvas in the middle, details on the
// right; below NARROW_LAYOUT_QUERY the tools and the details become drawers over the canvas.
import { useState } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { useUrlSync } from '../state/use-url-sync.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { AppHeader } from './AppHeader.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { NoticeToast } from './NoticeToast.tsx';
import { Sidebar } from './Sidebar.tsx';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { SkipLinks } from './SkipLinks.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { useNarrowLayout } from './use-narrow-layout.ts';
import { onDemand, OnDemand } from './on-demand.tsx';

// Loaded when a document is first opened.
const DocumentReader = onDemand(() => import('./DocumentReader.tsx'), 'DocumentReader');

export function App() {
  const { state } = useExplorer();
  useUrlSync();
  useKeyboardShortcuts();
  // Relations and types are worded with the vocabulary everywhere: when it arrives (a moment after the page opens) or
  // changes (an import), the whole page reads it again.
  useVocabulary();
  const narrow = useNarrowLayout();
  // Docked tools are shown until hidden; the drawer is closed until opened. A panel switch (a "find paths from here"
  // in the details, a link) opens the drawer on the panel it switched to.
  const [toolsChoice, setToolsChoice] = useState<{ narrow: boolean; open: boolean }>({ narrow, open: !narrow });
  const [seenPanel, setSeenPanel] = useState(state.panel);
  let toolsOpen = toolsChoice.narrow === narrow ? toolsChoice.open : !narrow;
  if (seenPanel !== state.panel) {
    setSeenPanel(state.panel);
    if (!toolsOpen) setToolsChoice({ narrow, open: true });
    toolsOpen = true;
  }
  const setToolsOpen = (open: boolean) => setToolsChoice({ narrow, open });

  return (
    <div className="app">
      <SkipLinks onBeforeSkip={(target) => target === LANDMARK_IDS.tools && setToolsOpen(true)} />
      <StatusBanner />
      <AppHeader toolsOpen={toolsOpen} onToggleTools={() => setToolsOpen(!toolsOpen)} />
      <div
        className={`workspace${toolsOpen ? ' has-tools' : ''}${state.selection.length > 0 ? ' has-selection' : ''}`}
        data-testid="workspace"
      >
        <Sidebar open={toolsOpen} {...(narrow ? { onClose: () => setToolsOpen(false) } : {})} />
        <main className="canvas-main" aria-label="Graph">
          <GraphCanvas />
        </main>
        <DetailsPanel narrow={narrow} />
        {state.reader ? (
          <OnDemand fallback={null}>
            <DocumentReader
              key={state.reader.documentId}
              documentId={state.reader.documentId}
              {...(state.reader.quote ? { quote: state.reader.quote } : {})}
            />
          </OnDemand>
        ) : null}
      </div>
      {/* With the page's own code: a notice may say the server stopped answering, when nothing more can be fetched. */}
      <NoticeToast />
    </div>
  );
}

// The explorer's layout: skip links, banner, header with search, tools on the left, canvas in the middle, details on the
// right; below NARROW_LAYOUT_QUERY the tools and the details become drawers over the canvas.
import { lazy, Suspense, useState } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import { useUrlSync } from '../state/use-url-sync.ts';
import { AppHeader } from './AppHeader.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { Sidebar } from './Sidebar.tsx';
import { LANDMARK_IDS } from './landmark-ids.ts';
import { SkipLinks } from './SkipLinks.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { useNarrowLayout } from './use-narrow-layout.ts';

// Loaded when a document is first opened.
// A notice follows something the reader did; the page opens without one.
const NoticeToast = lazy(() => import('./NoticeToast.tsx').then((m) => ({ default: m.NoticeToast })));
const DocumentReader = lazy(() => import('./DocumentReader.tsx').then((m) => ({ default: m.DocumentReader })));

export function App() {
  const { state } = useExplorer();
  useUrlSync();
  useKeyboardShortcuts();
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
          <Suspense fallback={null}>
            <DocumentReader
              key={state.reader.documentId}
              documentId={state.reader.documentId}
              {...(state.reader.quote ? { quote: state.reader.quote } : {})}
            />
          </Suspense>
        ) : null}
      </div>
      {state.notice ? (
        <Suspense fallback={null}>
          <NoticeToast />
        </Suspense>
      ) : null}
    </div>
  );
}

// The explorer's layout: banner, header with search, tools on the left, canvas in the middle, details on the right.
import { useExplorer } from '../state/explorer-context.ts';
import { useUrlSync } from '../state/use-url-sync.ts';
import { AppHeader } from './AppHeader.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { DocumentReader } from './DocumentReader.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { NoticeToast } from './NoticeToast.tsx';
import { Sidebar } from './Sidebar.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';

export function App() {
  const { state } = useExplorer();
  useUrlSync();
  useKeyboardShortcuts();
  return (
    <div className="app">
      <StatusBanner />
      <AppHeader />
      <main className="workspace">
        <Sidebar />
        <GraphCanvas />
        <DetailsPanel />
        {state.reader ? (
          <DocumentReader
            key={state.reader.documentId}
            documentId={state.reader.documentId}
            {...(state.reader.quote ? { quote: state.reader.quote } : {})}
          />
        ) : null}
      </main>
      <NoticeToast />
    </div>
  );
}

// Entry point: mounts the explorer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { SessionGate } from './components/SessionGate.tsx';
import { ExplorerProvider } from './state/ExplorerProvider.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/brief.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <SessionGate>
      <ExplorerProvider>
        <App />
      </ExplorerProvider>
    </SessionGate>
  </StrictMode>,
);

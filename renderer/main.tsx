import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Nothing ever lost: ask the browser not to evict this origin's IndexedDB under disk pressure.
// Chromium grants it silently for installed apps and localhost; a refusal changes nothing else.
void navigator.storage?.persist?.().catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

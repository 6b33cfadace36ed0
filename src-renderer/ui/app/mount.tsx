/** The interface: loaded by the entry (src-renderer/main.tsx) once it has started opening the workspace. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

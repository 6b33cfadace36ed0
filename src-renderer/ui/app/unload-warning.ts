/**
 * Closing or reloading the window while a change is still being written, or
 * failed and waits for Retry, asks first (`beforeunload`). The browser shows
 * its own "Leave site?" prompt; Electron asks the main process, which shows a
 * native dialog (src-main/index.ts, `will-prevent-unload`).
 */
import { useEffect } from 'react';
import { hasUnsavedWork } from '../../storage/save-status';

/** The `beforeunload` listener: cancels the unload (so the user is asked) while work would be lost. */
export function warnIfUnsaved(event: Pick<BeforeUnloadEvent, 'preventDefault' | 'returnValue'>, unsaved: () => boolean = hasUnsavedWork): void {
  if (!unsaved()) return;
  event.preventDefault();
  // Older Chromium (and Electron) look at returnValue rather than preventDefault.
  event.returnValue = '';
}

/** Installs `warnIfUnsaved` for the lifetime of the component. */
export function useUnloadWarning(): void {
  useEffect(() => {
    const listener = (event: BeforeUnloadEvent) => warnIfUnsaved(event);
    window.addEventListener('beforeunload', listener);
    return () => window.removeEventListener('beforeunload', listener);
  }, []);
}

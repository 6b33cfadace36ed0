/**
 * What the window does before its interface's code has even arrived: the
 * entry (src-renderer/main.tsx) calls `startWorkspace` first, then imports
 * the interface. Opening the workspace (looking at the version on disk,
 * creating or upgrading the database), reading the settings and loading the
 * editor's language take several round trips to IndexedDB; started here,
 * they run while the browser fetches and evaluates the interface (a few
 * hundred kilobytes), so the first render usually finds the workspace open
 * and the settings read, and draws the workbench once, in the editor's
 * language and theme — rather than drawing the gate, then nothing, then
 * the workbench.
 *
 * Nothing here renders or writes: a database from a newer app is still
 * only looked at (storage/upgrade.ts), and the gate shows why it was refused.
 */
import { ensureLocale } from '../../core/i18n';
import { readSettingsAhead } from '../../storage/settings-repo';
import { openTheWorkspace } from '../backup/workspace-opening';
import { resolveLocale } from './locale';

/** Opens the workspace, then reads the settings and loads their language, without waiting for the interface. */
export function startWorkspace(): void {
  void openTheWorkspace()
    .then(async (outcome) => {
      if (outcome.kind !== 'ready') return;
      const settings = await readSettingsAhead();
      await ensureLocale(resolveLocale(settings.uiLocale));
    })
    // A failed read or catalogue load is met again, and shown, where the
    // interface reads them (its error boundaries, I18nProvider's fallback).
    .catch(() => undefined);
}

/**
 * The workspace's state for this window, from the first line of the entry
 * module on: opening, open ('ready'), refused (a database from a newer app),
 * or failed. WorkspaceGate shows it; the entry starts the opening before the
 * interface's code has even been fetched (ui/app/boot.ts), so that the
 * database is usually open by the time React first renders.
 *
 * The guard against a newer app (storage/upgrade.ts `guardAgainstNewerVersion`)
 * is attached here, the moment the database is open, not when a component
 * mounts: a newer app upgrading the database in between would otherwise go
 * unnoticed, and Dexie would reopen the database on the next query.
 *
 * The state is a zustand store, the UI's one mechanism for shared state
 * (ui/app/store.ts). It is made with the vanilla `createStore`, and React
 * reads it in WorkspaceGate (zustand's `useStore`), so that the boot chunk,
 * which opens the workspace before the interface mounts, loads no React code.
 */
import { createStore } from 'zustand/vanilla';
import { getHost } from '../../host';
import { getDb } from '../../storage/db';
import { guardAgainstNewerVersion, openWorkspace, type WorkspaceOpening } from '../../storage/upgrade';
import { loadBackup } from './load-backup';

export type WorkspaceState = { readonly kind: 'opening' } | WorkspaceOpening;

const OPENING: WorkspaceState = { kind: 'opening' };

/** The workspace's state (`getState()`, or `useStore(workspaceStore)` in a component): 'ready' already at the first render when the opening finished before it; set only here. */
export const workspaceStore = createStore<WorkspaceState>()(() => OPENING);
/** The opening under way or done, one per page (a retry starts another). */
let opening: Promise<WorkspaceOpening> | null = null;
let guarded = false;

function set(next: WorkspaceState): void {
  workspaceStore.setState(next, true);
}

/**
 * Opens the workspace (once per page: later calls return the same opening,
 * unless `retry` — after a failure, or to upgrade without the backup that
 * failed). Never rejects.
 */
export function openTheWorkspace({ retry = false, skipBackup = false }: { retry?: boolean; skipBackup?: boolean } = {}): Promise<WorkspaceOpening> {
  if (opening && !retry) return opening;
  // The workspace of a window that was refused stays closed: nothing may open a newer app's database.
  const state = workspaceStore.getState();
  if (state.kind === 'newer') return Promise.resolve(state);
  const autoBackup = getHost().autoBackup;
  set(OPENING);
  const started = openWorkspace({
    backupBeforeUpgrade: autoBackup
      ? async (old) => {
          const { createBackup } = await loadBackup();
          const backup = await createBackup(old);
          await autoBackup.write(backup.text, 'before-upgrade');
        }
      : null,
    skipBackup,
  }).then((outcome) => {
    if (opening !== started) return outcome;
    if (outcome.kind === 'ready' && !guarded) {
      guarded = true;
      const db = getDb();
      guardAgainstNewerVersion(db, (storedVersion) => set({ kind: 'newer', storedVersion, supportedVersion: db.verno }));
    }
    set(outcome);
    return outcome;
  });
  opening = started;
  return started;
}

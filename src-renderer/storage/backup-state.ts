/**
 * Backup bookkeeping: when the workspace was last backed up, and since when it
 * has changes that are in no backup. Apart from ./backup.ts (making and
 * restoring backups), so that the reminder and the automatic backup's clock
 * do not load the backup machinery at start.
 */
import { BACKUP_STATE_KEY } from '../core/backup/tables';
import { getDb, type WorkbenchDb } from './db';

// One settings row of our own, written directly (it is not a user edit, so
// not shown in the save status).

export interface BackupState {
  /** The last backup the editor made or the app wrote. */
  readonly lastBackupAt?: string;
  /** The first change made after that backup; absent when everything is backed up. */
  readonly changesSince?: string;
}

export async function loadBackupState(db: WorkbenchDb = getDb()): Promise<BackupState> {
  const value = (await db.settings.get(BACKUP_STATE_KEY))?.value;
  if (typeof value !== 'object' || value === null) return {};
  const { lastBackupAt, changesSince } = value as Record<string, unknown>;
  return {
    ...(typeof lastBackupAt === 'string' ? { lastBackupAt } : {}),
    ...(typeof changesSince === 'string' ? { changesSince } : {}),
  };
}

/** Records a backup made at `at` (covering every change so far). */
export async function markBackedUp(at: Date = new Date(), db: WorkbenchDb = getDb()): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: BACKUP_STATE_KEY, value: { lastBackupAt: at.toISOString() } }));
}

/** Records that a change was saved at `at`, unless an earlier one is already waiting for a backup. */
export async function noteChange(at: Date = new Date(), db: WorkbenchDb = getDb()): Promise<BackupState> {
  return db.transaction('rw', db.settings, async () => {
    const state = await loadBackupState(db);
    if (state.changesSince) return state;
    const next = { ...state, changesSince: at.toISOString() };
    await db.settings.put({ key: BACKUP_STATE_KEY, value: next });
    return next;
  });
}

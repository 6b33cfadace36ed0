/** When the browser host reminds the editor to back up (Electron backs up by itself). */
import type { BackupState } from '../../storage/backup-state';

/** A day of changes without a backup: time to remind the editor (browser host). */
export const REMIND_AFTER_MS = 24 * 3600 * 1000;

export function backupReminderDue(state: BackupState, now: Date = new Date()): boolean {
  return state.changesSince !== undefined && now.getTime() - Date.parse(state.changesSince) >= REMIND_AFTER_MS;
}

/**
 * Backups the editor does not have to think of.
 *
 * Electron: a rolling backup file in the user-data folder (src-main/backups.ts
 * names, writes atomically and prunes them), at most every
 * AUTO_BACKUP_EVERY_MS while there are saved changes: the first change after
 * a quiet spell is backed up once the interval since the last backup has
 * passed, the changes that follow wait for the next turn.
 *
 * Browser: no folder to write to, so the app remembers since when the
 * workspace has changes that are in no backup, and after a day of them
 * reminds the editor to back up.
 */
import { useEffect, useRef } from 'react';
import type { AutoBackupHost } from '../../host/host';
import { loadBackupState, markBackedUp, noteChange } from '../../storage/backup-state';
import { loadBackup } from './load-backup';
import { backupReminderDue } from './reminders';
import { subscribeSaveState } from '../../storage/save-status';

/** N: at most one automatic backup per this many milliseconds. */
export const AUTO_BACKUP_MINUTES = 10;
export const AUTO_BACKUP_EVERY_MS = AUTO_BACKUP_MINUTES * 60 * 1000;
/** K: how long main keeps automatic backups (src-main/backups.ts KEEP_DAYS). */
export const AUTO_BACKUP_KEEP_DAYS = 14;

/**
 * Writes automatic backups through `host` while the component lives.
 * `onError` is told once per failure streak (not on every attempt).
 */
export function useAutoBackup(host: AutoBackupHost | null, onError: (error: unknown) => void): void {
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });
  useEffect(() => {
    if (!host) return;
    let lastAt = 0;
    let dirty = false;
    let running = false;
    let failing = false;
    let timer: number | undefined;
    let stopped = false;

    // Across restarts too: the newest file on disk counts as the last backup.
    void host
      .list()
      .then((entries) => {
        const newest = entries.map((e) => Date.parse(e.createdAt)).filter((n) => !Number.isNaN(n));
        if (newest.length) lastAt = Math.max(lastAt, ...newest);
      })
      .catch(() => undefined);

    const schedule = () => {
      if (stopped || timer !== undefined || running || !dirty) return;
      timer = window.setTimeout(run, Math.max(0, lastAt + AUTO_BACKUP_EVERY_MS - Date.now()));
    };
    const run = async () => {
      timer = undefined;
      if (stopped || !dirty) return;
      dirty = false;
      running = true;
      try {
        const { createBackup } = await loadBackup();
        const backup = await createBackup();
        await host.write(backup.text, 'auto');
        await markBackedUp(new Date(backup.createdAt));
        failing = false;
      } catch (error) {
        dirty = true;
        if (!failing) onErrorRef.current(error);
        failing = true;
      } finally {
        lastAt = Date.now();
        running = false;
        schedule();
      }
    };
    const unsubscribe = subscribeSaveState((state) => {
      if (state.kind !== 'saved') return;
      dirty = true;
      schedule();
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [host]);
}

/** Whether this page has recorded that there are changes in no backup. */
let changesNoted = false;

/** After a backup: the next saved change starts a new unbacked-up spell. */
export function backupWasMade(): void {
  changesNoted = false;
}

/**
 * Browser host: calls `remind` (once per page) when the workspace has had
 * changes in no backup for a day — checked at start and after each save.
 */
export function useBackupReminder(enabled: boolean, remind: () => void): void {
  const remindRef = useRef(remind);
  useEffect(() => {
    remindRef.current = remind;
  });
  useEffect(() => {
    if (!enabled) return;
    let reminded = false;
    let stopped = false;
    const check = (state: Awaited<ReturnType<typeof loadBackupState>>) => {
      if (stopped || reminded || !backupReminderDue(state)) return;
      reminded = true;
      remindRef.current();
    };
    void loadBackupState()
      .then((state) => {
        changesNoted = state.changesSince !== undefined;
        check(state);
      })
      .catch(() => undefined);
    const unsubscribe = subscribeSaveState((state) => {
      if (state.kind !== 'saved' || changesNoted) return;
      changesNoted = true;
      void noteChange().then(check, () => undefined);
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [enabled]);
}

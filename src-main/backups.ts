/**
 * Automatic workspace backups in the user-data folder (Electron only).
 * The renderer produces the backup text (storage/backup.ts); main only names,
 * writes, lists, reads and prunes files in one folder.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { BackupEntry, WriteBackupRequest } from './ipc/contract';

/** Backups older than this many days are removed, but the newest few are always kept. */
export const KEEP_DAYS = 14;
export const KEEP_AT_LEAST = 3;
/**
 * And never more than this many: at one backup per 10 minutes of work, 14 days
 * could mean ~2,000 files of a large workspace. Backups made just before a
 * schema upgrade are kept by age only, never by count: they are the way back.
 */
export const KEEP_AT_MOST = 150;

/** A sortable file name for a backup made at `date`. */
export function backupFileName(date: Date, reason: WriteBackupRequest['reason']): string {
  const stamp = date.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `workspace-${stamp}${reason === 'before-upgrade' ? '-before-upgrade' : ''}.json`;
}

/**
 * Which backups to delete: those older than `keepDays`, except the newest
 * `keepAtLeast`; and beyond the newest `keepAtMost`, the rolling ones.
 */
export function backupsToPrune(entries: readonly BackupEntry[], now: Date, keepDays = KEEP_DAYS, keepAtLeast = KEEP_AT_LEAST, keepAtMost = KEEP_AT_MOST): string[] {
  const sorted = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const cutoff = now.getTime() - keepDays * 24 * 3600 * 1000;
  return sorted
    .filter((e, i) => i >= keepAtLeast && (Date.parse(e.createdAt) < cutoff || (i >= keepAtMost && !e.name.endsWith('-before-upgrade.json'))))
    .map((e) => e.name);
}

export async function listBackups(dir: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names.filter((n) => /^workspace-[\w.-]+\.json$/.test(n))) {
    const info = await stat(path.join(dir, name));
    entries.push({ name, createdAt: info.mtime.toISOString(), size: info.size });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Writes atomically (temp file + rename) so a crash or a full disk never leaves a half-written backup, then prunes. */
export async function writeBackup(dir: string, request: WriteBackupRequest, now = new Date()): Promise<BackupEntry> {
  await mkdir(dir, { recursive: true });
  const name = backupFileName(now, request.reason);
  const target = path.join(dir, name);
  await writeFileAtomic(target, request.data);
  const entries = await listBackups(dir);
  for (const old of backupsToPrune(entries, now)) await unlink(path.join(dir, old)).catch(() => undefined);
  const info = await stat(target);
  return { name, createdAt: info.mtime.toISOString(), size: info.size };
}

export async function readBackup(dir: string, name: string): Promise<string> {
  return readFile(path.join(dir, path.basename(name)), 'utf8');
}

/**
 * Automatic workspace backups in the user-data folder (Electron only).
 * The renderer produces the backup text (storage/backup.ts); main only names,
 * writes, lists, reads and prunes files in one folder.
 *
 * What is kept is decided here, not by the renderer: a compromised page can
 * ask for as many backups as it likes (up to 512 MB each), and the folder
 * still never grows past RETENTION.maxTotalBytes.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { BackupEntry, WriteBackupRequest } from './ipc/contract';

export interface RetentionPolicy {
  /** Backups older than this many days are removed… */
  readonly keepDays: number;
  /** …except the newest few, whatever their age. */
  readonly keepAtLeast: number;
  /**
   * Rolling backups beyond the newest this many are removed: at one backup per
   * 10 minutes of work, 14 days could mean ~2,000 files of a large workspace.
   */
  readonly keepAtMost: number;
  /**
   * Backups made just before a schema upgrade are the way back from it, so
   * they are kept longer than rolling ones; schema upgrades are rare, so the
   * newest this many are plenty.
   */
  readonly keepBeforeUpgradeAtMost: number;
  /**
   * All backups together never take more than this: the oldest go first,
   * pre-upgrade ones included, but the newest backup of each kind is always
   * kept (the folder may exceed the cap only if those two alone do).
   */
  readonly maxTotalBytes: number;
}

export const RETENTION: RetentionPolicy = {
  keepDays: 14,
  keepAtLeast: 3,
  keepAtMost: 150,
  keepBeforeUpgradeAtMost: 20,
  maxTotalBytes: 1024 * 1024 * 1024,
};

const BEFORE_UPGRADE_SUFFIX = '-before-upgrade.json';

export function isBeforeUpgrade(name: string): boolean {
  return name.endsWith(BEFORE_UPGRADE_SUFFIX);
}

/** A sortable file name for a backup made at `date`. */
export function backupFileName(date: Date, reason: WriteBackupRequest['reason']): string {
  const stamp = date.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `workspace-${stamp}${reason === 'before-upgrade' ? '-before-upgrade' : ''}.json`;
}

/**
 * Which backups to delete (names): those past the age limit (but never the
 * newest `keepAtLeast`), those beyond the count limit of their kind, then the
 * oldest until the total size fits — never the newest of each kind.
 */
export function backupsToPrune(entries: readonly BackupEntry[], now: Date, policy: RetentionPolicy = RETENTION): string[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newestOfKind = new Set<string>();
  for (const kind of [true, false]) {
    const newest = newestFirst.find((e) => isBeforeUpgrade(e.name) === kind);
    if (newest) newestOfKind.add(newest.name);
  }
  const cutoff = now.getTime() - policy.keepDays * 24 * 3600 * 1000;
  const rank = { rolling: 0, beforeUpgrade: 0 };
  const prune = new Set<string>();
  newestFirst.forEach((e, i) => {
    const beforeUpgrade = isBeforeUpgrade(e.name);
    const nth = beforeUpgrade ? rank.beforeUpgrade++ : rank.rolling++;
    if (newestOfKind.has(e.name)) return;
    const tooOld = i >= policy.keepAtLeast && Date.parse(e.createdAt) < cutoff;
    const tooMany = nth >= (beforeUpgrade ? policy.keepBeforeUpgradeAtMost : policy.keepAtMost);
    if (tooOld || tooMany) prune.add(e.name);
  });
  let total = newestFirst.filter((e) => !prune.has(e.name)).reduce((sum, e) => sum + e.size, 0);
  for (const e of [...newestFirst].reverse()) {
    if (total <= policy.maxTotalBytes) break;
    if (prune.has(e.name) || newestOfKind.has(e.name)) continue;
    prune.add(e.name);
    total -= e.size;
  }
  return newestFirst.filter((e) => prune.has(e.name)).map((e) => e.name);
}

/**
 * When a backup was made: the time in its name (UTC, to the second), which a
 * copy or a sync tool does not change; the file's mtime for other names.
 */
export function backupTime(name: string, mtime: Date): string {
  const m = /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-before-upgrade)?\.json$/.exec(name);
  const parsed = m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z`) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : mtime.toISOString();
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
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info?.isFile()) entries.push({ name, createdAt: backupTime(name, info.mtime), size: info.size });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function prune(dir: string, entries: readonly BackupEntry[], now: Date, policy: RetentionPolicy): Promise<void> {
  for (const old of backupsToPrune(entries, now, policy)) await unlink(path.join(dir, old)).catch(() => undefined);
}

/**
 * Makes room first (counting the new backup), so the folder stays under its
 * cap even while writing; then writes atomically (temp file + rename), so a
 * crash or a full disk never leaves a half-written backup; then prunes again.
 */
export async function writeBackup(dir: string, request: WriteBackupRequest, now = new Date(), policy: RetentionPolicy = RETENTION): Promise<BackupEntry> {
  await mkdir(dir, { recursive: true });
  const name = backupFileName(now, request.reason);
  const target = path.join(dir, name);
  const incoming: BackupEntry = { name, createdAt: now.toISOString(), size: Buffer.byteLength(request.data, 'utf8') };
  await prune(dir, [...(await listBackups(dir)).filter((e) => e.name !== name), incoming], now, policy);
  await writeFileAtomic(target, request.data);
  await prune(dir, await listBackups(dir), now, policy);
  const info = await stat(target);
  return { name, createdAt: backupTime(name, info.mtime), size: info.size };
}

export async function readBackup(dir: string, name: string): Promise<string> {
  return readFile(path.join(dir, path.basename(name)), 'utf8');
}

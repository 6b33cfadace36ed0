/**
 * Automatic backups: which are kept (age, count per kind, total size), and
 * that a page asking for backup after backup cannot fill the disk.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, backupsToPrune, backupTime, listBackups, RETENTION, writeBackup, type RetentionPolicy } from '../../src-main/backups';

const now = new Date('2026-11-27T00:00:00Z');
const policy = (overrides: Partial<RetentionPolicy>): RetentionPolicy => ({ ...RETENTION, ...overrides });
const rolling = (minutesAgo: number, size = 1) => ({ name: `workspace-${minutesAgo}.json`, createdAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString(), size });
const beforeUpgrade = (minutesAgo: number, size = 1) => ({ ...rolling(minutesAgo, size), name: `workspace-${minutesAgo}-before-upgrade.json` });
const DAY = 24 * 60;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('backup names', () => {
  it('are sortable and mark pre-upgrade ones', () => {
    expect(backupFileName(new Date('2026-11-27T03:04:05.678Z'), 'auto')).toBe('workspace-2026-11-27T03-04-05.json');
    expect(backupFileName(new Date('2026-11-27T03:04:05Z'), 'before-upgrade')).toBe('workspace-2026-11-27T03-04-05-before-upgrade.json');
  });
});

describe('backupsToPrune', () => {
  it('prunes backups older than the window but keeps the newest few', () => {
    const entries = [rolling(1 * DAY), rolling(20 * DAY), rolling(30 * DAY), rolling(2 * DAY)];
    expect(backupsToPrune(entries, now, policy({ keepAtLeast: 2 })).sort()).toEqual(['workspace-28800.json', 'workspace-43200.json']);
    expect(backupsToPrune([rolling(20 * DAY), rolling(30 * DAY)], now, policy({ keepAtLeast: 3 }))).toEqual([]);
  });

  it('caps the number of rolling backups and, separately, of pre-upgrade ones', () => {
    const entries = [rolling(10), rolling(20), beforeUpgrade(30), rolling(40), beforeUpgrade(45), rolling(50), beforeUpgrade(60)];
    expect(backupsToPrune(entries, now, policy({ keepAtLeast: 1, keepAtMost: 2, keepBeforeUpgradeAtMost: 2 }))).toEqual([
      'workspace-40.json',
      'workspace-50.json',
      'workspace-60-before-upgrade.json',
    ]);
  });

  it('keeps the total size under the cap by pruning the oldest first, pre-upgrade ones included', () => {
    const entries = [rolling(10, 40), beforeUpgrade(20, 30), rolling(30, 20), beforeUpgrade(40, 20), rolling(50, 10)];
    // 120 bytes in all, cap 70: the three oldest go (10 + 20 + 20 → 70 left).
    expect(backupsToPrune(entries, now, policy({ maxTotalBytes: 70 }))).toEqual(['workspace-30.json', 'workspace-40-before-upgrade.json', 'workspace-50.json']);
  });

  it('never prunes the newest backup of each kind, even when they alone exceed the cap', () => {
    const entries = [rolling(10, 500), rolling(20, 500), beforeUpgrade(30 * DAY, 500), beforeUpgrade(40 * DAY, 500)];
    expect(backupsToPrune(entries, now, policy({ maxTotalBytes: 100, keepAtLeast: 0 }))).toEqual(['workspace-20.json', 'workspace-57600-before-upgrade.json']);
  });

  it('prunes nothing when everything fits', () => {
    expect(backupsToPrune([rolling(1), beforeUpgrade(2), rolling(3)], now)).toEqual([]);
  });
});

describe('writeBackup', () => {
  function tempDir(): string {
    const d = mkdtempSync(path.join(os.tmpdir(), 'backups-test-'));
    dirs.push(d);
    return d;
  }
  const total = (dir: string) => readdirSync(dir).reduce((sum, n) => sum + statSync(path.join(dir, n)).size, 0);

  it('a flood of large backups never takes more than the cap, and the newest of each kind survive', async () => {
    const dir = tempDir();
    const cap = 10_000;
    const limits = policy({ maxTotalBytes: cap });
    const start = Date.parse('2026-11-27T10:00:00Z');
    // Three pre-upgrade backups from before this session.
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, backupFileName(new Date(start - (10 - i) * 60_000), 'before-upgrade')), 'u'.repeat(2_000));
    for (let i = 0; i < 12; i++) {
      await writeBackup(dir, { data: 'x'.repeat(3_000), reason: 'auto' }, new Date(start + i * 60_000), limits);
      expect(total(dir)).toBeLessThanOrEqual(cap);
    }
    const names = readdirSync(dir);
    expect(names.filter((n) => n.endsWith('-before-upgrade.json'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('-before-upgrade.json'))[0]).toBe(backupFileName(new Date(start - 8 * 60_000), 'before-upgrade'));
  });
});

describe('backup times', () => {
  it('come from the name, which copying does not change, else from the mtime', async () => {
    const mtime = new Date('2020-01-01T00:00:00Z');
    expect(backupTime('workspace-2026-11-27T03-04-05.json', mtime)).toBe('2026-11-27T03:04:05.000Z');
    expect(backupTime('workspace-2026-11-27T03-04-05-before-upgrade.json', mtime)).toBe('2026-11-27T03:04:05.000Z');
    expect(backupTime('workspace-copy.json', mtime)).toBe(mtime.toISOString());
    expect(backupTime('workspace-2026-13-45T99-99-99.json', mtime)).toBe(mtime.toISOString());
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backups-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'workspace-2026-11-27T03-04-05.json');
    writeFileSync(file, '{}');
    utimesSync(file, mtime, mtime);
    expect(await listBackups(dir)).toEqual([{ name: 'workspace-2026-11-27T03-04-05.json', createdAt: '2026-11-27T03:04:05.000Z', size: 2 }]);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type FileOps } from '../../src-main/atomic-write';
import { writeBackup } from '../../src-main/backups';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'atomic-write-test-'));
  dirs.push(d);
  return d;
}

/** Real file operations, except that writing stops half-way with ENOSPC, as on a full disk. */
const diskFullOps: FileOps = {
  async writeFile(p, data) {
    const half = typeof data === 'string' ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1);
    await writeFile(p, half);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
  rename,
  unlink,
};

describe('writeFileAtomic', () => {
  it('writes new files and replaces old ones', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.html');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, new TextEncoder().encode('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('on a full disk, keeps the previous file whole, leaves no partial file, and reports the error', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.html');
    writeFileSync(target, 'the export from yesterday');
    await expect(writeFileAtomic(target, 'x'.repeat(10_000), diskFullOps)).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('the export from yesterday');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('automatic backups go through it: a failed one leaves no .partial file among the backups', async () => {
    const dir = tempDir();
    const ok = await writeBackup(dir, { data: '{"ok":true}', reason: 'auto' }, new Date('2026-11-27T10:00:00Z'));
    expect(readdirSync(dir)).toEqual([ok.name]);
    // A folder where the new backup should go makes the rename fail.
    mkdirSync(path.join(dir, 'workspace-2026-11-27T10-10-00.json'));
    await expect(writeBackup(dir, { data: '{"ok":false}', reason: 'auto' }, new Date('2026-11-27T10:10:00Z'))).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

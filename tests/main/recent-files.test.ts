import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, parseRecent, RecentFiles, recentLabels, withRecent } from '../../src-main/recent-files';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the recent files list', () => {
  it('puts the last opened first, without duplicates, and keeps at most MAX_RECENT', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i++) list = withRecent(list, `/a/${i}.txt`, 'linux');
    list = withRecent(list, '/a/5.txt', 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/a/5.txt');
    expect(list.filter((p) => p === '/a/5.txt')).toHaveLength(1);
  });

  it('compares paths without case on Windows and macOS only', () => {
    expect(withRecent(['C:\\Articles\\A.txt'], 'c:\\articles\\a.txt', 'win32')).toEqual(['c:\\articles\\a.txt']);
    expect(withRecent(['/a/A.txt'], '/a/a.txt', 'linux')).toEqual(['/a/a.txt', '/a/A.txt']);
  });

  it('reads a saved list defensively', () => {
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent('{"a":1}')).toEqual([]);
    const abs = path.resolve('/docs/a.md');
    expect(parseRecent(JSON.stringify([abs, 'relative.txt', 42, abs, `${abs}\u0000.exe`]))).toEqual([abs]);
  });

  it('labels files by name, adds the folder when two share a name, and shows "&" as itself', () => {
    expect(recentLabels(['/x/report.md', '/y/report.md', '/z/Q&A.txt'])).toEqual([`report.md — ${path.dirname('/x/report.md')}`, `report.md — ${path.dirname('/y/report.md')}`, 'Q&&A.txt']);
  });

  it('survives a restart, and clearing empties it on disk too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recent-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'recent-files.json');
    const changes: (readonly string[])[] = [];
    const recent = new RecentFiles(file, (list) => changes.push(list));
    await recent.load();
    recent.add(path.join(dir, 'a.txt'));
    recent.add(path.join(dir, 'b.txt'));
    await recent.flush();
    const again = new RecentFiles(file, () => undefined);
    await again.load();
    expect(again.items).toEqual([path.join(dir, 'b.txt'), path.join(dir, 'a.txt')]);
    again.clear();
    await again.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
    expect(changes).toHaveLength(2);
  });

  it('a damaged file gives an empty list', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'recent-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'recent-files.json');
    writeFileSync(file, '[');
    const recent = new RecentFiles(file, () => undefined);
    await recent.load();
    expect(recent.items).toEqual([]);
  });
});

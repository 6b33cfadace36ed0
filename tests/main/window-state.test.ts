import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, restoreWindowState } from '../../src-main/window-state';
import { backupFileName, backupsToPrune } from '../../src-main/backups';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('restoreWindowState', () => {
  it('keeps a window that is on a display', () => {
    expect(restoreWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: true }, [display])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
  });
  it('moves a window whose display is gone back to the default position, keeping its size', () => {
    expect(restoreWindowState({ x: 3000, y: 50, width: 1200, height: 800 }, [display])).toEqual({ ...DEFAULT_WINDOW, width: 1200, height: 800 });
  });
  it.each([null, 'x', {}, { x: 'a', y: 0, width: 1, height: 1 }, { x: NaN, y: 0, width: 100, height: 100 }])('falls back to defaults on %j', (saved) => {
    expect(restoreWindowState(saved, [display])).toEqual(DEFAULT_WINDOW);
  });
  it('enforces a minimum size', () => {
    expect(restoreWindowState({ x: 0, y: 0, width: 10, height: 10 }, [display])).toMatchObject({ width: 720, height: 480 });
  });
});

describe('automatic backups', () => {
  it('names backups sortably and marks pre-upgrade ones', () => {
    expect(backupFileName(new Date('2026-11-27T03:04:05.678Z'), 'auto')).toBe('workspace-2026-11-27T03-04-05.json');
    expect(backupFileName(new Date('2026-11-27T03:04:05Z'), 'before-upgrade')).toBe('workspace-2026-11-27T03-04-05-before-upgrade.json');
  });
  it('prunes backups older than the window but keeps the newest few', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const entry = (daysAgo: number) => ({ name: `b${daysAgo}`, createdAt: new Date(now.getTime() - daysAgo * 86400_000).toISOString(), size: 1 });
    expect(backupsToPrune([entry(1), entry(20), entry(30), entry(2)], now, 14, 2).sort()).toEqual(['b20', 'b30']);
    expect(backupsToPrune([entry(20), entry(30)], now, 14, 3)).toEqual([]);
  });
  it('caps the number of rolling backups but keeps pre-upgrade ones by age only', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const at = (minutesAgo: number, name = `b${minutesAgo}`) => ({ name, createdAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString(), size: 1 });
    const entries = [at(10), at(20), at(30, 'workspace-x-before-upgrade.json'), at(40), at(50)];
    expect(backupsToPrune(entries, now, 14, 1, 2).sort()).toEqual(['b40', 'b50']);
  });
});

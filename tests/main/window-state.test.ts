import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, restoreWindowState } from '../../src-main/window-state';

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

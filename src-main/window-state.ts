/**
 * Remembering the window's size and position between launches, and making sure
 * a remembered position is still on a connected display.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW: WindowState = { x: -1, y: -1, width: 1360, height: 860, maximized: false };
const MIN_WIDTH = 720;
const MIN_HEIGHT = 480;

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Parses a saved window state and keeps it only if at least 100×100 pixels of
 * its title area lie on one of the `displays` (work areas); otherwise returns
 * a centred default size. Never throws on bad input.
 */
export function restoreWindowState(saved: unknown, displays: readonly Rect[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return { ...DEFAULT_WINDOW };
  const s = saved as Record<string, unknown>;
  if (![s.x, s.y, s.width, s.height].every(isFiniteNumber)) return { ...DEFAULT_WINDOW };
  const state: WindowState = {
    x: Math.round(s.x as number),
    y: Math.round(s.y as number),
    width: Math.max(MIN_WIDTH, Math.round(s.width as number)),
    height: Math.max(MIN_HEIGHT, Math.round(s.height as number)),
    maximized: s.maximized === true,
  };
  const visible = displays.some((d) => {
    const overlapX = Math.min(state.x + state.width, d.x + d.width) - Math.max(state.x, d.x);
    const overlapY = Math.min(state.y + 100, d.y + d.height) - Math.max(state.y, d.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  if (!visible) return { ...DEFAULT_WINDOW, width: state.width, height: state.height, maximized: state.maximized };
  return state;
}

/**
 * The crash-loop guard. The workbench reopens the last open article at start;
 * if that article is what breaks the window (issue 18: a crafted backup
 * blanked the app on every start), every reload would break again. So a flag
 * is written when a start begins and cleared once the window is ready (the
 * reopened article rendered, or nothing to reopen). Finding the flag still
 * set at the next start means the previous one failed before it was ready:
 * that start does not reopen the last article, and says so.
 *
 * The flag lives in localStorage, not IndexedDB: it must be readable
 * synchronously and survive whatever broke the workspace's database reads.
 */

export const START_FLAG_KEY = 'factcheck-workbench:start-pending';

type FlagStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StartGuard {
  /** The previous start wrote its flag and never became ready. */
  readonly previousStartFailed: boolean;
  /** This start is ready: the next one may reopen the last article again. Idempotent. */
  markReady(): void;
}

/** Begins a start with `store` (localStorage by default; none where it is unavailable: the guard is then off). */
export function beginStart(store: FlagStore | null, now: Date = new Date()): StartGuard {
  if (!store) return { previousStartFailed: false, markReady: () => undefined };
  let previous = false;
  try {
    previous = store.getItem(START_FLAG_KEY) !== null;
    store.setItem(START_FLAG_KEY, now.toISOString());
  } catch {
    // Storage refused (private mode, quota): no guard rather than no start.
  }
  let ready = false;
  return {
    previousStartFailed: previous,
    markReady: () => {
      if (ready) return;
      ready = true;
      try {
        store.removeItem(START_FLAG_KEY);
      } catch {
        // As above.
      }
    },
  };
}

function localStore(): FlagStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let current: StartGuard | null = null;

/** This window's guard, begun on first use (once per page load, whatever React re-runs). */
export function startGuard(): StartGuard {
  current ??= beginStart(localStore());
  return current;
}

/**
 * Cancelling long work: operations take an `AbortSignal` (`CancelSignal` here), call
 * `signal.throwIfAborted()` (or `checkCancelled`) between steps, and their
 * callers tell a cancellation from a failure with `isCancelled`. A cancelled
 * write throws inside its transaction, so the transaction aborts and nothing
 * of it is stored.
 */

/**
 * Whether `error` is the rejection of cancelled work (an `AbortError`, as
 * `AbortController.abort()` makes). Dexie's `AbortError` is not one: it reports
 * a transaction that failed (a full disk, say) unless its `inner` error is the cancel.
 */
export function isCancelled(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'AbortError') return false;
  // Dexie wraps what aborted the transaction: cancelled only if that was the cancel.
  return 'inner' in error ? isCancelled(error.inner) : true;
}

/** What core needs of an `AbortSignal` (core is built without the DOM library). */
export interface CancelSignal {
  readonly aborted: boolean;
  throwIfAborted(): void;
}

/** Throws the signal's reason when the work was cancelled; a no-op without a signal. */
export function checkCancelled(signal: CancelSignal | undefined): void {
  signal?.throwIfAborted();
}

/** How far a long operation has come: `done` of `total` steps (rows, bytes, stages). */
export type ProgressListener = (done: number, total: number) => void;

/** What a long operation may be given: a signal to stop it, a listener for its progress. */
export interface WorkControl {
  readonly signal?: CancelSignal;
  readonly progress?: ProgressListener;
}

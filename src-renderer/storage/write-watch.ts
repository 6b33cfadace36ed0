/**
 * A watchdog on the IndexedDB transactions a write opens, so that a write
 * whose transaction has died always ends, even when Dexie never settles its
 * promise.
 *
 * Why: when Chromium aborts a transaction on its own (an UnknownError on a
 * huge write, a full disk at commit), Dexie can throw an InvalidStateError
 * inside its own request handler; the request's callback then never runs,
 * the transaction's promise never settles, and the status bar would say
 * "Saving…" for ever. The native transaction still fires `abort`, so we
 * listen to it ourselves.
 *
 * How: a DBCore middleware (installed on every WorkbenchDb) sees every
 * read-write IDBTransaction as it is created and hands it to the watches
 * running at that moment. `watchTransactions()` collects them; once every
 * transaction it has seen has ended, at least one of them by `abort`, and
 * the write has still not settled after `graceMs` (Dexie normally rejects
 * within a task), `stalled` rejects with the abort's error. A watch only
 * sees transactions created while it runs, so it cannot mistake a healthy
 * write that is still running for a dead one: that write's own transaction
 * has not ended yet.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/** How long a write may stay unsettled after all of its transactions have ended, one of them aborted. */
export const STALLED_WRITE_GRACE_MS = 1500;

/** The error a write ends with when its transaction aborted and Dexie never told it. */
export class TransactionAbortedError extends Error {
  override readonly name = 'TransactionAbortedError';
  /** The transaction's own error (e.g. QuotaExceededError, UnknownError), for errors.ts. */
  readonly inner: unknown;
  constructor(inner: unknown) {
    // A browser's abort error may carry only its name (fake-indexeddb's always does): keep it in the words.
    const name = typeof inner === 'object' && inner !== null ? (inner as { name?: unknown }).name : undefined;
    super(`The transaction was aborted${typeof name === 'string' && name ? ` (${name})` : ''} before the change was written.`);
    this.inner = inner ?? undefined;
  }
}

/** The part of IDBTransaction the watch uses (fake-indexeddb's and the browser's alike). */
interface WatchedTransaction {
  readonly error: unknown;
  addEventListener(type: 'complete' | 'abort' | 'error', listener: (event: { target: unknown }) => void): void;
}

type Listener = (transaction: WatchedTransaction) => void;
const listeners = new Set<Listener>();

function isWatchable(value: unknown): value is WatchedTransaction {
  return typeof value === 'object' && value !== null && typeof (value as { addEventListener?: unknown }).addEventListener === 'function';
}

/** The middleware: reports every read-write transaction to the running watches. */
export const writeWatchMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'write-watch',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options): DBCoreTransaction => {
      const transaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite' && listeners.size > 0 && isWatchable(transaction)) {
        for (const listener of [...listeners]) listener(transaction);
      }
      return transaction;
    },
  }),
};

export interface TransactionWatch {
  /** Rejects with a TransactionAbortedError when the write's transactions died without the write settling; never resolves. */
  readonly stalled: Promise<never>;
  stop(): void;
}

export interface WatchOptions {
  readonly graceMs?: number;
}

/** Watches the read-write transactions created from now until `stop()`. */
export function watchTransactions({ graceMs = STALLED_WRITE_GRACE_MS }: WatchOptions = {}): TransactionWatch {
  let open = 0;
  let abortError: { error: unknown } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let fail: (error: unknown) => void = () => undefined;
  const stalled = new Promise<never>((_resolve, reject) => (fail = reject));
  // Nobody may be racing it yet when it rejects (e.g. stop() came late): never an unhandled rejection.
  stalled.catch(() => undefined);

  const cancelTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const check = () => {
    if (stopped || open > 0 || !abortError) return;
    cancelTimer();
    const { error } = abortError;
    timer = setTimeout(() => {
      if (!stopped) fail(new TransactionAbortedError(error));
    }, graceMs);
  };
  const listener: Listener = (transaction) => {
    open++;
    cancelTimer();
    let lastError: unknown;
    let ended = false;
    const end = (aborted: boolean) => {
      if (ended) return;
      ended = true;
      open--;
      if (aborted) abortError = { error: transaction.error ?? lastError };
      check();
    };
    // An `error` event bubbles up from a failed request; it is the cause when an `abort` follows.
    transaction.addEventListener('error', (event) => {
      const target = event.target as { error?: unknown } | null;
      if (target && target.error) lastError = target.error;
    });
    transaction.addEventListener('abort', () => end(true));
    transaction.addEventListener('complete', () => end(false));
  };
  listeners.add(listener);
  return {
    stalled,
    stop: () => {
      stopped = true;
      cancelTimer();
      listeners.delete(listener);
    },
  };
}

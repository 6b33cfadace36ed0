/**
 * The truth about what is saved. Every write the user makes goes through
 * `runWrite`, which reports saving → saved, or a failure with a retry that
 * re-runs the same write. The status bar shows this state; nothing is shown
 * as saved before its transaction has committed.
 *
 * A write always ends: besides its own promise, `runWrite` watches the
 * transactions it opens (write-watch.ts), so one that aborts without Dexie
 * ever settling the promise still ends as "Not saved: …" with Retry.
 *
 * Background writes (the passage index, the remembered session) go through
 * `runBackgroundWrite`: they never show "Saving…" or "Saved" (the editor did
 * not make them), but a failure is shown like any other, with Retry.
 */
import { isCancelled } from '../core/cancel';
import { createStore } from 'zustand/vanilla';
import { innermostMessage } from '../core/errors';
import { classifyStorageError, type StorageProblem, StaleWriteError } from './errors';
import { watchTransactions } from './write-watch';

/** The writes the app makes by itself; the status bar names them when they fail. */
export type BackgroundWrite = 'passage-index' | 'session';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly pending: number }
  | { readonly kind: 'saved'; readonly at: Date; readonly label: string }
  | {
      readonly kind: 'failed';
      readonly label: string;
      /** Set when the failed write is one the app makes by itself (nothing the editor typed is lost). */
      readonly background?: BackgroundWrite;
      readonly problem: StorageProblem;
      readonly detail: string;
      readonly retry: () => Promise<void>;
      readonly discard: () => void;
    };

type Listener = (state: SaveState) => void;

/** The save status, a zustand store like the UI's (ui/app/store.ts): the status bar and auto-backup follow it. */
export const saveStatusStore = createStore<SaveState>()(() => ({ kind: 'idle' }));
let pending = 0;
interface Failure {
  label: string;
  background?: BackgroundWrite;
  run: () => Promise<unknown>;
  problem: StorageProblem;
  detail: string;
}
/** Failed writes waiting for a retry, oldest first. */
const failures: Failure[] = [];

/** The last "saved" state, shown again when a cancelled write leaves nothing new to report. */
let lastSaved: SaveState = { kind: 'idle' };

function emit(next: SaveState): void {
  if (next.kind === 'saved') lastSaved = next;
  saveStatusStore.setState(next, true);
}

function showNextFailureOr(fallback: SaveState): void {
  const first = failures[0];
  if (!first) {
    emit(fallback);
    return;
  }
  emit({
    kind: 'failed',
    label: first.label,
    ...(first.background ? { background: first.background } : {}),
    problem: first.problem,
    detail: first.detail,
    retry: async () => {
      failures.shift();
      const again = first.background ? runBackgroundWrite(first.background, first.run) : runWrite(first.label, first.run);
      await again.catch(() => undefined);
    },
    discard: () => {
      failures.shift();
      showNextFailureOr({ kind: 'idle' });
    },
  });
}

export function getSaveState(): SaveState {
  return saveStatusStore.getState();
}

export function subscribeSaveState(listener: Listener): () => void {
  return saveStatusStore.subscribe((state) => listener(state));
}

/**
 * Runs one user write (one transaction) and tracks it. Resolves with the
 * write's result; on failure rejects after recording the failure so the user
 * sees "Not saved: …" with a retry.
 */
export async function runWrite<T>(label: string, write: () => Promise<T>): Promise<T> {
  pending++;
  if (!failures.length) emit({ kind: 'saving', pending });
  try {
    const result = await watched(write);
    pending--;
    if (!failures.length) emit(pending ? { kind: 'saving', pending } : { kind: 'saved', at: new Date(), label });
    // A retried write succeeded but others still wait: show the next one, not the one just saved.
    else showNextFailureOr({ kind: 'idle' });
    return result;
  } catch (error) {
    pending--;
    if (isCancelled(error) || error instanceof StaleWriteError) {
      // Cancelled by the editor: the transaction aborted, nothing was written and nothing waits to be retried.
      if (!failures.length) emit(pending ? { kind: 'saving', pending } : lastSaved);
      throw error;
    }
    failures.push({ label, run: write, problem: classifyStorageError(error), detail: innermostMessage(error) });
    showNextFailureOr({ kind: 'idle' });
    throw error;
  }
}

/** Runs `write`, ending it with the transaction's error if its transaction aborts and its promise never settles. */
async function watched<T>(write: () => Promise<T>): Promise<T> {
  const watch = watchTransactions();
  try {
    return await Promise.race([write(), watch.stalled]);
  } finally {
    watch.stop();
  }
}

/**
 * Runs one write the app makes by itself (`what` names it). Nothing is
 * shown while it runs or when it succeeds; a failure is shown as "Not
 * saved: …" with Retry, like a user write's, and the promise rejects.
 */
export async function runBackgroundWrite<T>(what: BackgroundWrite, write: () => Promise<T>): Promise<T> {
  try {
    const result = await watched(write);
    // The same kind of write worked this time: its earlier failure is over.
    const at = failures.findIndex((f) => f.background === what);
    if (at !== -1) {
      failures.splice(at, 1);
      showNextFailureOr(pending ? { kind: 'saving', pending } : { kind: 'idle' });
    }
    return result;
  } catch (error) {
    // One entry per kind of background write: a failing index must not pile up a retry per article.
    const at = failures.findIndex((f) => f.background === what);
    const failure: Failure = { label: `background:${what}`, background: what, run: write, problem: classifyStorageError(error), detail: innermostMessage(error) };
    if (at === -1) failures.push(failure);
    else failures[at] = failure;
    showNextFailureOr({ kind: 'idle' });
    throw error;
  }
}

/**
 * True while closing the window would lose something: a user write still
 * running, or one that failed and waits for Retry. (A failed background write
 * loses nothing: it is redone from the text.)
 */
export function hasUnsavedWork(): boolean {
  return pending > 0 || failures.some((f) => !f.background);
}

/** For tests. */
export function resetSaveStatusForTesting(): void {
  pending = 0;
  failures.length = 0;
  lastSaved = { kind: 'idle' };
  saveStatusStore.setState({ kind: 'idle' }, true);
}

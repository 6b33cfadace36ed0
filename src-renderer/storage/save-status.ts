/**
 * The truth about what is saved. Every write the user makes goes through
 * `runWrite`, which reports saving → saved, or a failure with a retry that
 * re-runs the same write. The status bar shows this state; nothing is shown
 * as saved before its transaction has committed.
 */
import { isCancelled } from '../core/cancel';
import { createStore } from 'zustand/vanilla';
import { classifyStorageError, innermostMessage, type StorageProblem } from './errors';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly pending: number }
  | { readonly kind: 'saved'; readonly at: Date; readonly label: string }
  | { readonly kind: 'failed'; readonly label: string; readonly problem: StorageProblem; readonly detail: string; readonly retry: () => Promise<void>; readonly discard: () => void };

type Listener = (state: SaveState) => void;

/** The save status, a zustand store like the UI's (ui/app/store.ts): the status bar and auto-backup follow it. */
export const saveStatusStore = createStore<SaveState>()(() => ({ kind: 'idle' }));
let pending = 0;
/** Failed writes waiting for a retry, oldest first. */
const failures: { label: string; run: () => Promise<unknown>; problem: StorageProblem; detail: string }[] = [];

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
    problem: first.problem,
    detail: first.detail,
    retry: async () => {
      failures.shift();
      await runWrite(first.label, first.run).catch(() => undefined);
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
    const result = await write();
    pending--;
    if (!failures.length) emit(pending ? { kind: 'saving', pending } : { kind: 'saved', at: new Date(), label });
    // A retried write succeeded but others still wait: show the next one, not the one just saved.
    else showNextFailureOr({ kind: 'idle' });
    return result;
  } catch (error) {
    pending--;
    if (isCancelled(error)) {
      // Cancelled by the editor: the transaction aborted, nothing was written and nothing waits to be retried.
      if (!failures.length) emit(pending ? { kind: 'saving', pending } : lastSaved);
      throw error;
    }
    failures.push({ label, run: write, problem: classifyStorageError(error), detail: innermostMessage(error) });
    showNextFailureOr({ kind: 'idle' });
    throw error;
  }
}

/** For tests. */
export function resetSaveStatusForTesting(): void {
  pending = 0;
  failures.length = 0;
  lastSaved = { kind: 'idle' };
  saveStatusStore.setState({ kind: 'idle' }, true);
}

/**
 * The truth about what is saved. Every write the user makes goes through
 * `runWrite`, which reports saving → saved, or a failure with a retry that
 * re-runs the same write. The status bar shows this state; nothing is shown
 * as saved before its transaction has committed.
 */
import { classifyStorageError, innermostMessage, type StorageProblem } from './errors';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly pending: number }
  | { readonly kind: 'saved'; readonly at: Date; readonly label: string }
  | { readonly kind: 'failed'; readonly label: string; readonly problem: StorageProblem; readonly detail: string; readonly retry: () => Promise<void>; readonly discard: () => void };

type Listener = (state: SaveState) => void;

let state: SaveState = { kind: 'idle' };
let pending = 0;
const listeners = new Set<Listener>();
/** Failed writes waiting for a retry, oldest first. */
const failures: { label: string; run: () => Promise<unknown>; problem: StorageProblem; detail: string }[] = [];

function emit(next: SaveState): void {
  state = next;
  for (const l of listeners) l(state);
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
  return state;
}

export function subscribeSaveState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
    failures.push({ label, run: write, problem: classifyStorageError(error), detail: innermostMessage(error) });
    showNextFailureOr({ kind: 'idle' });
    throw error;
  }
}

/** For tests. */
export function resetSaveStatusForTesting(): void {
  pending = 0;
  failures.length = 0;
  listeners.clear();
  state = { kind: 'idle' };
}

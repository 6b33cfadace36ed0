/**
 * Long operations the editor may wait for (a backup, a restore, an import, a
 * long analysis, an export): each runs through `runOperation`, which gives it
 * an `AbortSignal` and a progress callback, and lists it in a small zustand
 * store that the progress panel (ProgressPanel.tsx) shows once the operation
 * has taken longer than `SHOW_AFTER_MS`: quick ones never flash a bar.
 *
 * Cancel aborts the signal; the operation stops at its next check and
 * rejects with an AbortError (`isCancelled` in core/cancel.ts), having
 * changed nothing (writes abort their transaction).
 */
import { createStore, useStore } from 'zustand';
import type { ProgressListener } from '../../core/cancel';

/** Operations quicker than this show no progress at all. */
export const SHOW_AFTER_MS = 1000;

export interface Operation {
  readonly id: number;
  /** What is under way, e.g. "Backing up the workspace". */
  readonly label: string;
  /** How far it has come (0–1), or undefined while that is not known. */
  readonly fraction?: number;
  /** Shown: it has run for SHOW_AFTER_MS. */
  readonly visible: boolean;
  readonly cancel?: () => void;
}

export interface OperationControl {
  readonly signal: AbortSignal;
  readonly progress: ProgressListener;
}

export const operationsStore = createStore<{ readonly operations: readonly Operation[] }>()(() => ({ operations: [] }));

let nextId = 1;

function update(id: number, change: (op: Operation) => Operation): void {
  const list = operationsStore.getState().operations;
  const i = list.findIndex((o) => o.id === id);
  if (i < 0) return;
  const next = change(list[i]!);
  if (next === list[i]) return;
  operationsStore.setState({ operations: [...list.slice(0, i), next, ...list.slice(i + 1)] });
}

/**
 * Runs `task` as a listed operation. `cancellable: false` for work that
 * cannot stop halfway (it is shown without a Cancel button). Settles as the
 * task does; the operation leaves the list either way.
 */
export async function runOperation<T>(label: string, task: (control: OperationControl) => Promise<T>, options: { cancellable?: boolean } = {}): Promise<T> {
  const id = nextId++;
  const controller = new AbortController();
  const cancellable = options.cancellable ?? true;
  const operation: Operation = { id, label, visible: false, ...(cancellable ? { cancel: () => controller.abort() } : {}) };
  operationsStore.setState({ operations: [...operationsStore.getState().operations, operation] });
  const timer = setTimeout(() => update(id, (op) => ({ ...op, visible: true })), SHOW_AFTER_MS);
  // Progress is rounded to whole percents, so a loop over 10,000 rows updates the panel 100 times, not 10,000.
  const progress: ProgressListener = (done, total) => {
    if (!(total > 0)) return;
    const fraction = Math.min(1, Math.max(0, Math.floor((done / total) * 100) / 100));
    update(id, (op) => (op.fraction === fraction ? op : { ...op, fraction }));
  };
  try {
    return await task({ signal: controller.signal, progress });
  } finally {
    clearTimeout(timer);
    operationsStore.setState({ operations: operationsStore.getState().operations.filter((o) => o.id !== id) });
  }
}

/** The operations under way, for the panel. */
export function useOperations(): readonly Operation[] {
  return useStore(operationsStore, (s) => s.operations);
}

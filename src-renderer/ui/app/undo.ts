/**
 * The undo/redo history of annotation actions (and of any feature that
 * wants it): a stack of commands, each able to do, undo and redo itself
 * through the storage repositories (one transaction each).
 *
 * Like any editor's, the history lives in memory and ends when the app is
 * closed; it is global, so it survives the inspector changing selection.
 * Commands run one at a time, in order: an undo pressed while a save is
 * still in flight waits for it instead of racing it.
 */
import { useEffect, useRef } from 'react';
import { getHost } from '../../host';
import { useCommand } from './commands';
import { publishUndo, useWorkbenchStore, type UndoSummary } from './store';
import { isEditableTarget } from './shortcuts';

export interface UndoableCommand {
  /** What the Undo button's tooltip names, e.g. "Set verdict". */
  readonly label: string;
  /** Performs the action the first time. */
  run(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /**
   * Commands with the same key pushed within {@link COALESCE_MS} of each
   * other, with nothing in between, merge into one step (a burst of typing
   * in a note is one undo).
   */
  readonly coalesceKey?: string;
  /** This command followed by `later` as one command. Required with `coalesceKey`. */
  merge?(later: UndoableCommand): UndoableCommand;
  /** Called after an undo or redo, e.g. to select the claim it changed. */
  readonly afterApply?: (direction: 'undo' | 'redo') => void;
}

export const COALESCE_MS = 2000;
const MAX_ENTRIES = 500;

interface Entry {
  command: UndoableCommand;
  at: number;
}

const undoStack: Entry[] = [];
const redoStack: Entry[] = [];
let queue: Promise<unknown> = Promise.resolve();

export type UndoState = UndoSummary;

/** Publishes what the Undo and Redo buttons show to the workbench store. */
function changed(): void {
  const u = undoStack.at(-1);
  const r = redoStack.at(-1);
  publishUndo({ canUndo: !!u, canRedo: !!r, ...(u ? { undoLabel: u.command.label } : {}), ...(r ? { redoLabel: r.command.label } : {}) });
}

/** Runs `fn` after everything queued before it, whatever their outcome. */
function enqueue<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

/** Runs a command and records it, merging it with the previous step when they coalesce. */
export function execute(command: UndoableCommand): Promise<void> {
  return enqueue(async () => {
    await command.run();
    const now = Date.now();
    const top = undoStack.at(-1);
    if (top && command.coalesceKey && top.command.coalesceKey === command.coalesceKey && top.command.merge && now - top.at < COALESCE_MS && redoStack.length === 0) {
      top.command = top.command.merge(command);
      top.at = now;
    } else {
      undoStack.push({ command, at: now });
      if (undoStack.length > MAX_ENTRIES) undoStack.shift();
    }
    redoStack.length = 0;
    changed();
  });
}

/**
 * Moves the last step of `from` to `to` by undoing or redoing it. Resolves
 * false when `from` was empty; a step whose undo or redo fails (e.g. its
 * claim was deleted with its article) is dropped from the history and the
 * error is passed on.
 */
function step(direction: 'undo' | 'redo', from: Entry[], to: Entry[]): Promise<boolean> {
  return enqueue(async () => {
    const entry = from.pop();
    if (!entry) return false;
    try {
      await entry.command[direction]();
    } catch (error) {
      changed();
      throw error;
    }
    // at: 0 so that a redone step never merges with the next command.
    to.push({ command: entry.command, at: 0 });
    changed();
    entry.command.afterApply?.(direction);
    return true;
  });
}

/** Undoes the last step; false when there was none (see `step` for a failing undo). */
export function undo(): Promise<boolean> {
  return step('undo', undoStack, redoStack);
}

/**
 * Undoes `command` only if it is still the last step (an "Undo" button in a
 * toast must not undo something the editor did after it). False otherwise.
 */
export function undoIfLast(command: UndoableCommand): Promise<boolean> {
  return enqueue(async () => undoStack.at(-1)?.command === command).then((last) => (last ? undo() : false));
}

/** Redoes the last undone step; false when there was none. */
export function redo(): Promise<boolean> {
  return step('redo', redoStack, undoStack);
}

/** Resolves when every queued command has finished (e.g. before a test reads storage). */
export function settled(): Promise<void> {
  return enqueue(async () => undefined);
}

/** For tests. */
export function clearHistory(): void {
  undoStack.length = 0;
  redoStack.length = 0;
  changed();
}

export function useUndoState(): UndoState {
  return useWorkbenchStore((s) => s.undo);
}

/**
 * Handles the 'undo' and 'redo' commands (shortcuts, the Electron menu,
 * toolbar buttons). In a text field, the menu's Undo belongs to the field:
 * it gets the browser's own undo instead of the annotation history.
 */
export function useUndoCommands(onError: (error: unknown) => void): void {
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
  });
  const handle = (direction: 'undo' | 'redo') => {
    if (isTextField(document.activeElement)) {
      // execCommand is deprecated but still the only way to drive the
      // browser's own text undo stack from a menu item.
      document.execCommand(direction);
      return;
    }
    void (direction === 'undo' ? undo() : redo()).catch((e: unknown) => errorRef.current(e));
  };
  useCommand('undo', () => handle('undo'));
  useCommand('redo', () => handle('redo'));
  useEffect(() => {
    // The global shortcuts leave Ctrl/Cmd+Z to any form control; a <select>
    // has no text to undo, so there the keys mean the annotation history
    // (change a verdict, press Ctrl+Z). In Electron the menu sends them.
    if (getHost().kind === 'electron') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey) || !(e.target instanceof HTMLSelectElement)) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      e.preventDefault();
      void (key === 'z' && !e.shiftKey ? undo() : redo()).catch((error: unknown) => errorRef.current(error));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** A control with its own text undo (not a select, a checkbox or a button). */
function isTextField(element: Element | null): boolean {
  return isEditableTarget(element) && !(element instanceof HTMLSelectElement);
}

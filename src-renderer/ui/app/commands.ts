/**
 * Workbench commands: the native menu, keyboard shortcuts and toolbar buttons
 * all dispatch the same named commands; features register handlers for them.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../src-main/ipc/contract';

export type Command =
  | MenuCommand
  | 'next-claim'
  | 'previous-claim'
  | 'mark-claim'
  | 'focus-library'
  | 'focus-reader'
  | 'focus-claims';

type Handler = () => void;
const handlers = new Map<Command, Set<Handler>>();

/** Runs the handlers of `command`; returns false when nothing handles it. */
export function dispatchCommand(command: Command): boolean {
  const set = handlers.get(command);
  if (!set || set.size === 0) return false;
  for (const h of set) h();
  return true;
}

/** Registers a handler for the lifetime of the component. */
export function useCommand(command: Command, handler: Handler): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const h = () => ref.current();
    let set = handlers.get(command);
    if (!set) handlers.set(command, (set = new Set()));
    set.add(h);
    return () => {
      set.delete(h);
    };
  }, [command]);
}

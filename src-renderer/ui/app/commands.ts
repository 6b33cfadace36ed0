/**
 * Workbench commands: the native menu, keyboard shortcuts and toolbar buttons
 * all dispatch the same named commands; features register handlers for them.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../src-main/ipc/contract';
import { addCommandHandler, runCommand, type Handler } from './store';

export type Command =
  | MenuCommand
  | 'next-claim'
  | 'previous-claim'
  | 'mark-claim'
  | 'focus-library'
  | 'focus-reader'
  | 'focus-claims';

/** Runs the handlers of `command` (registered in the workbench store); returns false when nothing handles it. */
export function dispatchCommand(command: Command): boolean {
  return runCommand(command);
}

/** Registers a handler for the lifetime of the component. */
export function useCommand(command: Command, handler: Handler): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => addCommandHandler(command, () => ref.current()), [command]);
}

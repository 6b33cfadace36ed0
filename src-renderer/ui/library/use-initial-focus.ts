/**
 * Focuses an element of a dialog once it is open. React's `autoFocus` runs
 * before the <dialog> is shown, and `showModal()` then moves focus to the
 * first focusable element (the close button). An effect in the component
 * that renders <Dialog> runs after the dialog's own effect has opened it.
 */
import { useEffect, type RefObject } from 'react';

export function useInitialFocus(ref: RefObject<HTMLElement | null>, key: unknown = null): void {
  useEffect(() => {
    ref.current?.focus();
  }, [ref, key]);
}

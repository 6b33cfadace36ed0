/**
 * The element a dialog (or a step of one) opens on. React's `autoFocus` runs
 * before the <dialog> is shown, and `showModal()` then moves focus to the
 * first focusable element (the close button); an effect of the component
 * that renders <Dialog> runs after Dialog's own effect has opened it, so
 * focusing from there sticks.
 *
 * Returns the ref to put on that element. The element is focused when the
 * component mounts and again whenever `step` changes (a dialog that shows a
 * different set of buttons per phase passes its phase); an element that is
 * not rendered at that moment is simply not focused.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useInitialFocus<T extends HTMLElement>(step: unknown = null): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [step]);
  return ref;
}

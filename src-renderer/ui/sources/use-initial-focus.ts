/**
 * Focus for the element a dialog should open on. React's `autoFocus` runs
 * before the dialog's showModal(), whose own focusing steps then move the
 * focus to the first control (the close button); an effect of the component
 * that renders <Dialog> runs after Dialog's, so focusing from there sticks.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useInitialFocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

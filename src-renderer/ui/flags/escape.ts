import type { KeyboardEvent } from 'react';

/**
 * The keydown handler of an inline form inside a flag or popover: Escape
 * cancels it, and goes no further (the popover or pane around it must not
 * close as well).
 */
export function cancelOnEscape(onCancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
}

/**
 * A dialog whose code loads when it is first opened (React.lazy), for the
 * dialogs most sessions never open: they stay out of the code loaded at start.
 *
 * The fallback is nothing on purpose: while the chunk loads, focus stays on
 * the control that opened the dialog, so the dialog (common/Dialog) records
 * that control as the one to return focus to, and then takes focus itself,
 * exactly as if it had been in the bundle.
 */
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * Wraps `load` (a dynamic import, plus anything the dialog needs before its
 * first render, e.g. every language's catalogue) into a component with the
 * dialog's own props.
 */
export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyDialog(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}

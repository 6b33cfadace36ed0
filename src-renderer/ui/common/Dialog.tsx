/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * Escape closes it, and focus returns to what had it before it opened.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../app/i18n';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, e.g. Cancel and the main action. */
  footer?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // showModal() focuses the first focusable element (the close button);
    // an editor expects to start typing in the first field instead.
    // React's autoFocus runs before showModal and is lost, hence data-autofocus.
    const initial = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('.dialog-body :is(input, textarea, select):not([disabled])');
    initial?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // Focus is never lost after a dialog closes.
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}

/** The footer of a form dialog: Cancel, and the submit button of the form `formId`. */
export function FormActions({ formId, submitLabel, busy, onCancel }: { formId: string; submitLabel: string; busy: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </>
  );
}

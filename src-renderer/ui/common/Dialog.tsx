/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * Escape closes it, and focus returns to what had it before it opened.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import type { FormState } from './use-form-submit';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, e.g. Cancel and the main action. */
  footer?: ReactNode;
  wide?: boolean;
}

function accessibleName(el: HTMLElement): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
}

function restoreFocus(opener: HTMLElement | null, pane: HTMLElement | null, name: string): void {
  if (opener?.isConnected) {
    opener.focus();
    return;
  }
  if (!opener || !pane?.isConnected) return;
  const twin = Array.from(pane.querySelectorAll<HTMLElement>(opener.tagName)).find((el) => accessibleName(el) === name);
  (twin ?? pane).focus();
}

export function Dialog({ title, onClose, children, footer, wide }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect: its cleanup runs in the same commit that removes the
  // dialog, so focus goes back before the browser handles another key (a
  // passive effect's cleanup runs a frame later, and a Tab pressed in between
  // would start from <body>).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const openerPane = previouslyFocused?.closest<HTMLElement>('[data-pane]') ?? null;
    const openerName = previouslyFocused ? accessibleName(previouslyFocused) : '';
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
      // Focus is never lost after a dialog closes: back to the opener, or —
      // when what the dialog saved re-renders the opener away, now or a moment
      // later — to its replacement (same tag and name) in the same pane.
      // Only until the editor does something else: a key or a click after the
      // dialog closed is theirs, and a later loss of focus (say, deleting the
      // claim whose inspector held it) is for that action to handle.
      restoreFocus(previouslyFocused, openerPane, openerName);
      const retries = [60, 300].map((delay) => window.setTimeout(() => document.activeElement === document.body && restoreFocus(previouslyFocused, openerPane, openerName), delay));
      const stop = (): void => {
        for (const retry of retries) window.clearTimeout(retry);
        window.removeEventListener('keydown', stop, true);
        window.removeEventListener('pointerdown', stop, true);
      };
      window.addEventListener('keydown', stop, true);
      window.addEventListener('pointerdown', stop, true);
      window.setTimeout(stop, 301);
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

/**
 * Cancel and the main action: submits the form `formId`, or calls `onSubmit`
 * where the dialog has no form, or (with neither) submits the form the buttons
 * sit in. `busy` disables the main action and marks it busy; with
 * `lockCancel`, Cancel too (an inline form that must stay while its save
 * runs). `disabled`: the main action cannot run yet (e.g. nothing to export).
 */
type FormActionsProps = { submitLabel: string; busy?: boolean; disabled?: boolean; lockCancel?: boolean; onCancel: () => void } & (
  | { formId: string; onSubmit?: never }
  | { onSubmit: () => void; formId?: never }
  | { formId?: never; onSubmit?: never }
);

export function FormActions(props: FormActionsProps) {
  const t = useT();
  const { submitLabel, busy = false, disabled = false, lockCancel = false, onCancel } = props;
  const main = { className: 'primary', disabled: busy || disabled, 'aria-busy': busy || undefined };
  return (
    <>
      <button type="button" onClick={onCancel} disabled={lockCancel && busy}>
        {t('common.cancel')}
      </button>
      {props.onSubmit ? (
        <button type="button" {...main} onClick={props.onSubmit}>
          {submitLabel}
        </button>
      ) : (
        <button type="submit" form={props.formId} {...main}>
          {submitLabel}
        </button>
      )}
    </>
  );
}

/**
 * A dialog holding one form: Cancel and the submit button in the footer,
 * Enter in a field submits, the browser's own validation is off (the dialog
 * shows its errors itself). `form` is the form's state (useFormSubmit): its
 * submit, its busy button, and the error of a field that shows no message of
 * its own, at the end of the form.
 */
export function FormDialog({
  form,
  title,
  onClose,
  wide,
  submitLabel,
  className,
  children,
}: {
  form: FormState;
  title: string;
  onClose: () => void;
  wide?: boolean;
  submitLabel: string;
  className?: string;
  children: ReactNode;
}) {
  const formId = useId();
  return (
    <Dialog title={title} onClose={onClose} wide={wide} footer={<FormActions formId={formId} busy={form.busy} onCancel={onClose} submitLabel={submitLabel} />}>
      <form id={formId} className={className} onSubmit={form.onSubmit} noValidate>
        {children}
        <FormError form={form} />
      </form>
    </Dialog>
  );
}

/** The message at the end of a form (FormState.endMessage), announced when it appears. */
export function FormError({ form }: { form: Pick<FormState, 'errorId' | 'endMessage'> }) {
  return form.endMessage === undefined ? null : (
    <p id={form.errorId} className="form-error" role="alert">
      {form.endMessage}
    </p>
  );
}

/**
 * The submit of a form dialog, written once: the field error, "busy" while
 * the save runs, "submitted" (fields then show their refusals before being
 * left), a second press ignored while the first still runs, and a failed
 * save put into words by `describeError`.
 *
 * A dialog gives the hook its attempt (validate, then `save` the part that
 * writes) and passes the result to `FormDialog` as `form={form}`: the dialog
 * wires the submit and the busy button, and shows the error at the end of the
 * form unless its field shows its own message (`inline`, e.g. UrlField).
 */
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useT } from '../app/i18n';
import { describeError } from './errors';

export interface FieldError<F extends string> {
  readonly field: F;
  readonly message: string;
}

/** What FormDialog needs of a form's state. */
export interface FormState {
  readonly busy: boolean;
  readonly onSubmit: (e: FormEvent) => void;
  /** The id of the message shown at the end of the form, for `aria-describedby`. */
  readonly errorId: string;
  /** The message shown at the end of the form: the error of a field that does not show its own. */
  readonly endMessage: string | undefined;
}

export interface FormSubmit<F extends string> extends FormState {
  readonly error: FieldError<F> | null;
  /** The form was submitted at least once (since it was last reset). */
  readonly submitted: boolean;
  /** Refuses the form on `field` with `message`, focusing the field if the options name an element for it. */
  fail(field: F, message: string): void;
  /** Runs the part of the attempt that writes, busy while it runs. */
  save(work: () => Promise<void>): Promise<void>;
  /** Drops the error (only if it is about `field`, when given). */
  clear(field?: F): void;
  /** A setter that also drops the error about `field`: it no longer applies to what is typed now. */
  edit<V>(field: F, set: (value: V) => void): (value: V) => void;
  /** The message about `field`, for a field that shows its own (`inline`). */
  messageOf(field: F): string | undefined;
  /** `aria-invalid` and `aria-describedby` of a field whose error is shown at the end of the form, plus its own hints. */
  describe(field: F, ...hintIds: string[]): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** Back to a form never submitted, with no error. */
  reset(): void;
}

export interface FormSubmitOptions<F extends string> {
  /** The field a failed save is reported on (usually the form as a whole). */
  failField: F;
  /** The words of a failed save around describeError's (default: those words alone). */
  failed?: (detail: string) => string;
  /** Fields that show their own message; the others' are shown at the end of the form. */
  inline?: readonly F[];
  /** Elements to focus when their field is refused (e.g. a choice the editor still has to make). */
  focus?: Partial<Record<F, RefObject<HTMLElement | null>>>;
}

/**
 * `attempt` runs on submit: it validates (`fail` and return), then writes
 * inside `save`. Whatever it throws is shown on `failField`; the typed
 * values stay as they are, for the editor to retry.
 */
export function useFormSubmit<F extends string>(attempt: () => void | Promise<void>, options: FormSubmitOptions<F>): FormSubmit<F> {
  const t = useT();
  const errorId = useId();
  const [error, setError] = useState<FieldError<F> | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // A second press before the first has finished does nothing: `busy` only
  // disables the button after a render, and Enter in a field submits too.
  const running = useRef(false);
  const { failField, failed = (detail: string) => detail, inline = [], focus } = options;

  const fail = (field: F, message: string): void => {
    focus?.[field]?.current?.focus();
    setError({ field, message });
  };
  const clear = (field?: F): void => setError((e) => (field === undefined || e?.field === field ? null : e));

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (running.current) return;
    running.current = true;
    setSubmitted(true);
    setError(null);
    void (async () => {
      try {
        await attempt();
      } catch (err) {
        setError({ field: failField, message: failed(describeError(err, t)) });
      } finally {
        running.current = false;
      }
    })();
  };

  const save = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const atEnd = error !== null && !inline.includes(error.field);
  return {
    busy,
    onSubmit,
    errorId,
    endMessage: atEnd ? error.message : undefined,
    error,
    submitted,
    fail,
    save,
    clear,
    edit:
      <V>(field: F, set: (value: V) => void) =>
      (value: V) => {
        set(value);
        clear(field);
      },
    messageOf: (field) => (error?.field === field ? error.message : undefined),
    describe: (field, ...hintIds) => {
      const invalid = atEnd && error.field === field;
      const ids = invalid ? [errorId, ...hintIds] : hintIds;
      return { 'aria-invalid': invalid || undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
    },
    reset: () => {
      setError(null);
      setSubmitted(false);
    },
  };
}

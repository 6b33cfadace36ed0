/**
 * An address field that checks what is typed with checkUrl: the refusal
 * (role=alert) once the field has been left or the form submitted, and for
 * an accepted address the host it leads to, with the look-alike warning.
 *
 * No `maxlength`: the browser would silently cut a longer paste down to an
 * address that may lead elsewhere. checkUrl refuses one over
 * MAX_URL_LENGTH with a message instead.
 */
import { useId, useState, type Ref } from 'react';
import { checkUrl } from '../../core/sources/url';
import { describeUrlError } from '../../core/sources/messages';
import { useT } from '../app/i18n';
import { LookalikeWarning } from './LookalikeWarning';

export interface UrlFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Show the refusal even if the field was not left yet (after a submit). */
  showErrors: boolean;
  /** A message about this field from the last save (e.g. a duplicate address). */
  error?: string | undefined;
  /** The input, e.g. for the dialog to focus it when it opens. */
  inputRef?: Ref<HTMLInputElement>;
}

export function UrlField({ label, value, onChange, showErrors, error, inputRef }: UrlFieldProps) {
  const t = useT();
  const id = useId();
  const [left, setLeft] = useState(false);
  const checked = value.trim() === '' ? null : checkUrl(value);
  const refusal = checked && !checked.ok && (left || showErrors) ? describeUrlError(t, checked) : undefined;
  const message = refusal ?? error;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="url"
        inputMode="url"
        value={value}
        spellCheck={false}
        autoComplete="off"
        dir="ltr"
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setLeft(true)}
      />
      <span id={`${id}-help`} className="url-field-help">
        {message ? (
          <span className="form-error" role="alert">
            {message}
          </span>
        ) : checked?.ok ? (
          <span className="field-hint">
            {t('sourcesUi.leadsTo')} <strong dir="ltr">{checked.host}</strong>
            <LookalikeWarning checked={checked} />
          </span>
        ) : null}
      </span>
    </div>
  );
}

/** The refusal message for an address, or undefined when it is empty or accepted. */
export function urlProblem(t: ReturnType<typeof useT>, value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const checked = checkUrl(value);
  return checked.ok ? undefined : describeUrlError(t, checked);
}

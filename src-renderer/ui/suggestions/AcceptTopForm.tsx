/**
 * "Accept top N": the editor chooses N (5 by default, at most the number
 * left), then confirms in a dialog that says how many claims will be
 * created; the N best-ranked suggestions become claims in one transaction,
 * taken back by one Undo.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Suggestion } from '../../core/model';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { defaultTopCount, readTopCount, topSuggestions } from './ranking';

export interface AcceptTopFormProps {
  /** The suggestions left, in ranked order. */
  readonly suggestions: readonly Suggestion[];
  /** Accepts these (the best-ranked first); resolves true once saved. */
  onAccept(top: readonly Suggestion[]): Promise<boolean>;
}

export function AcceptTopForm({ suggestions, onAccept }: AcceptTopFormProps) {
  const { t } = useI18n();
  const id = useId();
  const count = suggestions.length;
  // What the editor typed; null until they type, so the default follows the list as it shrinks.
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const value = typed ?? String(defaultTopCount(count));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = readTopCount(value, count);
    if (!n.ok) {
      setError(true);
      return;
    }
    setError(false);
    setConfirming(n.n);
  };

  const confirm = () => {
    if (confirming === null) return;
    setBusy(true);
    void onAccept(topSuggestions(suggestions, confirming)).then((saved) => {
      setBusy(false);
      if (!saved) return;
      setConfirming(null);
      setTyped(null);
    });
  };

  return (
    <>
      <form className="accept-top" onSubmit={submit} noValidate aria-label={t('suggestions.acceptTop')}>
        <label htmlFor={`${id}-n`}>{t('suggestions.topCount')}</label>
        <input
          id={`${id}-n`}
          type="number"
          inputMode="numeric"
          min={1}
          max={count}
          step={1}
          value={value}
          aria-invalid={error || undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setTyped(e.target.value);
            setError(false);
          }}
        />
        <button type="submit">{t('suggestions.acceptTop')}</button>
        <small id={`${id}-hint`} className="accept-top-hint">
          {t('suggestions.topHint', { count })}
        </small>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t('suggestions.topInvalid', { count })}
          </p>
        )}
      </form>
      {confirming !== null && (
        <Dialog
          title={t('suggestions.confirmTitle')}
          onClose={() => !busy && setConfirming(null)}
          footer={
            <>
              <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </button>
              {/* Focused first: the editor asked for these claims, and one Undo takes them back. */}
              <button type="button" className="primary" disabled={busy} onClick={confirm} data-autofocus>
                {t('suggestions.confirmButton', { count: confirming })}
              </button>
            </>
          }
        >
          <p>{t('suggestions.confirmBody', { count: confirming })}</p>
        </Dialog>
      )}
    </>
  );
}

/**
 * The confirmation before "Remove repeated block" cuts paragraphs out of the
 * text: it says which paragraphs go and that the current text stays in the
 * article's history as its revision, so the cut can be taken back. Shown in
 * place (in the flag's entry or its popover), like the dismiss form.
 */
import { useEffect, useRef, useState } from 'react';
import { cancelOnEscape } from './escape';
import type { Flag } from '../../core/model';
import { useT } from '../app/i18n';

export interface RemoveBlockConfirmProps {
  readonly flag: Flag;
  /** The number of the revision shown now, which stays in the history. */
  readonly revisionNumber: number;
  /** Cuts the block; resolves false when it did not. */
  onConfirm(): Promise<boolean>;
  onCancel(): void;
}

export function RemoveBlockConfirm({ flag, revisionNumber, onConfirm, onCancel }: RemoveBlockConfirmProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const [from, to] = flag.paragraphs?.repeat ?? [0, 0];

  const onKeyDown = cancelOnEscape(onCancel);

  return (
    <div className="remove-block-confirm" role="group" aria-label={t('flags.removeBlockConfirmLabel')} onKeyDown={onKeyDown}>
      <p>{t('flags.removeBlockConfirm', { from: from + 1, to: to + 1, number: revisionNumber })}</p>
      <div className="dismiss-actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().then((done) => !done && setBusy(false));
          }}
        >
          {t('flags.removeBlockConfirmButton')}
        </button>
      </div>
    </div>
  );
}

/** The small form that dismisses a flag: a reason from a list and an optional note. */
import { useEffect, useId, useRef, useState } from 'react';
import { cancelOnEscape } from './escape';
import { useT } from '../app/i18n';
import { DISMISS_REASONS, dismissReasonName, type DismissReason } from './flag-labels';
import { FormActions } from '../common/Dialog';

export interface DismissFormProps {
  /** Saves the dismissal; the form closes once it resolves. */
  onDismiss(reason: string): Promise<void>;
  onCancel(): void;
}

export function DismissForm({ onDismiss, onCancel }: DismissFormProps) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState<DismissReason>('false-positive');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);

  useEffect(() => selectRef.current?.focus(), []);

  const onKeyDown = cancelOnEscape(onCancel);

  return (
    <form
      className="dismiss-form"
      aria-label={t('flags.dismissForm')}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        const label = dismissReasonName(reason, t);
        const text = note.trim();
        setSaving(true);
        onDismiss(text ? t('flags.reasonWithNote', { reason: label, note: text }) : label).catch(() => setSaving(false));
      }}
    >
      <label className="field" htmlFor={`${id}-reason`}>
        <span>{t('flags.reason')}</span>
        <select id={`${id}-reason`} ref={selectRef} value={reason} onChange={(e) => setReason(e.target.value as DismissReason)}>
          {DISMISS_REASONS.map((r) => (
            <option key={r} value={r}>
              {dismissReasonName(r, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-note`}>
        <span>{t('flags.note')}</span>
        <input id={`${id}-note`} type="text" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="dismiss-actions">
        <FormActions submitLabel={t('flags.confirmDismiss')} busy={saving} lockCancel onCancel={onCancel} />
      </div>
    </form>
  );
}

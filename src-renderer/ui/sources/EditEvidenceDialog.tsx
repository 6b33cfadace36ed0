/** Editing one claim–source link: stance, quote, locator and note, with undo. */
import { useState } from 'react';
import type { Evidence, Source, Stance } from '../../core/model';
import { restoreEvidenceFields, updateEvidence } from '../../storage/evidence-repo';
import { useT } from '../app/i18n';
import { clip } from './clip';
import { FormDialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { LIMITS, StanceSelect } from './SourceFields';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';

export function EditEvidenceDialog({ evidence, source, onClose }: { evidence: Evidence; source: Source; onClose: () => void }) {
  const t = useT();
  const toasts = useToasts();
  const [stance, setStance] = useState<Stance>(evidence.stance);
  const [quote, setQuote] = useState(evidence.quote ?? '');
  const [locator, setLocator] = useState(evidence.locator ?? '');
  const [note, setNote] = useState(evidence.note ?? '');
  const quoteRef = useInitialFocus<HTMLTextAreaElement>();

  const form = useFormSubmit<'form'>(
    (): Promise<void> =>
      form.save(async () => {
        const result = await updateEvidence(evidence.id, { stance, quote, locator, note });
        if (!result.ok) return form.fail('form', t('sourcesUi.linkMissing'));
        const before = result.before;
        toasts.show(t('sourcesUi.linkUpdated', { title: clip(source.title) }), {
          action: { label: t('common.undo'), run: () => void restoreEvidenceFields(before) },
        });
        onClose();
      }),
    { failField: 'form', failed: (detail) => t('sourcesUi.saveFailed', { detail }) },
  );

  return (
    <FormDialog form={form} title={t('sourcesUi.editLinkTitle', { title: clip(source.title) })} onClose={onClose} submitLabel={t('common.save')} className="source-form">
      <StanceSelect value={stance} onChange={setStance} />
      <label className="field">
        <span>{t('sourcesUi.quote')}</span>
        <textarea ref={quoteRef} rows={5} value={quote} dir="auto" maxLength={LIMITS.quote} onChange={(e) => setQuote(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('sourcesUi.locator')}</span>
        <input type="text" value={locator} dir="auto" maxLength={LIMITS.locator} placeholder={t('sourcesUi.locatorPlaceholder')} onChange={(e) => setLocator(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('sourcesUi.linkNote')}</span>
        <textarea rows={3} value={note} dir="auto" maxLength={LIMITS.note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </FormDialog>
  );
}

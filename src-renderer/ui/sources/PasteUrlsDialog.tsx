/**
 * "Paste URLs": one address per line, each becoming a source (titled with
 * its host and path until edited). Repeated addresses are merged, addresses
 * already in the library are left as they are, refused lines are reported
 * one by one, and the valid lines are added all the same, in one transaction.
 */
import { useId, useState } from 'react';
import { parseUrlList, type BulkUrlList } from '../../core/sources/bulk';
import { describeBulkDuplicate, describeBulkError } from '../../core/sources/messages';
import { addSourcesFromUrls, type UrlListOutcome } from '../../storage/sources-repo';
import { useT } from '../app/i18n';
import { Dialog, FormActions, FormError } from '../common/Dialog';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';
import { ReportList, summaryOf } from './ReportList';

/**
 * A paste larger than this is refused (10,000 addresses of 2,048
 * characters) with a message, never cut by a `maxlength`: a cut line would
 * be a shorter, different address.
 */
const MAX_PASTE = 10_000 * 2048;

export function PasteUrlsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const formId = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ list: BulkUrlList; outcome: UrlListOutcome } | null>(null);
  const textRef = useInitialFocus<HTMLTextAreaElement>();

  const form = useFormSubmit<'form'>(
    async (): Promise<void> => {
      if (text.length > MAX_PASTE) return form.fail('form', t('sourcesUi.pasteTooLong', { max: MAX_PASTE }));
      const list = parseUrlList(text);
      if (list.urls.length === 0 && list.errors.length === 0) return form.fail('form', t('sourcesUi.pasteEmpty'));
      await form.save(async () => {
        const outcome = list.urls.length > 0 ? await addSourcesFromUrls(list.urls) : { added: [], existing: [] };
        setResult({ list, outcome });
      });
    },
    { failField: 'form', failed: (detail) => t('sourcesUi.saveFailed', { detail }) },
  );

  return (
    <Dialog
      title={t('sourcesUi.pasteTitle')}
      onClose={onClose}
      footer={
        result ? (
          <button type="button" className="primary" onClick={onClose}>
            {t('common.close')}
          </button>
        ) : (
          <FormActions formId={formId} busy={form.busy} onCancel={onClose} submitLabel={t('sourcesUi.pasteSubmit')} />
        )
      }
    >
      {result ? (
        <PasteReport list={result.list} outcome={result.outcome} />
      ) : (
        <form id={formId} onSubmit={form.onSubmit} noValidate>
          <label className="field">
            <span>{t('sourcesUi.pasteLabel')}</span>
            <textarea
              ref={textRef}
              className="paste-urls"
              rows={10}
              value={text}
              dir="ltr"
              spellCheck={false}
              placeholder="https://…"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <p className="field-hint">{t('sourcesUi.pasteHint')}</p>
          <FormError form={form} />
        </form>
      )}
    </Dialog>
  );
}

function PasteReport({ list, outcome }: { list: BulkUrlList; outcome: UrlListOutcome }) {
  const t = useT();
  const problems = list.errors.length;
  return (
    <div className="paste-report">
      <p role="status">
        {summaryOf([
          t('sourcesUi.pasteAdded', { count: outcome.added.length }),
          outcome.existing.length > 0 ? t('sourcesUi.pasteExisting', { count: outcome.existing.length }) : '',
          list.duplicates.length > 0 ? t('sourcesUi.pasteMerged', { count: list.duplicates.length }) : '',
          problems > 0 ? t('sourcesUi.pasteRefused', { count: problems }) : '',
        ])}
      </p>
      <ReportList
        title={t('sourcesUi.pasteRefusedList')}
        items={list.errors.map((e) => (
          <li key={e.line}>
            {describeBulkError(t, e)}
            <code className="problem-input" dir="ltr">
              {e.input}
            </code>
          </li>
        ))}
      />
      <ReportList title={t('sourcesUi.pasteMergedList')} items={list.duplicates.map((d) => <li key={d.line}>{describeBulkDuplicate(t, d)}</li>)} />
      <ReportList
        title={t('sourcesUi.pasteExistingList')}
        items={outcome.existing.map((x) => (
          <li key={x.line} dir="auto">
            {t('sourcesUi.pasteExistingItem', { line: x.line, title: x.source.title })}
          </li>
        ))}
      />
    </div>
  );
}

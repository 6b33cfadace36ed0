/**
 * Adding a source to the library, or editing one: every field of a source.
 * Nothing is saved while an address or a date is refused; a duplicate
 * address names the source that already has it.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Source, SourceKind } from '../../core/model';
import type { SourceDraft } from '../../core/sources/source-draft';
import { createSource, restoreSourceFields, updateSource } from '../../storage/sources-repo';
import { describeError } from '../common/errors';
import { useT } from '../app/i18n';
import { clip } from './clip';
import { Dialog, FormActions } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { isSourceDate, todayIso } from './dates';
import { describeRefusal } from './refusals';
import { KindSelect, LIMITS, ReliabilitySelect } from './SourceFields';
import { UrlField, urlProblem } from './UrlField';
import { useInitialFocus } from '../common/use-initial-focus';

type Field = 'url' | 'archiveUrl' | 'title' | 'publishedAt' | 'accessedAt' | 'form';

export function SourceFormDialog({ source, onClose }: { source?: Source; onClose: () => void }) {
  const t = useT();
  const toasts = useToasts();
  const formId = useId();
  const [url, setUrl] = useState(source?.url ?? '');
  const [title, setTitle] = useState(source?.title ?? '');
  const [publisher, setPublisher] = useState(source?.publisher ?? '');
  const [author, setAuthor] = useState(source?.author ?? '');
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'other');
  const [reliability, setReliability] = useState(source?.reliability ?? 0);
  const [publishedAt, setPublishedAt] = useState(source?.publishedAt ?? '');
  const [accessedAt, setAccessedAt] = useState(source ? (source.accessedAt ?? '') : todayIso());
  const [archiveUrl, setArchiveUrl] = useState(source?.archiveUrl ?? '');
  const [notes, setNotes] = useState(source?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const urlRef = useInitialFocus<HTMLInputElement>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    const urlError = urlProblem(t, url);
    if (urlError) return setError({ field: 'url', message: urlError });
    const archiveError = urlProblem(t, archiveUrl);
    if (archiveError) return setError({ field: 'archiveUrl', message: archiveError });
    if (title.trim() === '' && url.trim() === '') return setError({ field: 'title', message: t('sourcesUi.needTitleOrUrl') });
    for (const [field, value] of [['publishedAt', publishedAt], ['accessedAt', accessedAt]] as const) {
      if (value.trim() !== '' && !isSourceDate(value.trim())) return setError({ field, message: t('sourcesUi.badDate') });
    }
    const draft: SourceDraft = { url, title, publisher, kind, reliability, notes };
    if (author.trim()) draft.author = author;
    if (publishedAt.trim()) draft.publishedAt = publishedAt.trim();
    if (accessedAt.trim()) draft.accessedAt = accessedAt.trim();
    if (archiveUrl.trim()) draft.archiveUrl = archiveUrl;
    setBusy(true);
    try {
      if (source) {
        const result = await updateSource(source.id, draft);
        if (!result.ok) return setError({ field: result.reason === 'duplicate-url' ? 'url' : 'form', message: describeRefusal(t, result) });
        const before = result.before;
        toasts.show(t('sourcesUi.sourceUpdated', { title: clip(result.after.title) }), {
          action: {
            label: t('common.undo'),
            run: () =>
              void restoreSourceFields(before).then((r) => {
                if (!r.ok) toasts.show(describeRefusal(t, r), { tone: 'error' });
              }),
          },
        });
      } else {
        const result = await createSource(draft);
        if (!result.ok) return setError({ field: result.reason === 'duplicate-url' ? 'url' : 'form', message: describeRefusal(t, result) });
        toasts.show(t('sourcesUi.sourceAdded', { title: clip(result.source.title) }));
      }
      onClose();
    } catch (err) {
      setError({ field: 'form', message: t('sourcesUi.saveFailed', { detail: describeError(err, t) }) });
    } finally {
      setBusy(false);
    }
  };

  /** A setter that also drops the last save's message about that field: it no longer applies. */
  const edit =
    (field: Field, set: (value: string) => void) =>
    (value: string): void => {
      set(value);
      if (error?.field === field) setError(null);
    };
  const fieldError = (field: Field) => (error?.field === field ? error.message : undefined);
  const errorFor = (field: Field) =>
    error?.field === field ? (
      <span className="form-error" role="alert">
        {error.message}
      </span>
    ) : null;

  return (
    <Dialog
      title={source ? t('sourcesUi.editTitle') : t('sourcesUi.addTitle')}
      onClose={onClose}
      footer={
        <FormActions formId={formId} busy={busy} onCancel={onClose} submitLabel={t('sourcesUi.saveSource')} />
      }
    >
      <form id={formId} className="source-form" onSubmit={(e) => void submit(e)} noValidate>
        <UrlField label={t('sourcesUi.url')} value={url} onChange={edit('url', setUrl)} showErrors={submitted} error={fieldError('url')} inputRef={urlRef} />
        <label className="field">
          <span>{t('sourcesUi.title')}</span>
          <input
            type="text"
            value={title}
            dir="auto"
            maxLength={LIMITS.title}
            aria-invalid={error?.field === 'title' || undefined}
            onChange={(e) => edit('title', setTitle)(e.target.value)}
          />
          {errorFor('title')}
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t('sourcesUi.publisher')}</span>
            <input type="text" value={publisher} dir="auto" maxLength={LIMITS.publisher} onChange={(e) => setPublisher(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('sourcesUi.author')}</span>
            <input type="text" value={author} dir="auto" maxLength={LIMITS.author} onChange={(e) => setAuthor(e.target.value)} />
          </label>
        </div>
        <div className="field-row">
          <KindSelect value={kind} onChange={setKind} />
          <ReliabilitySelect value={reliability} onChange={setReliability} />
        </div>
        <div className="field-row">
          <label className="field">
            <span>{t('sourcesUi.publishedAt')}</span>
            <input
              type="text"
              value={publishedAt}
              inputMode="numeric"
              placeholder={t('sourcesUi.datePlaceholder')}
              maxLength={40}
              aria-invalid={error?.field === 'publishedAt' || undefined}
              onChange={(e) => edit('publishedAt', setPublishedAt)(e.target.value)}
            />
            {errorFor('publishedAt')}
          </label>
          <label className="field">
            <span>{t('sourcesUi.accessedAt')}</span>
            <input
              type="text"
              value={accessedAt}
              inputMode="numeric"
              placeholder={t('sourcesUi.datePlaceholder')}
              maxLength={40}
              aria-invalid={error?.field === 'accessedAt' || undefined}
              onChange={(e) => edit('accessedAt', setAccessedAt)(e.target.value)}
            />
            {errorFor('accessedAt')}
          </label>
        </div>
        <UrlField label={t('sourcesUi.archiveUrl')} value={archiveUrl} onChange={edit('archiveUrl', setArchiveUrl)} showErrors={submitted} error={fieldError('archiveUrl')} />
        <label className="field">
          <span>{t('sourcesUi.notes')}</span>
          <textarea rows={3} value={notes} dir="auto" maxLength={LIMITS.notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
        {errorFor('form')}
      </form>
    </Dialog>
  );
}

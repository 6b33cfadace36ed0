/** "Paste article": text and optional title, source URL and publication date. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { checkUrl } from '../../core/sources/url';
import { describeUrlError } from '../../core/sources/messages';
import type { ImportedArticle } from '../../formats/import-file';
import { FormDialog } from '../common/Dialog';
import { useT } from '../app/i18n';
import { useInitialFocus } from '../common/use-initial-focus';
import { PublicationDateField, SourceUrlField } from '../library/ArticleSourceFields';
import '../library/library.css';

type Field = 'text' | 'url' | 'date';

export interface PasteArticleDialogProps {
  onClose(): void;
  /** Stores the article; resolves when it is saved (the dialog then closes). */
  onAdd(article: ImportedArticle): Promise<void>;
}

export function PasteArticleDialog({ onClose, onAdd }: PasteArticleDialogProps) {
  const t = useT();
  const errorId = useId();
  const hintId = useId();
  const titleHintId = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<{ field: Field | 'save'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const textRef = useInitialFocus<HTMLTextAreaElement>();

  // A second press while the first is read or saved does nothing (state would only tell after a render).
  const submitting = useRef(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting.current) return;
    setSubmitted(true);
    if (text.trim() === '') {
      setError({ field: 'text', message: t('textImport.pasteEmpty') });
      return;
    }
    let url = '';
    if (sourceUrl.trim() !== '') {
      const checked = checkUrl(sourceUrl);
      if (!checked.ok) {
        setError({ field: 'url', message: describeUrlError(t, checked) });
        return;
      }
      url = checked.url;
    }
    submitting.current = true;
    setBusy(true);
    try {
      // The text readers (and the language detector) load with the first article added.
      const { readPastedText } = await import('../../formats/import-file');
      const read = readPastedText(text, { title, sourceUrl: url, publishedAt: date }, { t });
      if (!read.ok) {
        setError({ field: read.code === 'invalid-url' ? 'url' : read.code === 'invalid-date' ? 'date' : 'text', message: read.message });
        submitting.current = false;
        setBusy(false);
        return;
      }
      setError(null);
      await onAdd(read);
    } catch (err) {
      setError({ field: 'save', message: err instanceof Error ? err.message : String(err) });
      submitting.current = false;
      setBusy(false);
    }
  };

  const invalid = (field: Field) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
  return (
    <FormDialog
      title={t('articles.pasteTitle')}
      onClose={onClose}
      wide
      submitLabel={t('articles.addArticle')}
      busy={busy}
      onSubmit={(e) => void submit(e)}
      className="article-form"
    >
      <label className="field">
        <span>{t('articles.pasteText')}</span>
        <textarea
          ref={textRef}
          value={text}
          dir="auto"
          aria-invalid={error?.field === 'text' || undefined}
          aria-describedby={error?.field === 'text' ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <p id={hintId} className="field-hint">
        {t('articles.pasteTextHint')}
      </p>
      <label className="field">
        <span>
          {t('articles.title')} {t('articles.optional')}
        </span>
        <input type="text" value={title} dir="auto" maxLength={500} aria-describedby={titleHintId} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <p id={titleHintId} className="field-hint">
        {t('articles.titleHintPaste')}
      </p>
      <div className="field-row">
        <SourceUrlField value={sourceUrl} onChange={setSourceUrl} showErrors={submitted} error={error?.field === 'url' ? error.message : undefined} />
        <PublicationDateField value={date} inputProps={invalid('date')} onChange={setDate} />
      </div>
      {error && error.field !== 'url' && (
        <p id={errorId} className="form-error" role="alert">
          {error.message}
        </p>
      )}
    </FormDialog>
  );
}

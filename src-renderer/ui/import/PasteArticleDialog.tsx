/** "Paste article": text and optional title, source URL and publication date. */
import { useId, useState } from 'react';
import { checkUrl } from '../../core/sources/url';
import { describeUrlError } from '../../core/sources/messages';
import type { ImportedArticle } from '../../formats/import-file';
import { FormDialog } from '../common/Dialog';
import { useT } from '../app/i18n';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';
import { PublicationDateField, SourceUrlField } from '../library/ArticleSourceFields';
import '../library/library.css';

type Field = 'text' | 'url' | 'date' | 'save';

export interface PasteArticleDialogProps {
  onClose(): void;
  /** Stores the article; resolves when it is saved (the dialog then closes). */
  onAdd(article: ImportedArticle): Promise<void>;
}

export function PasteArticleDialog({ onClose, onAdd }: PasteArticleDialogProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [date, setDate] = useState('');
  const textRef = useInitialFocus<HTMLTextAreaElement>();
  const hintId = useId();
  const titleHintId = useId();

  const form = useFormSubmit<Field>(
    async (): Promise<void> => {
      if (text.trim() === '') return form.fail('text', t('textImport.pasteEmpty'));
      let url = '';
      if (sourceUrl.trim() !== '') {
        const checked = checkUrl(sourceUrl);
        if (!checked.ok) return form.fail('url', describeUrlError(t, checked));
        url = checked.url;
      }
      await form.save(async () => {
        // The text readers (and the language detector) load with the first article added.
        const { readPastedText } = await import('../../formats/import-file');
        const read = readPastedText(text, { title, sourceUrl: url, publishedAt: date }, { t });
        if (!read.ok) return form.fail(read.code === 'invalid-url' ? 'url' : read.code === 'invalid-date' ? 'date' : 'text', read.message);
        await onAdd(read);
      });
    },
    { failField: 'save', inline: ['url'] },
  );

  return (
    <FormDialog form={form} title={t('articles.pasteTitle')} onClose={onClose} wide submitLabel={t('articles.addArticle')} className="article-form">
      <label className="field">
        <span>{t('articles.pasteText')}</span>
        <textarea ref={textRef} value={text} dir="auto" {...form.describe('text', hintId)} onChange={(e) => setText(e.target.value)} />
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
        <SourceUrlField value={sourceUrl} onChange={setSourceUrl} showErrors={form.submitted} error={form.messageOf('url')} />
        <PublicationDateField value={date} inputProps={form.describe('date')} onChange={setDate} />
      </div>
    </FormDialog>
  );
}

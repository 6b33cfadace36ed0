/**
 * Rename an article and edit its metadata: language, source URL, publication
 * date, byline; and the review's overall verdict and summary (the header of
 * every report).
 */
import { useState } from 'react';
import type { Article } from '../../core/model';
import { checkUrl } from '../../core/sources/url';
import { describeUrlError } from '../../core/sources/messages';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { updateArticle, type ArticlePatch } from '../../storage/articles-repo';
import { useSettings } from '../../storage/settings-repo';
import { verdictLabel } from '../claims/verdicts';
import { ConflictChoice, conflictingFields, useRecordConflict, type ConflictRow } from '../common/ConflictChoice';
import { StaleWriteError } from '../../storage/errors';
import { FormDialog } from '../common/Dialog';
import { useT } from '../app/i18n';
import { dateInputValue, languageChoice } from './article-meta';
import { LanguageField } from './LanguageField';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';
import { PublicationDateField, SourceUrlField } from './ArticleSourceFields';
import './library.css';

export function ArticleDetailsDialog({ article: opened, onClose }: { article: Article; onClose: () => void }) {
  const t = useT();
  // The saved article the form was filled from: a save is based on its
  // version, and refused if another window saved the article since.
  const [article, setArticle] = useState(opened);
  const [title, setTitle] = useState(article.title);
  const [language, setLanguage] = useState(languageChoice(article.language));
  const [sourceUrl, setSourceUrl] = useState(article.sourceUrl ?? '');
  const [date, setDate] = useState(dateInputValue(opened.publishedAt));
  const [byline, setByline] = useState(article.byline ?? '');
  const [verdict, setVerdict] = useState(article.verdict ?? '');
  const [verdictSummary, setVerdictSummary] = useState(article.verdictSummary ?? '');
  const { conflict, setConflict, keepMine, takeTheirs } = useRecordConflict<Article>((saved) => {
    setTitle(saved.title);
    setLanguage(languageChoice(saved.language));
    setSourceUrl(saved.sourceUrl ?? '');
    setDate(dateInputValue(saved.publishedAt));
    setByline(saved.byline ?? '');
    setVerdict(saved.verdict ?? '');
    setVerdictSummary(saved.verdictSummary ?? '');
  });
  const verdicts = (useSettings() ?? DEFAULT_SETTINGS).verdicts;
  const titleRef = useInitialFocus<HTMLInputElement>();
  /** The title as saved: white space folded. */
  const name = title.replace(/\s+/g, ' ').trim();

  const form = useFormSubmit<'title' | 'url' | 'save'>(() => save(article), {
    failField: 'save',
    failed: (detail) => t('articles.notSaved', { title: name, detail }),
    inline: ['url'],
  });

  /** Saves the form based on `article` (the saved article it was filled from). */
  const save = async (article: Article): Promise<void> => {
    if (!name) return form.fail('title', t('articles.titleRequired'));
    const patch: ArticlePatch = { title: name, byline: byline.trim(), verdict, verdictSummary: verdictSummary.trim() };
    if (language !== languageChoice(article.language)) patch.language = language;
    if (sourceUrl.trim() === '') patch.sourceUrl = '';
    else if (sourceUrl !== (article.sourceUrl ?? '')) {
      const checked = checkUrl(sourceUrl);
      if (!checked.ok) return form.fail('url', describeUrlError(t, checked));
      patch.sourceUrl = checked.url;
    }
    // An unchanged date keeps its stored form (possibly a full date-time).
    if (date !== dateInputValue(article.publishedAt)) patch.publishedAt = date;
    await form.save(async () => {
      try {
        await updateArticle(article.id, patch, article.version ?? 1);
        onClose();
      } catch (err) {
        if (!(err instanceof StaleWriteError)) throw err;
        const saved = err.stored as Article;
        setArticle(saved);
        // Saved elsewhere without touching these fields (a claim marked): saved on top, nothing to ask.
        if (differences(saved, article).length === 0) return save(saved);
        setConflict({ saved, base: article });
      }
    });
  };

  /** The fields another window changed since `base`, beside the form's values (for "Changed in another window"). */
  const differences = (saved: Article, base: Article): ConflictRow[] => {
    const verdictName = (id: string) => {
      const v = verdicts.find((x) => x.id === id);
      return id === '' ? t('articles.noOverallVerdict') : v ? verdictLabel(v, t) : id;
    };
    return conflictingFields([
      [t('articles.title'), title.trim(), saved.title, base.title],
      [t('articles.language'), language, languageChoice(saved.language), languageChoice(base.language)],
      [t('articles.sourceUrl'), sourceUrl.trim(), saved.sourceUrl ?? '', base.sourceUrl ?? ''],
      [t('articles.publicationDate'), date, dateInputValue(saved.publishedAt), dateInputValue(base.publishedAt)],
      [t('articles.byline'), byline.trim(), saved.byline ?? '', base.byline ?? ''],
      [t('articles.overallVerdict'), verdictName(verdict), verdictName(saved.verdict ?? ''), verdictName(base.verdict ?? '')],
      [t('articles.verdictSummary'), verdictSummary.trim(), saved.verdictSummary ?? '', base.verdictSummary ?? ''],
    ]);
  };

  return (
    <FormDialog form={form} title={t('articles.detailsTitle')} onClose={onClose} submitLabel={t('articles.saveDetails')} className="article-form">
      <label className="field">
        <span>{t('articles.title')}</span>
        <input ref={titleRef} type="text" value={title} dir="auto" maxLength={500} required {...form.describe('title')} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <LanguageField value={language} onChange={setLanguage} />
      <SourceUrlField value={sourceUrl} onChange={setSourceUrl} showErrors={form.submitted} error={form.messageOf('url')} />
      <div className="field-row">
        <PublicationDateField value={date} onChange={setDate} />
        <label className="field">
          <span>
            {t('articles.byline')} {t('articles.optional')}
          </span>
          <input type="text" value={byline} dir="auto" maxLength={300} onChange={(e) => setByline(e.target.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('articles.reviewLegend')}</legend>
        <label className="field">
          <span>{t('articles.overallVerdict')}</span>
          <select value={verdict} onChange={(e) => setVerdict(e.target.value)}>
            <option value="">{t('articles.noOverallVerdict')}</option>
            {!verdicts.some((v) => v.id === verdict) && verdict && <option value={verdict}>{t('annotation.verdictUnknown', { id: verdict })}</option>}
            {verdicts
              .filter((v) => v.id !== 'not-rated')
              .map((v) => (
                <option key={v.id} value={v.id}>
                  {verdictLabel(v, t)}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('articles.verdictSummary')}</span>
          <textarea rows={3} dir="auto" maxLength={5000} value={verdictSummary} onChange={(e) => setVerdictSummary(e.target.value)} />
        </label>
      </fieldset>
      {conflict && <ConflictChoice rows={differences(conflict.saved, conflict.base)} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
    </FormDialog>
  );
}

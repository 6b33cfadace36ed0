/**
 * What the editor needs to know about the open article before reading it:
 * title, language (editable), where and when it was published, which
 * revision this is, what went wrong on import (e.g. "decoded as
 * Windows-1252"), and the comments the imported document carried (Word
 * comments: notes on the text, never part of it). Placed above the article
 * by the reader.
 */
import { useState, type MouseEvent } from 'react';
import type { Article } from '../../core/model';
import { checkUrl } from '../../core/sources/url';
import { getHost } from '../../host';
import { updateArticle, useArticle, useRevision, useRevisionCount } from '../../storage/articles-repo';
import { useActionFailed } from '../common/errors';
import { StaleWriteError, writeBasedOn } from '../../storage/errors';
import { useI18n } from '../app/i18n';
import { dispatchCommand } from '../app/commands';
import { useWorkbench } from '../app/workbench-state';
import { ArticleDetailsDialog } from './lazy';
import { LookalikeWarning } from '../sources/LookalikeWarning';
import { languageChoice, publicationDate } from './article-meta';
import { LanguageField } from './LanguageField';
import './library.css';

export interface ArticleInfoProps {
  /** The article to describe; the open article by default. */
  articleId?: string;
  /** Show the title as the page's heading (h1). Off when the reader shows its own. */
  showTitle?: boolean;
}

export function ArticleInfo({ articleId: given, showTitle = true }: ArticleInfoProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const failed = useActionFailed();
  const { articleId: open } = useWorkbench();
  const articleId = given ?? open;
  const article = useArticle(articleId);
  const revision = useRevision(article?.currentRevisionId);
  const revisionCount = useRevisionCount(articleId);
  const [editing, setEditing] = useState(false);
  if (!article) return null;

  const source = article.sourceUrl ? checkUrl(article.sourceUrl) : null;
  const warnings = revision?.importInfo.warnings ?? [];
  const comments = revision?.importInfo.comments ?? [];
  const fileName = revision?.importInfo.fileName;

  const setLanguage = (language: string) => {
    // Based on the article as shown. Saved elsewhere since: made on top when
    // that save left the language alone (a claim marked), else not made and the editor is told.
    const seen = article;
    const write = (basedOn: number) => updateArticle(seen.id, { language }, basedOn);
    writeBasedOn(write, seen, (stored: Article) => stored.language === seen.language).catch((err: unknown) =>
      err instanceof StaleWriteError ? failed(err, () => t('conflict.refused')) : failed(err, (detail) => t('articles.notSaved', { title: seen.title, detail })),
    );
  };
  const openSource = (e: MouseEvent<HTMLAnchorElement>, url: string) => {
    // The host opens it in the system browser (Electron) or a new tab,
    // never inside the workbench window.
    e.preventDefault();
    void getHost().openExternal(url);
  };

  return (
    <section className="article-info" aria-label={t('articles.infoRegion')}>
      {showTitle && (
        <h1 className="article-info-title" dir="auto">
          {article.title}
        </h1>
      )}
      <div className="article-info-meta">
        <LanguageField className="article-info-language" value={languageChoice(article.language)} onChange={setLanguage} />
        {source?.ok && (
          <span>
            {t('articles.source')}{' '}
            <a href={source.url} title={source.url} aria-label={t('articles.openSource', { host: source.host })} onClick={(e) => openSource(e, source.url)}>
              {source.host}
            </a>
            <LookalikeWarning checked={source} />
          </span>
        )}
        {article.publishedAt && <span>{t('articles.publishedOn', { date: formatDate(publicationDate(article.publishedAt)) })}</span>}
        {article.byline && <span dir="auto">{t('articles.writtenBy', { byline: article.byline })}</span>}
        <span>{t('articles.addedOn', { date: formatDate(article.createdAt) })}</span>
        {revision && (
          <span>{t('articles.revision', { n: formatNumber(revision.number), total: formatNumber(Math.max(revisionCount ?? 0, revision.number)) })}</span>
        )}
        {fileName && <span dir="auto">{t('articles.importedFrom', { file: fileName })}</span>}
      </div>
      {warnings.length > 0 && (
        <div className="article-info-warnings warning" role="note" aria-label={t('articles.warnings')}>
          <span aria-hidden="true" className="warning-icon">
            ⚠
          </span>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} dir="auto">
                {w}
              </li>
            ))}
          </ul>
        </div>
      )}
      {comments.length > 0 && (
        <details className="article-info-comments">
          <summary>{t('articles.documentComments', { count: comments.length })}</summary>
          <ul>
            {comments.map((c, i) => (
              <li key={i} dir="auto">
                <span className="comment-quote">{t(c.start !== undefined ? 'articles.commentOn' : 'articles.commentNotFound', { quote: c.quote })}</span>{' '}
                <span className="comment-text">{c.text}</span>
                {c.author && <span className="comment-author"> {t('articles.commentBy', { author: c.author })}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="article-info-actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('articles.editDetails')}
        </button>
        <button type="button" onClick={() => dispatchCommand('import-new-version')}>
          {t('articles.importNewVersion')}
        </button>
      </div>
      {editing && <ArticleDetailsDialog article={article} onClose={() => setEditing(false)} />}
    </section>
  );
}

/**
 * The library: every article in the workspace, newest first, with its
 * language, date added and counts; search by title and text; rename and
 * edit details; delete with confirmation and undo.
 *
 * Keyboard: Tab reaches the search box, each article and its actions; in the
 * list, ↑/↓ (and Home/End) move between articles, Delete asks to delete the
 * focused one; ↓ in the search box goes to the first result.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Article } from '../../core/model';
import { useOpenFlagCounts } from '../analysis/open-counts';
import { deleteArticle, restoreArticle, type DeletedArticle } from '../../storage/articles-repo';
import { useActionFailed } from '../common/errors';
import { useArticleCount, useLibrary, type LibraryEntry } from '../../storage/library-repo';
import { useI18n } from '../app/i18n';
import { useCommand } from '../app/commands';
import { useWorkbench } from '../app/workbench-state';
import { Dialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { ArticleDetailsDialog } from './lazy';
import { languageCode, languageLabel } from './article-meta';
import { useShowArticle } from './show-article';
import { ImportReviewButton } from '../export/ImportReviewButton';
import { useInitialFocus } from '../common/use-initial-focus';
import { RecordErrorBoundary } from '../common/ErrorBoundary';
import { useRawExport } from '../common/raw-export';
import { useDeleteBrokenArticle } from './broken-article';
import './library.css';

const SEARCH_DELAY_MS = 200;

/** `value`, updated only after it has stopped changing for `ms`. */
function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (value === '') {
      setDebounced('');
      return;
    }
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function LibraryPane() {
  const { t } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const exportRaw = useRawExport();
  const deleteBroken = useDeleteBrokenArticle();
  const { articleId, openArticle } = useWorkbench();
  const showArticle = useShowArticle();
  const [input, setInput] = useState('');
  const query = useDebounced(input.trim(), SEARCH_DELAY_MS);
  const entries = useLibrary(query);
  const flagCounts = useOpenFlagCounts();
  const total = useArticleCount();
  const [editing, setEditing] = useState<Article | null>(null);
  const [deleting, setDeleting] = useState<Article | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const cancelDeleteRef = useInitialFocus<HTMLButtonElement>(deleting);
  const searchRef = useRef<HTMLInputElement>(null);
  /** After a delete, the list position that should get the focus once the list has updated. */
  const focusAfterDelete = useRef<number | null>(null);

  useCommand('focus-library', () => {
    const current = listRef.current?.querySelector<HTMLElement>('.article-item[aria-current="true"]');
    (current ?? listRef.current?.querySelector<HTMLElement>('.article-item') ?? searchRef.current)?.focus();
  });

  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>('.article-item') ?? []);

  useEffect(() => {
    const index = focusAfterDelete.current;
    if (index === null || !entries) return;
    focusAfterDelete.current = null;
    const list = items();
    (list[Math.min(index, list.length - 1)] ?? searchRef.current)?.focus();
  }, [entries]);

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.findIndex((el) => el === document.activeElement);
    if (at === -1) return;
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = Math.min(at + 1, list.length - 1);
    else if (e.key === 'ArrowUp') next = Math.max(at - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else if (e.key === 'Delete') {
      // By id, not position: an item that could not be shown has no .article-item.
      const id = list[at]?.dataset['articleId'];
      const entry = entries?.find((x) => x.article.id === id);
      if (entry) {
        e.preventDefault();
        setDeleting(entry.article);
      }
      return;
    }
    if (next === null) return;
    e.preventDefault();
    list[next]?.focus();
  };

  const confirmDelete = useCallback(
    async (article: Article) => {
      const position = entries?.findIndex((x) => x.article.id === article.id) ?? -1;
      const wasOpen = article.id === articleId;
      setDeleting(null);
      let deleted: DeletedArticle | null;
      try {
        deleted = await deleteArticle(article.id);
      } catch (err) {
        failed(err, (detail) => t('articles.deleteFailed', { title: article.title, detail }));
        return;
      }
      if (!deleted) return;
      focusAfterDelete.current = Math.max(position, 0);
      if (wasOpen) openArticle(undefined);
      const restorable = deleted;
      toasts.show(t('articles.deleted', { title: article.title }), {
        action: {
          label: t('common.undo'),
          run: () => {
            restoreArticle(restorable).then(
              () => {
                if (wasOpen) openArticle(article.id);
                toasts.show(t('articles.restored', { title: article.title }));
              },
              (err: unknown) => failed(err, (detail) => t('articles.notSaved', { title: article.title, detail })),
            );
          },
        },
      });
    },
    [entries, articleId, openArticle, toasts, t, failed],
  );

  const searching = query !== '';
  return (
    <nav className="pane library-pane" aria-label={t('library.region')} data-pane tabIndex={-1}>
      <div className="library-header">
        <h2 className="pane-title">{t('library.title')}</h2>
        <ImportReviewButton />
      </div>
      {total !== 0 && (
        <div className="library-search">
          <input
            ref={searchRef}
            type="search"
            value={input}
            aria-label={t('articles.searchLabel')}
            placeholder={t('articles.searchPlaceholder')}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                const first = items()[0];
                if (first) {
                  e.preventDefault();
                  first.focus();
                }
              }
            }}
          />
        </div>
      )}
      {total === 0 && <p className="empty-state">{t('library.empty')}</p>}
      <p className="library-count" role="status">
        {entries && total !== 0 && (searching ? t('articles.results', { count: entries.length, query }) : t('articles.articleCount', { count: entries.length }))}
      </p>
      <ul ref={listRef} className="article-list" aria-label={t('articles.listLabel')} onKeyDown={onListKey}>
        {entries?.map((entry) => (
          // One bad record shows its own error with Delete and Export raw; the rest of the library goes on.
          <RecordErrorBoundary
            key={entry.article.id}
            name={`Library item ${entry.article.id}`}
            resetKey={entry}
            message={(detail) => t('articles.brokenItem', { detail })}
            onDelete={() => void deleteBroken(entry.article.id)}
            onExportRaw={() => void exportRaw('articles', entry.article.id)}
            frame={(content) => <li className="library-item library-item-broken">{content}</li>}
          >
            <LibraryItem
              entry={entry}
              current={entry.article.id === articleId}
              flagCount={flagCounts.get(entry.article.id)}
              onOpen={() => showArticle(entry.article.id)}
              onEdit={() => setEditing(entry.article)}
              onDelete={() => setDeleting(entry.article)}
            />
          </RecordErrorBoundary>
        ))}
      </ul>
      {editing && <ArticleDetailsDialog article={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <Dialog
          title={t('articles.deleteTitle')}
          onClose={() => setDeleting(null)}
          footer={
            <>
              <button ref={cancelDeleteRef} type="button" onClick={() => setDeleting(null)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary danger" onClick={() => void confirmDelete(deleting)}>
                {t('articles.deleteConfirm')}
              </button>
            </>
          }
        >
          <p dir="auto">{t('articles.deleteBody', { title: deleting.title })}</p>
        </Dialog>
      )}
    </nav>
  );
}

interface ItemProps {
  entry: LibraryEntry;
  current: boolean;
  /** Open flags; undefined while not counted yet (shown as nothing, never as 0). */
  flagCount: number | undefined;
  onOpen(): void;
  onEdit(): void;
  onDelete(): void;
}

function LibraryItem({ entry, current, flagCount, onOpen, onEdit, onDelete }: ItemProps) {
  const { t, formatDate } = useI18n();
  const { article, claimCount, textMatch } = entry;
  const title = article.title || t('articles.untitled');
  return (
    <li className="library-item" data-current={current ? 'true' : undefined}>
      <button type="button" className="article-item" data-article-id={article.id} aria-current={current ? 'true' : undefined} onClick={onOpen}>
        <span className="article-title" dir="auto">
          {title}
        </span>
        <span className="article-meta">
          <abbr title={t(languageLabel(article.language))}>{languageCode(article.language)}</abbr>
          <span aria-hidden="true"> · </span>
          <span>{formatDate(article.createdAt)}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('articles.claimCount', { count: claimCount })}</span>
          {flagCount !== undefined && (
            <>
              <span aria-hidden="true"> · </span>
              <span className={flagCount > 0 ? 'article-flags has-flags' : 'article-flags'}>{t('articles.flagCount', { count: flagCount })}</span>
            </>
          )}
        </span>
        {textMatch && (
          <span className="article-match" dir="auto">
            <span className="visually-hidden">{t('articles.inText')} </span>
            {textMatch.before}
            <mark>{textMatch.hit}</mark>
            {textMatch.after}
          </span>
        )}
      </button>
      <span className="library-item-actions">
        <button type="button" className="small-button" aria-label={t('articles.editArticle', { title })} onClick={onEdit}>
          {t('common.edit')}
        </button>
        <button type="button" className="small-button danger" aria-label={t('articles.deleteArticle', { title })} onClick={onDelete}>
          {t('common.delete')}
        </button>
      </span>
    </li>
  );
}

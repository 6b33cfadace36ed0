/**
 * What every view offers for an article it cannot show: delete it (with
 * undo; no confirmation dialog, which would have to show the very fields
 * that may be broken) and export its raw rows first.
 */
import { useCallback } from 'react';
import { deleteArticle, restoreArticle } from '../../storage/articles-repo';
import { useT } from '../app/i18n';
import { useWorkbench } from '../app/workbench-state';
import { useActionFailed } from '../common/errors';
import { useRawExport } from '../common/raw-export';
import { useToasts } from '../common/toasts';

/** Deletes article `id` that could not be shown, closing it if it was open; Undo puts it back. */
export function useDeleteBrokenArticle(): (id: string) => Promise<void> {
  const t = useT();
  const toasts = useToasts();
  const failed = useActionFailed();
  const { articleId, openArticle } = useWorkbench();
  return useCallback(
    async (id: string) => {
      const wasOpen = id === articleId;
      try {
        const deleted = await deleteArticle(id);
        if (!deleted) return;
        if (wasOpen) openArticle(undefined);
        toasts.show(t('articles.brokenDeleted'), {
          action: { label: t('common.undo'), run: () => void restoreArticle(deleted).catch((err: unknown) => failed(err)) },
        });
      } catch (err) {
        failed(err);
      }
    },
    [articleId, openArticle, toasts, t, failed],
  );
}

/** "Delete this article" and "Export raw", beside Retry, in a pane that failed on the open article. */
export function BrokenArticleActions({ articleId }: { articleId: string }) {
  const t = useT();
  const deleteBroken = useDeleteBrokenArticle();
  const exportRaw = useRawExport();
  return (
    <>
      <button type="button" className="danger" onClick={() => void deleteBroken(articleId)}>
        {t('shell.deleteOpenArticle')}
      </button>
      <button type="button" onClick={() => void exportRaw('articles', articleId)}>
        {t('shell.exportRaw')}
      </button>
    </>
  );
}

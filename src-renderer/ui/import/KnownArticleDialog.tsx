/**
 * "Already in the library": an article file or a review whose article the
 * library already has (the same text, an earlier or later revision of it,
 * the same address, or the very article a review was exported from). The
 * editor chooses: merge into the existing article, add the text as a new
 * revision of it, or keep both — never a silent second copy.
 */
import { useId } from 'react';
import type { KnownArticle } from '../../storage/library-repo';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';

export type KnownChoice = 'merge' | 'revision' | 'both';

export interface KnownArticleDialogProps {
  /** The file name, or the title of pasted text. */
  name: string;
  known: KnownArticle;
  /** An article file (text only) or a review (text and work). */
  kind: 'article' | 'review';
  onChoose(choice: KnownChoice): void;
  onCancel(): void;
}

export function KnownArticleDialog({ name, known, kind, onChoose, onCancel }: KnownArticleDialogProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const title = known.article.title;
  const why = (() => {
    switch (known.because) {
      case 'same-article':
        return t('articles.knownSameArticle', { name, title });
      case 'same-text':
        return t('articles.duplicateBody', { name, title, date: formatDate(known.article.createdAt) });
      case 'earlier-revision':
        return t('articles.knownEarlierRevision', { name, title, n: known.revisionNumber ?? 1 });
      case 'later-revision':
        return t('articles.knownLaterRevision', { name, title });
      case 'same-url':
        return t('articles.knownSameUrl', { name, title });
      default: {
        const never: never = known.because;
        return String(never);
      }
    }
  })();
  // The same text as the current one cannot be a new revision of it.
  const canRevise = known.because !== 'same-text' && !(kind === 'review' && known.because === 'same-article');
  const hint = (article: Parameters<typeof t>[0], review: Parameters<typeof t>[0]) => t(kind === 'review' ? review : article);
  return (
    <Dialog
      title={t('articles.duplicateTitle')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('articles.skip')}
          </button>
          <button type="button" aria-describedby={`${id}-both`} onClick={() => onChoose('both')}>
            {t('articles.keepBoth')}
          </button>
          {canRevise && (
            <button type="button" aria-describedby={`${id}-revision`} onClick={() => onChoose('revision')}>
              {t('articles.addRevision')}
            </button>
          )}
          <button type="button" className="primary" data-autofocus aria-describedby={`${id}-merge`} onClick={() => onChoose('merge')}>
            {t('articles.mergeExisting')}
          </button>
        </>
      }
    >
      <p dir="auto">{why}</p>
      <dl className="known-choices">
        <dt>{t('articles.mergeExisting')}</dt>
        <dd id={`${id}-merge`}>{hint('articles.mergeHint', 'articles.reviewMergeHint')}</dd>
        {canRevise && (
          <>
            <dt>{t('articles.addRevision')}</dt>
            <dd id={`${id}-revision`}>{hint('articles.addRevisionHint', 'articles.reviewRevisionHint')}</dd>
          </>
        )}
        <dt>{t('articles.keepBoth')}</dt>
        <dd id={`${id}-both`}>{hint('articles.keepBothHint', 'articles.reviewKeepBothHint')}</dd>
      </dl>
    </Dialog>
  );
}

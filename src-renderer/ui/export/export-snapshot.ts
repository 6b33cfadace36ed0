/**
 * The review snapshot of an article for the export dialog: everything read
 * in one transaction (storage `readSnapshot`), then the flags of that very
 * data computed by the one analysis, in the worker (from its cache when the
 * article is open), so a long article never freezes the window while the
 * dialog opens or its report language changes. Null when the article is gone.
 */
import type { Locale } from '../../core/i18n';
import type { ReviewSnapshot } from '../../core/report';
import { completeSnapshot, readSnapshot } from '../../storage/review-repo';
import { analyzeStored } from '../analysis/requests';

export async function buildExportSnapshot(articleId: string, locale: Locale): Promise<ReviewSnapshot | null> {
  const done = await analyzeStored(articleId, locale, 'export', () => readSnapshot(articleId, { locale }));
  return done ? completeSnapshot(done, done.analysis) : null;
}

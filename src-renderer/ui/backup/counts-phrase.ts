import type { Translate } from '../../core/i18n';
import type { TableCounts } from '../../core/backup/tables';

/** "3 articles", "12 claims", "5 sources": the parameters of the backup messages that count a workspace. */
export function countsPhrase(t: Translate, counts: Pick<TableCounts, 'articles' | 'claims' | 'sources'>): { articles: string; claims: string; sources: string } {
  return {
    articles: t('backup.countArticles', { count: counts.articles }),
    claims: t('backup.countClaims', { count: counts.claims }),
    sources: t('backup.countSources', { count: counts.sources }),
  };
}

/**
 * "Export raw" for a record a view cannot show: its stored rows as JSON,
 * saved where the editor chooses (the host's save dialog), so nothing has to
 * be lost to get the app working again.
 */
import { useCallback } from 'react';
import { rawArticle, rawRecordsText, rawSource } from '../../storage/raw-records';
import { getHost } from '../../host';
import { useT } from '../app/i18n';
import { describeError } from './errors';
import { useToasts } from './toasts';

/** File names keep only safe characters of a record id. */
function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'record';
}

export function useRawExport(): (table: 'articles' | 'sources', id: string) => Promise<void> {
  const t = useT();
  const toasts = useToasts();
  return useCallback(
    async (table: 'articles' | 'sources', id: string) => {
      try {
        const records = table === 'articles' ? await rawArticle(id) : await rawSource(id);
        if (!records) return;
        const outcome = await getHost().saveFile({
          suggestedName: `raw-${table === 'articles' ? 'article' : 'source'}-${fileSafe(id)}.json`,
          title: t('shell.exportRawTitle'),
          extensions: ['json'],
          mimeType: 'application/json',
          data: rawRecordsText(records),
        });
        if (outcome.saved) toasts.show(t('shell.rawSaved', { where: outcome.where }));
      } catch (error) {
        toasts.show(t('shell.rawFailed', { detail: describeError(error, t) }), { tone: 'error' });
      }
    },
    [t, toasts],
  );
}

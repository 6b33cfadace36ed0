/**
 * The claim's history (region "History"): every change, oldest first, with
 * who made it and when — what the JSON export and the backups carry too.
 */
import type { Verdict } from '../../core/model';
import { useClaimEvents } from '../../storage/claim-events-repo';
import { useI18n } from '../app/i18n';
import { describeChange, describeKind } from './history-text';

export function ClaimHistory({ claimId, verdicts }: { claimId: string; verdicts: readonly Verdict[] }) {
  const { t, formatDate } = useI18n();
  const events = useClaimEvents(claimId);
  if (!events) return null;
  return (
    <details className="claim-history">
      <summary>{t('review.history', { count: events.length })}</summary>
      {events.length === 0 ? (
        <p className="empty-state">{t('review.historyEmpty')}</p>
      ) : (
        <ol aria-label={t('review.historyRegion')}>
          {events.map((e) => (
            <li key={e.id}>
              <p className="history-head">
                <time dateTime={e.at}>{formatDate(e.at, 'datetime')}</time>
                {' · '}
                <span>{e.editor.trim() || t('annotation.unnamedEditor')}</span>
                {' · '}
                <span className="history-kind">{describeKind(e, t)}</span>
              </p>
              {e.changes.length > 0 && (
                <ul>
                  {e.changes.map((c, i) => (
                    <li key={i} dir="auto">
                      {describeChange(c, t, verdicts)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

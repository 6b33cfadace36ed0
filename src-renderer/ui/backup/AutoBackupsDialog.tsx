/**
 * "Restore from automatic backup" (Electron): the rolling backups in the
 * user-data folder, newest first, with their date, kind and size. Choosing
 * one reads it and goes through the same preview as "Restore workspace".
 */
import { useEffect, useRef, useState } from 'react';
import type { AutoBackupHost } from '../../host/host';
import { describeError } from '../common/errors';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { ListTable } from '../common/ListTable';
import { AUTO_BACKUP_KEEP_DAYS, AUTO_BACKUP_MINUTES } from './auto-backup';
import type { RestoreInput } from './RestoreDialog';

type Entry = { name: string; createdAt: string; size: number };
type Listing = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly detail: string } | { readonly kind: 'ready'; readonly entries: readonly Entry[] };

export function AutoBackupsDialog({ host, onClose, onChoose }: { host: AutoBackupHost; onClose: () => void; onChoose: (file: RestoreInput) => void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [readError, setReadError] = useState<string | null>(null);
  const firstRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let cancelled = false;
    host.list().then(
      (entries) => !cancelled && setListing({ kind: 'ready', entries }),
      (error: unknown) => !cancelled && setListing({ kind: 'failed', detail: describeError(error, t) }),
    );
    return () => {
      cancelled = true;
    };
  }, [host, t]);

  const ready = listing.kind === 'ready';
  useEffect(() => {
    if (ready) firstRef.current?.focus();
  }, [ready]);

  const choose = async (entry: Entry) => {
    setReadError(null);
    try {
      onChoose({ name: entry.name, input: await host.read(entry.name) });
    } catch (error) {
      setReadError(t('backup.autoReadFailed', { file: entry.name, detail: describeError(error, t) }));
    }
  };

  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? t('backup.sizeMb', { size: formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10) }) : t('backup.sizeKb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });

  return (
    <Dialog
      title={t('backup.autoTitle')}
      onClose={onClose}
      wide
      footer={
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p className="backup-muted">{t('backup.autoIntro', { minutes: AUTO_BACKUP_MINUTES, days: AUTO_BACKUP_KEEP_DAYS })}</p>
      {listing.kind === 'loading' && <p role="status">{t('backup.autoLoading')}</p>}
      {listing.kind === 'failed' && <p role="alert">{t('backup.autoListFailed', { detail: listing.detail })}</p>}
      {listing.kind === 'ready' && listing.entries.length === 0 && <p>{t('backup.autoEmpty')}</p>}
      {listing.kind === 'ready' && listing.entries.length > 0 && (
        <ListTable className="backup-list" caption={t('backup.autoList')} columns={[t('backup.autoMade'), t('backup.autoKind'), t('backup.autoSize'), null]}>
          {listing.entries.map((entry, i) => {
            const date = formatDate(entry.createdAt, 'datetime');
            return (
              <tr key={entry.name}>
                <td>{date}</td>
                <td>{entry.name.includes('-before-upgrade') ? t('backup.autoBeforeUpgrade') : t('backup.autoRegular')}</td>
                <td>{size(entry.size)}</td>
                <td>
                  <button ref={i === 0 ? firstRef : undefined} type="button" aria-label={t('backup.autoChooseLabel', { date })} onClick={() => void choose(entry)}>
                    {t('backup.autoChoose')}
                  </button>
                </td>
              </tr>
            );
          })}
        </ListTable>
      )}
      {readError && <p role="alert">{readError}</p>}
    </Dialog>
  );
}

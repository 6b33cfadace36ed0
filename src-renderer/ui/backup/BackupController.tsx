/**
 * Backups and restores: the commands "Back up workspace", "Restore
 * workspace" and "Restore from automatic backup" (File menu, the toolbar's
 * "Workspace" button), the restore dialogs, automatic backups in Electron and
 * the reminder to back up in the browser.
 */
import { isCancelled } from '../../core/cancel';
import { runOperation } from '../common/progress';
import { useCallback, useState } from 'react';
import type { Settings } from '../../core/settings';
import { getHost } from '../../host';
import type { RestoreResult } from '../../storage/backup';
import { markBackedUp } from '../../storage/backup-state';
import { MAX_BACKUP_BYTES } from '../../core/backup/tables';
import { loadBackup } from './load-backup';
import { lazyDialog } from '../common/lazy-dialog';
import { countsPhrase } from './counts-phrase';
import { getArticle } from '../../storage/articles-repo';
import { useActionFailed } from '../common/errors';
import { useCommand } from '../app/commands';
import { useI18n } from '../app/i18n';
import { useWorkbench } from '../app/workbench-state';
import { useToasts } from '../common/toasts';
import { backupWasMade, useAutoBackup, useBackupReminder } from './auto-backup';
import type { RestoreInput } from './RestoreDialog';
import './backup.css';

/** The restore dialogs and what they use load when one is first opened. */
const RestoreDialog = lazyDialog(() => import('./RestoreDialog').then((m) => m.RestoreDialog));
const AutoBackupsDialog = lazyDialog(() => import('./AutoBackupsDialog').then((m) => m.AutoBackupsDialog));

const megabytes = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

export function BackupController(_props: { settings: Settings }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const { articleId, openArticle } = useWorkbench();
  const host = getHost();
  const [restoring, setRestoring] = useState<RestoreInput | null>(null);
  const [choosingAuto, setChoosingAuto] = useState(false);

  const backUp = useCallback(async () => {
    try {
      const backup = await runOperation(t('progress.backup'), async (control) => (await loadBackup()).createBackup(undefined, new Date(), control));
      const outcome = await host.saveFile({
        suggestedName: backup.suggestedName,
        title: t('backup.backUp'),
        extensions: ['json'],
        mimeType: 'application/json',
        data: backup.text,
      });
      if (!outcome.saved) return;
      await markBackedUp(new Date(backup.createdAt));
      backupWasMade();
      toasts.show(host.kind === 'electron' ? t('backup.backedUp', { where: outcome.where }) : t('backup.downloaded', { where: outcome.where }));
    } catch (error) {
      if (isCancelled(error)) toasts.show(t('progress.cancelled', { what: t('progress.backup') }));
      else failed(error, (detail) => t('backup.backupFailed', { detail }));
    }
  }, [host, t, toasts, failed]);

  const chooseFile = useCallback(async () => {
    const [file] = await host.openFiles({ purpose: 'backup', multiple: false, title: t('backup.openDialogTitle') });
    if (!file) return;
    // Electron does not read files over its limit at all: they arrive empty, with their size.
    const size = Math.max(file.size, file.bytes.length);
    const tooLarge = size > MAX_BACKUP_BYTES || file.bytes.length < file.size;
    setRestoring({
      name: file.name,
      input: file.bytes,
      ...(tooLarge ? { refused: { ok: false, code: 'tooLarge', params: { size: megabytes(size), limit: megabytes(MAX_BACKUP_BYTES) } } } : {}),
    });
  }, [host, t]);

  useCommand('backup-workspace', () => void backUp());
  useCommand('restore-workspace', () => void chooseFile());
  useCommand('restore-auto-backup', () => host.autoBackup && setChoosingAuto(true));

  useAutoBackup(host.autoBackup, (error) => failed(error, (detail) => t('backup.autoSaveFailed', { detail })));
  useBackupReminder(host.autoBackup === null, () =>
    toasts.show(t('backup.reminder'), { action: { label: t('backup.reminderAction'), run: () => void backUp() }, timeoutMs: 60_000 }),
  );

  const restored = useCallback(
    async (result: Extract<RestoreResult, { ok: true }>) => {
      const name = restoring?.name ?? '';
      setRestoring(null);
      if (result.mode === 'replace') {
        toasts.show(t('backup.restoredReplace', { file: name, ...countsPhrase(t, result.counts) }));
      } else {
        const merged = t('backup.restoredMerge', { file: name, ...countsPhrase(t, result.written) });
        toasts.show(result.sourcesMatched > 0 ? `${merged} ${t('backup.mergedMatched', { count: result.sourcesMatched })}` : merged);
      }
      // The open article may not be in the restored workspace.
      if (articleId && !(await getArticle(articleId))) openArticle(undefined);
    },
    [articleId, openArticle, restoring, t, toasts],
  );

  return (
    <>
      {choosingAuto && host.autoBackup && (
        <AutoBackupsDialog
          host={host.autoBackup}
          onClose={() => setChoosingAuto(false)}
          onChoose={(file) => {
            setChoosingAuto(false);
            setRestoring(file);
          }}
        />
      )}
      {restoring && <RestoreDialog key={restoring.name} file={restoring} onClose={() => setRestoring(null)} onRestored={(r) => void restored(r)} />}
    </>
  );
}

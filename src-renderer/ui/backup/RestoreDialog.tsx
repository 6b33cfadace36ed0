/**
 * "Restore workspace": what the chosen backup holds, Replace or Merge with
 * what each does, then "Restore". A file that cannot be restored (cut short,
 * damaged, from a newer app…) gets a clear message and changes nothing.
 */
import { isCancelled } from '../../core/cancel';
import { runOperation } from '../common/progress';
import { ProgressPanel } from '../common/ProgressPanel';
import { useEffect, useId, useState } from 'react';
import {
  previewBackup,
  restoreBackup,
  workspaceCounts,
  type BackupPreview,
  type BackupRefusal,
  type RestoreMode,
  type RestoreResult,
  type TableCounts,
} from '../../storage/backup';
import { describeError } from '../common/errors';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { useInitialFocus } from '../common/use-initial-focus';
import { countsPhrase } from './counts-phrase';
import { describeBackupRefusal } from './refusal-message';

export interface RestoreInput {
  /** The file name, or the automatic backup's name. */
  readonly name: string;
  readonly input: string | Uint8Array;
  /** Set when the host declined to read a file this large. */
  readonly refused?: BackupRefusal;
}

type Phase =
  | { readonly kind: 'checking' }
  | { readonly kind: 'refused'; readonly refusal: BackupRefusal }
  | { readonly kind: 'ready'; readonly preview: BackupPreview; readonly current: TableCounts; readonly note?: string }
  | { readonly kind: 'restoring'; readonly preview: BackupPreview; readonly current: TableCounts }
  | { readonly kind: 'failed'; readonly preview: BackupPreview; readonly current: TableCounts; readonly detail: string };

const SHOWN_TABLES = ['articles', 'revisions', 'claims', 'sources', 'evidence', 'flagDecisions', 'settings'] as const;
const TABLE_LABEL = {
  articles: 'backup.tableArticles',
  revisions: 'backup.tableRevisions',
  claims: 'backup.tableClaims',
  sources: 'backup.tableSources',
  evidence: 'backup.tableEvidence',
  flagDecisions: 'backup.tableFlagDecisions',
  settings: 'backup.tableSettings',
} as const;
const MAX_TITLES = 8;

/** "2 articles, 3 claims, 1 source" in the interface language. */
export function RestoreDialog({ file, onClose, onRestored }: { file: RestoreInput; onClose: () => void; onRestored: (result: Extract<RestoreResult, { ok: true }>) => void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [phase, setPhase] = useState<Phase>(file.refused ? { kind: 'refused', refusal: file.refused } : { kind: 'checking' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const modeName = useId();
  const okRef = useInitialFocus<HTMLButtonElement>(phase.kind === 'refused');

  useEffect(() => {
    if (file.refused) return;
    let cancelled = false;
    void (async () => {
      const [preview, current] = await Promise.all([previewBackup(file.input), workspaceCounts()]);
      if (cancelled) return;
      if (!preview.ok) setPhase({ kind: 'refused', refusal: preview });
      else {
        // Nothing to lose in an empty workspace: replacing is what is meant.
        if (current.articles + current.claims + current.sources === 0) setMode('replace');
        setPhase({ kind: 'ready', preview, current });
      }
    })().catch((error: unknown) => !cancelled && setPhase({ kind: 'refused', refusal: { ok: false, code: 'structure', params: { detail: describeError(error, t) } } }));
    return () => {
      cancelled = true;
    };
  }, [file, t]);

  const restore = async () => {
    if (phase.kind !== 'ready' && phase.kind !== 'failed') return;
    const { preview, current } = phase;
    setPhase({ kind: 'restoring', preview, current });
    try {
      const result = await runOperation(t('progress.restore'), (control) => restoreBackup(file.input, mode, undefined, control));
      if (!result.ok) setPhase({ kind: 'refused', refusal: result });
      else onRestored(result);
    } catch (error) {
      if (isCancelled(error)) {
        // Nothing was written: back to the choice, with a word about it.
        setPhase({ kind: 'ready', preview, current, note: t('progress.cancelled', { what: t('progress.restore') }) });
        return;
      }
      // The status bar shows "Not saved" with Retry as well; nothing was written.
      setPhase({ kind: 'failed', preview, current, detail: describeError(error, t) });
    }
  };

  if (phase.kind === 'checking' || phase.kind === 'refused') {
    // One dialog throughout, so focus and the modal stay put as the phase changes.
    const refused = phase.kind === 'refused' ? phase.refusal : null;
    return (
      <Dialog
        title={refused ? t('backup.refusedTitle') : t('backup.previewTitle')}
        onClose={onClose}
        footer={
          refused ? (
            <button ref={okRef} type="button" className="primary" onClick={onClose}>
              {t('common.ok')}
            </button>
          ) : undefined
        }
      >
        {refused ? (
          <>
            <p role="alert" className="backup-refusal">
              {describeBackupRefusal(refused, t, file.name)}
            </p>
            <p>{t('backup.nothingChanged')}</p>
          </>
        ) : (
          <p role="status">{t('backup.checking', { file: file.name })}</p>
        )}
      </Dialog>
    );
  }

  const { preview, current } = phase;
  const busy = phase.kind === 'restoring';
  const more = preview.articles.length - MAX_TITLES;
  return (
    <Dialog
      title={t('backup.previewTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void restore()} disabled={busy}>
            {busy ? t('backup.restoring') : t('backup.restoreButton')}
          </button>
        </>
      }
    >
      <p>{t('backup.fileHolds', { file: file.name, date: formatDate(preview.createdAt, 'datetime'), version: preview.appVersion })}</p>
      {preview.upgradedTo !== undefined && <p className="warning">{t('backup.olderSchema', { from: preview.schemaVersion, to: preview.upgradedTo })}</p>}
      <table className="backup-counts">
        <caption>{t('backup.contents')}</caption>
        <tbody>
          {SHOWN_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(TABLE_LABEL[table])}</th>
              <td>{formatNumber(preview.counts[table])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.lastChangeAt && <p className="backup-muted">{t('backup.lastChange', { date: formatDate(preview.lastChangeAt, 'datetime') })}</p>}
      {preview.articles.length > 0 && (
        <>
          <h3 className="backup-subtitle">{t('backup.articlesInFile')}</h3>
          <ul className="backup-titles">
            {preview.articles.slice(0, MAX_TITLES).map((a) => (
              <li key={a.id} dir="auto">
                {a.title}
              </li>
            ))}
            {more > 0 && <li className="backup-muted">{t('backup.moreArticles', { count: more })}</li>}
          </ul>
        </>
      )}
      {phase.kind === 'ready' && phase.note && <p role="status">{phase.note}</p>}
      <ProgressPanel only={t('progress.restore')} />
      <fieldset className="backup-modes" disabled={busy}>
        <legend>{t('backup.modeLegend')}</legend>
        <label className="backup-mode">
          <input type="radio" name={modeName} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} aria-describedby={`${modeName}-replace`} />
          <span>
            <strong>{t('backup.modeReplace')}</strong>
            <span id={`${modeName}-replace`} className="backup-muted">
              {t('backup.modeReplaceHelp', countsPhrase(t, current))}
            </span>
          </span>
        </label>
        <label className="backup-mode">
          <input type="radio" name={modeName} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} aria-describedby={`${modeName}-merge`} />
          <span>
            <strong>{t('backup.modeMerge')}</strong>
            <span id={`${modeName}-merge`} className="backup-muted">
              {t('backup.modeMergeHelp')}
            </span>
          </span>
        </label>
      </fieldset>
      {phase.kind === 'failed' && (
        <p role="alert" className="backup-refusal">
          {t('backup.restoreFailed', { detail: phase.detail })}
        </p>
      )}
    </Dialog>
  );
}

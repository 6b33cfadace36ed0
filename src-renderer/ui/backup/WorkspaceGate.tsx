/**
 * Opens the workspace before anything reads it (storage/upgrade.ts): a
 * database from a newer version of the app is not opened, and the window says
 * so instead of showing the workbench; an older one is backed up (Electron:
 * a 'before-upgrade' file in the user-data folder) and then upgraded. If
 * another window of a newer app upgrades it later, the same message replaces
 * the workbench.
 *
 * Its messages follow the system language: the interface-language setting
 * lives in the very database that could not be opened.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { pickLocale } from '../../core/i18n';
import { getHost } from '../../host';
import { loadBackup } from './load-backup';
import { getDb } from '../../storage/db';
import { guardAgainstNewerVersion, openWorkspace, type WorkspaceOpening } from '../../storage/upgrade';
import { I18nProvider, useT } from '../app/i18n';
import './backup.css';

type GateState = { readonly kind: 'opening' } | WorkspaceOpening;

/** One opening per page, whatever React's development double-effects do. */
let opening: Promise<WorkspaceOpening> | null = null;

function open(skipBackup: boolean): Promise<WorkspaceOpening> {
  const host = getHost().autoBackup;
  opening = openWorkspace({
    backupBeforeUpgrade: host
      ? async (old) => {
          const { createBackup } = await loadBackup();
          const backup = await createBackup(old);
          await host.write(backup.text, 'before-upgrade');
        }
      : null,
    skipBackup,
  });
  return opening;
}

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  const start = useCallback((skipBackup: boolean) => {
    setState({ kind: 'opening' });
    void open(skipBackup).then(setState);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (opening ?? open(false)).then((outcome) => !cancelled && setState(outcome));
    return () => {
      cancelled = true;
    };
  }, []);

  const ready = state.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    const db = getDb();
    return guardAgainstNewerVersion(db, (storedVersion) => setState({ kind: 'newer', storedVersion, supportedVersion: db.verno }));
  }, [ready]);

  if (state.kind === 'ready') return <>{children}</>;
  return (
    <I18nProvider locale={pickLocale(navigator.languages)}>
      <GateScreen state={state} onRetry={() => start(false)} onSkipBackup={() => start(true)} />
    </I18nProvider>
  );
}

function GateScreen({ state, onRetry, onSkipBackup }: { state: Exclude<GateState, { kind: 'ready' }>; onRetry: () => void; onSkipBackup: () => void }) {
  const t = useT();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  switch (state.kind) {
    case 'opening':
      return (
        <main className="workspace-gate" aria-label={t('app.title')}>
          <p role="status">{t('backup.gateOpening')}</p>
        </main>
      );
    case 'newer':
      return <GateCard title={t('backup.gateNewerTitle')} body={t('backup.gateNewerBody', { found: state.storedVersion, supported: state.supportedVersion })} />;
    case 'backup-failed':
      return (
        <GateCard
          title={t('backup.gateBackupFailedTitle')}
          body={t('backup.gateBackupFailedBody', { from: state.fromVersion, to: state.toVersion, detail: state.detail })}
          onRetry={onRetry}
        >
          <button type="button" onClick={onSkipBackup}>
            {t('backup.gateUpgradeAnyway')}
          </button>
        </GateCard>
      );
    case 'failed':
      return <GateCard title={t('backup.gateFailedTitle')} body={t('backup.gateFailedBody', { detail: state.detail })} onRetry={onRetry} />;
    default: {
      const never: never = state;
      throw new Error(`unknown gate state ${String(never)}`);
    }
  }
}

/**
 * The window in place of the workbench: why the workspace did not open, and
 * what the editor can do: "Try again" first when `onRetry` is given, then
 * `children` (other buttons).
 */
function GateCard({ title, body, onRetry, children }: { title: string; body: string; onRetry?: () => void; children?: ReactNode }) {
  const t = useT();
  return (
    <main className="workspace-gate" aria-labelledby="gate-title">
      <div className="workspace-gate-card" role="alert">
        <h1 id="gate-title">{title}</h1>
        <p>{body}</p>
      </div>
      {(onRetry || children) && (
        <div className="workspace-gate-actions">
          {onRetry && (
            <button type="button" className="primary" onClick={onRetry}>
              {t('backup.gateTryAgain')}
            </button>
          )}
          {children}
        </div>
      )}
    </main>
  );
}

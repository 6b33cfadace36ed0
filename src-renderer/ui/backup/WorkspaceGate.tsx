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
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { pickLocale } from '../../core/i18n';
import { I18nProvider, useT } from '../app/i18n';
import { openTheWorkspace, workspaceStore, type WorkspaceState } from './workspace-opening';
import './backup.css';

/**
 * How long an opening may take before the window says it is opening. The
 * entry starts opening the workspace while the interface's code is still
 * loading, so it is usually done before the first render; a message shown
 * for a few frames and replaced by the workbench would only flicker.
 */
export const OPENING_MESSAGE_DELAY_MS = 400;

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const state = useStore(workspaceStore);
  // Started by the entry (ui/app/boot.ts); here for a gate rendered without it.
  useEffect(() => void openTheWorkspace(), []);
  if (state.kind === 'ready') return <>{children}</>;
  return (
    <I18nProvider locale={pickLocale(navigator.languages)}>
      <GateScreen state={state} onRetry={() => void openTheWorkspace({ retry: true })} onSkipBackup={() => void openTheWorkspace({ retry: true, skipBackup: true })} />
    </I18nProvider>
  );
}

/** Whether `ms` have passed since this component mounted. */
function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return elapsed;
}

function GateScreen({ state, onRetry, onSkipBackup }: { state: Exclude<WorkspaceState, { kind: 'ready' }>; onRetry: () => void; onSkipBackup: () => void }) {
  const t = useT();
  const slow = useElapsed(OPENING_MESSAGE_DELAY_MS);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  switch (state.kind) {
    case 'opening':
      if (!slow) return null;
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

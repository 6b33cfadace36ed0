/** The status bar: always the truth about what is saved. */
import { useStore } from 'zustand';
import { saveStatusStore, type SaveState } from '../../storage/save-status';
import { useI18n } from './i18n';

export function useSaveState(): SaveState {
  return useStore(saveStatusStore);
}

export function StatusBar({ extra }: { extra?: React.ReactNode }) {
  const { t, formatDate } = useI18n();
  const state = useSaveState();
  let text: string;
  switch (state.kind) {
    case 'idle':
      text = t('shell.allSaved');
      break;
    case 'saving':
      text = t('shell.saving');
      break;
    case 'saved':
      text = t('shell.savedAt', { time: formatDate(state.at, 'datetime') });
      break;
    case 'failed':
      text = t('shell.notSaved', { reason: t(`shell.problem_${state.problem}`), detail: state.detail });
      break;
    default: {
      const never: never = state;
      throw new Error(`unknown save state ${String(never)}`);
    }
  }
  return (
    <footer className="status-bar">
      <div role="status" aria-live="polite" className={state.kind === 'failed' ? 'save-state save-failed' : 'save-state'} data-save-state={state.kind}>
        {text}
      </div>
      {state.kind === 'failed' && (
        <span className="status-actions">
          <button type="button" onClick={() => void state.retry()}>
            {t('common.retry')}
          </button>
        </span>
      )}
      <div className="status-extra">{extra}</div>
    </footer>
  );
}

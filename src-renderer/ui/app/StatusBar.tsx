/** The status bar: always the truth about what is saved. */
import { useStore } from 'zustand';
import type { MessageKey } from '../../core/i18n';
import { saveStatusStore, type BackgroundWrite, type SaveState } from '../../storage/save-status';
import { STORAGE_PROBLEM_MESSAGES } from '../common/errors';
import { useI18n } from './i18n';

const BACKGROUND_WRITES: Readonly<Record<BackgroundWrite, MessageKey>> = {
  'passage-index': 'shell.background_passageIndex',
  session: 'shell.background_session',
};

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
    case 'failed': {
      const reason = t(STORAGE_PROBLEM_MESSAGES[state.problem]);
      text = state.background
        ? t('shell.notSavedBackground', { what: t(BACKGROUND_WRITES[state.background]), reason, detail: state.detail })
        : t('shell.notSaved', { reason, detail: state.detail });
      break;
    }
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

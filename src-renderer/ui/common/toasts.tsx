/** Short notices at the bottom of the window, optionally with an action such as "Undo". */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../app/i18n';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface Toasts {
  show(message: string, options?: { tone?: Toast['tone']; action?: Toast['action']; timeoutMs?: number }): void;
}

const Context = createContext<Toasts | null>(null);
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  const show = useCallback<Toasts['show']>(
    (message, options = {}) => {
      const toast: Toast = { id: nextId++, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) };
      setToasts((list) => [...list.slice(-3), toast]);
      const timeout = options.timeoutMs ?? (options.action ? 10_000 : options.tone === 'error' ? 12_000 : 5_000);
      window.setTimeout(() => dismiss(toast.id), timeout);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ show }), [show]);
  return (
    <Context.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label={t('shell.notifications')}>
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </Context.Provider>
  );
}

export function useToasts(): Toasts {
  const v = useContext(Context);
  if (!v) throw new Error('useToasts outside ToastProvider');
  return v;
}

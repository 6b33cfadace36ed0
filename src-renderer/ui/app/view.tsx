/** Which view fills the centre pane: the open article, or the source library. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type CentreView = 'article' | 'sources';

const Context = createContext<{ view: CentreView; setView(view: CentreView): void } | null>(null);

export function ViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<CentreView>('article');
  const value = useMemo(() => ({ view, setView }), [view]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useView() {
  const v = useContext(Context);
  if (!v) throw new Error('useView outside ViewProvider');
  return v;
}

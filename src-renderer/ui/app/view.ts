/** Which view fills the centre pane (the open article, or the source library): state in ui/app/store. */
import { setCentreView, useWorkbenchStore, type CentreView } from './store';

export type { CentreView };

export function useView(): { view: CentreView; setView(view: CentreView): void } {
  return { view: useWorkbenchStore((s) => s.centreView), setView: setCentreView };
}

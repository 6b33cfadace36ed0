/** The "Add evidence" dialog (source search, new-source form, URL checks), loaded when first opened. */
import { lazyDialog } from '../common/lazy-dialog';

export const AddEvidenceDialog = lazyDialog(() => import('./AddEvidenceDialog').then((m) => m.AddEvidenceDialog));

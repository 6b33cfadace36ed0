/**
 * The busy flag and the one-line error of a source dialog's save: `save`
 * runs the work once at a time, and a failure becomes "Could not save: …"
 * with the innermost cause, where the dialog shows its error.
 */
import { useCallback, useState } from 'react';
import { useT } from '../app/i18n';
import { describeError } from '../common/errors';

export function useSaving() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (err) {
        setError(t('sourcesUi.saveFailed', { detail: describeError(err, t) }));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, setError, save };
}

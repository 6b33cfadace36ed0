/**
 * "Show suggestions in text": the workspace setting that draws every
 * suggestion in the article (off by default). Saved as soon as it is
 * switched, in one transaction; the same setting is in Settings.
 */
import { useEffect, useId, useState } from 'react';
import { useSettings, saveSettings } from '../../storage/settings-repo';
import { useT } from '../app/i18n';
import { useToasts } from '../common/toasts';

export function ShowInTextToggle() {
  const t = useT();
  const toasts = useToasts();
  const id = useId();
  const stored = useSettings()?.showSuggestionsInText;
  // The value switched to, shown until the database answers with it (no flicker back to the old one).
  const [switching, setSwitching] = useState<boolean | null>(null);
  const checked = switching ?? stored ?? false;
  useEffect(() => {
    if (switching !== null && stored === switching) setSwitching(null);
  }, [stored, switching]);

  const onChange = (next: boolean) => {
    setSwitching(next);
    saveSettings({ showSuggestionsInText: next }).catch(() => {
      setSwitching(null);
      toasts.show(t('suggestions.showInTextFailed'), { tone: 'error' });
    });
  };

  return (
    <div className="field suggestions-toggle">
      <label className="check">
        <input type="checkbox" checked={checked} disabled={stored === undefined} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
        {t('suggestions.showInText')}
      </label>
      <small id={`${id}-hint`}>{t('suggestions.showInTextHint')}</small>
    </div>
  );
}

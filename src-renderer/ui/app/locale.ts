/** The interface language a setting stands for ('system': the browser's or the OS's first supported language). */
import { isLocale, pickLocale, type Locale } from '../../core/i18n';
import type { Settings } from '../../core/settings';

export function resolveLocale(setting: Settings['uiLocale']): Locale {
  if (setting !== 'system' && isLocale(setting)) return setting;
  return pickLocale(navigator.languages);
}

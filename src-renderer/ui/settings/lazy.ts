/**
 * The Settings dialog, loaded when first opened. It names every interface
 * language in itself, so every catalogue loads with it (and switching the
 * language is then immediate).
 */
import { ensureAllLocales } from '../../core/i18n';
import { lazyDialog } from '../common/lazy-dialog';

export const SettingsDialog = lazyDialog(async () => {
  const [module] = await Promise.all([import('./SettingsDialog'), ensureAllLocales()]);
  return module.SettingsDialog;
});

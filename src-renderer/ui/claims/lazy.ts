/**
 * The rating-scale dialog, loaded when first opened. It edits every
 * language's labels side by side, so every catalogue loads with it.
 */
import { ensureAllLocales } from '../../core/i18n';
import { lazyDialog } from '../common/lazy-dialog';

export const RatingScaleDialog = lazyDialog(async () => {
  const [module] = await Promise.all([import('./RatingScaleDialog'), ensureAllLocales()]);
  return module.RatingScaleDialog;
});

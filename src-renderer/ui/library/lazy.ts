/** The article details dialog, loaded when first opened (most sessions never edit an article's details). */
import { lazyDialog } from '../common/lazy-dialog';

export const ArticleDetailsDialog = lazyDialog(() => import('./ArticleDetailsDialog').then((m) => m.ArticleDetailsDialog));

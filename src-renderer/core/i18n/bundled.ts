/**
 * Every catalogue, statically: for the code that makes translators in any
 * language synchronously and does not mind the size (the Electron main
 * process, the analysis worker, tests). Importing this module registers them
 * all, so `createTranslator` needs no `ensureLocale` there. The window's own
 * code must not import it: French would load at every start.
 */
import type { Catalogue } from './catalogue';
import { registerCatalogue, type Locale } from './index';
import { en } from './locales/en';
import { fr } from './locales/fr';

/** Every interface language's catalogue. */
export const LOCALES = { en, fr } satisfies Record<Locale, Catalogue>;

for (const [locale, catalogue] of Object.entries(LOCALES)) registerCatalogue(locale as Locale, catalogue);

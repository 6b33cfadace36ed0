import type { CatalogueShape } from './types';
import type { en } from './locales/en';

/** The shape every language's catalogue has: that of the English one. */
export type Catalogue = CatalogueShape<typeof en>;

/** A message key: "section.key". */
export type MessageKey = {
  [S in keyof Catalogue & string]: `${S}.${keyof Catalogue[S] & string}`;
}[keyof Catalogue & string];

/**
 * Typed message catalogues.
 *
 * Why our own and not i18next: the same catalogues serve the main process
 * (menus, dialogs), the renderer, the analysis worker, the report builders and
 * the command line, and core/ must stay dependency-free. A catalogue is a plain
 * object; TypeScript checks that every language has every key, and a unit test
 * checks that no key is missing or unused. Plurals use `Intl.PluralRules`,
 * numbers and dates `Intl.NumberFormat`/`Intl.DateTimeFormat`.
 */

/** Plural forms of one message, chosen by `Intl.PluralRules` on `count`. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralForms;

/** Turns the literal English catalogue's type into the shape every language must have. */
export type CatalogueShape<T> = {
  readonly [S in keyof T]: { readonly [K in keyof T[S]]: T[S][K] extends string ? string : PluralForms };
};

export type Params = Readonly<Record<string, string | number>>;

/**
 * Translation: `createTranslator(locale)` gives `t(key, params)` for one
 * language. Languages are registered in LOCALES below (one import and one
 * entry per language file in ./locales).
 */
import type { Catalogue, MessageKey } from './catalogue';
import type { Message, Params } from './types';
import { en } from './locales/en';
import { fr } from './locales/fr';

export type { Catalogue, MessageKey } from './catalogue';
export type { Params } from './types';

/** Every interface language. To add one: add ./locales/xx.ts and list it here. */
export const LOCALES = { en, fr } satisfies Record<string, Catalogue>;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** Picks the best supported locale for a list of BCP 47 tags (e.g. navigator.languages). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    // An own-property check: `in` would take 'constructor' or 'toString' for a language.
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language a report about an article starts in: the article's own
 * language where a catalogue exists for it ("fr-CH" → fr), else `fallback`
 * (the editor's report default). A French article gets a French report.
 */
export function reportLocaleFor(articleLanguage: string | undefined, fallback: Locale): Locale {
  const primary = (articleLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : fallback;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/** `t(key, params)` of one language; a translator made by `createTranslator` says which (`locale`). */
export type Translate = ((key: MessageKey, params?: Params) => string) & { readonly locale?: Locale };

function lookup(catalogue: Catalogue, key: string): Message | undefined {
  const dot = key.indexOf('.');
  const section = (catalogue as unknown as Record<string, Record<string, Message> | undefined>)[key.slice(0, dot)];
  return section?.[key.slice(dot + 1)];
}

/**
 * Returns `t(key, params)` for `locale`, falling back to English for a missing
 * message — and for a locale that is not a catalogue's (a value from a damaged
 * file that slipped past the schemas), so a report is built in English rather than not at all.
 */
export function createTranslator(requested: Locale): Translate {
  const locale: Locale = isLocale(requested) ? requested : 'en';
  const catalogue: Catalogue = LOCALES[locale];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const t = (key: MessageKey, params?: Params): string => {
    const message = lookup(catalogue, key) ?? lookup(LOCALES.en, key) ?? key;
    let template: string;
    if (typeof message === 'string') {
      template = message;
    } else {
      const count = Number(params?.count ?? 0);
      const form = count === 0 && message.zero !== undefined ? 'zero' : plurals.select(count);
      template = message[form] ?? message.other;
    }
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
  return Object.assign(t, { locale });
}

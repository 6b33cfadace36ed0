/**
 * Translation: `createTranslator(locale)` gives `t(key, params)` for one
 * language. Languages are registered in LOCALE_LOADERS below (one entry per
 * language file in ./locales).
 *
 * Only English is part of every bundle (it is the fallback for a missing
 * message). Every other catalogue loads on demand: `ensureLocale(locale)`
 * before the first `createTranslator(locale)` — the window waits for it as it
 * waits for the settings. Code that needs every language synchronously (the
 * main process, the analysis worker) imports `./bundled`, which registers them all.
 */
import type { Catalogue, MessageKey } from './catalogue';
import type { Message, Params } from './types';
import { en } from './locales/en';

export type { Catalogue, MessageKey } from './catalogue';
export type { Params } from './types';

/**
 * Every interface language and how its catalogue is fetched. To add one: add
 * ./locales/xx.ts, list its loader here and its catalogue in ./bundled.ts.
 */
const LOCALE_LOADERS = {
  en: () => Promise.resolve(en),
  fr: () => import('./locales/fr').then((m) => m.fr),
} satisfies Record<string, () => Promise<Catalogue>>;

export type Locale = keyof typeof LOCALE_LOADERS;
export const DEFAULT_LOCALE: Locale = 'en';
/** Every interface language's code, English first. */
export const LOCALE_CODES = Object.keys(LOCALE_LOADERS) as readonly Locale[];

/** The catalogues loaded so far; English always. */
const loaded: Partial<Record<Locale, Catalogue>> = { en };
const pending = new Map<Locale, Promise<void>>();

/** Whether `createTranslator(locale)` can run now (its catalogue is loaded). */
export function isLocaleLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * Loads `locale`'s catalogue (once; later calls share the first load). A
 * failed load (a chunk that could not be fetched) rejects and may be retried.
 */
export function ensureLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale) || loaded[locale]) return Promise.resolve();
  let load = pending.get(locale);
  if (!load) {
    load = LOCALE_LOADERS[locale]().then(
      (catalogue) => {
        loaded[locale] = catalogue;
        pending.delete(locale);
      },
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, load);
  }
  return load;
}

/** Loads every interface language (what a dialog that shows them side by side needs). */
export async function ensureAllLocales(): Promise<void> {
  await Promise.all(LOCALE_CODES.map(ensureLocale));
}

/** Registers a catalogue already in the bundle (./bundled.ts), so it needs no loading. */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  loaded[locale] = catalogue;
}

/** A loaded catalogue: its strings, e.g. the language's own name (`meta.name`). Throws if not loaded. */
export function catalogueOf(locale: Locale): Catalogue {
  const catalogue = loaded[locale];
  if (!catalogue) throw new Error(`The "${locale}" catalogue is not loaded: await ensureLocale('${locale}') first.`);
  return catalogue;
}

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
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALE_LOADERS, value);
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
 * A known locale whose catalogue is not loaded yet is a bug (the caller forgot
 * `ensureLocale`): it throws rather than silently answer in English.
 */
export function createTranslator(requested: Locale): Translate {
  const locale: Locale = isLocale(requested) ? requested : 'en';
  const made = translators.get(locale);
  if (made) return made;
  const catalogue = catalogueOf(locale);
  // Made on first use: building them loads the language's number and plural
  // data, tens of milliseconds at a cold start that shows no count yet.
  let pluralRules: Intl.PluralRules | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  const plurals = { select: (n: number) => (pluralRules ??= new Intl.PluralRules(locale)).select(n) };
  const numbers = { format: (n: number) => (numberFormat ??= new Intl.NumberFormat(locale)).format(n) };
  const t = (key: MessageKey, params?: Params): string => {
    const message = lookup(catalogue, key) ?? lookup(en, key) ?? key;
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
  const translator = Object.assign(t, { locale });
  translators.set(locale, translator);
  return translator;
}

/** One translator per language (they hold nothing that changes). */
const translators = new Map<Locale, Translate>();

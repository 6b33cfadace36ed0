/**
 * The interface language for React: `useT()` gives the translator of the current locale.
 *
 * Only English is in the start bundle; another language's catalogue loads on
 * demand (core/i18n `ensureLocale`). Until the first one is loaded nothing is
 * rendered — the window waits for it, so a French editor never sees English
 * first; when the language changes, the previous one stays until the new one
 * has loaded.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, ensureLocale, isLocaleLoaded, type Locale, type Translate } from '../../core/i18n';

interface I18n {
  locale: Locale;
  t: Translate;
  formatDate(iso: string | Date, style?: 'date' | 'datetime'): string;
  formatNumber(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function makeI18n(locale: Locale): I18n {
  // The formats are made on first use: each loads ICU data, and the first
  // frame of an empty workspace shows no date and no number.
  let dateFmt: Intl.DateTimeFormat | undefined;
  let dateTimeFmt: Intl.DateTimeFormat | undefined;
  let numberFmt: Intl.NumberFormat | undefined;
  return {
    locale,
    t: createTranslator(locale),
    formatDate: (iso, style = 'date') => {
      const d = typeof iso === 'string' ? new Date(iso) : iso;
      if (Number.isNaN(d.getTime())) return String(iso);
      const format =
        style === 'date'
          ? (dateFmt ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }))
          : (dateTimeFmt ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
      return format.format(d);
    },
    formatNumber: (n) => (numberFmt ??= new Intl.NumberFormat(locale)).format(n),
  };
}

/** The last language whose catalogue is loaded, loading `wanted` when it is not. */
function useLoadedLocale(wanted: Locale): Locale | null {
  const [shown, setShown] = useState<Locale | null>(() => (isLocaleLoaded(wanted) ? wanted : null));
  const current = isLocaleLoaded(wanted) ? wanted : shown;
  useEffect(() => {
    if (isLocaleLoaded(wanted)) {
      setShown(wanted);
      return;
    }
    let cancelled = false;
    ensureLocale(wanted).then(
      () => !cancelled && setShown(wanted),
      // The chunk could not be fetched: stay in (or fall back to) English rather than show nothing.
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setShown((previous) => previous ?? 'en');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return current;
}

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const shown = useLoadedLocale(locale);
  const value = useMemo(() => (shown ? makeI18n(shown) : null), [shown]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

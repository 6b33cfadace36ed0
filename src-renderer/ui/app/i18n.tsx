/** The interface language for React: `useT()` gives the translator of the current locale. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type Locale, type Translate } from '../../core/i18n';

interface I18n {
  locale: Locale;
  t: Translate;
  formatDate(iso: string | Date, style?: 'date' | 'datetime'): string;
  formatNumber(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFmt = new Intl.NumberFormat(locale);
    return {
      locale,
      t: createTranslator(locale),
      formatDate: (iso, style = 'date') => {
        const d = typeof iso === 'string' ? new Date(iso) : iso;
        if (Number.isNaN(d.getTime())) return String(iso);
        return (style === 'date' ? dateFmt : dateTimeFmt).format(d);
      },
      formatNumber: (n) => numberFmt.format(n),
    };
  }, [locale]);
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

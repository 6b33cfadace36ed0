/**
 * How article metadata is shown and edited: the languages offered, and
 * publication dates, which may be a bare date ("2025-11-23") or a date-time.
 */
import type { MessageKey } from '../../core/i18n';

/** The languages an article can be set to; 'und' is "other or unknown". */
export const ARTICLE_LANGUAGES: readonly { readonly value: string; readonly label: MessageKey }[] = [
  { value: 'fr', label: 'articles.languageFr' },
  { value: 'en', label: 'articles.languageEn' },
  { value: 'es', label: 'articles.languageEs' },
  { value: 'de', label: 'articles.languageDe' },
  { value: 'und', label: 'articles.languageOther' },
];

/** The option of the language select for a stored language ('und' for any other). */
export function languageChoice(language: string): string {
  return ARTICLE_LANGUAGES.some((l) => l.value === language) ? language : 'und';
}

/** The label of a stored language. */
export function languageLabel(language: string): MessageKey {
  return ARTICLE_LANGUAGES.find((l) => l.value === languageChoice(language))?.label ?? 'articles.languageOther';
}

/** The short code shown in lists: FR, EN, ES, DE, or '?' for other or unknown. */
export function languageCode(language: string): string {
  const choice = languageChoice(language);
  return choice === 'und' ? '?' : choice.toUpperCase();
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Date to format for a stored publication date. A bare date is a
 * calendar day, not midnight UTC: read as UTC it would show as the day
 * before anywhere west of Greenwich.
 */
export function publicationDate(value: string): Date | string {
  const m = DATE_ONLY.exec(value);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return value;
}

/** The value of an <input type="date"> for a stored publication date ('' when none). */
export function dateInputValue(value: string | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

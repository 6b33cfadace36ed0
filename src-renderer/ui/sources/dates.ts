/**
 * Dates of sources as reference managers keep them: a year, a month or a day
 * (ISO 8601 "2024", "2024-05", "2024-05-03"), sometimes with a time from a
 * CSL-JSON import. Shown in the interface language without inventing a day
 * the source does not have.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** True for an ISO 8601 year, month, day or date-time with a valid month and day. */
export function isSourceDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (m[3] === undefined || month === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

/** Today in the editor's time zone, as YYYY-MM-DD (the access date of a source looked at now). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A source date in `locale`: "3 mai 2024", "May 2024", "2024". Days are
 * formatted as calendar days (never shifted by the time zone); an
 * unreadable value is shown as stored.
 */
export function formatSourceDate(value: string, locale: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !isSourceDate(value)) return value;
  const year = Number(m[1]);
  if (m[2] === undefined) return m[1] ?? value;
  const month = Number(m[2]) - 1;
  if (m[3] === undefined) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month, 1)));
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month, Number(m[3]))));
}

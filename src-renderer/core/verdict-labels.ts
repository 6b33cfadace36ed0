/**
 * How a verdict is named in a given language. The default scale's verdicts
 * are named by the message catalogues ("Vrai", "Plutôt vrai"), unless the
 * organisation renamed them; any verdict may carry its own label per
 * language (`Verdict.labels`), which wins. Reports and the interface both
 * name verdicts through here, so a French report never says "True".
 */
import type { Locale, Translate } from './i18n';
import { DEFAULT_VERDICTS, type Verdict } from './model';

const DEFAULT_KEYS = {
  'not-rated': 'annotation.verdictNotRated',
  true: 'annotation.verdictTrue',
  'mostly-true': 'annotation.verdictMostlyTrue',
  'half-true': 'annotation.verdictHalfTrue',
  'mostly-false': 'annotation.verdictMostlyFalse',
  false: 'annotation.verdictFalse',
  misleading: 'annotation.verdictMisleading',
  unverifiable: 'annotation.verdictUnverifiable',
} as const;

const DEFAULT_LABELS = new Map(DEFAULT_VERDICTS.map((v) => [v.id, v.label]));

/**
 * The label of `verdict` in the language of `t` (`locale`, by default the
 * translator's own): its own label
 * for that language when the scale defines one; else, for a default verdict
 * the organisation did not rename, the catalogue's; else its label as set.
 */
export function verdictLabel(verdict: Verdict, t: Translate, locale: Locale | undefined = t.locale): string {
  const own = locale ? verdict.labels?.[locale]?.trim() : undefined;
  if (own) return own;
  const key = (DEFAULT_KEYS as Record<string, (typeof DEFAULT_KEYS)[keyof typeof DEFAULT_KEYS] | undefined>)[verdict.id];
  if (key && DEFAULT_LABELS.get(verdict.id) === verdict.label) return t(key);
  return verdict.label;
}

/** The verdict with its label in `locale` (see verdictLabel). */
export function localVerdict(verdict: Verdict, t: Translate, locale: Locale): Verdict {
  return { ...verdict, label: verdictLabel(verdict, t, locale) };
}

/** One verdict as the rating-scale dialog edits it: a label per interface/report language. */
export interface ScaleRow {
  readonly id: string;
  readonly labels: Readonly<Record<Locale, string>>;
  readonly ordinal: number | null;
}

/** The rows of the rating-scale dialog: each verdict named in every language as reports name it. */
export function scaleRows(scale: readonly Verdict[], translators: Readonly<Record<Locale, Translate>>): ScaleRow[] {
  const locales = Object.keys(translators) as Locale[];
  return scale.map((v) => ({
    id: v.id,
    ordinal: v.ordinal,
    labels: Object.fromEntries(locales.map((l) => [l, verdictLabel(v, translators[l], l)])) as Record<Locale, string>,
  }));
}

/**
 * The scale the dialog's rows describe. A default verdict whose labels are
 * all the catalogues' stays as it is stored (so it keeps following the
 * catalogues); any other verdict stores its label in every language it was
 * given one, and as its `label` (the fallback of a language it has none in)
 * the English one, else the first given. Blank labels stay blank, for the
 * validator to refuse.
 */
export function scaleFromRows(rows: readonly ScaleRow[], translators: Readonly<Record<Locale, Translate>>): Verdict[] {
  const locales = Object.keys(translators) as Locale[];
  return rows.map((r) => {
    const labels = Object.fromEntries(locales.map((l) => [l, (r.labels[l] ?? '').trim()])) as Record<Locale, string>;
    const pristine = DEFAULT_LABELS.get(r.id);
    if (pristine !== undefined) {
      const base: Verdict = { id: r.id, label: pristine, ordinal: r.ordinal };
      if (locales.every((l) => labels[l] === verdictLabel(base, translators[l], l))) return base;
    }
    const first = locales.find((l) => labels[l] !== '');
    return { id: r.id, label: labels.en || (first ? labels[first] : ''), ordinal: r.ordinal, labels };
  });
}

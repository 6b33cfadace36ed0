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
 * The label of `verdict` in the language of `t` (`locale`): its own label
 * for that language when the scale defines one; else, for a default verdict
 * the organisation did not rename, the catalogue's; else its label as set.
 */
export function verdictLabel(verdict: Verdict, t: Translate, locale?: Locale): string {
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

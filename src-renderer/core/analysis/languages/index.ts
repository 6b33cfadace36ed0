/**
 * The article languages the sourcing analysis knows. To add one, write
 * `languages/<code>.ts` exporting a `SourcingLanguage` and list it here.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { SourcingLanguage } from './types';

export type { FigureWords, PhrasePattern, SourcingLanguage } from './types';

const LANGUAGES: ReadonlyMap<string, SourcingLanguage> = new Map([en, fr, es, de].map((l) => [l.code, l]));

/** The language codes with sourcing patterns: ['en', 'fr', 'es', 'de']. */
export const SOURCING_LANGUAGES: readonly string[] = [...LANGUAGES.keys()];

/**
 * The patterns for a BCP 47 tag ('fr', 'fr-CH', 'EN'), or undefined for a
 * language without patterns (the sourcing rules that need words then stay
 * silent rather than guess).
 */
export function sourcingLanguage(language: string): SourcingLanguage | undefined {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES.get(primary);
}

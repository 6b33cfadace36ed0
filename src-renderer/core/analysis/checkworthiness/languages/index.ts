/**
 * The languages the check-worthiness scorer knows. To add one, write
 * `languages/<code>.ts` exporting a `LanguageProfile` and list it here.
 */
import { NEUTRAL_PROFILE, type LanguageProfile } from '../profile';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

const PROFILES: ReadonlyMap<string, LanguageProfile> = new Map([en, fr, es, de].map((p) => [p.code, p]));

/** The language codes that have their own cues, e.g. ['en', 'fr', 'es', 'de']. */
export const SUPPORTED_LANGUAGES: readonly string[] = [...PROFILES.keys()];

/**
 * The profile for a BCP 47 tag ('en', 'en-GB', 'FR'), or the neutral profile
 * (numbers, dates in digits, capitals, quotes only) for any other language.
 */
export function profileFor(language: string): LanguageProfile {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return PROFILES.get(primary) ?? NEUTRAL_PROFILE;
}

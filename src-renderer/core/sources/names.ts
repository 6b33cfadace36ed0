/**
 * Personal and organisational names of sources (CSL-JSON's name model):
 * reading them from untrusted data, showing them on one line, and reading the
 * one-line `author` that sources had before names were structured.
 */
import type { PersonName } from '../model';
import { CslNameSchema, readWith } from './csl-schema';

/**
 * A name as it reads: the literal, or given name, particles, family name and
 * suffix in that order ("Ludwig van Beethoven", "Martin Luther King Jr.").
 */
export function displayName(name: PersonName): string {
  if (name.literal && name.literal.trim() !== '') return name.literal.trim();
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join(' ');
}

/** Names on one line, separated by "; " (the form `author` always had). */
export function displayNames(names: readonly PersonName[]): string {
  return names.map(displayName).filter((n) => n !== '').join('; ');
}

/** True when the name has something to show. */
export function isEmptyName(name: PersonName): boolean {
  return displayName(name) === '';
}

/**
 * Reads the one-line `author` of a source entered before names were
 * structured: names separated by ";"; "Family, Given" (one comma) is split,
 * anything else stays a literal, because guessing where a family name starts
 * ("Gabriel García Márquez", "Ministère de la Santé") would be wrong too often.
 */
export function parseAuthorLine(line: string): PersonName[] {
  return line
    .split(';')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^([^,]+),\s*([^,]+)$/.exec(part);
      return m?.[1] && m[2] ? { family: m[1].trim(), given: m[2].trim() } : { literal: part };
    });
}

/**
 * A name from untrusted data (a CSL-JSON file, a review export): only the
 * schema's parts, each of its type, are kept; `null` when nothing usable is
 * left. Own properties only, so `__proto__` or `constructor` keys do nothing
 * (CslNameSchema, ./csl-schema.ts).
 */
export function readName(value: unknown): PersonName | null {
  return readWith(CslNameSchema, value);
}

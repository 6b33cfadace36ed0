/**
 * Which non-ASCII characters a reader would take for an ASCII letter, digit
 * or hyphen of a host name (UTS #39: the same skeleton). The answer for
 * every code point is computed from Unicode's confusables by
 * src-main/cli/gen-confusables.ts (core/sources/confusables.ts
 * `asciiLookalikes`) into confusable-ascii.json, never edited by hand.
 */
import DATA from './confusable-ascii.json' with { type: 'json' };

const LOOKALIKES = DATA.lookalikes as Readonly<Record<string, string>>;

/**
 * The ASCII letter, digit or hyphen that the non-ASCII character `ch` is
 * confusable with (same skeleton), or undefined: "ɑ" → "a", "ı" → "i",
 * "ǀ" → "l", Cyrillic "а" → "a". A letter with a diacritic ("ü", "é") is
 * not: its skeleton keeps the mark. Only single characters count, so "æ"
 * (skeleton "ae") is not taken for a look-alike of an ASCII letter.
 */
export function asciiLookalikeOf(ch: string): string | undefined {
  const cp = ch.codePointAt(0);
  if (cp === undefined || cp < 0x80 || String.fromCodePoint(cp) !== ch) return undefined;
  return LOOKALIKES[cp.toString(16).toUpperCase().padStart(4, '0')];
}

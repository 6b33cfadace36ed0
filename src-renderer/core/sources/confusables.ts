/**
 * Confusable detection by the Unicode security mechanisms (UTS #39, §4):
 * the skeleton of a string, and which non-ASCII characters a reader would
 * take for an ASCII letter or digit.
 *
 * The data is Unicode's confusables.txt, turned into confusables.json by
 * src-main/cli/gen-confusables.ts (never edited by hand).
 */
import DATA from './confusables.json' with { type: 'json' };

let table: Map<number, string> | null = null;

/** Code point → prototype, built from the JSON on first use. */
function prototypes(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const [source, target] of Object.entries(DATA.mappings as Record<string, string>)) {
    table.set(parseInt(source, 16), String.fromCodePoint(...target.split(' ').map((h) => parseInt(h, 16))));
  }
  return table;
}

/** The version of Unicode's data in use, e.g. "17.0.0". */
export const CONFUSABLES_VERSION: string = DATA.unicodeVersion;

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * UTS #39 `internalSkeleton(X)`: NFD, remove default-ignorable code points,
 * replace every code point by its prototype, NFD again. Two strings are
 * confusable when their skeletons are equal. A skeleton is for comparing,
 * never for showing (it mixes scripts and may not even be readable).
 */
export function skeleton(input: string): string {
  const map = prototypes();
  let out = '';
  for (const ch of input.normalize('NFD').replace(IGNORABLE, '')) out += map.get(ch.codePointAt(0)!) ?? ch;
  return out.normalize('NFD');
}

/** The characters a host name may be written with in ASCII (IDNA lower-cases letters). */
const HOST_ASCII = '-0123456789abcdefghijklmnopqrstuvwxyz';

let asciiBySkeleton: Map<string, string> | null = null;

/** Skeleton → the ASCII host character with that skeleton; a letter wins over a digit ("l" over "1"). */
function asciiSkeletons(): Map<string, string> {
  if (asciiBySkeleton) return asciiBySkeleton;
  asciiBySkeleton = new Map();
  for (const ch of HOST_ASCII) asciiBySkeleton.set(skeleton(ch), ch);
  return asciiBySkeleton;
}

/**
 * The ASCII letter, digit or hyphen that the non-ASCII character `ch` is
 * confusable with (same skeleton), or undefined: "ɑ" → "a", "ı" → "i",
 * "ǀ" → "l", Cyrillic "а" → "a". A letter with a diacritic ("ü", "é") is
 * not: its skeleton keeps the mark. Only single characters count, so "æ"
 * (skeleton "ae") is not taken for a look-alike of an ASCII letter.
 */
export function asciiLookalikeOf(ch: string): string | undefined {
  if (ch.length === 0 || ch.codePointAt(0)! < 0x80) return undefined;
  return asciiSkeletons().get(skeleton(ch));
}


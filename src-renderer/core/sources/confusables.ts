/**
 * Confusable detection by the Unicode security mechanisms (UTS #39, §4):
 * the skeleton of a string, and which non-ASCII characters a reader would
 * take for an ASCII letter or digit.
 *
 * The data is Unicode's confusables.txt, turned into confusables.json by
 * src-main/cli/gen-confusables.ts (never edited by hand). The app itself
 * only asks which characters pass for ASCII ones in a host name: the
 * generator answers that once, here, into the much smaller
 * confusable-ascii.json (read by confusable-ascii.ts), so that the 130 kB
 * table stays out of the window's start.
 */
import DATA from './confusables.json' with { type: 'json' };

/** Code point → prototype, from the JSON's mappings (hexadecimal code points, as in the file). */
export function prototypeTable(mappings: Readonly<Record<string, string>>): Map<number, string> {
  const table = new Map<number, string>();
  for (const [source, target] of Object.entries(mappings)) {
    table.set(parseInt(source, 16), String.fromCodePoint(...target.split(' ').map((h) => parseInt(h, 16))));
  }
  return table;
}

let table: Map<number, string> | null = null;

/** The version of Unicode's data in use, e.g. "17.0.0". */
export const CONFUSABLES_VERSION: string = DATA.unicodeVersion;

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** UTS #39 `internalSkeleton` over a prototype table (see `skeleton`). */
export function skeletonWith(map: ReadonlyMap<number, string>, input: string): string {
  let out = '';
  for (const ch of input.normalize('NFD').replace(IGNORABLE, '')) out += map.get(ch.codePointAt(0)!) ?? ch;
  return out.normalize('NFD');
}

/**
 * UTS #39 `internalSkeleton(X)`: NFD, remove default-ignorable code points,
 * replace every code point by its prototype, NFD again. Two strings are
 * confusable when their skeletons are equal. A skeleton is for comparing,
 * never for showing (it mixes scripts and may not even be readable).
 */
export function skeleton(input: string): string {
  table ??= prototypeTable(DATA.mappings as Record<string, string>);
  return skeletonWith(table, input);
}

/** The characters a host name may be written with in ASCII (IDNA lower-cases letters). */
export const HOST_ASCII = '-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * Every non-ASCII character confusable with one ASCII host character (the
 * same skeleton), with that character; a letter wins over a digit ("l" over
 * "1"). Only single characters count, so "æ" (skeleton "ae") is not taken
 * for a look-alike of an ASCII letter, and a letter with a diacritic ("ü",
 * "é") is not one: its skeleton keeps the mark. What
 * core/sources/confusable-ascii.json holds (src-main/cli/gen-confusables.ts).
 */
export function asciiLookalikes(map: ReadonlyMap<number, string>): Record<string, string> {
  const bySkeleton = new Map<string, string>();
  for (const ch of HOST_ASCII) bySkeleton.set(skeletonWith(map, ch), ch);
  const out: Record<string, string> = {};
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ascii = bySkeleton.get(skeletonWith(map, String.fromCodePoint(cp)));
    if (ascii !== undefined) out[cp.toString(16).toUpperCase().padStart(4, '0')] = ascii;
  }
  return out;
}

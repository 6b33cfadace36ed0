/**
 * The Unicode character classes that word tokenisers read (`\p{L}`, `\p{M}`,
 * `\p{N}`, `\s`), by code point, for scanners written as loops over char
 * codes.
 *
 * A regular expression such as `/[\p{L}\p{M}\p{N}]+/gu` that returns every
 * word of a text allocates one string per word: 1.4 million of them for an
 * 8 MiB line, which cost more than finding them. A loop reading these classes
 * finds the same words as offsets and lets the caller decide what to keep.
 * The classes are the regular expressions' own (each code unit's class is
 * asked of the engine once, then kept in a table), so a scanner built on them
 * tokenises exactly as the pattern it replaces.
 */

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{M}`: a combining mark. */
export const MARK = 2;
/** `\p{N}`: a digit or other number. */
export const NUMBER = 4;
/** `\s`: white space or a line terminator, as JavaScript regular expressions define it. */
export const SPACE = 8;
/** Set in `classAt`'s answer when the code point is a surrogate pair (two code units). */
export const PAIR = 16;
/** `\p{L}`, `\p{M}` or `\p{N}`: a word character of the tokenisers. */
export const WORD_CHAR = LETTER | MARK | NUMBER;

const KNOWN = 128;

/** Classes of the code units 0–0xFFFF, filled on first use (KNOWN marks a filled entry). */
const bmp = new Uint8Array(0x10000);
/** Classes of the astral code points met so far. */
const astral = new Map<number, number>();

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function classify(c: string): number {
  return (IS_LETTER.test(c) ? LETTER : 0) | (IS_MARK.test(c) ? MARK : 0) | (IS_NUMBER.test(c) ? NUMBER : 0) | (IS_SPACE.test(c) ? SPACE : 0);
}

for (let c = 0; c < 128; c++) bmp[c] = classify(String.fromCharCode(c)) | KNOWN;

/** The classes of the ASCII code units, for a scanner's fast path (`classAt` answers the same). */
export const ASCII_CLASSES: Readonly<Uint8Array> = Uint8Array.from(bmp.subarray(0, 128), (k) => k & ~KNOWN);

/**
 * The classes of the code point that starts at `text[i]` (`i < text.length`),
 * with PAIR set when it takes two code units. A lone surrogate is a code
 * point of no class, as in a `u` regular expression.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    const k = bmp[c]!;
    if (k !== 0) return k & ~KNOWN;
    const computed = classify(String.fromCharCode(c));
    bmp[c] = computed | KNOWN;
    return computed;
  }
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        astral.set(cp, k);
      }
      return k | PAIR;
    }
  }
  return 0;
}

/** The number of code units of the code point whose classes `classAt` gave as `k`. */
export const widthOf = (k: number): number => (k & PAIR ? 2 : 1);

/**
 * Cutting text into the units the revision diff works on — lines, sentences,
 * tokens — and the cheap fingerprints it compares them by. Everything scans
 * ranges of the original string in place: slicing a 1 MB article into
 * hundreds of thousands of substrings (or running a Unicode regex over it)
 * cost more than the diff itself.
 */
import { diffArrays } from 'diff';
import { firstIndexWhere } from '../bisect';

/** A sequence of units tiling `[start, end)` of a text: unit k is `[starts[k], starts[k+1])`. */
export interface Units {
  readonly starts: number[];
  /** Content keys: equal keys mean equal text (53-bit hash; the diff verifies before trusting). */
  readonly keys: number[];
  readonly end: number;
}

/** Exclusive end of unit `k`. */
export function unitEnd(u: Units, k: number): number {
  return k + 1 < u.starts.length ? u.starts[k + 1]! : u.end;
}

export const SPACE = 0;
export const WORD = 1;
export const OTHER = 2;

// Classes of BMP code units, filled lazily: ASCII by hand, the rest by a
// Unicode-aware regex tested once per distinct character.
const classCache = new Int8Array(0x10000).fill(-1);
// ASCII classes by table: the common case in the hot loops below.
const ASCII_CLASS = new Int8Array(128).fill(OTHER);
for (let c = 0; c < 128; c++) {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) ASCII_CLASS[c] = SPACE;
  else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) ASCII_CLASS[c] = WORD;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const SPACE_CHAR = /^\s$/u;

function classify(ch: string): number {
  return SPACE_CHAR.test(ch) ? SPACE : WORD_CHAR.test(ch) ? WORD : OTHER;
}

/**
 * Class of the code point at `i` (SPACE, WORD or OTHER) and its length in
 * code units (2 for a surrogate pair), packed as `class | length << 2`.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | (2 << 2);
  }
  let k = classCache[c]!;
  if (k < 0) {
    k = classify(String.fromCharCode(c));
    classCache[c] = k;
  }
  return k | (1 << 2);
}

/**
 * True when `at` is a token boundary of `text` (see {@link tokens}): not
 * inside a run of word characters or of whitespace, nor inside a surrogate pair.
 */
export function isTokenBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(at - 1);
    if (p >= 0xd800 && p <= 0xdbff) return false;
  }
  const here = classAt(text, at) & 3;
  if (here === OTHER) return true;
  // The code point before `at` may be the low half of a pair.
  const p = text.charCodeAt(at - 1);
  const before = p >= 0xdc00 && p <= 0xdfff && at >= 2 ? classAt(text, at - 2) & 3 : classAt(text, at - 1) & 3;
  return before !== here;
}

/** 53-bit FNV-1a style hash of `text[start, end)` (two 32-bit lanes), usable as a Map key or with ===. */
export function rangeKey(text: string, start: number, end: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) + (h2 & 0x1fffff) * 0x100000000;
}

/** Lines, each keeping its "\n" so that lines tile the text. */
export function lines(text: string): Units {
  const starts: number[] = [];
  const keys: number[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    starts.push(at);
    keys.push(rangeKey(text, at, end));
    at = end;
  }
  return { starts, keys, end: text.length };
}

/** The one definition of a sentence end in the anchoring code: . ! ? … and their CJK full-width forms. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets that stay with the sentence they end. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (classAt(String.fromCharCode(c), 0) & 3) === SPACE);
}

/** A sentence longer than this (code units) is cut into pieces; see {@link sentences}. */
export const LONG_SENTENCE = 600;
/** Words a piece of a long sentence holds at most. */
const MAX_PIECE_WORDS = 64;
/** A word ends a piece when its hash is 0 modulo this: pieces average that many words. */
const PIECE_MODULUS = 16;

/**
 * Sentence-sized chunks of `text[start, end)`: a chunk ends after sentence
 * punctuation (and closing quotes) plus the whitespace that follows. Crude
 * on purpose: the diff only needs stable, roughly sentence-sized pieces, not
 * linguistically right ones.
 *
 * A "sentence" longer than LONG_SENTENCE (a text without punctuation, a
 * list run together) is cut further, after the whitespace that follows a
 * word chosen by the word's own hash (content-defined chunking): an edit
 * moves at most the cuts next to it, so the pieces of two revisions still
 * line up, and the word diff of a changed piece stays small instead of the
 * whole line exceeding its budget and becoming opaque.
 */
export function sentences(text: string, start: number, end: number): Units {
  const starts: number[] = [start];
  const keys: number[] = [];
  let i = start;
  let from = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    i++;
    if (!isSentenceEnd(c)) continue;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const spaceFrom = i;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i > spaceFrom && i < end) {
      if (i - from > LONG_SENTENCE) cutLong(text, from, i, starts);
      starts.push(i);
      from = i;
    }
  }
  if (end - from > LONG_SENTENCE) cutLong(text, from, end, starts);
  for (let k = 0; k < starts.length; k++) keys.push(rangeKey(text, starts[k]!, k + 1 < starts.length ? starts[k + 1]! : end));
  return { starts, keys, end };
}

/**
 * Pushes the starts of the pieces of `text[from, to)` after the first (see
 * {@link sentences}): after at least MIN_PIECE_WORDS words, the whitespace
 * following a word whose FNV hash is 0 modulo PIECE_MODULUS ends a piece;
 * after MAX_PIECE_WORDS words, any word's does. A piece always starts after
 * whitespace, never inside a word or a surrogate pair.
 */
function cutLong(text: string, from: number, to: number, starts: number[]): void {
  let words = 0;
  let i = from;
  while (i < to) {
    // A run of word characters, hashed.
    let h = 0x811c9dc5;
    let inWord = false;
    while (i < to) {
      const info = classAt(text, i);
      if ((info & 3) !== WORD) break;
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      inWord = true;
      i += info >> 2;
    }
    if (inWord) words++;
    // Whatever follows up to the next word: punctuation, spaces.
    let spaced = false;
    while (i < to) {
      const info = classAt(text, i);
      const cls = info & 3;
      if (cls === WORD) break;
      if (cls === SPACE) spaced = true;
      i += info >> 2;
    }
    if (!spaced || i >= to || !inWord) continue;
    if (words >= MAX_PIECE_WORDS || mix(h) % PIECE_MODULUS === 0) {
      starts.push(i);
      words = 0;
    }
  }
}

/**
 * Tokens of `text[start, end)`: runs of word characters (letters, marks,
 * digits, underscore), runs of whitespace, or single other code points. A
 * surrogate pair is never split.
 */
export function tokens(text: string, start: number, end: number): Units {
  const starts: number[] = [];
  const keys: number[] = [];
  let i = start;
  while (i < end) {
    const first = classAt(text, i);
    const cls = first & 3;
    let j = i + (first >> 2);
    if (cls !== OTHER) {
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c < 128) {
          if (ASCII_CLASS[c] !== cls) break;
          j++;
        } else {
          const next = classAt(text, j);
          if ((next & 3) !== cls) break;
          j += next >> 2;
        }
      }
    }
    starts.push(i);
    keys.push(rangeKey(text, i, Math.min(j, end)));
    i = j;
  }
  return { starts, keys, end };
}

const SKETCH_SIZE = 16;

/** Inserts `h` into the ascending list of the smallest distinct values, kept to SKETCH_SIZE. */
function keepSmallest(mins: number[], h: number): void {
  const n = mins.length;
  if (n === SKETCH_SIZE && h >= mins[n - 1]!) return;
  for (let k = 0; k < n; k++) if (mins[k] === h) return;
  let k = n === SKETCH_SIZE ? n - 1 : n;
  while (k > 0 && mins[k - 1]! > h) {
    mins[k] = mins[k - 1]!;
    k--;
  }
  mins[k] = h;
}

/** fmix32 (MurmurHash3's finaliser): spreads similar inputs apart. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Calls `visit` with a hash of each word bigram of `text[start, end)` (or
 * of the single word when there is only one); returns the number of words.
 */
function forEachBigram(text: string, start: number, end: number, visit: (h: number) => void): number {
  let prev = 0;
  let words = 0;
  let h = 0;
  let inWord = false;
  for (let i = start; i <= end; ) {
    let cls = SPACE;
    let len = 1;
    const c = i < end ? text.charCodeAt(i) : 0x20;
    if (i < end) {
      if (c < 128) cls = ASCII_CLASS[c]!;
      else {
        const info = classAt(text, i);
        cls = info & 3;
        len = info >> 2;
      }
    }
    if (cls === WORD) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (len === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
    } else if (inWord) {
      if (words > 0) visit(mix(Math.imul(prev, 0x9e3779b1) ^ h));
      prev = h;
      words++;
      inWord = false;
    }
    i += len;
  }
  if (words === 1) visit(mix(prev));
  return words;
}

/**
 * A bottom-k sketch of the word bigrams of `text[start, end)` (unigrams for a
 * single word): the 16 smallest distinct bigram hashes, ascending. Null when
 * the range has no words (blank lines compare by identity only).
 */
export function sketch(text: string, start: number, end: number): number[] | null {
  const mins: number[] = [];
  const words = forEachBigram(text, start, end, (h) => keepSmallest(mins, h));
  return words === 0 ? null : mins;
}

/** All distinct word-bigram hashes of `text[start, end)`, ascending (for exact Jaccard). */
export function bigrams(text: string, start: number, end: number): Uint32Array {
  const all: number[] = [];
  forEachBigram(text, start, end, (h) => all.push(h));
  const sorted = Uint32Array.from(all).sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
  return sorted.subarray(0, n);
}

/** How many members two ascending sets from {@link bigrams} have in common. */
export function shared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both++;
      i++;
      j++;
    }
  }
  return both;
}

/** Jaccard similarity of two ascending sets from {@link bigrams}. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const both = shared(a, b);
  const union = a.length + b.length - both;
  return union === 0 ? 1 : both / union;
}

/** True when `text[start, end)` is only whitespace (a blank line). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] !== SPACE : (classAt(text, i) & 3) !== SPACE) return false;
  }
  return true;
}

/**
 * True when two sketches estimate a word-bigram Jaccard similarity of at
 * least SIMILAR_JACCARD: among the 16 smallest hashes of the union, that
 * share are in both. A paragraph with 5% of its words edited keeps ≈ 0.8
 * (the estimate's spread with 16 hashes is ≈ ±0.1, so it stays well above
 * 0.35); unrelated paragraphs share almost no bigrams (≈ 0.01).
 */
export function sketchesSimilar(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < SKETCH_SIZE && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
    else if (i >= a.length || b[j]! < a[i]!) j++;
    else {
      both++;
      i++;
      j++;
    }
    taken++;
  }
  return taken > 0 && both >= SIMILAR_JACCARD * taken;
}

const SIMILAR_JACCARD = 0.35;

/**
 * Myers alignment (jsdiff's `diffArrays`, within `limits`) of the index
 * ranges `[a0, a1)` and `[b0, b1)`, where `same(a, b)` says two indices
 * match: appends the pairs it keeps in step to `out`, in order. False,
 * with nothing appended, when the diff gives up (edit length or time).
 */
export function alignRanges(
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  same: (a: number, b: number) => boolean,
  limits: { readonly maxEditLength: number; readonly timeout: number },
  out: [number, number][],
): boolean {
  const changes = diffArrays(
    Array.from({ length: a1 - a0 }, (_, k) => a0 + k),
    Array.from({ length: b1 - b0 }, (_, k) => b0 + k),
    { comparator: same, ...limits },
  );
  if (!changes) return false;
  let a = a0;
  let b = b0;
  for (const ch of changes) {
    if (ch.added) b += ch.count;
    else if (ch.removed) a += ch.count;
    else for (let k = 0; k < ch.count; k++) out.push([a++, b++]);
  }
  return true;
}

/**
 * Unique anchors between two key ranges ("patience diff"): pairs of equal
 * keys that occur once on each side, longest increasing chain.
 */
export function patienceAnchors(oldKeys: readonly number[], o0: number, o1: number, newKeys: readonly number[], n0: number, n1: number): [number, number][] {
  const countOld = new Map<number, number>();
  const countNew = new Map<number, number>();
  const posOld = new Map<number, number>();
  for (let i = o0; i < o1; i++) {
    const h = oldKeys[i]!;
    countOld.set(h, (countOld.get(h) ?? 0) + 1);
    posOld.set(h, i);
  }
  for (let j = n0; j < n1; j++) {
    const h = newKeys[j]!;
    countNew.set(h, (countNew.get(h) ?? 0) + 1);
  }
  const pairs: [number, number][] = [];
  for (let j = n0; j < n1; j++) {
    const h = newKeys[j]!;
    if (countNew.get(h) === 1 && countOld.get(h) === 1) pairs.push([posOld.get(h)!, j]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  // Longest increasing subsequence on the new index (patience sorting).
  const tails: number[] = [];
  const prevOf = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    const lo = firstIndexWhere(tails.length, (i) => pairs[tails[i]!]![1] >= j);
    if (lo > 0) prevOf[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prevOf[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

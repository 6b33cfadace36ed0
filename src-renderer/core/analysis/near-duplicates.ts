/**
 * Near-duplicate paragraphs by shingle similarity, in time linear in the text.
 *
 * Each paragraph becomes the set of its word 3-shingles (hashed to 30 bits).
 * Candidates are found through an inverted index from shingle to paragraphs,
 * so a paragraph is only compared with the earlier paragraphs it shares
 * shingles with — never with all of them — and a word-level diff is computed
 * for the flagged pairs only.
 */
import { diffArrays, diffWords } from 'diff';
import type { DiffPart } from '../model';
import * as chars from '../text/word-chars';

// Local copies for the scanning loop (see the note in checkworthiness/tokens.ts).
const { ASCII_CLASSES, classAt, PAIR, WORD_CHAR } = chars;

/** Words per shingle. Three words tell a copied phrase from a common collocation. */
export const SHINGLE_SIZE = 3;

/**
 * A pair whose shingle sets have at least this Jaccard similarity is a
 * candidate (one substituted word changes up to three shingles, so one word
 * in ten replaced gives about 0.5–0.6). Candidates are confirmed on their
 * words: measured on the fixtures (tests/core/analysis/duplicates.test.ts),
 * lightly edited copies keep 0.8–0.94 of their words, the same paragraph
 * edited between harbour-bridge-en.txt and its v2 0.87–0.93, a paragraph
 * rewritten on the same subject 0.47, unrelated paragraphs at most 0.36.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * A pair whose shorter passage has this share of its shingles in the longer
 * one is a candidate too: one word in six changed breaks half of a
 * paragraph's shingles (each word is in three), yet leaves 83% of its words.
 * Candidates are then confirmed on their words (`NEAR_DUPLICATE_WORDS`).
 */
export const CONTAINMENT_THRESHOLD = 0.35;

/** A candidate pair is a near-duplicate when at least this share of their words is the same, in order (see `wordSimilarity`). */
export const NEAR_DUPLICATE_WORDS = 0.7;

/** Paragraphs with fewer shingles than this are too short to call near-duplicates. */
export const MIN_SHINGLES = 8;

/**
 * A shingle's posting list keeps at most this many paragraphs: the first half
 * it appeared in, kept for good (so copies pair with their original), and a
 * rotating sample of the later ones. Boilerplate like "in the region" would
 * otherwise make every paragraph a candidate of every other, the quadratic
 * cost this module exists to avoid; a paragraph copied hundreds of times is
 * still found every time.
 */
const MAX_POSTINGS = 64;

/** The word diff of a flagged pair gives up after this long (the flag keeps its similarity). */
const DIFF_TIMEOUT_MS = 100;

/**
 * All the diffs of one analysis together stop after this long: a text made of
 * thousands of near-copies of a long paragraph still analyses in bounded
 * time, its later flags without a diff.
 */
export const DIFF_BUDGET_MS = 1000;

/** A near-duplicate pair: `repeat` is the later paragraph (positions in the input list). */
export interface NearDuplicatePair {
  readonly repeat: number;
  readonly original: number;
  readonly similarity: number;
}

/** Words only: quotation marks, dashes, spacing and punctuation never make two passages less alike. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** The lower-cased words of a text (no punctuation). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/**
 * The sorted, distinct shingle hashes of a text. Tokens are lower-cased
 * words; punctuation, quotation marks and dashes are left out, as a reader
 * compares two passages by their words. Hashes depend on the text only, so
 * sets from separate calls compare.
 */
export function shingleSet(text: string): Uint32Array {
  // The 32-bit FNV-1a hash of each word (a run of `TOKEN`), in a typed
  // array: a string and a number per word of a long text's 1.4 million
  // (8 MiB) cost more than the hashing.
  let tokens = new Uint32Array(64);
  let count = 0;
  const lower = text.toLowerCase();
  const length = lower.length;
  for (let i = 0; i < length; ) {
    let c = lower.charCodeAt(i);
    let k = c < 128 ? ASCII_CLASSES[c]! : classAt(lower, i);
    if (!(k & WORD_CHAR)) {
      i += k & PAIR ? 2 : 1;
      continue;
    }
    let h = 0x811c9dc5;
    do {
      h = Math.imul(h ^ c, 0x01000193);
      if (k & PAIR) h = Math.imul(h ^ lower.charCodeAt(++i), 0x01000193);
      if (++i >= length) break;
      c = lower.charCodeAt(i);
      k = c < 128 ? ASCII_CLASSES[c]! : classAt(lower, i);
    } while (k & WORD_CHAR);
    if (count === tokens.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(tokens);
      tokens = grown;
    }
    tokens[count++] = h >>> 0;
  }
  const hashes = new Uint32Array(Math.max(0, count - SHINGLE_SIZE + 1));
  for (let i = 0; i < hashes.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < SHINGLE_SIZE; k++) {
      h = Math.imul(h ^ (tokens[i + k] ?? 0), 0x85ebca6b);
      h ^= h >>> 13;
    }
    // 30 bits keep the hashes small integers (V8 Smis), which makes the
    // inverted index's Map several times faster than with heap numbers. The
    // price, about a dozen colliding pairs among the 170,000 distinct
    // shingles of a 1 MB article, cannot move a similarity measurably.
    hashes[i] = h & 0x3fffffff;
  }
  sortHashes(hashes);
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i] ?? 0;
  return hashes.subarray(0, n);
}

/** From this many shingles on, `sortHashes` counts rather than compares. */
const RADIX_FROM = 1 << 14;
const RADIX_BITS = 15;

/**
 * Sorts 30-bit hashes in ascending order. A long text's (1.2 million
 * shingles in an 8 MiB line) in two counting passes of 15 bits, linear and
 * several times faster than the typed array's comparison sort.
 */
function sortHashes(hashes: Uint32Array): void {
  if (hashes.length < RADIX_FROM) {
    hashes.sort();
    return;
  }
  const scratch = new Uint32Array(hashes.length);
  const starts = new Uint32Array(1 << RADIX_BITS);
  countingPass(hashes, scratch, 0, starts);
  countingPass(scratch, hashes, RADIX_BITS, starts);
}

/** Stable placement of `from` into `to` by the 15 bits at `shift`. */
function countingPass(from: Uint32Array, to: Uint32Array, shift: number, starts: Uint32Array): void {
  const mask = (1 << RADIX_BITS) - 1;
  starts.fill(0);
  for (let i = 0; i < from.length; i++) starts[(from[i]! >>> shift) & mask]!++;
  let at = 0;
  for (let b = 0; b < starts.length; b++) {
    const count = starts[b]!;
    starts[b] = at;
    at += count;
  }
  for (let i = 0; i < from.length; i++) {
    const v = from[i]!;
    to[starts[(v >>> shift) & mask]!++] = v;
  }
}

/** |A ∩ B| of two sorted, distinct hash sets. */
function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const common = intersection(a, b);
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** Containment |A ∩ B| / min(|A|, |B|): how much of the shorter passage the longer one holds. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : intersection(a, b) / smaller;
}

/**
 * The share of words two passages have in common, in order, as a reader
 * sees it: 2 × (words the word diff keeps) / (words of both). Case,
 * punctuation, quotation marks and dashes do not count; a paragraph with 12
 * of its 75 words changed is 84% the same. Undefined when the diff gives up.
 */
export function wordSimilarity(a: string, b: string, timeoutMs = DIFF_TIMEOUT_MS): number | undefined {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length + y.length === 0) return 1;
  const changes = diffArrays(x, y, { timeout: timeoutMs });
  if (changes === undefined) return undefined;
  let kept = 0;
  for (const c of changes) if (!c.added && !c.removed) kept += c.count ?? c.value.length;
  return (2 * kept) / (x.length + y.length);
}

/**
 * Finds, for each passage, the most similar earlier passage. A pair is a
 * candidate when its shingle sets overlap enough (Jaccard at least
 * `threshold`, or the shorter passage mostly contained in the longer one, as
 * in a lightly edited long paragraph whose every edit breaks three
 * shingles); it is kept when the share of words the two have in common
 * (`wordSimilarity`) is at least `NEAR_DUPLICATE_WORDS`. `texts[i]` is null
 * for passages that take no part (exact repeats already flagged). Each
 * passage is the repeat of at most one pair; `similarity` is the words'.
 * `setOf` gives the shingle set of `texts[i]` (`shingleSet`, or one the
 * caller already has for the same text).
 */
export function findNearDuplicates(
  texts: readonly (string | null)[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  minShingles = MIN_SHINGLES,
  setOf: (text: string, i: number) => Uint32Array = shingleSet,
): NearDuplicatePair[] {
  // One passage has nothing to be a near-duplicate of: its shingles (a
  // text of one paragraph may be a 20 MiB line) need not be computed.
  let taking = 0;
  for (const t of texts) if (t !== null) taking++;
  if (taking < 2) return [];
  const sets: (Uint32Array | undefined)[] = texts.map((t, i) => (t === null ? undefined : setOf(t, i)));
  const index = new PostingIndex(sets.reduce((n, set) => n + (set?.length ?? 0), 0));
  const pairs: NearDuplicatePair[] = [];
  // Shared-shingle counts per earlier paragraph: a typed array reset through
  // the list of touched entries is several times faster than a Map here.
  const shared = new Uint32Array(sets.length);
  const touched: number[] = [];
  const count = (j: number): void => {
    const before = shared[j] ?? 0;
    shared[j] = before + 1;
    if (before === 0) touched.push(j);
  };
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i];
    if (set === undefined || set.length < minShingles) continue;
    for (const h of set) index.add(h, i, count);
    let best: NearDuplicatePair | undefined;
    for (const j of touched) {
      const common = shared[j] ?? 0;
      shared[j] = 0;
      const other = sets[j];
      // Both measures need |A ∩ B| ≥ t/2·min(|A|, |B|); the counted overlap
      // can only be lower than the true one, so halve the bound to stay safe.
      if (other === undefined || common < (threshold / 2) * Math.min(set.length, other.length)) continue;
      if (jaccard(set, other) < threshold && containment(set, other) < CONTAINMENT_THRESHOLD) continue;
      const similarity = wordSimilarity(texts[j]!, texts[i]!);
      if (similarity === undefined || similarity < NEAR_DUPLICATE_WORDS) continue;
      if (best === undefined || similarity > best.similarity || (similarity === best.similarity && j < best.original)) {
        best = { repeat: i, original: j, similarity };
      }
    }
    touched.length = 0;
    if (best !== undefined) pairs.push(best);
  }
  return pairs;
}

/**
 * The word-level diff from `original` to `repeat`, or undefined when it takes
 * longer than `timeoutMs` (jsdiff's Myers diff is O(N·D)).
 */
export function wordDiff(original: string, repeat: string, timeoutMs = DIFF_TIMEOUT_MS): DiffPart[] | undefined {
  const changes = diffWords(original, repeat, { timeout: timeoutMs });
  if (changes === undefined) return undefined;
  return changes.map((c) => (c.added ? { value: c.value, added: true } : c.removed ? { value: c.value, removed: true } : { value: c.value }));
}

/**
 * The inverted index from shingle hash to the paragraphs containing it, as an
 * open-addressing hash table in typed arrays: a 1 MB article has ~150,000
 * distinct shingles, most of them in one paragraph only, and a Map of small
 * arrays spent most of the near-duplicate time allocating and hashing.
 * A slot holds either one paragraph number (≥ 0) or, once a shingle recurs,
 * −(1 + the index of its list in `lists`).
 */
class PostingIndex {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly lists: number[][] = [];

  constructor(capacityHint: number) {
    let size = 16;
    while (size < capacityHint * 2) size <<= 1;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Calls `visit` for each paragraph already listed under `hash` (sampled, see MAX_POSTINGS), then lists `paragraph`. */
  add(hash: number, paragraph: number, visit: (earlier: number) => void): void {
    // Hashes are non-negative 30-bit numbers, so −1 marks an empty slot.
    let slot = Math.imul(hash, 0x9e3779b1) & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    if (this.keys[slot] === -1) {
      this.keys[slot] = hash;
      this.values[slot] = paragraph;
      return;
    }
    const value = this.values[slot] ?? 0;
    if (value >= 0) {
      visit(value);
      this.lists.push([value, paragraph]);
      this.values[slot] = -this.lists.length;
      return;
    }
    const list = this.lists[-value - 1]!;
    for (const j of list) visit(j);
    const half = MAX_POSTINGS >> 1;
    if (list.length < MAX_POSTINGS) list.push(paragraph);
    else list[half + (paragraph % half)] = paragraph;
  }
}

/**
 * Near-duplicate paragraphs by shingle similarity, in time linear in the text.
 *
 * Each paragraph becomes the set of its word 3-shingles (hashed to 30 bits).
 * Candidates are found through an inverted index from shingle to paragraphs,
 * so a paragraph is only compared with the earlier paragraphs it shares
 * shingles with — never with all of them — and a word-level diff is computed
 * for the flagged pairs only.
 */
import { diffWords } from 'diff';
import type { DiffPart } from '../model';
import { canonicalMark } from './flag-builder';

/** Words per shingle. Three words tell a copied phrase from a common collocation. */
export const SHINGLE_SIZE = 3;

/**
 * Two paragraphs are near-duplicates when the Jaccard similarity of their
 * shingle sets is at least this. Tuning (tests/core/analysis/duplicates.test.ts
 * checks these figures): one substituted word changes up to three shingles,
 * so with n tokens and e scattered edits the similarity is about
 * (n − 2 − 3e) / (n − 2 + 3e). Measured on the fixtures' paragraphs:
 * - one word in ten replaced: 0.50–0.63; one in fifteen: 0.62–0.71;
 * - the same paragraph edited between harbour-bridge-en.txt and its v2
 *   (reworded, moved clause, quotation marks dropped): 0.57–0.73;
 * - a paragraph rewritten on the same subject: 0.12;
 * - unrelated paragraphs: at most 0.06 in the fixtures, 0.22 in the
 *   generated benchmark article (whose vocabulary is small).
 * 0.5 sits between the lightly edited copies an editor wants to hear about
 * and the rewrites and neighbours they do not.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

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
export const MAX_POSTINGS = 64;

/** The word diff of a flagged pair gives up after this long (the flag keeps its similarity). */
export const DIFF_TIMEOUT_MS = 100;

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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** 32-bit FNV-1a of a token. */
function tokenHash(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The sorted, distinct shingle hashes of a text. Tokens are words and single
 * punctuation marks, lower-cased, with the typographic variants of a mark
 * folded as `matchKey` folds them — the tokens `diffWords` shows an editor.
 * Hashes depend on the text only, so sets from separate calls compare.
 */
export function shingleSet(text: string): Uint32Array {
  const tokens: number[] = [];
  const lower = text.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    tokens.push(tokenHash(m[0].length === 1 ? canonicalMark(m[0]) : m[0]));
  }
  const hashes = new Uint32Array(Math.max(0, tokens.length - SHINGLE_SIZE + 1));
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
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i] ?? 0;
  return hashes.subarray(0, n);
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
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
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Finds, for each paragraph, the most similar earlier paragraph at or above
 * `threshold`. `texts[i]` is null for paragraphs that take no part (exact
 * repeats already flagged). Each paragraph is the repeat of at most one pair.
 */
export function findNearDuplicates(texts: readonly (string | null)[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicatePair[] {
  const sets: (Uint32Array | undefined)[] = texts.map((t) => (t === null ? undefined : shingleSet(t)));
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
    if (set === undefined || set.length < MIN_SHINGLES) continue;
    for (const h of set) index.add(h, i, count);
    let best: NearDuplicatePair | undefined;
    for (const j of touched) {
      const common = shared[j] ?? 0;
      shared[j] = 0;
      const other = sets[j];
      // Jaccard ≥ t needs |A ∩ B| ≥ t·max(|A|, |B|); the counted overlap can
      // only be lower than the true one, so halve the bound to stay safe.
      if (other === undefined || common < (threshold / 2) * Math.min(set.length, other.length)) continue;
      const similarity = jaccard(set, other);
      if (similarity >= threshold && (best === undefined || similarity > best.similarity || (similarity === best.similarity && j < best.original))) {
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

/**
 * The lower levels of the revision diff: a changed stretch (a pair of similar
 * paragraphs, or a run of unpaired ones) is diffed by sentences first, then
 * by words inside the sentences that changed. Each level trims its common
 * head and tail itself, pairs what it can by cheap evidence (equal ends,
 * tokens unique on both sides), and only calls `diffArrays` on what is left,
 * always with `maxEditLength` and `timeout`: with 5% of words edited, most
 * changed sentences hold one edit and need no Myers run at all.
 */
import { diffArrays } from 'diff';
import type { Span } from '../text/offsets';
import { u16 } from '../text/offsets';
import { splitsSurrogate } from './similarity';
import { alignRanges, bigrams, isSentenceEnd, isTokenBoundary, patienceAnchors, rangeKey, sentences, shared, sketch, sketchesSimilar, tokens, unitEnd, type Units } from './text-units';

/** Collects equal blocks in order; merges touching ones; refuses any whose texts differ. */
export class BlockSink {
  readonly old: number[] = [];
  readonly neu: number[] = [];
  readonly len: number[] = [];
  /** New-text ranges the diff gave up on (budget exceeded). */
  readonly opaque: Span[] = [];

  constructor(
    readonly oldText: string,
    readonly newText: string,
    /** Budget: `Date.now()` after which remaining stretches are left opaque. */
    readonly deadline: number,
    /** Largest stretch, in tokens, that gets a word diff. */
    readonly maxTokens: number,
  ) {}

  /** Records `old[oldStart, +length)` = `new[newStart, +length)`. */
  equal(oldStart: number, newStart: number, length: number): void {
    if (length <= 0) return;
    // Keys are hashes: verify, so that an "unchanged" block is unchanged text
    // even in the astronomically unlikely case of a collision.
    if (this.oldText.slice(oldStart, oldStart + length) !== this.newText.slice(newStart, newStart + length)) return;
    const n = this.len.length - 1;
    if (n >= 0 && this.old[n]! + this.len[n]! === oldStart && this.neu[n]! + this.len[n]! === newStart) {
      this.len[n] = this.len[n]! + length;
      return;
    }
    this.old.push(oldStart);
    this.neu.push(newStart);
    this.len.push(length);
  }

  /**
   * Slides each pure insertion or deletion along the text it repeats (in
   * "catan." + ". Gaastsumi … at" the inserted sentence can sit before or
   * after the full stop) to the position with the most natural boundaries,
   * as diff-match-patch's semantic-lossless cleanup does. Otherwise the diff
   * may hang an inserted sentence inside a claim's final full stop.
   */
  slideGaps(): void {
    const { old: bo, neu: bn, len: bl } = this;
    for (let i = 0; i + 1 < bl.length; i++) {
      const a = bo[i]! + bl[i]!;
      const c = bn[i]! + bl[i]!;
      const b = bo[i + 1]!;
      const d = bn[i + 1]!;
      if ((a === b) === (c === d)) continue; // A replacement (or nothing): no slack.
      const [text, gs, ge] = a === b ? [this.newText, c, d] : [this.oldText, a, b];
      let left = 0;
      while (left < bl[i]! && text.charCodeAt(gs - 1 - left) === text.charCodeAt(ge - 1 - left)) left++;
      let right = 0;
      while (right < bl[i + 1]! && text.charCodeAt(gs + right) === text.charCodeAt(ge + right)) right++;
      if (left === 0 && right === 0) continue;
      let best = 0;
      let bestScore = boundaryScore(text, gs) + boundaryScore(text, ge);
      for (let shift = -left; shift <= right; shift++) {
        const score = boundaryScore(text, gs + shift) + boundaryScore(text, ge + shift);
        if (score > bestScore) {
          best = shift;
          bestScore = score;
        }
      }
      if (best === 0 || splitsSurrogate(text, gs + best) || splitsSurrogate(text, ge + best)) continue;
      bl[i] = bl[i]! + best;
      bo[i + 1] = bo[i + 1]! + best;
      bn[i + 1] = bn[i + 1]! + best;
      bl[i + 1] = bl[i + 1]! - best;
      if (bl[i + 1] === 0) {
        // The next block was used up: the gap now touches the one after it.
        bo.splice(i + 1, 1);
        bn.splice(i + 1, 1);
        bl.splice(i + 1, 1);
      }
      if (bl[i] === 0) {
        bo.splice(i, 1);
        bn.splice(i, 1);
        bl.splice(i, 1);
        i = Math.max(-1, i - 2);
      }
    }
  }

  /** Records that `new[newStart, newEnd)` was left undiffed (budget exceeded). */
  giveUp(newStart: number, newEnd: number): void {
    if (newEnd > newStart) this.opaque.push({ start: u16(newStart), end: u16(newEnd) });
  }

  /** Milliseconds left before the deadline (≤ 0 once past it). */
  timeLeft(): number {
    return this.deadline - Date.now();
  }
}

/**
 * How natural a place `at` is for an edit to start or end (after
 * diff-match-patch): text edges and blank lines best, then line breaks,
 * sentence ends, whitespace, punctuation; inside a word worst.
 */
function boundaryScore(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return 6;
  const before = text[at - 1]!;
  const after = text[at]!;
  if ((before === '\n' && after === '\n') || (before === '\n' && text[at - 2] === '\n')) return 5;
  if (before === '\n' || after === '\n') return 4;
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  if ((spaceAfter && isSentenceEnd(text.charCodeAt(at - 1))) || (spaceBefore && at >= 2 && isSentenceEnd(text.charCodeAt(at - 2)))) return 3;
  if (spaceBefore || spaceAfter) return 2;
  if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after)) return 1;
  return 0;
}

interface Change {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

/**
 * Changes between two key arrays: the trivial shapes (one side empty, one
 * token for one) directly, anything else by Myers (`diffArrays`) within
 * `timeLeft` ms. Undefined when out of time.
 */
function changesOf(a: number[], b: number[], timeLeft: number): Change[] | undefined {
  if (a.length === 0) return b.length ? [{ count: b.length, added: true, removed: false }] : [];
  if (b.length === 0) return [{ count: a.length, added: false, removed: true }];
  if (a.length === 1 && b.length === 1) {
    return [{ count: 1, added: false, removed: true }, { count: 1, added: true, removed: false }];
  }
  if (timeLeft <= 0) return undefined;
  return diffArrays(a, b, { maxEditLength: a.length + b.length, timeout: timeLeft });
}

/**
 * When both sides have the same number of tokens and few positions differ,
 * the edit was word substitutions: compare position by position (the most
 * common multi-edit shape). In repetitive text a word deleted here and
 * another added there leaves the counts equal too ("a a b a a" → "a b a a
 * a"), and reading that as substitutions would misplace what lies between:
 * so take the position-by-position reading only when Myers, bounded to
 * fewer edits than it needs, finds no shorter alignment (a cheap run, since
 * the bound is small).
 */
function substitutionsOnly(a: number[], b: number[], timeLeft: number): Change[] | null {
  if (a.length !== b.length || a.length < 3) return null;
  let differing = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differing++;
  if (differing * 4 > a.length) return null;
  const shorter = timeLeft > 0 ? diffArrays(a, b, { maxEditLength: 2 * differing - 1, timeout: timeLeft }) : undefined;
  if (shorter) return shorter;
  const out: Change[] = [];
  for (let k = 0; k < a.length; ) {
    const same = a[k] === b[k];
    let n = 1;
    while (k + n < a.length && (a[k + n] === b[k + n]) === same) n++;
    if (same) out.push({ count: n, added: false, removed: false });
    else out.push({ count: n, added: false, removed: true }, { count: n, added: true, removed: false });
    k += n;
  }
  return out;
}

/**
 * Token-level changes: trim, then split at tokens that occur exactly once
 * on each side ("patience diff"), recursing into the pieces; only a piece
 * with no such anchor goes to Myers. Most pieces end up a single edit that
 * needs no Myers run at all. Undefined when over budget.
 */
function tokenChanges(sink: BlockSink, a: number[], b: number[]): Change[] | undefined {
  const { head, tail } = trim(a, b);
  const out: Change[] = [];
  if (head) out.push({ count: head, added: false, removed: false });
  const midA = head || tail ? a.slice(head, a.length - tail) : a;
  const midB = head || tail ? b.slice(head, b.length - tail) : b;
  // A handful of tokens costs nothing: never let a busy machine make them opaque.
  const middle = substitutionsOnly(midA, midB, Math.max(sink.timeLeft(), 1000)) ??
    (midA.length + midB.length <= 4 ? changesOf(midA, midB, Math.max(sink.timeLeft(), 1000)) : splitAtUnique(sink, midA, midB));
  if (!middle) return undefined;
  out.push(...middle);
  if (tail) out.push({ count: tail, added: false, removed: false });
  return out;
}

function splitAtUnique(sink: BlockSink, a: number[], b: number[]): Change[] | undefined {
  if (a.length === 0 || b.length === 0) return changesOf(a, b, 0); // Trivial: no Myers run.
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const posA = new Map<number, number>();
  a.forEach((k, i) => {
    countA.set(k, (countA.get(k) ?? 0) + 1);
    posA.set(k, i);
  });
  for (const k of b) countB.set(k, (countB.get(k) ?? 0) + 1);
  const pairs: [number, number][] = [];
  b.forEach((k, j) => {
    if (countA.get(k) === 1 && countB.get(k) === 1) pairs.push([posA.get(k)!, j]);
  });
  // Too many anchors (or none): Myers alone. Checked before the chain search,
  // which is quadratic in the pairs and would be thrown away.
  if (pairs.length === 0 || pairs.length > 64) return changesOf(a, b, sink.timeLeft());
  pairs.sort((p, q) => p[0] - q[0]);
  // Longest chain increasing on both sides (at most 64 pairs: quadratic is fine).
  const len = pairs.map(() => 1);
  const prev = pairs.map(() => -1);
  let best = -1;
  for (let x = 0; x < pairs.length; x++) {
    for (let y = 0; y < x; y++) {
      if (pairs[y]![1] < pairs[x]![1] && len[y]! + 1 > len[x]!) {
        len[x] = len[y]! + 1;
        prev[x] = y;
      }
    }
    if (best < 0 || len[x]! > len[best]!) best = x;
  }
  const chain: [number, number][] = [];
  for (let x = best; x >= 0; x = prev[x]!) chain.push(pairs[x]!);
  chain.reverse();
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of chain) {
    const piece = tokenChanges(sink, a.slice(i, pi), b.slice(j, pj));
    if (!piece) return undefined;
    out.push(...piece, { count: 1, added: false, removed: false });
    i = pi + 1;
    j = pj + 1;
  }
  const rest = tokenChanges(sink, a.slice(i), b.slice(j));
  if (!rest) return undefined;
  out.push(...rest);
  return out;
}

/** Common head and tail lengths (in units) of two key arrays. */
function trim(a: readonly number[], b: readonly number[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}

/**
 * Lengths of the common head and tail of `old[oa, ob)` and `new[na, nb)` in
 * code units, shrunk to token boundaries on both sides so that a changed
 * word is diffed whole ("cat" → "cats" is one replaced token, not an added
 * "s"). Comparing characters is far cheaper than tokenizing, and with a
 * typical edit it leaves only a word or two to look at.
 */
function commonEnds(sink: BlockSink, oa: number, ob: number, na: number, nb: number): { head: number; tail: number } {
  const { oldText, newText } = sink;
  const max = Math.min(ob - oa, nb - na);
  let head = 0;
  while (head < max && oldText.charCodeAt(oa + head) === newText.charCodeAt(na + head)) head++;
  while (head > 0 && !(isTokenBoundary(oldText, oa + head) && isTokenBoundary(newText, na + head))) head--;
  let tail = 0;
  while (tail < max - head && oldText.charCodeAt(ob - 1 - tail) === newText.charCodeAt(nb - 1 - tail)) tail++;
  while (tail > 0 && !(isTokenBoundary(oldText, ob - tail) && isTokenBoundary(newText, nb - tail))) tail--;
  return { head, tail };
}

/**
 * Diffs `old[oa, ob)` against `new[na, nb)` into the sink: sentences, then
 * words inside changed sentences. Stretches that exceed the budget are
 * recorded as opaque.
 */
export function diffStretch(sink: BlockSink, oa: number, ob: number, na: number, nb: number): void {
  const ends = commonEnds(sink, oa, ob, na, nb);
  sink.equal(oa, na, ends.head);
  diffSentences(sink, oa + ends.head, ob - ends.tail, na + ends.head, nb - ends.tail);
  sink.equal(ob - ends.tail, nb - ends.tail, ends.tail);
}

function diffSentences(sink: BlockSink, oa: number, ob: number, na: number, nb: number): void {
  if (ob === oa || nb === na) return; // Pure deletion or insertion: a gap.
  const so = sentences(sink.oldText, oa, ob);
  const sn = sentences(sink.newText, na, nb);
  const { head, tail } = trim(so.keys, sn.keys);
  const equalSentences = (i: number, j: number, count: number): void => {
    for (let k = 0; k < count; k++) sink.equal(so.starts[i + k]!, sn.starts[j + k]!, unitEnd(so, i + k) - so.starts[i + k]!);
  };
  equalSentences(0, 0, head);
  const i1 = so.keys.length - tail;
  const j1 = sn.keys.length - tail;
  const paired = pairSentences(sink, so, head, i1, sn, head, j1);
  const pairs = paired && withoutSplits(paired, sentenceSide(sink.oldText, so, i1), sentenceSide(sink.newText, sn, j1), [head - 1, head - 1]);
  if (!pairs) sink.giveUp(sn.starts[head] ?? nb, tail ? sn.starts[j1]! : nb);
  else {
    // Between paired sentences, a run of unpaired ones on both sides is a
    // rewrite: word-diff it whole (shared phrases still show as unchanged).
    let i = head;
    let j = head;
    const run = (toI: number, toJ: number): void => {
      if (toI > i && toJ > j) diffWords(sink, so.starts[i]!, so.starts[toI] ?? so.end, sn.starts[j]!, sn.starts[toJ] ?? sn.end);
    };
    for (const [pi, pj] of pairs) {
      run(pi, pj);
      if (so.keys[pi] === sn.keys[pj]) equalSentences(pi, pj, 1);
      else diffWords(sink, so.starts[pi]!, unitEnd(so, pi), sn.starts[pj]!, unitEnd(sn, pj));
      i = pi + 1;
      j = pj + 1;
    }
    run(i1, j1);
  }
  equalSentences(i1, j1, tail);
}

/** One side of a pairing of units (lines or sentences), as {@link withoutSplits} reads it. */
export interface PairedSide {
  readonly count: number;
  key(k: number): number;
  length(k: number): number;
  bigrams(k: number): Uint32Array;
}

/**
 * A paragraph or sentence split in two (or two joined into one) gets paired
 * with one of its parts, and the other part looks inserted (or deleted). Its
 * words then reach the claims only by searching, which repetitive text can
 * fool. Where an unpaired neighbour of a pair's shorter unit is mostly made
 * of the longer one's word pairs, and taking it in brings the lengths no
 * further apart, drop the pair: the units become one stretch, and its word
 * diff sees the split for what it is. An edited paragraph next to an
 * inserted pull quote of it keeps its pair (taking the quote in would make
 * the lengths further apart). `pairs` are ascending, and only units after
 * `before` and below each side's `count` may be taken in; pairs of
 * identical units are always kept.
 */
export function withoutSplits(
  pairs: readonly [number, number][],
  old: PairedSide,
  neu: PairedSide,
  before: readonly [number, number] = [-1, -1],
): [number, number][] {
  const partOf = (part: Uint32Array, whole: Uint32Array): boolean => part.length > 0 && 2 * shared(part, whole) >= part.length;
  return pairs.filter(([a, b], p) => {
    if (old.key(a) === neu.key(b)) return true;
    const prev = pairs[p - 1] ?? before;
    const next = pairs[p + 1] ?? [old.count, neu.count];
    const gap = Math.abs(old.length(a) - neu.length(b));
    const splitInto = (y: number): boolean =>
      y > prev[1] && y < next[1] && Math.abs(old.length(a) - neu.length(b) - neu.length(y)) <= gap && partOf(neu.bigrams(y), old.bigrams(a));
    const joinedFrom = (x: number): boolean =>
      x > prev[0] && x < next[0] && Math.abs(neu.length(b) - old.length(a) - old.length(x)) <= gap && partOf(old.bigrams(x), neu.bigrams(b));
    return !(splitInto(b - 1) || splitInto(b + 1) || joinedFrom(a - 1) || joinedFrom(a + 1));
  });
}

/** The first `count` sentences of `u` as a {@link PairedSide}. */
function sentenceSide(text: string, u: Units, count: number): PairedSide {
  const sets = new Map<number, Uint32Array>();
  return {
    count,
    key: (k) => u.keys[k]!,
    length: (k) => unitEnd(u, k) - u.starts[k]!,
    bigrams: (k) => {
      let v = sets.get(k);
      if (v === undefined) sets.set(k, (v = bigrams(text, u.starts[k]!, unitEnd(u, k))));
      return v;
    },
  };
}

/** Code units compared at each end of two sentences by {@link sameEnds}. */
const END_LENGTH = 12;

/** True when sentence `i` of the old side and `j` of the new side start or end with the same characters. */
function sameEnds(sink: BlockSink, so: Units, i: number, sn: Units, j: number): boolean {
  const a0 = so.starts[i]!;
  const b0 = sn.starts[j]!;
  let a1 = unitEnd(so, i);
  let b1 = unitEnd(sn, j);
  if (Math.min(a1 - a0, b1 - b0) < 2 * END_LENGTH) return false;
  const { oldText, newText } = sink;
  if (oldText.startsWith(newText.slice(b0, b0 + END_LENGTH), a0)) return true;
  while (a1 > a0 && oldText.charCodeAt(a1 - 1) <= 0x20) a1--;
  while (b1 > b0 && newText.charCodeAt(b1 - 1) <= 0x20) b1--;
  return oldText.startsWith(newText.slice(b1 - END_LENGTH, b1), a1 - END_LENGTH);
}

/** Largest middle (old × new sentences) aligned by the small DP below; beyond it, anchors first, then `diffArrays`. */
const MAX_DP_CELLS = 400;
/** A stretch between anchors up to this long (code units, each side) is word-diffed whole. */
const RUN_CHARS = 4000;
/** Code units at each end of a sentence hashed for the cheap anchoring keys of long runs. */
const END_KEY_LENGTH = 24;

/**
 * Pairs the sentences of `so[i0, i1)` with those of `sn[j0, j1)` that are
 * identical or similar (the same sketch test as lines), in order,
 * maximising identical pairs first. A long run (a text without paragraphs,
 * cut into pieces by {@link sentences}) is first split at unique anchors, as
 * the line level does: sentences identical on both sides and occurring once
 * on each, then likewise those with the same first or last 24 code units;
 * only what lies between anchors is aligned by similarity. Returns null when
 * over budget.
 */
export function pairSentences(sink: BlockSink, so: Units, i0: number, i1: number, sn: Units, j0: number, j1: number): [number, number][] | null {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0 || m === 0) return [];
  // The common case: as many sentences on each side, each an edit of its
  // counterpart, which the first or last characters show without sketching.
  if (n === m) {
    let k = 0;
    while (k < n && sameEnds(sink, so, i0 + k, sn, j0 + k)) k++;
    if (k === n) return Array.from({ length: n }, (_, t): [number, number] => [i0 + t, j0 + t]);
  }
  const sketchesO = new Map<number, number[] | null>();
  const sketchesN = new Map<number, number[] | null>();
  const sketchOf = (cache: Map<number, number[] | null>, text: string, u: Units, k: number): number[] | null => {
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = sketch(text, u.starts[k]!, unitEnd(u, k))));
    return v;
  };
  // 2 for identical, 1 for similar, 0 for neither.
  const weight = (i: number, j: number): number => {
    if (so.keys[i] === sn.keys[j]) return 2;
    const a = sketchOf(sketchesO, sink.oldText, so, i);
    const b = sketchOf(sketchesN, sink.newText, sn, j);
    return a && b && sketchesSimilar(a, b) ? 1 : 0;
  };
  if (n * m <= MAX_DP_CELLS) return weightedLcs(weight, i0, i1, j0, j1);

  const out: [number, number][] = [];
  const levels: (readonly (readonly number[])[])[] = [
    [so.keys, sn.keys],
    [endKeys(sink.oldText, so, 'head'), endKeys(sink.newText, sn, 'head')],
    [endKeys(sink.oldText, so, 'tail'), endKeys(sink.newText, sn, 'tail')],
  ];
  const align = (a0: number, a1: number, b0: number, b1: number, level: number): boolean => {
    if (a0 === a1 || b0 === b1) return true;
    // Between anchors, a stretch small enough for one word diff is left
    // unpaired: the caller word-diffs it whole, so a word that crossed a
    // piece boundary (the cuts of a long sentence moved with an edit) is
    // still seen as unchanged, not as deleted here and inserted there.
    if (level > 0 && unitEnd(so, a1 - 1) - so.starts[a0]! <= RUN_CHARS && unitEnd(sn, b1 - 1) - sn.starts[b0]! <= RUN_CHARS) return true;
    const keys = levels[level];
    if (!keys) {
      const pairs = (a1 - a0) * (b1 - b0) <= MAX_DP_CELLS ? weightedLcs(weight, a0, a1, b0, b1) : myersPairs(sink, weight, a0, a1, b0, b1);
      if (!pairs) return false;
      out.push(...pairs);
      return true;
    }
    let a = a0;
    let b = b0;
    for (const [ai, bj] of patienceAnchors(keys[0]!, a0, a1, keys[1]!, b0, b1)) {
      if (!align(a, ai, b, bj, level + 1)) return false;
      out.push([ai, bj]);
      a = ai + 1;
      b = bj + 1;
    }
    return align(a, a1, b, b1, level + 1);
  };
  return align(i0, i1, j0, j1, 0) ? out : null;
}

/** Keys of the first ('head') or last ('tail', trailing whitespace excluded) END_KEY_LENGTH code units of every sentence of `u`. */
function endKeys(text: string, u: Units, side: 'head' | 'tail'): number[] {
  return u.starts.map((start, k) => {
    let end = unitEnd(u, k);
    if (side === 'head') return rangeKey(text, start, Math.min(end, start + END_KEY_LENGTH));
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    return rangeKey(text, Math.max(start, end - END_KEY_LENGTH), end);
  });
}

/** The pairs of a weighted LCS of `[i0, i1)` × `[j0, j1)` (a small DP, then a walk back). */
function weightedLcs(weight: (i: number, j: number) => number, i0: number, i1: number, j0: number, j1: number): [number, number][] {
  const n = i1 - i0;
  const m = j1 - j0;
  const score = new Int32Array((n + 1) * (m + 1));
  const w = new Int8Array(n * m);
  for (let a = 1; a <= n; a++) {
    for (let b = 1; b <= m; b++) {
      const wt = weight(i0 + a - 1, j0 + b - 1);
      w[(a - 1) * m + b - 1] = wt;
      const diag = wt ? score[(a - 1) * (m + 1) + b - 1]! + wt : 0;
      score[a * (m + 1) + b] = Math.max(diag, score[(a - 1) * (m + 1) + b]!, score[a * (m + 1) + b - 1]!);
    }
  }
  const out: [number, number][] = [];
  for (let a = n, b = m; a > 0 && b > 0; ) {
    const here = score[a * (m + 1) + b]!;
    const wt = w[(a - 1) * m + b - 1]!;
    if (wt && here === score[(a - 1) * (m + 1) + b - 1]! + wt) {
      out.push([i0 + a - 1, j0 + b - 1]);
      a--;
      b--;
    } else if (here === score[(a - 1) * (m + 1) + b]!) a--;
    else b--;
  }
  return out.reverse();
}

/** Pairs of `[i0, i1)` × `[j0, j1)` by Myers with a similarity comparator, within the time budget; null when out of time. */
function myersPairs(sink: BlockSink, weight: (i: number, j: number) => number, i0: number, i1: number, j0: number, j1: number): [number, number][] | null {
  const timeLeft = sink.timeLeft();
  if (timeLeft <= 0) return null;
  const out: [number, number][] = [];
  const aligned = alignRanges(i0, i1, j0, j1, (i, j) => weight(i, j) > 0, { maxEditLength: i1 - i0 + j1 - j0, timeout: timeLeft }, out);
  return aligned ? out : null;
}

/** Word-level diff of `old[oa, ob)` against `new[na, nb)`; a stretch over budget is left opaque. */
function diffWords(sink: BlockSink, oa: number, ob: number, na: number, nb: number): void {
  const ends = commonEnds(sink, oa, ob, na, nb);
  sink.equal(oa, na, ends.head);
  if (!diffTokens(sink, oa + ends.head, ob - ends.tail, na + ends.head, nb - ends.tail)) sink.giveUp(na + ends.head, nb - ends.tail);
  sink.equal(ob - ends.tail, nb - ends.tail, ends.tail);
}

function diffTokens(sink: BlockSink, oa: number, ob: number, na: number, nb: number): boolean {
  if (ob === oa || nb === na) return true;
  const to = tokens(sink.oldText, oa, ob);
  const tn = tokens(sink.newText, na, nb);
  if (to.keys.length + tn.keys.length > sink.maxTokens) return false;
  const { head, tail } = trim(to.keys, tn.keys);
  const midO = to.keys.slice(head, to.keys.length - tail);
  const midN = tn.keys.slice(head, tn.keys.length - tail);
  const changes = tokenChanges(sink, midO, midN);
  if (!changes) return false;
  const lengthOf = (u: Units, from: number, count: number): number => unitEnd(u, from + count - 1) - u.starts[from]!;
  const runs: Run[] = [];
  let i = head;
  let j = head;
  for (const ch of changes) {
    if (ch.added) {
      runs.push({ eq: 0, del: 0, ins: lengthOf(tn, j, ch.count) });
      j += ch.count;
    } else if (ch.removed) {
      runs.push({ eq: 0, del: lengthOf(to, i, ch.count), ins: 0 });
      i += ch.count;
    } else {
      const at = to.starts[i]!;
      const len = lengthOf(to, i, ch.count);
      runs.push({ eq: len, del: 0, ins: 0, keep: crossesSentence(sink.oldText, at, at + len) });
      i += ch.count;
      j += ch.count;
    }
  }
  let po = oa;
  let pn = na;
  const headLen = head ? lengthOf(to, 0, head) : 0;
  sink.equal(po, pn, headLen);
  po += headLen;
  pn += headLen;
  for (const r of semanticCleanup(runs)) {
    if (r.eq) sink.equal(po, pn, r.eq);
    po += r.eq + r.del;
    pn += r.eq + r.ins;
  }
  sink.equal(po, pn, ob - po);
  return true;
}

/** Code units an edit must span, on each side of an equality, for the equality to be folded. */
const MIN_FOLD_EDIT = 24;

/** A run of a word diff: an equality (`eq` > 0) or an edit (`del`/`ins`), in code units. */
interface Run {
  eq: number;
  del: number;
  ins: number;
  /** An equality never folded into its neighbours (it holds a sentence or line break). */
  keep?: boolean;
}

/**
 * True when `text[start, end)` holds a line break or a sentence end
 * ({@link isSentenceEnd}) followed by a space: edits on either side of it belong to different sentences and
 * must not be merged into one (a claim's replaced first word would then
 * take the previous sentence's edit with it).
 */
function crossesSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (isSentenceEnd(c) && i + 1 < text.length && /\s/.test(text[i + 1]!)) return true;
  }
  return false;
}

/**
 * diff-match-patch's "semantic cleanup", made more cautious: an equality
 * squeezed between two edits of a few words or more each, at most half as
 * long as the larger side of each, is folded into them. A lone shared space
 * or "the" between two rewritten clauses is noise that chops a moved
 * sentence into pieces and makes the comparison view hard to read; a real
 * surviving word between two edited words is not (diff-match-patch's own
 * rule folds those too, and the anchors at their edges would be lost), nor
 * is a sentence boundary.
 */
function semanticCleanup(runs: readonly Run[]): Run[] {
  let out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.eq === 0 && last.eq === 0) {
      last.del += r.del;
      last.ins += r.ins;
    } else out.push({ ...r });
  }
  for (let changed = true; changed; ) {
    changed = false;
    const next: Run[] = [];
    for (let k = 0; k < out.length; k++) {
      const g = out[k]!;
      const before = next[next.length - 1];
      const after = out[k + 1];
      const edgeBefore = before ? Math.max(before.del, before.ins) : 0;
      const edgeAfter = after ? Math.max(after.del, after.ins) : 0;
      if (g.eq > 0 && !g.keep && before && before.eq === 0 && after && after.eq === 0 &&
        Math.min(edgeBefore, edgeAfter) >= MIN_FOLD_EDIT && 2 * g.eq <= edgeBefore && 2 * g.eq <= edgeAfter) {
        before.del += g.eq + after.del;
        before.ins += g.eq + after.ins;
        k++;
        changed = true;
      } else next.push(g);
    }
    out = next;
  }
  return out;
}

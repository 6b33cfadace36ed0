/**
 * A hierarchical diff of two revisions' texts, and the position map that
 * re-anchoring reads from it.
 *
 * Myers' diff costs O(N·D). A word diff of a 1 MB article with 5% of its
 * words changed has N ≈ 350k tokens and D ≈ 17k: far too slow in one go. So,
 * as DESIGN.md prescribes, we diff in levels:
 *
 * 1. Lines that are not blank (a paragraph per line, or the lines of
 *    blank-line separated blocks). Identical lines are matched by hash: the
 *    common head and tail first, then lines that occur exactly once on each
 *    side (the "patience diff" anchors, which keep a surviving paragraph
 *    tied to itself rather than to a near-duplicate of it), then likewise
 *    lines whose first or last 24 characters are unique and equal. Between
 *    anchors, `diffArrays` pairs lines that are identical or *similar*
 *    (bottom-k sketch estimate of word-bigram Jaccard ≥ 0.35), and pairs
 *    are then slid to the most similar neighbour; a pair that is one half of
 *    a split (or joined) paragraph is dropped, so the word diff sees both
 *    halves. Similarity matters: with 5% of words
 *    changed, nearly every paragraph differs, and an exact-hash diff would
 *    see one giant changed run.
 * 2. Sentences, then words, only inside paired lines that differ and inside
 *    runs of unpaired lines (block-diff.ts), always with `maxEditLength` and
 *    `timeout` so that no input can hang the caller. A stretch that blows its
 *    budget is treated as replaced wholesale and recorded as "opaque" (no
 *    provenance known inside it).
 *
 * The result is a sorted list of equal blocks (old offset, new offset,
 * length); everything between two blocks is a gap where old text was replaced
 * by new text (either side possibly empty).
 */
import type { DiffPart } from '../model';
import { u16, type Span, type Utf16Offset } from '../text/offsets';
import { BlockSink, diffStretch, withoutSplits } from './block-diff';
import { alignRanges, bigrams, isBlank, jaccard, lines, patienceAnchors, rangeKey, sketch, sketchesSimilar, unitEnd, type Units } from './text-units';
import { firstIndexWhere } from '../bisect';

/** Which side of text inserted exactly at an offset the mapped offset lands on. */
export type Bias = 'before' | 'after';

/** Budgets. The defaults never bind on ordinary revisions, even of 1 MB articles. */
export interface RevisionDiffOptions {
  /**
   * Wall-clock cap for the whole diff, in ms (default 5000); what is left when
   * it runs out is opaque. A safety net for pathological input only: ordinary
   * revisions are bounded by edit lengths and token counts, and finish in a
   * small fraction of it even on a busy machine.
   */
  readonly timeoutMs?: number;
  /** Largest changed stretch, in tokens, that gets a word diff (default 6,000). */
  readonly maxRunTokens?: number;
}

/** How much of a new-text span is unchanged text, and where that text came from. */
export interface Provenance {
  /** Code units copied from inside the given old range. */
  readonly inside: number;
  /** Code units copied from elsewhere in the old text. */
  readonly outside: number;
}

/** The diff of two texts with its position map. Build it with {@link diffRevisions}. */
export class RevisionDiff {
  /** @internal Use {@link diffRevisions}. */
  constructor(
    readonly oldText: string,
    readonly newText: string,
    private readonly blockOld: Int32Array,
    private readonly blockNew: Int32Array,
    private readonly blockLen: Int32Array,
    /** New-text ranges inside which the diff gave up: provenance there is unknown. */
    readonly opaque: readonly Span[],
    /**
     * Where, in the old text, each stretch that the lower levels diffed as a
     * whole begins (a paired line, or the unpaired lines between two pairs),
     * ascending from 0. Text is only ever lined up within one such stretch.
     */
    private readonly stretchStarts: Int32Array = Int32Array.of(0),
  ) {}

  /**
   * The stretch of the old text holding `oldOffset` that the line level
   * handed to the sentence and word levels as a whole, as [start, end):
   * two passages in different stretches were told apart by the line level
   * (whole-line identity, unique ends, similarity), two in one stretch by
   * nearby words only.
   */
  stretchOf(oldOffset: number): readonly [number, number] {
    const i = Math.max(0, lastAtOrBefore(this.stretchStarts, oldOffset));
    return [this.stretchStarts[i]!, i + 1 < this.stretchStarts.length ? this.stretchStarts[i + 1]! : this.oldText.length];
  }

  /** Number of equal blocks (for tests and diagnostics). */
  get blockCount(): number {
    return this.blockLen.length;
  }

  /** False when some run exceeded its budget and was treated as replaced wholesale. */
  get complete(): boolean {
    return this.opaque.length === 0;
  }

  /**
   * Maps an offset in the old text to the new text. Null when the offset lies
   * strictly inside deleted (or replaced) text. At a point where text was
   * inserted, `bias` chooses: 'before' stays before the insertion, 'after'
   * goes past it. The edges of a replaced stretch map to the edges of its
   * replacement.
   */
  mapOffset(oldOffset: number, bias: Bias = 'after'): Utf16Offset | null {
    const x = oldOffset;
    if (x < 0 || x > this.oldText.length) return null;
    const { blockOld: bo, blockNew: bn, blockLen: bl } = this;
    const i = lastAtOrBefore(bo, x);
    if (i >= 0 && x < bo[i]! + bl[i]!) {
      if (x === bo[i]! && bias === 'before') {
        // A pure insertion right before this block: stay before it.
        const a = i > 0 ? bo[i - 1]! + bl[i - 1]! : 0;
        if (a === x) return u16(i > 0 ? bn[i - 1]! + bl[i - 1]! : 0);
      }
      return u16(bn[i]! + (x - bo[i]!));
    }
    const a = i >= 0 ? bo[i]! + bl[i]! : 0;
    const c = i >= 0 ? bn[i]! + bl[i]! : 0;
    const b = i + 1 < bo.length ? bo[i + 1]! : this.oldText.length;
    const d = i + 1 < bo.length ? bn[i + 1]! : this.newText.length;
    if (x === a) return u16(a === b && bias === 'after' ? d : c);
    if (x === b) return u16(d);
    return null;
  }

  /**
   * Like {@link mapOffset}, but never null: an offset inside replaced text
   * maps to the start ('start') or end ('end') of its replacement, so that a
   * span maps to the smallest new span that covers everything it became.
   */
  coverOffset(oldOffset: number, side: 'start' | 'end'): Utf16Offset {
    const x = Math.max(0, Math.min(this.oldText.length, oldOffset));
    const mapped = this.mapOffset(x, side === 'start' ? 'after' : 'before');
    if (mapped !== null) return mapped;
    const i = lastAtOrBefore(this.blockOld, x);
    if (side === 'start') return u16(i >= 0 ? this.blockNew[i]! + this.blockLen[i]! : 0);
    return u16(i + 1 < this.blockOld.length ? this.blockNew[i + 1]! : this.newText.length);
  }

  /**
   * Maps a new-text offset back to the old text (null inside inserted text).
   * Inserted text at a boundary counts as new: the offset must be unchanged text.
   */
  mapBack(newOffset: number): Utf16Offset | null {
    const i = lastAtOrBefore(this.blockNew, newOffset);
    if (i < 0 || newOffset >= this.blockNew[i]! + this.blockLen[i]!) return null;
    return u16(this.blockOld[i]! + (newOffset - this.blockNew[i]!));
  }

  /**
   * For `newText[newStart, newEnd)`: how many code units are unchanged text
   * that came from `oldText[oldStart, oldEnd)`, and how many came from
   * elsewhere in the old text. The rest is inserted text. This is what stops
   * re-anchoring from jumping onto a look-alike passage that already existed.
   */
  provenance(newStart: number, newEnd: number, oldStart: number, oldEnd: number): Provenance {
    const { blockOld: bo, blockNew: bn, blockLen: bl } = this;
    let inside = 0;
    let outside = 0;
    for (let i = Math.max(0, lastAtOrBefore(bn, newStart)); i < bn.length && bn[i]! < newEnd; i++) {
      const s = Math.max(newStart, bn[i]!);
      const e = Math.min(newEnd, bn[i]! + bl[i]!);
      if (e <= s) continue;
      const os = bo[i]! + (s - bn[i]!);
      const oe = os + (e - s);
      const overlap = Math.max(0, Math.min(oe, oldEnd) - Math.max(os, oldStart));
      inside += overlap;
      outside += e - s - overlap;
    }
    return { inside, outside };
  }

  /**
   * Code units of `oldText[oldStart, oldEnd)` that survive unchanged in the
   * new text (in equal blocks), wherever they went.
   */
  survivingLength(oldStart: number, oldEnd: number): number {
    const { blockOld: bo, blockLen: bl } = this;
    if (oldEnd <= oldStart || bo.length === 0) return 0;
    // Blocks are in order on the old side and do not overlap: the lengths of
    // those in between come from running sums (any range costs O(log n)),
    // the two at the edges are clipped.
    let first = lastAtOrBefore(bo, oldStart);
    if (first < 0 || bo[first]! + bl[first]! <= oldStart) first++;
    const last = lastAtOrBefore(bo, oldEnd - 1);
    if (first >= bo.length || last < first) return 0;
    const sums = (this.lengthSums ??= runningSums(bl));
    return sums[last + 1]! - sums[first]! - Math.max(0, oldStart - bo[first]!) - Math.max(0, bo[last]! + bl[last]! - oldEnd);
  }

  /** Running sums of the block lengths (sums[i] = total length of blocks before i), built on first use. */
  private lengthSums: Float64Array | undefined;

  /**
   * The gaps that touch `oldText[oldStart, oldEnd)`, with their old side
   * clipped to it: every gap overlapping the range, and insertions strictly
   * inside it (insertions exactly at either end are outside the span, as in
   * {@link mapOffset} with bias 'after' at the start and 'before' at the end).
   */
  gapsTouching(oldStart: number, oldEnd: number): { oldStart: number; oldEnd: number; newStart: number; newEnd: number }[] {
    const { blockOld: bo, blockNew: bn, blockLen: bl } = this;
    const out: { oldStart: number; oldEnd: number; newStart: number; newEnd: number }[] = [];
    for (let i = Math.max(-1, lastAtOrBefore(bo, oldStart) - 1); i < bo.length; i++) {
      const a = i >= 0 ? bo[i]! + bl[i]! : 0;
      if (a > oldEnd) break;
      const c = i >= 0 ? bn[i]! + bl[i]! : 0;
      const b = i + 1 < bo.length ? bo[i + 1]! : this.oldText.length;
      const d = i + 1 < bo.length ? bn[i + 1]! : this.newText.length;
      const touches = a === b ? oldStart < a && a < oldEnd && d > c : a < oldEnd && b > oldStart;
      if (touches) out.push({ oldStart: Math.max(a, oldStart), oldEnd: Math.min(b, oldEnd), newStart: c, newEnd: d });
    }
    return out;
  }

  /**
   * Changed stretches on one side: inserted text ('new') or deleted text
   * ('old'), with gaps separated only by a few unchanged code units merged,
   * and only those at least `minLength` long. Text that moved leaves one on
   * each side.
   */
  changedRegions(side: 'old' | 'new', minLength: number, mergeBelow = 4): Span[] {
    const starts = side === 'new' ? this.blockNew : this.blockOld;
    const total = side === 'new' ? this.newText.length : this.oldText.length;
    const bl = this.blockLen;
    const out: Span[] = [];
    let runStart = -1;
    let runEnd = -1;
    const flush = (): void => {
      if (runStart >= 0 && runEnd - runStart >= minLength) out.push({ start: u16(runStart), end: u16(runEnd) });
      runStart = -1;
    };
    for (let i = -1; i < starts.length; i++) {
      const c = i >= 0 ? starts[i]! + bl[i]! : 0;
      const d = i + 1 < starts.length ? starts[i + 1]! : total;
      if (d > c) {
        if (runStart >= 0 && c - runEnd < mergeBelow) runEnd = d;
        else {
          flush();
          runStart = c;
          runEnd = d;
        }
      }
    }
    flush();
    return out;
  }

  /** The diff as change parts: unchanged, removed, added (removed before added in a gap). */
  parts(): DiffPart[] {
    const { blockOld: bo, blockNew: bn, blockLen: bl, oldText, newText } = this;
    const out: DiffPart[] = [];
    for (let i = -1; i < bo.length; i++) {
      if (i >= 0) out.push({ value: oldText.slice(bo[i]!, bo[i]! + bl[i]!) });
      const a = i >= 0 ? bo[i]! + bl[i]! : 0;
      const c = i >= 0 ? bn[i]! + bl[i]! : 0;
      const b = i + 1 < bo.length ? bo[i + 1]! : oldText.length;
      const d = i + 1 < bo.length ? bn[i + 1]! : newText.length;
      if (b > a) out.push({ value: oldText.slice(a, b), removed: true });
      if (d > c) out.push({ value: newText.slice(c, d), added: true });
    }
    return out;
  }
}

/** [0, a0, a0 + a1, …]: the running sums of `a`. */
function runningSums(a: Int32Array): Float64Array {
  const out = new Float64Array(a.length + 1);
  for (let i = 0; i < a.length; i++) out[i + 1] = out[i]! + a[i]!;
  return out;
}

/** Index of the last element ≤ x in a sorted array, or -1. */
function lastAtOrBefore(sorted: Int32Array, x: number): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i]! > x) - 1;
}

/** Code units at each end of a line hashed for the cheap pairing keys. */
const END_KEY_LENGTH = 24;

/** The lines of a text that hold something other than whitespace, with their keys. */
class ContentLines {
  readonly index: number[] = [];
  readonly keys: number[] = [];
  private readonly sketches: (number[] | null | undefined)[] = [];
  private readonly bigramSets: (Uint32Array | undefined)[] = [];

  /** Keys of the first and last END_KEY_LENGTH code units (line break excluded). */
  readonly headKeys: number[] = [];
  readonly tailKeys: number[] = [];

  constructor(
    readonly text: string,
    readonly all: Units,
  ) {
    all.starts.forEach((start, k) => {
      let end = unitEnd(all, k);
      if (isBlank(text, start, end)) return;
      this.index.push(k);
      this.keys.push(all.keys[k]!);
      if (text.charCodeAt(end - 1) === 0x0a) end--;
      this.headKeys.push(rangeKey(text, start, Math.min(end, start + END_KEY_LENGTH)));
      this.tailKeys.push(rangeKey(text, Math.max(start, end - END_KEY_LENGTH), end));
    });
  }

  start(c: number): number {
    return this.all.starts[this.index[c]!]!;
  }

  end(c: number): number {
    return unitEnd(this.all, this.index[c]!);
  }

  sketch(c: number): number[] | null {
    let v = this.sketches[c];
    if (v === undefined) this.sketches[c] = v = sketch(this.text, this.start(c), this.end(c));
    return v;
  }

  bigrams(c: number): Uint32Array {
    let v = this.bigramSets[c];
    if (v === undefined) this.bigramSets[c] = v = bigrams(this.text, this.start(c), this.end(c));
    return v;
  }
}

/**
 * Diffs two revisions hierarchically (lines, then sentences and words inside
 * what changed) and returns the position map. Never throws on any pair of
 * strings; budgets only make the result coarser (see {@link RevisionDiff.opaque}).
 */
export function diffRevisions(oldText: string, newText: string, options: RevisionDiffOptions = {}): RevisionDiff {
  // The time budget is a safety net against pathological input, not part of
  // normal operation (that is bounded by edit lengths and token counts), so
  // it is generous: results must not depend on how busy the machine is.
  const sink = new BlockSink(oldText, newText, Date.now() + (options.timeoutMs ?? 5000), options.maxRunTokens ?? 6000);
  // Level 1 pairs content lines; blank lines are structure, diffed with the
  // stretches between pairs.
  const oc = new ContentLines(oldText, lines(oldText));
  const nc = new ContentLines(newText, lines(newText));
  const similar = (a: number, b: number): boolean => {
    if (oc.keys[a] === nc.keys[b]) return true;
    const x = oc.sketch(a);
    const y = nc.sketch(b);
    return x !== null && y !== null && sketchesSimilar(x, y);
  };
  const pairs: [number, number][] = [];

  // Lines between anchors: pair them by similarity.
  const alignBySimilarity = (a0: number, a1: number, b0: number, b1: number): void => {
    if (a0 === a1 || b0 === b1) return;
    const timeLeft = sink.timeLeft();
    // Out of time or over the edit length, the stretch is left unpaired: the stretch diff below copes, or gives up.
    if (timeLeft > 0) alignRanges(a0, a1, b0, b1, similar, { maxEditLength: Math.max(64, (a1 - a0 + b1 - b0) >> 1), timeout: timeLeft }, pairs);
  };
  // Unique anchors by identical lines, then (between those) by identical
  // first or last 24 characters, then similarity. The cheap keys pair most
  // edited paragraphs (an edit rarely touches both ends) without sketching
  // them, and uniqueness keeps them from pairing two copies of a passage.
  const keyLevels: (readonly number[])[][] = [[oc.keys, nc.keys], [oc.headKeys, nc.headKeys], [oc.tailKeys, nc.tailKeys]];
  const align = (a0: number, a1: number, b0: number, b1: number, level: number): void => {
    const keys = keyLevels[level];
    if (!keys) {
      alignBySimilarity(a0, a1, b0, b1);
      return;
    }
    let a = a0;
    let b = b0;
    for (const [ai, bj] of patienceAnchors(keys[0]!, a0, a1, keys[1]!, b0, b1)) {
      align(a, ai, b, bj, level + 1);
      pairs.push([ai, bj]);
      a = ai + 1;
      b = bj + 1;
    }
    align(a, a1, b, b1, level + 1);
  };

  // Common head and tail of identical lines first.
  const nOld = oc.keys.length;
  const nNew = nc.keys.length;
  let head = 0;
  while (head < nOld && head < nNew && oc.keys[head] === nc.keys[head]) {
    pairs.push([head, head]);
    head++;
  }
  let tail = 0;
  while (tail < nOld - head && tail < nNew - head && oc.keys[nOld - 1 - tail] === nc.keys[nNew - 1 - tail]) tail++;
  align(head, nOld - tail, head, nNew - tail, 0);
  for (let k = tail; k > 0; k--) pairs.push([nOld - k, nNew - k]);
  slidePairs(pairs, oc, nc, similar);
  const kept = withoutSplits(
    pairs,
    { count: oc.keys.length, key: (c) => oc.keys[c]!, length: (c) => oc.end(c) - oc.start(c), bigrams: (c) => oc.bigrams(c) },
    { count: nc.keys.length, key: (c) => nc.keys[c]!, length: (c) => nc.end(c) - nc.start(c), bigrams: (c) => nc.bigrams(c) },
  );

  // Emit: each pair, and the stretch between consecutive pairs.
  let oldAt = 0;
  let newAt = 0;
  const stretchStarts = [0];
  const stretch = (at: number): void => {
    if (at > stretchStarts[stretchStarts.length - 1]! && at < oldText.length) stretchStarts.push(at);
  };
  for (const [pa, pb] of kept) {
    stretch(oc.start(pa));
    stretch(oc.end(pa));
    diffStretch(sink, oldAt, oc.start(pa), newAt, nc.start(pb));
    if (oc.keys[pa] === nc.keys[pb]) sink.equal(oc.start(pa), nc.start(pb), oc.end(pa) - oc.start(pa));
    else diffStretch(sink, oc.start(pa), oc.end(pa), nc.start(pb), nc.end(pb));
    oldAt = oc.end(pa);
    newAt = nc.end(pb);
  }
  diffStretch(sink, oldAt, oldText.length, newAt, newText.length);

  sink.slideGaps();
  return new RevisionDiff(
    oldText,
    newText,
    Int32Array.from(sink.old),
    Int32Array.from(sink.neu),
    Int32Array.from(sink.len),
    sink.opaque,
    Int32Array.from(stretchStarts),
  );
}

/**
 * Myers picks one of several equally short alignments, blind to how
 * similar paired lines are. Where a pair has an unpaired neighbour that
 * resembles its partner more closely (exact word-bigram Jaccard), re-pair
 * with the neighbour. This is what keeps a claim on the surviving copy of a
 * near-duplicate paragraph, and off the removed one.
 */
function slidePairs(pairs: [number, number][], oc: ContentLines, nc: ContentLines, similar: (a: number, b: number) => boolean): void {
  const score = (a: number, b: number): number => (oc.keys[a] === nc.keys[b] ? 2 : jaccard(oc.bigrams(a), nc.bigrams(b)));
  for (let p = 0; p < pairs.length; p++) {
    const [a, b] = pairs[p]!;
    if (oc.keys[a] === nc.keys[b]) continue;
    const prev = pairs[p - 1] ?? [-1, -1];
    const next = pairs[p + 1] ?? [oc.keys.length, nc.keys.length];
    // Unpaired neighbours on either side, a few lines deep (a removed
    // duplicate may sit a paragraph or two away from its twin). Most pairs
    // have none, and cost nothing here.
    const rivals: [number, number][] = [];
    for (let x = Math.max(prev[0] + 1, a - SLIDE_REACH); x < Math.min(next[0], a + SLIDE_REACH + 1); x++) if (x !== a && similar(x, b)) rivals.push([x, b]);
    for (let y = Math.max(prev[1] + 1, b - SLIDE_REACH); y < Math.min(next[1], b + SLIDE_REACH + 1); y++) if (y !== b && similar(a, y)) rivals.push([a, y]);
    if (rivals.length === 0) continue;
    let best: [number, number] = [a, b];
    let bestScore = score(a, b);
    for (const [x, y] of rivals) {
      const sc = score(x, y);
      if (sc > bestScore + 0.01) {
        best = [x, y];
        bestScore = sc;
      }
    }
    pairs[p] = best;
  }
}

/** How many unpaired lines on each side a pair may slide to. */
const SLIDE_REACH = 8;

/**
 * A word-level diff of two revisions for the "Compare revisions" view:
 * unchanged parts, and in each changed stretch the removed text then the
 * added text. Joining the parts that are not `added` gives `oldText` back;
 * joining those not `removed` gives `newText`. Fast on 1 MB articles (same
 * hierarchical diff as re-anchoring); a stretch too large to word-diff within
 * budget shows as removed-then-added whole.
 */
export function compareRevisions(oldText: string, newText: string, options?: RevisionDiffOptions): DiffPart[] {
  return diffRevisions(oldText, newText, options).parts();
}

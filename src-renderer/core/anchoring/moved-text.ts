/**
 * Finding a claim whose text was deleted where it was: if it moved, it
 * reappears as inserted text. Inserted stretches are indexed once per
 * revision; the quote is looked for verbatim, then approximately; a match
 * is refused when a deleted near-copy of the claim could as well be the text
 * that moved (the removed copy of a duplicated passage whose twin moved).
 */
import type { ClaimTarget } from '../model';
import type { Span } from '../text/offsets';
import type { RevisionDiff } from './revision-diff';
import {
  AMBIGUITY_MARGIN,
  alignIn,
  CONTEXT_MARGIN,
  contextSimilarity,
  isSpaceAt,
  isWordAt,
  MAX_FOREIGN,
  MIN_CONTEXT,
  MIN_SEARCH_LENGTH,
  MOVED_EDITED_MIN,
  overlapsAny,
  unambiguous,
  type Candidate,
} from './quote-match';
import { similarity } from './similarity';
import { isTokenBoundary, rangeKey } from './text-units';
import { firstIndexWhere } from '../bisect';

/** What the searches need to know about the revision. */
export interface MoveContext {
  readonly diff: RevisionDiff;
  readonly minSim: number;
  /** Inserted stretches of the new text: where moved text lands. */
  readonly inserted: RegionIndex;
  /**
   * Deleted stretches of the old text, merged across short unchanged bits
   * (a deleted passage may have been lined up with a stray word or two):
   * where moved text may have come from.
   */
  readonly deleted: RegionIndex;
  /** Where the twin pieces of every target's quote occur in the old text (for long lines). */
  readonly oldPieces: PieceIndex;
  /** {@link twinPieces} of a quote, computed once. */
  readonly piecesOf: (exact: string) => readonly (readonly [number, string])[];
}

/** Code units hashed to index stretch positions for exact search. */
const KEY_LENGTH = 12;
/** How far apart the pieces of a near-copy may land (a changed word shifts them). */
const TWIN_SLACK = 24;
/** Slack around a stretch when aligning the quote inside it. */
const ALIGN_PAD = 8;
const WORDS = /[\p{L}\p{N}]+/gu;

export interface Occurrence {
  readonly at: number;
  /** Code units copied unchanged from the claim's old span, and from elsewhere. */
  readonly inside: number;
  readonly outside: number;
}

/** Exact occurrences of the quote near the mapped place, with where their text came from. */
export function exactNear(ctx: MoveContext, target: ClaimTarget, os: number, oe: number, hs: number, he: number): Occurrence[] {
  const text = ctx.diff.newText;
  const { exact } = target.quote;
  const m = exact.length;
  const reach = Math.max(256, 2 * m);
  const ws = Math.max(0, hs - reach);
  const window = text.slice(ws, Math.min(text.length, he + reach));
  const out: Occurrence[] = [];
  for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) {
    const prov = ctx.diff.provenance(ws + at, ws + at + m, os, oe);
    out.push({ at: ws + at, ...prov });
  }
  return out;
}

/**
 * The quote, verbatim, where deleted text went: inserted text (or near the
 * old place) that is not copied from elsewhere in the old text. Null for
 * none; 'ambiguous' when two candidates remain that context cannot separate,
 * or when a deleted near-copy of the claim elsewhere may be the one
 * that moved.
 */
export function movedExact(ctx: MoveContext, target: ClaimTarget, os: number, oe: number, hs: number, he: number): number | null | 'ambiguous' {
  const { diff } = ctx;
  const text = diff.newText;
  const { exact } = target.quote;
  const m = exact.length;
  const starts = new Set<number>();
  for (const c of exactNear(ctx, target, os, oe, hs, he)) if (c.outside <= MAX_FOREIGN * m) starts.add(c.at);
  // Inserted text holds no copied text by definition: no provenance check.
  const wholeToken = !(isWordAt(exact, 0) && isWordAt(target.quote.prefix, target.quote.prefix.length - 1));
  if (m >= MIN_SEARCH_LENGTH) for (const at of ctx.inserted.exactOccurrences(exact, wholeToken)) starts.add(at);
  if (starts.size === 0) return null;
  if (hasDeletedTwin(ctx, target, os, oe)) return 'ambiguous';
  // Where the diff gave up, nothing says the text is not copied from
  // elsewhere: only the quote with its whole context will do there.
  const { prefix, suffix } = target.quote;
  const candidates = [...starts].map((at) => ({ at, score: contextSimilarity(text, target, at, at + m) }))
    .filter((c) => !overlapsAny(diff.opaque, c.at, c.at + m) || (text.startsWith(prefix, c.at - prefix.length) && c.at >= prefix.length && text.startsWith(suffix, c.at + m)));
  if (candidates.length === 0) return null;
  const best = unambiguous(candidates, CONTEXT_MARGIN);
  return best ? best.at : 'ambiguous';
}

/** The quote's longest distinct words (up to 4, of 4+ characters): cheap, fairly rare keys. */
function keyWords(quote: string): string[] {
  return [...new Set(quote.match(WORDS) ?? [])].filter((w) => w.length >= 4).sort((a, b) => b.length - a.length).slice(0, 4);
}

/** Approximate occurrences of `quote` in the stretches of `index` that share its key words. */
function approximateIn(index: RegionIndex, target: ClaimTarget, quote: string, minSim: number): Candidate[] {
  const m = quote.length;
  const keys = keyWords(quote);
  if (keys.length < 2) return [];
  const probe: ClaimTarget = { ...target, quote: { ...target.quote, exact: quote } };
  const out: Candidate[] = [];
  for (const region of index.regionsSharing(keys, Math.ceil(keys.length / 2), Math.ceil(0.6 * m))) {
    const windows: [number, number][] = [];
    if (region.end - region.start <= 3 * m + 64) windows.push([region.start - ALIGN_PAD, region.end + ALIGN_PAD]);
    else {
      const body = index.text.slice(region.start, region.end);
      for (let at = body.indexOf(keys[0]!); at !== -1 && windows.length < 16; at = body.indexOf(keys[0]!, at + 1)) {
        windows.push([region.start + at - m - 32, region.start + at + m + 32]);
      }
    }
    for (const [from, to] of windows) {
      const c = alignIn(index.text, probe, from, to);
      if (c && c.sim >= minSim && !out.some((f) => f.start < c.end && c.start < f.end)) out.push(c);
    }
  }
  return out;
}

/**
 * Moved and edited: the quote approximately, in inserted text. Accepted when
 * clearly better than any other candidate, with agreeing context or a
 * near-identical quote, and when no deleted copy of the claim elsewhere could
 * be the one that moved.
 */
export function movedFuzzy(ctx: MoveContext, target: ClaimTarget, os: number, oe: number): Candidate | null {
  const { diff, minSim } = ctx;
  const { exact } = target.quote;
  if (exact.length < MIN_SEARCH_LENGTH) return null;
  const found = approximateIn(ctx.inserted, target, exact, minSim).filter(
    (c) => diff.provenance(c.start, c.end, os, oe).outside <= MAX_FOREIGN * (c.end - c.start),
  );
  const best = unambiguous(found.map((c) => ({ ...c, score: c.sim })), AMBIGUITY_MARGIN);
  if (!best) return null;
  if (best.sim < MOVED_EDITED_MIN && contextSimilarity(diff.newText, target, best.start, best.end) < MIN_CONTEXT) return null;
  return hasDeletedTwin(ctx, target, os, oe) ? null : best;
}

/**
 * True when the old text holds a near-copy of the claim elsewhere (two of
 * three pieces of its quote, in place) that was mostly deleted too: then
 * the text found in its new place may be that copy, moved, as well as ours.
 * Pieces rather than the whole quote, and loosely merged deleted stretches,
 * because the diff may have lined a deleted copy up with stray words.
 */
function hasDeletedTwin(ctx: MoveContext, target: ClaimTarget, os: number, oe: number): boolean {
  const { exact } = target.quote;
  const m = exact.length;
  const piece = Math.min(16, Math.floor(m / 3));
  if (piece < 8) return false;
  return deletedTwins(ctx, m, os, oe, [0, (m - piece) >> 1, m - piece].map((k) => [k, exact.slice(k, k + piece)]), false).length > 0;
}

/**
 * Starts, in the old text, of near-copies of a quote of length `m` at
 * `[os, oe)` that were mostly deleted: where at least two of the `pieces`
 * ([offset in the quote, text]) occur in deleted text in place, give or take
 * TWIN_SLACK code units (a changed word shifts them).
 */
function deletedTwins(ctx: MoveContext, m: number, os: number, oe: number, pieces: readonly (readonly [number, string])[], wholeToken: boolean): number[] {
  // Implied starts of copies, per piece.
  const implied: [number, number][] = [];
  pieces.forEach(([k, text], which) => {
    for (const at of ctx.deleted.exactOccurrences(text, wholeToken)) {
      const start = at - k;
      if (start >= oe || start + m <= os) implied.push([start, which]);
    }
  });
  implied.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (let i = 0; i < implied.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < implied.length && implied[j]![0] - implied[i]![0] <= TWIN_SLACK; j++) seen.add(implied[j]![1]);
    if (seen.size < 2) continue;
    const start = Math.max(0, implied[i]![0]);
    if (2 * ctx.diff.survivingLength(start, start + m) < m && !out.some((x) => Math.abs(x - start) <= TWIN_SLACK)) out.push(start);
  }
  return out;
}

/** How far the length of a deleted stretch may differ from the distance between two copies (relative) for it to be one period of a repeat. */
const REPEAT_SLACK = 0.25;
/** Code units of the pieces {@link doubtfulTwin} looks up. */
const TWIN_PIECE = 16;
/** A stretch up to this long is searched directly for copies; a longer one through {@link PieceIndex}. */
const SHORT_LINE = 16_384;

/**
 * The pieces of a quote that {@link doubtfulTwin} looks for: TWIN_PIECE code
 * units from its first, middle and last word starts, as [offset, text];
 * none for a quote too short to have two.
 */
export function twinPieces(exact: string): [number, string][] {
  if (exact.length < 2 * TWIN_PIECE) return [];
  const wordStarts: number[] = [];
  let before = false;
  for (let k = 0; k + TWIN_PIECE <= exact.length; k++) {
    const word = wordChar(exact, k);
    if (word && !before) wordStarts.push(k);
    before = word;
  }
  if (wordStarts.length < 2) return [];
  const picks = [...new Set([wordStarts[0]!, wordStarts[wordStarts.length >> 1]!, wordStarts[wordStarts.length - 1]!])];
  return picks.map((k) => [k, exact.slice(k, k + TWIN_PIECE)]);
}

/**
 * Where the twin pieces of a set of quotes occur in a text, at word starts:
 * the text is scanned once for all of them (an index of the pieces looked
 * for, not of the text), on first use.
 */
export class PieceIndex {
  private found: Map<string, number[]> | null = null;

  constructor(
    readonly text: string,
    private readonly pieces: () => Iterable<string>,
  ) {}

  occurrences(piece: string): readonly number[] {
    if (!this.found) {
      const wanted = new Map<number, string[]>();
      for (const q of this.pieces()) {
        const key = pieceKey(q, 0);
        const list = wanted.get(key);
        if (!list) wanted.set(key, [q]);
        else if (!list.includes(q)) list.push(q);
      }
      const found = new Map<string, number[]>();
      const { text } = this;
      let wordBefore = false;
      for (let p = 0; p + TWIN_PIECE <= text.length; p++) {
        const word = wordChar(text, p);
        const starts = word && !wordBefore;
        wordBefore = word;
        if (!starts) continue;
        const list = wanted.get(pieceKey(text, p));
        if (!list) continue;
        for (const q of list) {
          if (!text.startsWith(q, p)) continue;
          const at = found.get(q);
          if (at) at.push(p);
          else found.set(q, [p]);
        }
      }
      this.found = found;
    }
    return this.found.get(piece) ?? [];
  }
}

/** {@link isWordAt}, with ASCII decided here (the hot loops above run it on every code unit). */
function wordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f : isWordAt(s, i);
}

/** A 30-bit FNV-1a key of `s[at, at + TWIN_PIECE)`: a small integer, which a Map looks up fastest. */
function pieceKey(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + TWIN_PIECE; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * Whether a place `[start, end)` of the new text that the diff gives the
 * claim could as well descend from a near-copy of the claim elsewhere in the
 * same stretch of the old text (see RevisionDiff.stretchOf). The line level
 * tells lines apart by their whole content; inside a stretch (one line, or
 * unpaired lines diffed together, as when a near-duplicate paragraph was
 * removed from beside its twin) the sentence and word levels choose between
 * two copies by nearby words only, and may keep the wrong one, or mix them.
 * A copy that survived whole cannot be mixed up with the claim (the diff
 * keeps order); one that was edited or deleted can. Then the place is the
 * claim's only if its surroundings agree clearly better with the claim's
 * stored context than with the copy's, and the text between the two copies
 * was not deleted: a repeat removed next to its original leaves the
 * original with the repeat's surroundings, and context then points at the
 * wrong copy.
 */
export function doubtfulTwin(ctx: MoveContext, target: ClaimTarget, os: number, start: number, end: number): boolean {
  const { exact, prefix, suffix } = target.quote;
  const m = exact.length;
  const pieces = ctx.piecesOf(exact);
  if (pieces.length === 0) return false;
  const { oldText, newText } = ctx.diff;
  const [lineStart, lineEnd] = ctx.diff.stretchOf(os);
  const occurrences = (piece: string): readonly number[] => {
    if (lineEnd - lineStart > SHORT_LINE) return ctx.oldPieces.occurrences(piece).filter((at) => at >= lineStart && at < lineEnd);
    const line = oldText.slice(lineStart, lineEnd);
    const out: number[] = [];
    for (let at = line.indexOf(piece); at !== -1; at = line.indexOf(piece, at + 1)) out.push(lineStart + at);
    return out;
  };
  const implied: [number, number][] = [];
  pieces.forEach(([k, piece], which) => {
    for (const at of occurrences(piece)) if (Math.abs(at - k - os) > TWIN_SLACK) implied.push([at - k, which]);
  });
  if (implied.length === 0) return false;
  implied.sort((a, b) => a[0] - b[0]);
  const before = newText.slice(Math.max(0, start - prefix.length), start);
  const after = newText.slice(end, end + suffix.length);
  let own: number | undefined;
  const survives = (from: number, to: number): boolean => to <= from || 2 * ctx.diff.survivingLength(from, to) >= to - from;
  for (let i = 0; i < implied.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < implied.length && implied[j]![0] - implied[i]![0] <= TWIN_SLACK; j++) seen.add(implied[j]![1]);
    if (seen.size < Math.min(2, pieces.length)) continue;
    const t = Math.max(0, implied[i]![0]);
    if (ctx.diff.survivingLength(t, t + m) >= m) continue; // Survived whole: kept apart from ours by the diff's order.
    if (!(t < os ? survives(t + m, os + m) : survives(os, t))) return true;
    // The copy went with a deleted stretch about as long as the distance
    // between the two copies: one period of a repeated passage was removed
    // ("A A' S" → "A S"), and which period is not for the diff to say.
    const gone = ctx.deleted.stretchAt(t);
    if (gone && Math.abs(Math.abs(os - t) - (gone.end - gone.start)) <= REPEAT_SLACK * Math.abs(os - t)) return true;
    own ??= (similarity(prefix, before) + similarity(suffix, after)) / 2;
    const theirs = (similarity(oldText.slice(Math.max(0, t - prefix.length), t), before) + similarity(oldText.slice(t + m, t + m + suffix.length), after)) / 2;
    if (own - theirs < CONTEXT_MARGIN) return true;
  }
  return false;
}

/** The last of `regions` (sorted and disjoint) that starts at or before `offset`, by binary search; undefined when none does. */
function lastStartingBy(regions: readonly Span[], offset: number): Span | undefined {
  return regions[firstIndexWhere(regions.length, (i) => regions[i]!.start > offset) - 1];
}

/**
 * Changed stretches of one text, indexed once for all targets: exact search
 * over their concatenation, and a word → stretches index for fuzzy search.
 */
export class RegionIndex {
  private regions: Span[] | null = null;
  private joined = '';
  private joinedStarts: number[] = [];
  /** Key of the first KEY_LENGTH code units → text offsets, at every token start in the stretches. */
  private starts: Map<number, number[]> | null = null;
  private words: Map<string, number[]> | null = null;

  constructor(
    readonly text: string,
    private readonly compute: () => Span[],
  ) {}

  private build(): Span[] {
    if (this.regions) return this.regions;
    this.regions = this.compute();
    return this.regions;
  }

  /**
   * Starts (in the text) of exact occurrences of `quote` lying inside one
   * stretch. With `wholeToken`, only occurrences starting at a token
   * boundary (a claim that began at a word start is not found inside a word).
   */
  exactOccurrences(quote: string, wholeToken: boolean): number[] {
    const regions = this.build();
    if (wholeToken && quote.length >= KEY_LENGTH && !isSpaceAt(quote, 0)) return this.indexed(quote, regions);
    // A quote that starts mid-word or with a space: scan the concatenation.
    if (!this.joined && regions.length) {
      const parts: string[] = [];
      let at = 0;
      for (const r of regions) {
        this.joinedStarts.push(at);
        const body = this.text.slice(r.start, r.end);
        // A separator no quote contains keeps matches inside one stretch.
        parts.push(body, '\u0000');
        at += body.length + 1;
      }
      this.joined = parts.join('');
    }
    const out: number[] = [];
    if (quote.includes('\u0000')) return out;
    for (let at = this.joined.indexOf(quote); at !== -1; at = this.joined.indexOf(quote, at + 1)) {
      const starts = this.joinedStarts;
      const lo = firstIndexWhere(starts.length, (i) => starts[i]! > at);
      out.push(regions[lo - 1]!.start + (at - this.joinedStarts[lo - 1]!));
    }
    return out;
  }

  /** Lookup by the key of the quote's first code units, verified in full. */
  private indexed(quote: string, regions: readonly Span[]): number[] {
    if (!this.starts) {
      const starts = new Map<number, number[]>();
      for (const r of regions) {
        for (let p = r.start; p + KEY_LENGTH <= r.end; p++) {
          if (isSpaceAt(this.text, p) || !isTokenBoundary(this.text, p)) continue;
          const key = rangeKey(this.text, p, p + KEY_LENGTH);
          const list = starts.get(key);
          if (list) list.push(p);
          else starts.set(key, [p]);
        }
      }
      this.starts = starts;
    }
    const out: number[] = [];
    for (const p of this.starts.get(rangeKey(quote, 0, KEY_LENGTH)) ?? []) {
      if (!this.text.startsWith(quote, p)) continue;
      // Inside one stretch: p was indexed from the stretch holding it.
      if (p + quote.length <= lastStartingBy(regions, p)!.end) out.push(p);
    }
    return out;
  }

  /** The stretch holding `offset`, or null. */
  stretchAt(offset: number): Span | null {
    const r = lastStartingBy(this.build(), offset);
    return r && offset < r.end ? r : null;
  }

  /** Stretches at least `minLength` long containing at least `need` of `keys`. */
  regionsSharing(keys: readonly string[], need: number, minLength: number): Span[] {
    const regions = this.build();
    if (!this.words) {
      const words = new Map<string, number[]>();
      regions.forEach((r, k) => {
        for (const w of new Set(this.text.slice(r.start, r.end).match(WORDS) ?? [])) {
          const list = words.get(w);
          if (list) list.push(k);
          else words.set(w, [k]);
        }
      });
      this.words = words;
    }
    const counts = new Map<number, number>();
    for (const key of keys) for (const k of this.words.get(key) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    const out: Span[] = [];
    for (const [k, n] of counts) {
      const r = regions[k]!;
      if (n >= need && r.end - r.start >= minLength) out.push(r);
    }
    return out;
  }
}

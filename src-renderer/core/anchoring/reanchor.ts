/**
 * Re-anchoring claims on a new revision of an article.
 *
 * The diff (revision-diff.ts) says which text survived, which was deleted
 * and which was inserted. A claim is only ever attached to text the diff
 * shows to be *its own*:
 * 1. **Mapped.** The claim's span mapped through the diff still reads exactly
 *    as the quote: 'unchanged' (same offsets) or 'moved' (offsets shifted).
 * 2. **Edited in place.** Most of the claim's old text survives where it was:
 *    the claim stayed, and its text was edited. We compare the quote with
 *    what the span became and accept it above the minimum similarity. We do
 *    NOT look elsewhere: an identical sentence elsewhere is a look-alike (the
 *    other copy of a duplicated passage), not this claim.
 * 3. **Moved or gone.** Most of the claim's old text was deleted where it
 *    was. If it moved, it reappears as *inserted* text: we look for the quote
 *    exactly, then approximately, in inserted text only (plus near the old
 *    place), refuse text copied unchanged from elsewhere in the old revision,
 *    and refuse a match that another deleted passage could equally be the
 *    source of (the removed copy of a duplicate whose twin also moved).
 * Anything else is an orphan, shown as such: a wrong anchor misleads the
 * editor, a missing one only asks for a click. In particular:
 * - where the diff gave up (a stretch over its budget), or the claim's old
 *   place is unknown, there is no provenance: a claim is attached only where
 *   its quote stands once with its whole stored context (and did not stand
 *   twice in the old text), never by a context that merely resembles it;
 * - at an edge of the claim, new text the diff cannot give to the claim
 *   rather than to its neighbour (a replacement across the edge, or beside
 *   a changed neighbour, or more words than were replaced) is left out, and
 *   the claim orphaned if that could be more than a fifth of it;
 * - where a near-copy of the claim in the same diffed stretch was edited or
 *   deleted, the diff may have kept the wrong copy: context must prefer
 *   ours clearly, and a deleted copy one repeat-period away (a repeated
 *   passage lost one period) orphans it (see doubtfulTwin).
 *
 * Thresholds and why: see quote-match.ts.
 */
import type { ClaimTarget } from '../model';
import { diffRevisions, type RevisionDiff } from './revision-diff';
import { doubtfulTwin, exactNear, movedExact, movedFuzzy, PieceIndex, RegionIndex, twinPieces, type MoveContext } from './moved-text';
import {
  alignIn,
  contextSimilarity,
  CONTEXT_MARGIN,
  isWordAt,
  MAX_FOREIGN,
  MAX_LEVENSHTEIN_CELLS,
  MIN_CONTEXT,
  MIN_QUOTE_SIMILARITY,
  MIN_SEARCH_LENGTH,
  overlapsAny,
  trimSpace,
  unambiguous,
  type Candidate,
} from './quote-match';
import { createTarget, resolveExact } from './selectors';
import { levenshtein } from './similarity';

export { MIN_CONTEXT, MIN_QUOTE_SIMILARITY, MOVED_EDITED_MIN } from './quote-match';

export type ReanchorStatus = 'unchanged' | 'moved' | 'fuzzy' | 'orphan';

/**
 * The outcome for one target. `target` (selectors built on the new text) and
 * `score` (1 for an exact quote, else the quote similarity) are present
 * unless the status is 'orphan'.
 */
export interface ReanchorResult {
  readonly status: ReanchorStatus;
  readonly target?: ClaimTarget;
  readonly score?: number;
}

export interface ReanchorOptions {
  /** Minimum quote similarity for a fuzzy match (default {@link MIN_QUOTE_SIMILARITY}). */
  readonly minQuoteSimilarity?: number;
  /** A diff of the same two texts already computed (e.g. for the compare view). */
  readonly diff?: RevisionDiff;
}

/** Code units a replacement at a claim's edge must add before alignment may trim it. */
const LONG_REPLACEMENT = 12;
/** Slack around a stretch when aligning the quote inside it. */
const ALIGN_PAD = 8;
/** How much of a claim's edge may be left out as unsure, relative to what is kept (then the span still covers 80% of any reading). */
const MAX_UNSURE_EDGE = 0.25;
/** Spaces and punctuation skipped to reach the word beyond a claim's edge. */
const EDGE_REACH = 8;
/** Unchanged code units between two deletions still counted as one deleted stretch, when looking for copies. */
const LOOSE_MERGE = 24;

const ORPHAN: ReanchorResult = { status: 'orphan' };

/**
 * Re-anchors every target from `oldText` onto `newText`; results are in the
 * order of `targets`. A target is only attached to text that the diff shows
 * to be its own (surviving, edited or moved), never to a passage that merely
 * looks like it; when in doubt the result is an orphan.
 */
export function reanchorTargets(
  oldText: string,
  newText: string,
  targets: readonly ClaimTarget[],
  options: ReanchorOptions = {},
): ReanchorResult[] {
  if (oldText === newText) {
    return targets.map((t) => {
      const at = resolveExact(newText, t);
      return at ? attach(newText, t, at.start, at.end, 1) : foundOnceWithContext(oldText, newText, t);
    });
  }
  const diff = options.diff ?? diffRevisions(oldText, newText);
  const pieces = new Map<string, [number, string][]>();
  const piecesOf = (exact: string): [number, string][] => {
    let v = pieces.get(exact);
    if (!v) pieces.set(exact, (v = twinPieces(exact)));
    return v;
  };
  const ctx: MoveContext = {
    diff,
    minSim: options.minQuoteSimilarity ?? MIN_QUOTE_SIMILARITY,
    inserted: new RegionIndex(diff.newText, () => diff.changedRegions('new', MIN_SEARCH_LENGTH)),
    deleted: new RegionIndex(diff.oldText, () => diff.changedRegions('old', MIN_SEARCH_LENGTH, LOOSE_MERGE)),
    oldPieces: new PieceIndex(oldText, function* () {
      for (const t of targets) for (const [, piece] of piecesOf(t.quote.exact)) yield piece;
    }),
    piecesOf,
  };
  return targets.map((t) => reanchorThroughDiff(ctx, t));
}

/**
 * Finds one target in `text` without a diff, for an editor re-attaching an
 * orphan by hand: the quote's exact occurrence that starts at `hintStart` or
 * whose context agrees and singles it out; otherwise, when `hintStart` is
 * given, the closest approximate match near it with agreeing context.
 * Orphan when unsure. This weighs context similarity, which is a guess:
 * {@link reanchorTargets} never uses it.
 */
export function reanchorOne(
  text: string,
  target: ClaimTarget,
  hintStart?: number,
  options: Pick<ReanchorOptions, 'minQuoteSimilarity'> = {},
): ReanchorResult {
  const minSim = options.minQuoteSimilarity ?? MIN_QUOTE_SIMILARITY;
  const { exact } = target.quote;
  const m = exact.length;
  if (m === 0) return ORPHAN;
  const hits: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && hits.length < 256; at = text.indexOf(exact, at + 1)) hits.push(at);
  if (hits.length > 0) {
    // Without a diff, context is the only evidence that an occurrence is the
    // claim's own text and not a look-alike: even a single occurrence must
    // have it (or sit exactly at the hint).
    if (hintStart !== undefined && hits.includes(hintStart)) return attach(text, target, hintStart, hintStart + m, 1);
    const best = unambiguous(hits.map((at) => ({ at, score: contextSimilarity(text, target, at, at + m) })), CONTEXT_MARGIN);
    return best && best.score >= MIN_CONTEXT ? attach(text, target, best.at, best.at + m, 1) : ORPHAN;
  }
  if (hintStart === undefined || m < MIN_SEARCH_LENGTH) return ORPHAN;
  const found = alignIn(text, target, hintStart - m - 64, hintStart + 2 * m + 64);
  if (found && found.sim >= minSim && contextSimilarity(text, target, found.start, found.end) >= MIN_CONTEXT) {
    return attach(text, target, found.start, found.end, found.sim);
  }
  return ORPHAN;
}

function reanchorThroughDiff(ctx: MoveContext, target: ClaimTarget): ReanchorResult {
  const { diff } = ctx;
  const newText = diff.newText;
  const { exact } = target.quote;
  const m = exact.length;
  const old = resolveExact(diff.oldText, target);
  // Without the claim's place in the old text there is no provenance to go
  // by: only the quote standing once with its whole context will do.
  if (!old) return foundOnceWithContext(diff.oldText, newText, target);
  const os = old.start;
  const oe = old.end;
  const s = diff.mapOffset(os, 'after');
  const e = diff.mapOffset(oe, 'before');
  // Below the line level the diff may mix up the claim and a near-copy of it
  // that was edited or deleted: then context must tell them apart (doubtfulTwin).
  const own = (start: number, end: number, score: number): ReanchorResult =>
    doubtfulTwin(ctx, target, os, start, end) ? ORPHAN : attach(newText, target, start, end, score);
  if (s !== null && e !== null && e - s === m && newText.startsWith(exact, s)) return own(s, e, 1);
  if (m === 0) return ORPHAN;
  const hs = diff.coverOffset(os, 'start');
  const he = diff.coverOffset(oe, 'end');
  // Where the diff gave up, likewise: context alone never attaches a claim.
  if (overlapsAny(diff.opaque, hs, he)) return foundOnceWithContext(diff.oldText, newText, target);

  if (2 * diff.survivingLength(os, oe) >= m) {
    // 2. Still here, edited in place. An exact copy at the mapped place (the
    // diff lined its words up a little differently) is still ours.
    const near = exactNear(ctx, target, os, oe, hs, he).filter((c) => 2 * c.inside >= m);
    if (near.length === 1) return own(near[0]!.at, near[0]!.at + m, 1);
    const edited = editedInPlace(ctx, target, { os, oe, s, e, coverStart: hs, coverEnd: he });
    if (edited && acceptInPlace(ctx, target, edited, os, oe, false)) return own(edited.start, edited.end, edited.sim);
    return ORPHAN;
  }

  // 3. Deleted here: moved, or gone.
  const moved = movedExact(ctx, target, os, oe, hs, he);
  if (moved === 'ambiguous') return ORPHAN;
  if (moved !== null) return own(moved, moved + m, 1);
  const replaced = editedInPlace(ctx, target, { os, oe, s, e, coverStart: hs, coverEnd: he });
  if (replaced && acceptInPlace(ctx, target, replaced, os, oe, true)) return own(replaced.start, replaced.end, replaced.sim);
  const movedEdited = movedFuzzy(ctx, target, os, oe);
  if (movedEdited) return own(movedEdited.start, movedEdited.end, movedEdited.sim);
  return ORPHAN;
}

/**
 * Where the diff cannot vouch for a claim (it gave up on the stretch, or the
 * claim's place in the old text is unknown): the one place in the new text
 * where the quote stands with its whole stored prefix and suffix, provided
 * the old text did not hold the quote twice (when one copy of a repeated
 * passage goes, the one left takes the surroundings of either: "A A S" →
 * "A S"). Anything else is an orphan: a context that merely resembles the
 * stored one never attaches a claim.
 */
function foundOnceWithContext(oldText: string, newText: string, target: ClaimTarget): ReanchorResult {
  const { exact } = target.quote;
  const found = withWholeContext(newText, target);
  if (found.length !== 1) return ORPHAN;
  const first = oldText.indexOf(exact);
  if (first !== -1 && oldText.indexOf(exact, first + 1) !== -1) return ORPHAN;
  return attach(newText, target, found[0]!, found[0]! + exact.length, 1);
}

/** Up to two starts in `text` where the quote stands with its whole stored prefix and suffix. */
function withWholeContext(text: string, target: ClaimTarget): number[] {
  const { exact, prefix, suffix } = target.quote;
  const out: number[] = [];
  if (exact.length === 0) return out;
  for (let at = text.indexOf(exact); at !== -1 && out.length < 2; at = text.indexOf(exact, at + 1)) {
    if (text.startsWith(suffix, at + exact.length) && at >= prefix.length && text.startsWith(prefix, at - prefix.length)) out.push(at);
  }
  return out;
}

/**
 * Where a claim's old span `[os, oe)` went: `s` and `e` its mapped ends (null
 * where an end fell in changed text), `[coverStart, coverEnd)` the smallest
 * new span covering what survives of it.
 */
interface Image {
  readonly os: number;
  readonly oe: number;
  readonly s: number | null;
  readonly e: number | null;
  readonly coverStart: number;
  readonly coverEnd: number;
}

/** A gap of the diff, as {@link RevisionDiff.gapsTouching} gives it. */
type Gap = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/**
 * The first code unit of the word beyond an edge of the claim in the old
 * text (`dir` 1 after `at`, its end; -1 before it, its start), past the
 * spaces and punctuation in between; -1 when there is none near.
 */
function neighbourWord(text: string, at: number, dir: 1 | -1): number {
  let i = dir === 1 ? at : at - 1;
  for (let k = 0; k < EDGE_REACH && i >= 0 && i < text.length && !isWordAt(text, i); k++) i += dir;
  return i >= 0 && i < text.length && isWordAt(text, i) ? i : -1;
}

/** Starts and ends of the words of `text[start, end)`. */
function wordsIn(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = start; i < end; ) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < end && isWordAt(text, i)) i++;
    out.push([from, i]);
  }
  return out;
}

/**
 * The part of the cover `[coverStart, coverEnd)` that is certainly the
 * claim's, and how much new text at its edges might be the claim's or its
 * neighbours' (`unsure`, code units). Text is unsure at an edge when:
 * - a replacement straddles the edge (it replaced text on both sides of it),
 *   or replaced the claim's edge word while the word beyond the edge was
 *   changed too: "last word deleted, next word replaced" and "last word
 *   replaced, next word deleted" give the same text ("predraor norlo" →
 *   "radranorshi"), so none of that replacement is taken in;
 * - the claim's edge words were replaced by more words than they were
 *   ("with" → "denkomelby of"): the extra ones may be insertions beside the
 *   claim, so only as many words as were replaced are taken in, from the
 *   inside.
 * Null when nothing certain is left. `trimStart` / `trimEnd` say an edge was
 * settled here (no alignment needed there).
 */
function unsureEdges(diff: RevisionDiff, gaps: readonly Gap[], image: Image): { hs: number; he: number; unsure: number; trimStart: boolean; trimEnd: boolean } | null {
  const { os, oe, s, e, coverStart, coverEnd } = image;
  const { oldText, newText } = diff;
  let hs = coverStart;
  let he = coverEnd;
  let unsure = 0;
  let trimStart = false;
  let trimEnd = false;
  const first = gaps[0];
  const last = gaps[gaps.length - 1];
  const neighbourChanged = (at: number, dir: 1 | -1): number | null => {
    const w = neighbourWord(oldText, at, dir);
    return w >= 0 && diff.survivingLength(w, w + 1) === 0 ? w : null;
  };
  if (first && (s === null || (first.oldStart === os && first.newEnd > first.newStart))) {
    const nb = neighbourChanged(os, -1);
    if (s === null || nb !== null) {
      // What the claim lost here, or what replaced it (and its neighbour), may be the claim's.
      const from = Math.min(first.newStart, nb !== null ? diff.coverOffset(nb, 'start') : first.newStart);
      hs = Math.max(hs, first.newEnd);
      unsure += Math.max(first.oldEnd - first.oldStart, first.newEnd - from);
      trimStart = true;
    } else {
      const had = wordsIn(oldText, first.oldStart, first.oldEnd).length;
      const got = wordsIn(newText, first.newStart, first.newEnd);
      if (had > 0 && got.length > had) {
        hs = Math.max(hs, got[got.length - had]![0]);
        unsure += hs - first.newStart;
        trimStart = true;
      }
    }
  }
  if (last && (e === null || (last.oldEnd === oe && last.newEnd > last.newStart))) {
    const nb = neighbourChanged(oe, 1);
    if (e === null || nb !== null) {
      const to = Math.max(last.newEnd, nb !== null ? diff.coverOffset(nb + 1, 'end') : last.newEnd);
      he = Math.min(he, last.newStart);
      unsure += Math.max(last.oldEnd - last.oldStart, to - last.newStart);
      trimEnd = true;
    } else {
      const had = wordsIn(oldText, last.oldStart, last.oldEnd).length;
      const got = wordsIn(newText, last.newStart, last.newEnd);
      if (had > 0 && got.length > had) {
        he = Math.min(he, got[had - 1]![1]);
        unsure += last.newEnd - he;
        trimEnd = true;
      }
    }
  }
  if ((trimStart || trimEnd) && he <= hs) return null;
  return { hs, he, unsure, trimStart, trimEnd };
}

/** Builds the result for a span of the new text. */
function attach(text: string, target: ClaimTarget, start: number, end: number, score: number): ReanchorResult {
  const status: ReanchorStatus = score < 1 ? 'fuzzy'
    : start === target.position.start && end === target.position.end ? 'unchanged' : 'moved';
  return { status, target: createTarget(text, start, end), score };
}

/**
 * What the claim's span became: the smallest new span covering its image,
 * scored from the diff's own gaps (an upper bound on the edit distance, so
 * never optimistic); or, when an end fell inside replaced text, the quote
 * aligned inside that stretch and snapped to whole words, if that is closer.
 */
function editedInPlace(ctx: MoveContext, target: ClaimTarget, image: Image): Candidate | null {
  const { os, oe, s, e } = image;
  const { diff } = ctx;
  const text = diff.newText;
  const m = target.quote.exact.length;
  let cover: Candidate | null = null;
  const gaps = diff.gapsTouching(os, oe);
  const edges = unsureEdges(diff, gaps, image);
  if (!edges) return null;
  const { hs, he, trimStart, trimEnd } = edges;
  if (he > hs) {
    let cost = 0;
    gaps.forEach((g, k) => {
      const a = g.oldEnd - g.oldStart;
      // An edge gap keeps only its new text inside [hs, he).
      const ns = k === 0 ? Math.max(g.newStart, hs) : g.newStart;
      const ne = Math.max(ns, k === gaps.length - 1 ? Math.min(g.newEnd, he) : g.newEnd);
      const b = ne - ns;
      cost += a * b > MAX_LEVENSHTEIN_CELLS ? Math.max(a, b) : levenshtein(diff.oldText.slice(g.oldStart, g.oldEnd), text.slice(ns, ne));
    });
    cover = trimSpace(text, target.quote.exact, { start: hs, end: he, sim: 1 - cost / Math.max(m, he - hs) }, cost);
  }
  // Whatever was left out might have been the claim's: when it could be
  // more than a fifth of the span, the span is not the claim's whichever
  // reading is right (it would cover less than 80% of it).
  if (edges.unsure > 0 && (!cover || edges.unsure > MAX_UNSURE_EDGE * (cover.end - cover.start))) return null;
  // Where the claim's first or last characters were replaced, the cover
  // takes the whole replacement, which may belong to the neighbours (a moved
  // sentence landing where a word was deleted): also align the quote inside
  // the stretch, and keep whichever matches better.
  // Only a replacement clearly longer than what it replaced (two words or
  // more added) is worth trimming: a word for a word is a substitution, and
  // the substitute belongs to the claim even though dropping it would score
  // better.
  const swallows = (g: Gap | undefined): boolean =>
    g !== undefined && g.newEnd - g.newStart >= g.oldEnd - g.oldStart + LONG_REPLACEMENT;
  const first = gaps[0];
  const last = gaps[gaps.length - 1];
  const startExact = trimStart || (s !== null && !(first && first.oldStart === os && first.oldEnd > os && swallows(first)));
  const endExact = trimEnd || (e !== null && !(last && last.oldEnd === oe && last.oldStart < oe && swallows(last)));
  if (startExact && endExact) return cover;
  let from: number;
  let to: number;
  if (he - hs <= 3 * m) {
    from = hs - ALIGN_PAD;
    to = he + ALIGN_PAD;
  } else if (endExact) {
    from = he - 2 * m;
    to = he + ALIGN_PAD;
  } else if (startExact) {
    from = hs - ALIGN_PAD;
    to = hs + 2 * m;
  } else return cover;
  const aligned = alignIn(text, target, from, to);
  if (!aligned || (cover && aligned.sim <= cover.sim)) return cover;
  // The alignment is only there to trim replacement text at the edges. It
  // must keep every surviving character of the claim (edit distance would
  // rather drop an edited first word and its neighbour than pay for them)
  // and take none from the neighbours (it trades a deleted last word for
  // the next one), a separating space aside.
  const prov = diff.provenance(aligned.start, aligned.end, os, oe);
  return prov.outside <= 1 && prov.inside >= diff.survivingLength(os, oe) - 1 ? aligned : cover;
}

/**
 * Acceptance of an in-place candidate: similar enough, not made of text
 * copied from elsewhere, and tied to the claim either by the diff (most of
 * it is the claim's own surviving text) or by its context. When the claim's
 * text was mostly replaced, context agreement is required.
 */
function acceptInPlace(ctx: MoveContext, target: ClaimTarget, c: Candidate, os: number, oe: number, needContext: boolean): boolean {
  if (c.sim < ctx.minSim) return false;
  const len = c.end - c.start;
  const prov = ctx.diff.provenance(c.start, c.end, os, oe);
  if (prov.outside > MAX_FOREIGN * len) return false;
  if (!needContext && 2 * prov.inside >= len) return true;
  return contextSimilarity(ctx.diff.newText, target, c.start, c.end) >= MIN_CONTEXT;
}

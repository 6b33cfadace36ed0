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
 * editor, a missing one only asks for a click.
 *
 * Thresholds and why: see quote-match.ts.
 */
import type { ClaimTarget } from '../model';
import { diffRevisions, type RevisionDiff } from './revision-diff';
import { exactNear, movedExact, movedFuzzy, RegionIndex, type MoveContext } from './moved-text';
import {
  alignIn,
  contextSimilarity,
  CONTEXT_MARGIN,
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
      return at ? attach(newText, t, at.start, at.end, 1) : reanchorOne(newText, t, t.position.start, options);
    });
  }
  const diff = options.diff ?? diffRevisions(oldText, newText);
  const ctx: MoveContext = {
    diff,
    minSim: options.minQuoteSimilarity ?? MIN_QUOTE_SIMILARITY,
    inserted: new RegionIndex(diff.newText, () => diff.changedRegions('new', MIN_SEARCH_LENGTH)),
    deleted: new RegionIndex(diff.oldText, () => diff.changedRegions('old', MIN_SEARCH_LENGTH, LOOSE_MERGE)),
  };
  return targets.map((t) => reanchorThroughDiff(ctx, t, options));
}

/**
 * Finds one target in `text` without a diff (re-attaching an orphan, or a
 * target whose old text is unknown): the quote's exact occurrence that
 * starts at `hintStart` or whose context agrees and singles it out;
 * otherwise, when `hintStart` is given, the closest approximate match near
 * it with agreeing context. Orphan when unsure.
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

function reanchorThroughDiff(ctx: MoveContext, target: ClaimTarget, options: ReanchorOptions): ReanchorResult {
  const { diff } = ctx;
  const newText = diff.newText;
  const { exact } = target.quote;
  const m = exact.length;
  const old = resolveExact(diff.oldText, target);
  // Without the claim's place in the old text there is no provenance to go
  // by: fall back to the context-only search.
  if (!old) return reanchorOne(newText, target, target.position.start, options);
  const os = old.start;
  const oe = old.end;
  const s = diff.mapOffset(os, 'after');
  const e = diff.mapOffset(oe, 'before');
  if (s !== null && e !== null && e - s === m && newText.startsWith(exact, s)) return attach(newText, target, s, e, 1);
  if (m === 0) return ORPHAN;
  const hs = diff.coverOffset(os, 'start');
  const he = diff.coverOffset(oe, 'end');
  if (overlapsAny(diff.opaque, hs, he)) return reanchorOne(newText, target, hs, options);

  if (2 * diff.survivingLength(os, oe) >= m) {
    // 2. Still here, edited in place. An exact copy at the mapped place (the
    // diff lined its words up a little differently) is still ours.
    const own = exactNear(ctx, target, os, oe, hs, he).filter((c) => 2 * c.inside >= m);
    if (own.length === 1) return attach(newText, target, own[0]!.at, own[0]!.at + m, 1);
    const edited = editedInPlace(ctx, target, os, oe, s, e, hs, he);
    if (edited && acceptInPlace(ctx, target, edited, os, oe, false)) return attach(newText, target, edited.start, edited.end, edited.sim);
    return ORPHAN;
  }

  // 3. Deleted here: moved, or gone.
  const moved = movedExact(ctx, target, os, oe, hs, he);
  if (moved === 'ambiguous') return ORPHAN;
  if (moved !== null) return attach(newText, target, moved, moved + m, 1);
  const replaced = editedInPlace(ctx, target, os, oe, s, e, hs, he);
  if (replaced && acceptInPlace(ctx, target, replaced, os, oe, true)) return attach(newText, target, replaced.start, replaced.end, replaced.sim);
  const movedEdited = movedFuzzy(ctx, target, os, oe);
  if (movedEdited) return attach(newText, target, movedEdited.start, movedEdited.end, movedEdited.sim);
  return ORPHAN;
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
function editedInPlace(
  ctx: MoveContext,
  target: ClaimTarget,
  os: number,
  oe: number,
  s: number | null,
  e: number | null,
  hs: number,
  he: number,
): Candidate | null {
  const { diff } = ctx;
  const text = diff.newText;
  const m = target.quote.exact.length;
  let cover: Candidate | null = null;
  const gaps = diff.gapsTouching(os, oe);
  if (he > hs) {
    let cost = 0;
    for (const g of gaps) {
      const a = g.oldEnd - g.oldStart;
      const b = g.newEnd - g.newStart;
      cost += a * b > MAX_LEVENSHTEIN_CELLS
        ? Math.max(a, b)
        : levenshtein(diff.oldText.slice(g.oldStart, g.oldEnd), text.slice(g.newStart, g.newEnd));
    }
    cover = trimSpace(text, target.quote.exact, { start: hs, end: he, sim: 1 - cost / Math.max(m, he - hs) }, cost);
  }
  // Where the claim's first or last characters were replaced, the cover
  // takes the whole replacement, which may belong to the neighbours (a moved
  // sentence landing where a word was deleted): also align the quote inside
  // the stretch, and keep whichever matches better.
  // Only a replacement clearly longer than what it replaced (two words or
  // more added) is worth trimming: a word for a word is a substitution, and
  // the substitute belongs to the claim even though dropping it would score
  // better.
  const swallows = (g: { oldStart: number; oldEnd: number; newStart: number; newEnd: number } | undefined): boolean =>
    g !== undefined && g.newEnd - g.newStart >= g.oldEnd - g.oldStart + LONG_REPLACEMENT;
  const first = gaps[0];
  const last = gaps[gaps.length - 1];
  const startExact = s !== null && !(first && first.oldStart === os && first.oldEnd > os && swallows(first));
  const endExact = e !== null && !(last && last.oldEnd === oe && last.oldStart < oe && swallows(last));
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

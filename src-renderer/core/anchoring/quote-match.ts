/**
 * Matching a claim's quote against candidate text: similarity and context
 * scores, approximate alignment snapped to whole words and sentences, and
 * the thresholds re-anchoring accepts a match by.
 *
 * Thresholds (similarity = 1 − edit distance / length of the longer string):
 * - MIN_QUOTE_SIMILARITY 0.75: a sentence with a word or two changed scores
 *   0.85–0.95, a rewritten one 0.3–0.6 even on the same topic; 0.75 sits in
 *   the empty middle, and a claim half-rewritten is better re-checked.
 * - MIN_CONTEXT 0.5 (mean similarity of the 32-character prefix and suffix):
 *   half the surroundings agreeing is far above what unrelated text reaches
 *   (≈ 0.1–0.3) and tolerates one neighbouring edit.
 * - MOVED_EDITED_MIN 0.85: moved text has lost its context, so without
 *   context we ask for a nearly identical quote instead.
 * - AMBIGUITY_MARGIN 0.05 / CONTEXT_MARGIN 0.1: when the best two candidates
 *   are this close we cannot honestly tell them apart, so we orphan.
 * - MAX_FOREIGN 1/3: a candidate with more than a third of its text copied
 *   unchanged from elsewhere in the old revision is somebody else's text.
 * - MIN_SEARCH_LENGTH 20: shorter quotes ("48 million") are not searched for
 *   away from their own place: look-alikes are everywhere at that length.
 */
import type { ClaimTarget } from '../model';
import type { Span } from '../text/offsets';
import { alignSubstring, similarity, snapOutward } from './similarity';
import { classAt, isSentenceEnd, WORD } from './text-units';

export const MIN_QUOTE_SIMILARITY = 0.75;
export const MIN_CONTEXT = 0.5;
export const MOVED_EDITED_MIN = 0.85;
export const AMBIGUITY_MARGIN = 0.05;
export const CONTEXT_MARGIN = 0.1;
export const MAX_FOREIGN = 1 / 3;
export const MIN_SEARCH_LENGTH = 20;
/** Past this, the Levenshtein distance of two texts is replaced by its upper bound. */
export const MAX_LEVENSHTEIN_CELLS = 60_000;

/** A span of the new text and the similarity of its text to the quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sim: number;
}

/** True when `s[i]` is whitespace (false outside the string). */
export const isSpaceAt = (s: string, i: number): boolean => i >= 0 && i < s.length && /\s/.test(s[i]!);

/** True when the code point at `s[i]` is a word character (false outside the string). */
export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (classAt(s, i) & 3) === WORD;
}

/** True when `[start, end)` (or the point `start` when empty) touches any of `spans`. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const sp of spans) if (sp.start < Math.max(end, start + 1) && sp.end > start) return true;
  return false;
}

/** Mean similarity of the stored prefix and suffix to the text around `[start, end)`. */
export function contextSimilarity(text: string, target: ClaimTarget, start: number, end: number): number {
  const { prefix, suffix } = target.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return (similarity(prefix, before) + similarity(suffix, after)) / 2;
}

/** The best-scoring entry, or null when the runner-up is within `margin` of it. */
export function unambiguous<T extends { readonly score: number }>(entries: readonly T[], margin: number): T | null {
  let best: T | null = null;
  let second: T | null = null;
  for (const x of entries) {
    if (!best || x.score > best.score) {
      second = best;
      best = x;
    } else if (!second || x.score > second.score) second = x;
  }
  if (!best || (second && best.score - second.score < margin)) return null;
  return best;
}

/**
 * Drops whitespace at the edges of a candidate when the quote has none
 * there: a deleted last word leaves its separating space in the covering
 * span. A dropped space may have been matched, so the similarity is
 * recomputed (or, for long spans, bounded: each dropped character adds at
 * most one edit).
 */
export function trimSpace(text: string, quote: string, c: Candidate, cost: number): Candidate {
  let { start, end } = c;
  if (!isSpaceAt(quote, 0)) while (start < end && isSpaceAt(text, start)) start++;
  if (!isSpaceAt(quote, quote.length - 1)) while (end > start && isSpaceAt(text, end - 1)) end--;
  if (start === c.start && end === c.end) return c;
  const longer = Math.max(quote.length, end - start);
  const sim = quote.length * (end - start) <= MAX_LEVENSHTEIN_CELLS
    ? similarity(quote, text.slice(start, end))
    : 1 - (cost + (c.end - c.start) - (end - start)) / longer;
  return { start, end, sim };
}

/**
 * Best approximate occurrence of the quote in `text[from, to)`. When the
 * quote began (ended) at a word boundary, a match cutting a word is widened
 * to the whole word: edit distance alone happily trades a changed word for
 * half of its neighbour, which scores well and lands on the wrong words.
 */
export function alignIn(text: string, target: ClaimTarget, from: number, to: number): Candidate | null {
  const { exact, prefix, suffix } = target.quote;
  const found = alignSubstring(exact, text, Math.max(0, from), Math.min(text.length, to));
  if (found.end <= found.start) return null;
  let { start, end } = snapOutward(text, found.start, found.end);
  const startsAtBoundary = !(isWordAt(exact, 0) && isWordAt(prefix, prefix.length - 1));
  const endsAtBoundary = !(isWordAt(exact, exact.length - 1) && isWordAt(suffix, 0));
  if (startsAtBoundary) while (isWordAt(text, start) && isWordAt(text, start - 1)) start--;
  if (endsAtBoundary) while (isWordAt(text, end - 1) && isWordAt(text, end)) end++;
  if (!isSpaceAt(exact, 0)) while (start < end && isSpaceAt(text, start)) start++;
  if (!isSpaceAt(exact, exact.length - 1)) while (end > start && isSpaceAt(text, end - 1)) end--;
  ({ start, end } = snapOutward(text, start, end));
  if (end <= start) return null;
  const sim = start === found.start && end === found.end
    ? 1 - found.errors / Math.max(exact.length, end - start)
    : similarity(exact, text.slice(start, end));
  return withinSentence(text, exact, { start, end, sim });
}

/** Offsets just after each sentence end ({@link isSentenceEnd} and following whitespace) inside `s[start, end)`. */
function sentenceBreaks(s: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end - 1; i++) {
    if (!isSentenceEnd(s.charCodeAt(i)) || !isSpaceAt(s, i + 1)) continue;
    let j = i + 1;
    while (j < end && isSpaceAt(s, j)) j++;
    if (j < end) out.push(j);
  }
  return out;
}

/**
 * A quote that lies within one sentence should not be matched across a
 * sentence end: edit distance happily spends the errors of a replaced first
 * word on the tail of the previous sentence. Keep the best single-sentence
 * piece when it scores at least as well.
 */
function withinSentence(text: string, quote: string, c: Candidate): Candidate {
  if (sentenceBreaks(quote, 0, quote.length).length > 0) return c;
  const breaks = sentenceBreaks(text, c.start, c.end);
  if (breaks.length === 0) return c;
  let best = c;
  const bounds = [c.start, ...breaks, c.end];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let a = bounds[k]!;
    let b = bounds[k + 1]!;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    while (a < b && isSpaceAt(text, a)) a++;
    if (b <= a) continue;
    const sim = similarity(quote, text.slice(a, b));
    if (sim >= best.sim) best = { start: a, end: b, sim };
  }
  return best;
}

/**
 * Claim targets as the W3C Web Annotation model stores them: a
 * TextPositionSelector (where) and a TextQuoteSelector (what, with context),
 * so that a claim can be found again when offsets stop being trustworthy.
 */
import type { ClaimTarget } from '../model';
import { u16, type Span } from '../text/offsets';
import { snapOutward, splitsSurrogate } from './similarity';

/** Characters of context kept each side of the quote, as DESIGN.md specifies. */
export const CONTEXT_LENGTH = 32;

/**
 * Builds the target of `text[start, end)`: its position and its quote with up
 * to 32 UTF-16 code units of prefix and suffix. A context edge that would cut
 * a surrogate pair in half is moved inwards by one unit, so stored context is
 * always valid text; a start or end that splits a pair is widened to cover
 * the whole code point. Throws RangeError for offsets outside the text (a bug
 * in the caller, not a user error).
 */
export function createTarget(text: string, start: number, end: number): ClaimTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`createTarget: [${start}, ${end}) is not a span of a text of length ${text.length}`);
  }
  const snapped = snapOutward(text, start, end);
  let prefixStart = Math.max(0, snapped.start - CONTEXT_LENGTH);
  if (splitsSurrogate(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, snapped.end + CONTEXT_LENGTH);
  if (splitsSurrogate(text, suffixEnd)) suffixEnd--;
  return {
    position: { type: 'TextPositionSelector', start: u16(snapped.start), end: u16(snapped.end) },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(snapped.start, snapped.end),
      prefix: text.slice(prefixStart, snapped.start),
      suffix: text.slice(snapped.end, suffixEnd),
    },
  };
}

/**
 * Where `target` is in `text` without any guessing: its stored position when
 * the text there is still the quote; otherwise the one occurrence of the quote
 * whose full prefix and suffix also match. Null when neither holds (the text
 * changed, or the quote and its context occur more than once).
 */
export function resolveExact(text: string, target: ClaimTarget): Span | null {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (start >= 0 && end <= text.length && end - start === exact.length && text.startsWith(exact, start)) {
    return { start, end };
  }
  if (exact.length === 0) return null;
  let found: Span | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const after = at + exact.length;
    if (text.startsWith(suffix, after) && text.slice(Math.max(0, at - prefix.length), at) === prefix) {
      if (found) return null; // Two places fit equally well: refuse to pick one.
      found = { start: u16(at), end: u16(after) };
    }
  }
  return found;
}

/**
 * Selections snapped to what a reader sees: no offset ever splits a grapheme
 * cluster (a surrogate pair, a letter and its combining marks, an emoji ZWJ
 * sequence or skin-tone modifier), and "Mark as claim" takes whole words.
 *
 * Both use `Intl.Segmenter` (UAX #29) on a window of the text around the
 * selection rather than on the whole revision: segmenting a multi-megabyte
 * text costs milliseconds to tens of milliseconds per call. UAX #29 rules look
 * only at nearby characters, so a window with 2 KB of context on each side,
 * cut at a safe point (after a line break, or between whitespace and a letter)
 * where one is near, segments the selection exactly as the whole text does.
 */
import { u16, type Span, type Utf16Offset } from './offsets';

// Made on first use, not at import: creating the first segmenter loads
// ICU's break data, the costliest line of a cold start's module evaluation
// (113 of 645 CPU-profile samples); the reader imports this module at
// start, and the first selection comes much later.
let graphemes: Intl.Segmenter | undefined;
let words: Intl.Segmenter | undefined;
const graphemeSegmenter = (): Intl.Segmenter => (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
const wordSegmenter = (): Intl.Segmenter => (words ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/** Context kept on each side of the selection. */
const MARGIN = 2048;
/** How far to look for a safe point beyond the margin; past this the margin alone keeps segmentation right near the selection. */
const SEARCH = 1024;

/** Whether segmentation may start or end at `i`: the text edge, after a line break, or between whitespace and a letter or digit. */
function safePoint(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text[i - 1] ?? '';
  return before === '\n' || (/\s/u.test(before) && /[\p{L}\p{N}]/u.test(text[i] ?? ''));
}

/** A window `[start, end)` of `text` around `[from, to)` whose edges are safe points where possible. */
function windowAround(text: string, from: number, to: number): { start: number; slice: string } {
  let start = Math.max(0, from - MARGIN);
  for (let k = 0; k < SEARCH && !safePoint(text, start); k++) start--;
  let end = Math.min(text.length, to + MARGIN);
  for (let k = 0; k < SEARCH && !safePoint(text, end); k++) end++;
  return { start, slice: text.slice(start, end) };
}

const clamp = (n: number, text: string): number => Math.max(0, Math.min(text.length, Math.trunc(n)));

/**
 * Snaps `offset` to a grapheme boundary of `text`: to the start of the cluster
 * it falls inside ('backward', the default, for the start of a selection) or
 * to its end ('forward', for the end of a selection). Offsets outside the text
 * are clamped. A boundary is returned unchanged.
 */
export function snapToGraphemes(text: string, offset: number, direction: 'backward' | 'forward' = 'backward'): Utf16Offset {
  const at = clamp(offset, text);
  if (at === 0 || at === text.length) return u16(at);
  const w = windowAround(text, at, at);
  const seg = graphemeSegmenter().segment(w.slice).containing(at - w.start);
  if (!seg || w.start + seg.index === at) return u16(at);
  const start = w.start + seg.index;
  return u16(direction === 'backward' ? start : start + seg.segment.length);
}

/** Characters trimmed from the edges of a selection: spaces and punctuation that separate rather than belong. */
const LEADING_TRIM = /^[\s,;:.!?…)\]}»”’›–—-]$/u;
/** Sentence-final marks are kept at the end ("rose by 12%." is a whole claim); separators are not. */
const TRAILING_TRIM = /^[\s,;:([{«“‘‹–—-]$/u;
// ’ is left out: it is far more often an apostrophe ("the players’") than a closing quote.
const OPENERS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '‹': '›', '(': ')', '[': ']', '{': '}', '„': '“' };
const CLOSERS: Readonly<Record<string, string>> = { '»': '«', '”': '“', '›': '‹', ')': '(', ']': '[', '}': '{' };

/**
 * The grapheme cluster starting at boundary `pos` (not beyond `limit`). A
 * cluster longer than 64 code units comes back cut, which is harmless here:
 * only single punctuation or space characters are ever trimmed.
 */
function graphemeAt(text: string, pos: number, limit: number): string {
  for (const seg of graphemeSegmenter().segment(text.slice(pos, Math.min(limit, pos + 64)))) return seg.segment;
  return '';
}

/** The grapheme cluster ending at boundary `pos` (not before `limit`), with the same caveat. */
function graphemeBefore(text: string, limit: number, pos: number): string {
  let last = '';
  for (const seg of graphemeSegmenter().segment(text.slice(Math.max(limit, pos - 64), pos))) last = seg.segment;
  return last;
}

/** Whether the grapheme is a letter, digit or symbol a claim may start or end with. */
const meaningful = (g: string): boolean => /[\p{L}\p{N}\p{S}\p{M}]/u.test(g);

/**
 * Expands a selection to whole words, as "Mark as claim" needs.
 *
 * Promises: the returned span starts and ends on grapheme boundaries (never
 * inside a surrogate pair or before a combining mark), a word cut by either end
 * is taken whole, surrounding whitespace and separating punctuation are dropped
 * (a closing quotation mark or bracket is kept when its opening one is inside,
 * and vice versa; a final . ! ? … is kept). Returns null when the selection
 * holds no letter, digit or symbol. `start` and `end` may come in either order.
 */
export function snapToWords(text: string, start: number, end: number): Span | null {
  let a = clamp(Math.min(start, end), text);
  let b = clamp(Math.max(start, end), text);
  if (a === b) return null;
  a = snapToGraphemes(text, a, 'backward');
  b = snapToGraphemes(text, b, 'forward');

  // One window per end, so a long selection costs no more than a short one.
  const wa = windowAround(text, a, a);
  const first = wordSegmenter().segment(wa.slice).containing(a - wa.start);
  if (first?.isWordLike && wa.start + first.index < a) a = wa.start + first.index;
  const wb = windowAround(text, b - 1, b);
  const last = wordSegmenter().segment(wb.slice).containing(b - 1 - wb.start);
  if (last?.isWordLike && wb.start + last.index + last.segment.length > b) b = wb.start + last.index + last.segment.length;

  // Trim whole graphemes from each end, looking only at the ends: segmenting
  // a whole long selection would be slow (see sentences.ts on Intl.Segmenter).
  if (!meaningful(text.slice(a, b))) return null;
  let s = a;
  let e = b;
  while (s < e) {
    const h = graphemeAt(text, s, e);
    const t = graphemeBefore(text, s, e);
    if (s + h.length >= e) break; // a single grapheme left
    if (LEADING_TRIM.test(h)) {
      s += h.length;
    } else if (OPENERS[h] !== undefined && !text.slice(s + h.length, e).includes(OPENERS[h] ?? '')) {
      s += h.length; // an opening mark whose closing mark is not selected
    } else if (TRAILING_TRIM.test(t)) {
      e -= t.length;
    } else if (CLOSERS[t] !== undefined && !text.slice(s, e - t.length).includes(CLOSERS[t] ?? '')) {
      e -= t.length; // a closing mark whose opening mark is not selected
    } else {
      break;
    }
  }
  if (!meaningful(text.slice(s, e))) return null;
  return { start: u16(s), end: u16(e) };
}

/**
 * Small string-distance primitives for anchoring: bounded Levenshtein, a
 * similarity ratio, best approximate substring alignment, and surrogate-safe
 * span snapping. All work on UTF-16 code units, like every offset we store.
 */

// Scratch rows reused across calls: re-anchoring runs thousands of small
// alignments, and allocating two typed arrays per call showed up in profiles.
let rowA = new Int32Array(256);
let rowB = new Int32Array(256);
let startA = new Int32Array(256);
let startB = new Int32Array(256);

function ensureRows(n: number): void {
  if (rowA.length >= n) return;
  const size = Math.max(n, rowA.length * 2);
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
  startA = new Int32Array(size);
  startB = new Int32Array(size);
}

/**
 * Levenshtein distance between `a` and `b` (unit costs). When `max` is given
 * and the distance is certainly above it, returns `max + 1` early instead of
 * finishing, so callers that only ask "is it within budget?" pay less.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  // Shared prefix and suffix cost nothing; trimming them keeps the table small
  // for the common case of a quote with one word changed.
  let lo = 0;
  const minLen = Math.min(a.length, b.length);
  while (lo < minLen && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  let ea = a.length;
  let eb = b.length;
  while (ea > lo && eb > lo && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  const n = ea - lo;
  const m = eb - lo;
  if (n === 0) return m;
  if (m === 0) return n;
  if (Math.abs(n - m) > max) return max + 1;
  ensureRows(m + 1);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(lo + i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(lo + j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/**
 * Similarity in [0, 1]: 1 − Levenshtein / length of the longer string.
 * Two empty strings are identical (1).
 */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - levenshtein(a, b) / longest;
}

/** The best approximate occurrence of a pattern inside a stretch of text. */
export interface Alignment {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * Finds the substring of `text[from, to)` closest to `pattern` by edit
 * distance (Sellers' semi-global alignment), with its offsets in `text`.
 * Among equally close substrings the one whose length is nearest the
 * pattern's wins (so a changed last word is substituted, not dropped), then
 * the leftmost. Cost is
 * O(|pattern| × (to − from)); callers bound the window.
 */
export function alignSubstring(pattern: string, text: string, from: number, to: number): Alignment {
  const m = pattern.length;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (m === 0 || hi <= lo) return { start: lo, end: lo, errors: m };
  ensureRows(m + 1);
  // Column-wise DP over the text: cost[i] = best cost of aligning pattern[0, i)
  // ending at the current text position; start[i] = where that alignment began.
  let prev = rowA;
  let cur = rowB;
  let prevStart = startA;
  let curStart = startB;
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = lo;
  }
  let best = prev[m]!;
  let bestStart = lo;
  let bestEnd = lo;
  for (let j = lo; j < hi; j++) {
    const c = text.charCodeAt(j);
    cur[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = prev[i]! + 1;
      const skipPattern = cur[i - 1]! + 1;
      if (sub <= skipText && sub <= skipPattern) {
        cur[i] = sub;
        curStart[i] = prevStart[i - 1]!;
      } else if (skipText <= skipPattern) {
        cur[i] = skipText;
        curStart[i] = prevStart[i]!;
      } else {
        cur[i] = skipPattern;
        curStart[i] = curStart[i - 1]!;
      }
    }
    const v = cur[m]!;
    if (v < best || (v === best && Math.abs(j + 1 - curStart[m]! - m) < Math.abs(bestEnd - bestStart - m))) {
      best = v;
      bestStart = curStart[m]!;
      bestEnd = j + 1;
    }
    let t = prev;
    prev = cur;
    cur = t;
    t = prevStart;
    prevStart = curStart;
    curStart = t;
  }
  return { start: bestStart, end: bestEnd, errors: best };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/**
 * Widens `[start, end)` by one code unit at either end that would split a
 * surrogate pair, so the span always covers whole code points.
 */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogate(text, start) ? start - 1 : start,
    end: splitsSurrogate(text, end) ? end + 1 : end,
  };
}

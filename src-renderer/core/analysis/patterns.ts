/**
 * Compiles the per-language phrase patterns of `languages/` into regular
 * expressions, and finds their matches.
 */
import type { PhrasePattern } from './languages/types';

// JavaScript's \b only knows ASCII word characters ("según", "heißt" would be
// cut in two), so word boundaries are Unicode look-arounds on letters, marks
// and digits. The boundary only forbids standing *between* two word
// characters, so a pattern may also begin or end on punctuation ("qu'",
// ", so der") and still match.
const WORD = '[\\p{L}\\p{M}\\p{N}]';
const NOT_INSIDE_WORD = `(?:(?<!${WORD})|(?!${WORD}))`;
export const BEFORE = NOT_INSIDE_WORD;
export const AFTER = NOT_INSIDE_WORD;

/** A set of named patterns compiled into one alternation, one capturing group per pattern. */
export interface CompiledPatterns {
  readonly regex: RegExp;
  readonly patterns: readonly PhrasePattern[];
  /** `notAfter` of each pattern, compiled; undefined where a pattern has none. */
  readonly notAfter: readonly (RegExp | undefined)[];
  /** `unlessNext` and `unlessPrevious` of each pattern, compiled case-sensitively; undefined where a pattern has none. */
  readonly unlessNext: readonly (RegExp | undefined)[];
  readonly unlessPrevious: readonly (RegExp | undefined)[];
}

/** How much text around a match the case-sensitive guards read. */
const GUARD_CONTEXT = 60;

/** A match of one pattern: UTF-16 offsets into the searched text. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly pattern: PhrasePattern;
}

/**
 * Expands the pattern shorthand of `languages/types.ts`: a space matches any
 * run of whitespace, `'` both apostrophes.
 */
export function expandSource(source: string): string {
  return source.replace(/ /g, '\\s+').replace(/'/g, "['’]");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles named patterns into one case-insensitive alternation bounded by
 * word boundaries. At a given position the first listed pattern that matches
 * wins, so languages list longer phrases first.
 */
export function compilePatterns(patterns: readonly PhrasePattern[]): CompiledPatterns {
  // An alternation that never matches keeps the engine free of special cases
  // for a language with an empty list.
  const body = patterns.length > 0 ? patterns.map((p) => `(${expandSource(p.source)})`).join('|') : '(?!)';
  return {
    regex: new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'giu'),
    patterns,
    notAfter: patterns.map((p) => (p.notAfter === undefined ? undefined : new RegExp(`${BEFORE}(?:${expandSource(p.notAfter)})\\s*$`, 'iu'))),
    unlessNext: patterns.map((p) => (p.unlessNext === undefined ? undefined : new RegExp(`^(?:${p.unlessNext})`, 'u'))),
    unlessPrevious: patterns.map((p) => (p.unlessPrevious === undefined ? undefined : new RegExp(`(?:${p.unlessPrevious})$`, 'u'))),
  };
}

/** Compiles a guard pattern (hypothesis, reporting frame) to a case-insensitive, word-bounded regex. */
export function compileGuard(source: string | undefined): RegExp | undefined {
  return source === undefined ? undefined : new RegExp(`${BEFORE}(?:${expandSource(source)})${AFTER}`, 'giu');
}

/**
 * Compiles plain phrases (no regex syntax) into one word-bounded,
 * case-insensitive alternation, longest first. A trailing `*` matches the
 * rest of a word ("soulign*" → souligne, soulignant).
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  return new RegExp(`${BEFORE}(?:${phraseAlternation(phrases)})${AFTER}`, 'giu');
}

/**
 * The regular-expression source of plain phrases as one alternation, longest
 * first, without word boundaries (see `compilePhrases`); a source that never
 * matches for an empty list.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const star = phrase.endsWith('*');
      const body = (star ? phrase.slice(0, -1) : phrase).trim();
      const source = body.split(/\s+/).map(escapeRegExp).join(' ');
      return expandSource(source) + (star ? '[\\p{L}\\p{M}]*' : '');
    })
    .join('|');
}

/** Every match of `compiled` in `text[from, to)`, left to right, offsets into `text`. */
export function findPatternMatches(compiled: CompiledPatterns, text: string, from = 0, to = text.length): PatternMatch[] {
  const out: PatternMatch[] = [];
  // An empty list (English has no verb mood of hearsay) must not cost a scan of the text.
  if (compiled.patterns.length === 0) return out;
  eachMatch(compiled.regex, text, from, to, (m) => {
    // The engine tells patterns apart by which group took part in the match.
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const pattern = compiled.patterns[group - 1];
    if (pattern === undefined) return;
    const end = m.index + m[0].length;
    const next = compiled.unlessNext[group - 1];
    if (next !== undefined && next.test(text.slice(end, end + GUARD_CONTEXT))) return;
    const previous = compiled.unlessPrevious[group - 1];
    if (previous !== undefined && previous.test(text.slice(Math.max(0, m.index - GUARD_CONTEXT), m.index))) return;
    out.push({ start: m.index, end, pattern });
  });
  return out;
}

/** Calls `visit` with every non-empty match of the global regex `re` that lies inside `text[from, to)`, left to right. */
function eachMatch(re: RegExp, text: string, from: number, to: number, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index + m[0].length > to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    visit(m);
  }
}

/** Every match of a global regex in `text[from, to)` as spans into `text`. */
export function findSpans(re: RegExp, text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  eachMatch(re, text, from, to, (m) => out.push({ start: m.index, end: m.index + m[0].length }));
  return out;
}

/** Whether the global regex `re` has a non-empty match in `text` (`findSpans(re, text).length > 0`, stopping at the first). */
export function hasSpan(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 0) return true;
    re.lastIndex++;
  }
  return false;
}

/**
 * Find in the article: every occurrence of what the editor typed in the
 * whole revision text, mounted or not. Case and accents are ignored ("etat"
 * finds "État"), code unit for code unit, so a match's offsets are offsets
 * into the revision text as they are.
 */
import type { Span } from '../../core/text/offsets';
import { u16 } from '../../core/text/offsets';

/** More matches than anyone steps through; the count then says "1,000+". */
export const MAX_MATCHES = 1000;

const folded = new Map<string, string>();

/** One code unit without its accents, then its case; unchanged when lower-casing would change its length (İ). */
function foldUnit(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const lower = (c.normalize('NFD')[0] ?? c).toLocaleLowerCase();
    f = lower.length === 1 ? lower : c;
    folded.set(c, f);
  }
  return f;
}

/** `s` folded code unit by code unit: same length, same offsets. */
export function foldForFind(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i]!);
  return out;
}

/** The matches of `query` in `text` (already folded with `foldForFind`, for speed), in order, at most MAX_MATCHES. */
export function findMatches(foldedText: string, query: string): Span[] {
  const q = foldForFind(query.replace(/\s+/g, ' ').trim());
  if (q === '') return [];
  const matches: Span[] = [];
  for (let at = foldedText.indexOf(q); at !== -1 && matches.length < MAX_MATCHES; at = foldedText.indexOf(q, at + q.length)) {
    matches.push({ start: u16(at), end: u16(at + q.length) });
  }
  return matches;
}

/** The match to go to first: the first one at or after `offset` (where the editor is reading), else the first. */
export function firstMatchFrom(matches: readonly Span[], offset: number): number {
  if (matches.length === 0) return -1;
  const i = matches.findIndex((m) => m.start >= offset);
  return i === -1 ? 0 : i;
}

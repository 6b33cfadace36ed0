/**
 * Cutting paragraphs out of a revision's text (e.g. "Remove repeated
 * block"), keeping the text normalised and the paragraph list consistent.
 */
import type { Paragraph } from '../model';
import { u16 } from './offsets';

/**
 * The text and paragraphs of a revision without its paragraphs `from`..`to`
 * (0-based, inclusive), e.g. a repeated block. The separator after the block
 * goes with it (or the one before, for a block at the end), so the text
 * stays normalised; kinds are kept and the later paragraphs shift. Null when
 * the range is not in the revision or would remove every paragraph.
 */
export function withoutParagraphs(text: string, paragraphs: readonly Paragraph[], from: number, to: number): { text: string; paragraphs: Paragraph[] } | null {
  const first = paragraphs.findIndex((p) => p.index === from);
  const last = paragraphs.findIndex((p) => p.index === to);
  if (first < 0 || last < first) return null;
  const next = paragraphs[last + 1];
  const previous = paragraphs[first - 1];
  let cutStart: number;
  let cutEnd: number;
  if (next) {
    cutStart = paragraphs[first]!.start;
    cutEnd = next.start;
  } else if (previous) {
    cutStart = previous.end;
    cutEnd = paragraphs[last]!.end;
  } else {
    return null;
  }
  const removed = cutEnd - cutStart;
  const kept = [...paragraphs.slice(0, first), ...paragraphs.slice(last + 1)];
  return {
    text: text.slice(0, cutStart) + text.slice(cutEnd),
    paragraphs: kept.map((p, i) => (p.start >= cutEnd ? { ...p, index: i, start: u16(p.start - removed), end: u16(p.end - removed) } : { ...p, index: i })),
  };
}

/**
 * Cuts an article into paragraphs of pieces so that overlapping and nested
 * highlights can be rendered as flat, non-overlapping elements.
 *
 * HTML elements must nest, claims need not ("A [B ] C]" is common when one
 * claim sits inside a longer one or two sentences share a clause), so each
 * piece between two consecutive boundaries (paragraph edges, claim and flag
 * edges) becomes one element that lists every mark covering it. A mark's
 * number is shown where it opens and its end where it closes.
 */
import type { Paragraph, ParagraphKind } from '../model';

/** A highlighted span: a claim (id = its number) or a flag (id = its index). */
export interface Mark {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Claim ids covering the piece, outermost (opened first) first. */
  readonly claims: readonly number[];
  readonly flags: readonly number[];
  /** Claims whose first piece this is, outermost first. */
  readonly opensClaims: number[];
  /** Claims whose last piece this is, innermost first. */
  readonly closesClaims: number[];
  /** Flags whose first piece this is. */
  readonly opensFlags: number[];
}

export interface Block {
  readonly index: number;
  readonly kind: ParagraphKind;
  readonly pieces: readonly Piece[];
}

/**
 * Splits the paragraphs of `text` into pieces covered by constant sets of
 * claims and flags. Promises: the pieces of a block tile its paragraph
 * exactly; every mark overlapping some paragraph opens once and closes once,
 * even when it starts or ends in the gap between paragraphs. O((P + M) log M)
 * plus the output size.
 */
export function segmentArticle(
  text: string,
  paragraphs: readonly Paragraph[],
  claims: readonly Mark[],
  flags: readonly Mark[],
): Block[] {
  const paras = paragraphs.length > 0 ? [...paragraphs].sort((a, b) => a.start - b.start) : linesOf(text);
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const usable = (m: Mark): boolean => clamp(m.start) < clamp(m.end);
  type Event = { pos: number; open: boolean; claim: boolean; mark: Mark };
  const events: Event[] = [];
  for (const m of claims.filter(usable)) {
    events.push({ pos: clamp(m.start), open: true, claim: true, mark: m }, { pos: clamp(m.end), open: false, claim: true, mark: m });
  }
  for (const m of flags.filter(usable)) {
    events.push({ pos: clamp(m.start), open: true, claim: false, mark: m }, { pos: clamp(m.end), open: false, claim: false, mark: m });
  }
  events.sort((a, b) => a.pos - b.pos);

  // Active marks, kept in opening order so the outermost comes first.
  const activeClaims: Mark[] = [];
  const activeFlags: Mark[] = [];
  const applyUpTo = (pos: number, state: { next: number }): void => {
    while (state.next < events.length && (events[state.next]?.pos ?? Infinity) <= pos) {
      const e = events[state.next++] as Event;
      const active = e.claim ? activeClaims : activeFlags;
      if (e.open) {
        // Among marks opening at the same place, the longer one is the outer one.
        let at = active.length;
        while (at > 0 && (active[at - 1] as Mark).start === e.mark.start && (active[at - 1] as Mark).end < e.mark.end) at--;
        active.splice(at, 0, e.mark);
      } else {
        const i = active.indexOf(e.mark);
        if (i >= 0) active.splice(i, 1);
      }
    }
  };

  const state = { next: 0 };
  const blocks: { index: number; kind: ParagraphKind; pieces: Piece[] }[] = [];
  const firstClaim = new Map<number, Piece>();
  const lastClaim = new Map<number, Piece>();
  const seenFlags = new Set<number>();
  for (const para of paras) {
    const pieces: Piece[] = [];
    let pos: number = clamp(para.start);
    const end = clamp(para.end);
    applyUpTo(pos, state);
    while (pos < end) {
      const nextEvent = events[state.next]?.pos ?? Infinity;
      const stop = Math.min(end, nextEvent);
      if (stop > pos) {
        const piece: Piece = {
          start: pos,
          end: stop,
          claims: activeClaims.map((m) => m.id),
          flags: activeFlags.map((m) => m.id),
          opensClaims: [],
          closesClaims: [],
          opensFlags: [],
        };
        for (const id of piece.claims) {
          if (!firstClaim.has(id)) {
            firstClaim.set(id, piece);
            piece.opensClaims.push(id);
          }
          lastClaim.set(id, piece);
        }
        for (const id of piece.flags) {
          if (!seenFlags.has(id)) {
            seenFlags.add(id);
            piece.opensFlags.push(id);
          }
        }
        pieces.push(piece);
        pos = stop;
      }
      applyUpTo(pos, state);
    }
    blocks.push({ index: para.index, kind: para.kind, pieces });
  }
  // Closing order: innermost first, i.e. the reverse of the covering order.
  for (const [id, piece] of lastClaim) piece.closesClaims.push(id);
  for (const blk of blocks) {
    for (const piece of blk.pieces) {
      piece.closesClaims.sort((a, b) => piece.claims.indexOf(b) - piece.claims.indexOf(a));
    }
  }
  return blocks;
}

/** Without stored paragraphs, one paragraph per non-empty line. */
function linesOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    out.push({ index: out.length, kind: 'body', start: m.index as Paragraph['start'], end: (m.index + m[0].length) as Paragraph['end'] });
  }
  return out;
}

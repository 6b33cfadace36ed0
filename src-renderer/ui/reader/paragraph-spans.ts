/**
 * Splitting highlight layers over paragraphs, and each paragraph's text into
 * nested highlight pieces.
 *
 * Both are sweeps over sorted boundaries: a 1 MB article with 2,000 claims
 * is distributed over its paragraphs in one pass (sort + sweep), never
 * paragraphs × claims.
 */
import type { Paragraph } from '../../core/model';
import type { HighlightSpan, LayerKind } from './layers';
import { compareText } from '../../core/text/compare';
import { firstIndexWhere } from '../../core/bisect';
import { replacedInPlace } from '../../core/in-place';

const KIND_ORDER: Record<LayerKind, number> = { flag: 0, suggestion: 1, claim: 2 };

/**
 * Nesting order: a span that starts earlier is outside one that starts
 * later; of two starting together the longer is outside; then flags outside
 * suggestions outside claims (a claim's number stays next to its text).
 */
export function compareSpans(a: HighlightSpan, b: HighlightSpan): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.id, b.id);
}

/**
 * The spans overlapping each paragraph, in nesting order, as one list per
 * paragraph (paragraphs sorted by start, as a revision has them). Empty
 * spans are dropped. Lists of paragraphs without spans share one empty array;
 * given the `previous` lists, a paragraph whose spans are the same objects
 * keeps its old list (a memoised paragraph then does not re-render).
 */
export function spansByParagraph(
  paragraphs: readonly Paragraph[],
  spans: readonly HighlightSpan[],
  previous?: readonly (readonly HighlightSpan[])[],
): (readonly HighlightSpan[])[] {
  return distribute(paragraphs, sortSpans(spans), previous);
}

const EMPTY: readonly HighlightSpan[] = [];

const sortSpans = (spans: readonly HighlightSpan[]): HighlightSpan[] => spans.filter((s) => s.end > s.start).sort(compareSpans);

function distribute(paragraphs: readonly Paragraph[], sorted: readonly HighlightSpan[], previous?: readonly (readonly HighlightSpan[])[]): (readonly HighlightSpan[])[] {
  const out: (readonly HighlightSpan[])[] = new Array<readonly HighlightSpan[]>(paragraphs.length);
  let next = 0;
  let active: HighlightSpan[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    while (next < sorted.length && sorted[next]!.start < p.end) active.push(sorted[next++]!);
    if (active.length) active = active.filter((s) => s.end > p.start);
    const before = previous?.[i];
    out[i] = !active.length ? EMPTY : before && sameItems(before, active) ? before : active.slice();
  }
  return out;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A span's key, unique across layers: its kind and id. */
export const spanKey = (s: HighlightSpan): string => `${s.kind}:${s.id}`;

/**
 * The highlight spans of a revision distributed over its paragraphs, and what
 * the next update needs to redo only what changed.
 */
export interface SpanIndex {
  readonly paragraphs: readonly Paragraph[];
  /** The spans as given, in the caller's order. */
  readonly spans: readonly HighlightSpan[];
  /** The non-empty spans in nesting order ({@link compareSpans}). */
  readonly sorted: readonly HighlightSpan[];
  /** Each paragraph's spans, as {@link spansByParagraph} gives them. */
  readonly perParagraph: readonly (readonly HighlightSpan[])[];
  /** Where each span is in `spans`, by {@link spanKey}; shared by the updates that move no span. */
  readonly at: ReadonlyMap<string, number>;
}

/** Over this many spans replaced at once, distributing them all again costs about the same. */
const MAX_REPLACED = 64;

/**
 * Indexes `spans` over `paragraphs`. Given the `previous` index, spans that
 * are new objects for the same highlight in the same place (a claim whose
 * note, verdict or status was saved: the claims layer makes a new span for
 * it alone) are swapped into the previous lists: nothing is sorted or
 * redistributed, and only the paragraphs holding them get new lists, so
 * only they re-render. Any other change (a span added, removed or moved)
 * indexes everything again, keeping the lists that did not change.
 */
export function indexSpans(paragraphs: readonly Paragraph[], spans: readonly HighlightSpan[], previous?: SpanIndex): SpanIndex {
  const same = previous?.paragraphs === paragraphs ? previous : undefined;
  if (same?.spans === spans) return same;
  const replaced = same && replacedSpans(same.spans, spans);
  if (same && replaced) return swapSpans(same, spans, replaced);
  const sorted = sortSpans(spans);
  return { paragraphs, spans, sorted, perParagraph: distribute(paragraphs, sorted, same?.perParagraph), at: new Map(spans.map((s, i) => [spanKey(s), i])) };
}

/** The span of `key` in `index` (e.g. `claim:<id>`), if it has one. */
export function spanByKey(index: SpanIndex, key: string): HighlightSpan | undefined {
  const i = index.at.get(key);
  return i === undefined ? undefined : index.spans[i];
}

/** The pairs (old, new) of spans replaced in place, or undefined when anything else changed. */
function replacedSpans(before: readonly HighlightSpan[], after: readonly HighlightSpan[]): (readonly [HighlightSpan, HighlightSpan])[] | undefined {
  const sameSpan = (a: HighlightSpan, b: HighlightSpan): boolean => a.kind === b.kind && a.id === b.id && a.start === b.start && a.end === b.end;
  return replacedInPlace(before, after, sameSpan, MAX_REPLACED)?.map((i) => [before[i]!, after[i]!] as const);
}

function swapSpans(previous: SpanIndex, spans: readonly HighlightSpan[], replaced: readonly (readonly [HighlightSpan, HighlightSpan])[]): SpanIndex {
  if (!replaced.length) return { ...previous, spans };
  const { paragraphs } = previous;
  const sorted = previous.sorted.slice();
  const perParagraph = previous.perParagraph.slice();
  for (const [old, next] of replaced) {
    if (old.end <= old.start) continue; // Never drawn.
    const at = indexOfSpan(sorted, old);
    if (at >= 0) sorted[at] = next;
    for (let i = paragraphIndexAt(paragraphs, old.start); i < paragraphs.length && paragraphs[i]!.start < old.end; i++) {
      const list = perParagraph[i]!;
      const k = list.indexOf(old);
      if (k < 0) continue;
      const copy = list.slice();
      copy[k] = next;
      perParagraph[i] = copy;
    }
  }
  return { paragraphs, spans, sorted, perParagraph, at: previous.at };
}

/** Where `span` is in `sorted` (binary search in nesting order), or -1. */
function indexOfSpan(sorted: readonly HighlightSpan[], span: HighlightSpan): number {
  const lo = firstIndexWhere(sorted.length, (i) => compareSpans(sorted[i]!, span) >= 0);
  // Two spans of the same kind and id in the same place compare equal: find this one.
  for (let i = lo; i < sorted.length && compareSpans(sorted[i]!, span) === 0; i++) if (sorted[i] === span) return i;
  return -1;
}

/** A run of plain text, or a highlight piece holding further pieces. */
export type Piece =
  | { readonly type: 'text'; readonly start: number; readonly end: number }
  | {
      readonly type: 'mark';
      readonly span: HighlightSpan;
      readonly start: number;
      readonly end: number;
      /** This piece starts where the span starts (it carries the span's number and focus target). */
      readonly first: boolean;
      readonly children: Piece[];
    };

interface OpenMark {
  span: HighlightSpan;
  start: number;
  children: Piece[];
}

/**
 * Splits `[from, to)` into nested pieces. Properly nested spans become nested
 * marks; spans that cross are split at every boundary (the inner one is
 * closed and reopened), so that the pieces always form a tree. `spans` must
 * be in {@link compareSpans} order (as {@link spansByParagraph} returns).
 */
export function buildPieces(from: number, to: number, spans: readonly HighlightSpan[]): Piece[] {
  const root: Piece[] = [];
  if (to <= from) return root;
  const points = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) points.add(s.start);
    if (s.end > from && s.end < to) points.add(s.end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  const stack: OpenMark[] = [];
  const container = () => stack.at(-1)?.children ?? root;
  const close = () => {
    const m = stack.pop()!;
    container().push({ type: 'mark', span: m.span, start: m.start, end: cursor, first: m.start === m.span.start, children: m.children });
  };
  let cursor = from;
  let active: HighlightSpan[] = [];
  let next = 0;
  for (let b = 0; b < bounds.length - 1; b++) {
    const a = bounds[b]!;
    const z = bounds[b + 1]!;
    while (next < spans.length && spans[next]!.start <= a) active.push(spans[next++]!);
    active = active.filter((s) => s.end > a);
    // Spans covering [a, z), outermost first; `active` is already in nesting order.
    const covering = active.filter((s) => s.start <= a && s.end >= z);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep]!.span === covering[keep]) keep++;
    cursor = a;
    while (stack.length > keep) close();
    for (let i = keep; i < covering.length; i++) stack.push({ span: covering[i]!, start: a, children: [] });
    container().push({ type: 'text', start: a, end: z });
    cursor = z;
  }
  while (stack.length) close();
  return mergeText(root);
}

/** Adjacent text runs (left by closing and reopening nothing) merged into one. */
function mergeText(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (p.type === 'text' && last?.type === 'text' && last.end === p.start) out[out.length - 1] = { type: 'text', start: last.start, end: p.end };
    else out.push(p.type === 'mark' ? { ...p, children: mergeText(p.children) } : p);
  }
  return out;
}

/** The index of the paragraph containing `offset`, or the first one after it (binary search). */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  return Math.max(0, firstIndexWhere(paragraphs.length - 1, (i) => paragraphs[i]!.end > offset));
}

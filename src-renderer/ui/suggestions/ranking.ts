/**
 * The Suggestions list's logic, apart from React: the order it shows (core's
 * rank, never recomputed here), the suggestions "Accept top N" takes, the
 * number the editor types for N, where focus goes when an item leaves, and
 * which items are hidden while what the editor did with them is saved and
 * the analysis catches up.
 */
import type { Suggestion } from '../../core/model';

/** How many "Accept top N" offers first (fewer when fewer are left). */
export const DEFAULT_TOP_COUNT = 5;

/** The suggestions in core's ranked order: 1 (most worth checking) first. */
export function rankedOrder(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) => a.rank - b.rank || a.start - b.start);
}

/** The N first offered: DEFAULT_TOP_COUNT, or all of them when fewer are left. */
export function defaultTopCount(count: number): number {
  return Math.max(0, Math.min(DEFAULT_TOP_COUNT, count));
}

export type TopCount = { readonly ok: true; readonly n: number } | { readonly ok: false; readonly problem: 'not-whole' | 'out-of-range' };

/**
 * The N the editor typed for "Accept top N": a whole number from 1 to the
 * number of suggestions left. Anything else is refused with its problem
 * (the panel says which numbers are allowed), never silently clamped: the
 * confirmation must create the number of claims the editor asked for.
 */
export function readTopCount(input: string, count: number): TopCount {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return { ok: false, problem: 'not-whole' };
  const n = Number(text);
  return n >= 1 && n <= count ? { ok: true, n } : { ok: false, problem: 'out-of-range' };
}

/** The `n` best-ranked of `ranked` (already in ranked order). */
export function topSuggestions(ranked: readonly Suggestion[], n: number): Suggestion[] {
  return ranked.slice(0, Math.max(0, Math.floor(n)));
}

/**
 * Where focus goes when the items `gone` leave `list` (accepted, rejected):
 * the first item after the last of them that stays, else the last one
 * before them that stays; null when none stays.
 */
export function neighbourAfter(list: readonly Suggestion[], gone: ReadonlySet<number>): Suggestion | null {
  let last = -1;
  list.forEach((s, i) => {
    if (gone.has(s.start)) last = i;
  });
  if (last === -1) return null;
  for (let i = last + 1; i < list.length; i++) if (!gone.has(list[i]!.start)) return list[i]!;
  for (let i = last - 1; i >= 0; i--) if (!gone.has(list[i]!.start)) return list[i]!;
  return null;
}

/**
 * An item the editor acted on is hidden at once (the list moves on without
 * waiting for the analysis to drop it): while its write runs ('pending'),
 * then until the analysis answers anew after the write (`saved` holds the
 * answer shown when the write ended). That next answer no longer has it —
 * or has it again, if the action was undone in between, and then it shows.
 */
export type Hiding = { readonly state: 'pending' } | { readonly state: 'saved'; readonly answer: unknown };

/** Whether an item with this hiding entry stays hidden while `answer` is the analysis shown. */
export function stillHidden(entry: Hiding | undefined, answer: unknown): boolean {
  if (!entry) return false;
  return entry.state === 'pending' || entry.answer === answer;
}

/** The items of `ranked` to show: those not hidden (see `Hiding`). */
export function visibleSuggestions(ranked: readonly Suggestion[], hiding: ReadonlyMap<number, Hiding>, answer: unknown): Suggestion[] {
  if (hiding.size === 0) return [...ranked];
  return ranked.filter((s) => !stillHidden(hiding.get(s.start), answer));
}

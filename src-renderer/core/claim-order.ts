/**
 * The orders of claims: reading order (by position in the text), shared by
 * the app's list and j/k and every report; and stable-number order. Since
 * claims carry their own number (core/model `Claim.number`), "Claim 3" is
 * the same claim in either order, on screen and on paper.
 */
import type { Claim } from './model';
import { compareText } from './text/compare';

/** What the reading order looks at (a claim with or without its number). */
type OrderedClaim = Pick<Claim, 'id' | 'target' | 'createdAt' | 'verdict' | 'status' | 'note'>;

/**
 * By start; at the same start the longer claim first (its highlight opens
 * first); then by creation; then by what the editor wrote; ids last,
 * because "Import review" renews them and an order that fell back to them
 * would change.
 */
export function compareReadingOrder(a: OrderedClaim, b: OrderedClaim): number {
  return (
    a.target.position.start - b.target.position.start ||
    b.target.position.end - a.target.position.end ||
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.verdict, b.verdict) ||
    compareText(a.status, b.status) ||
    compareText(a.note, b.note) ||
    compareText(a.id, b.id)
  );
}

/** By stable claim number ("Claim 7" after "Claim 6"), ids last. */
export function compareByNumber(a: Claim, b: Claim): number {
  return a.number - b.number || compareText(a.id, b.id);
}

/**
 * Numbers for claims that have none yet (a workspace or review from before
 * numbers were stored): the numbers their reports already showed — claims
 * anchored on the article's current revision in reading order, then the
 * others (orphans, claims left on an older revision) by creation, their
 * quote and reading order. Numbers already present are kept and skipped.
 * Returns claim id → number, and the article's counter after them.
 */
export function numbersInReadingOrder(
  claims: readonly (Omit<Claim, 'number'> & { readonly number?: number })[],
  currentRevisionId: string,
): { numbers: Map<string, number>; last: number } {
  const taken = new Set<number>();
  for (const c of claims) if (typeof c.number === 'number') taken.add(c.number);
  const todo = claims.filter((c) => typeof c.number !== 'number');
  const anchored = todo.filter((c) => c.revisionId === currentRevisionId && !c.orphan).sort(compareReadingOrder);
  const others = todo
    .filter((c) => !(c.revisionId === currentRevisionId && !c.orphan))
    .sort((a, b) => compareText(a.createdAt, b.createdAt) || compareText(a.target.quote.exact, b.target.quote.exact) || compareReadingOrder(a, b));
  const numbers = new Map<string, number>();
  let next = 1;
  for (const c of [...anchored, ...others]) {
    while (taken.has(next)) next++;
    numbers.set(c.id, next);
    taken.add(next);
  }
  return { numbers, last: Math.max(0, ...taken) };
}

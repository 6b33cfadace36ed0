/**
 * The reading order of claims, shared by the app (reader badges, claims
 * list, inspector, j/k) and every report, so that "claim 3" is the same claim
 * on screen and on paper.
 */
import type { Claim } from './model';
import { compareText } from './text/compare';


/**
 * By start; at the same start the longer claim first (its highlight opens
 * first, so numbers follow the order the highlights open in); then by
 * creation; then by what the editor wrote; ids last, because "Import review"
 * renews them and an order that fell back to them would change.
 */
export function compareReadingOrder(a: Claim, b: Claim): number {
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

/**
 * The one binary search: the first index in [0, length) at which `holds`
 * is true, or `length` when it never is. `holds` must be false and then
 * true along the range, as "this item sorts at or after the one sought"
 * is along a sorted list.
 */
export function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

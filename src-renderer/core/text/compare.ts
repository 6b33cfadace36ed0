/**
 * Code-unit order of two strings (what `<` does), as a comparator: stable
 * and the same on every machine, unlike locale collation. For ids, dates
 * in ISO form and tie-breaks; user-facing lists sort with Intl.Collator.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

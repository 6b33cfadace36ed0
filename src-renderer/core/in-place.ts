/**
 * The one test for "the same list with a few items saved": after a save, a
 * claim (or its highlight) is a new object for the same item in the same
 * place, and the code that derives something per item wants to redo it for
 * those alone.
 */

/**
 * The indexes at which `after` holds a new object that `same` takes for the
 * item `before` holds there. Identical objects are passed over without
 * calling `same`. Undefined when the lists differ otherwise: another
 * length, an item `same` refuses, or more than `max` new objects.
 */
export function replacedInPlace<T>(before: readonly T[], after: readonly T[], same: (was: T, now: T) => boolean, max = Infinity): number[] | undefined {
  if (before.length !== after.length) return undefined;
  const at: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!;
    const now = after[i]!;
    if (was === now) continue;
    if (at.length >= max || !same(was, now)) return undefined;
    at.push(i);
  }
  return at;
}

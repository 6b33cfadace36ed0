/**
 * `fields` without its undefined members: a value a reader did not find is a
 * missing key, never a key holding `undefined` (the spread
 * `...(x !== undefined && { x })`, once for a whole record).
 */
export function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] !== undefined) out[key] = fields[key];
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

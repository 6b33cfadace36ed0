/**
 * Record versions (issue 18, concurrent editing). Every write of an article,
 * a claim or a source counts: a record created gets version 1 (or keeps the
 * one it carries: an undone deletion, a restore's stamp); a record replaced
 * gets one more than the stored record's version — or than its own, when
 * that is higher (a restore's stamp) — whatever object the caller built the
 * new value from. Records written before versions count as 1.
 * Repositories then refuse a write based on an older version
 * (`checkBasedOn`, storage/errors.ts), so a second window or a restore is
 * never overwritten unawares.
 *
 * Done with Dexie's table hooks, which see the stored record of every put
 * inside the writing transaction; being below every repository, no write
 * path can forget it. (A DBCore middleware would have to read the stored
 * records itself, and awaiting that read loses Dexie's transaction zone.)
 */
import type { Table } from 'dexie';

export const VERSIONED_TABLES: ReadonlySet<string> = new Set(['articles', 'claims', 'sources']);

type Versioned = { version?: number };

function versionIn(value: unknown): number | undefined {
  const version = typeof value === 'object' && value !== null ? (value as Versioned).version : undefined;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : undefined;
}

/** The version a put gives a value, `stored` being the record it replaces (undefined for a new one). */
export function versionAfterPut(stored: unknown, value: unknown): number {
  if (stored === undefined) return versionIn(value) ?? 1;
  return Math.max(versionIn(stored) ?? 1, versionIn(value) ?? 0) + 1;
}

/** Counts every write to `table` (see the top of this file). */
export function countWrites(table: Table<Versioned, string>): void {
  table.hook('creating', (_key, obj) => {
    obj.version = versionAfterPut(undefined, obj);
  });
  table.hook('updating', (changes, _key, stored) => {
    // `changes` holds what the new value changes, its version included when it carries another one.
    const incoming = 'version' in changes ? (changes as Versioned).version : (stored as Versioned).version;
    return { version: versionAfterPut(stored, { version: incoming }) };
  });
}

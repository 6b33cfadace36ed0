/**
 * A look at the version of the workspace's database without opening it
 * (`indexedDB.databases()`), and the entry's early start of that look.
 *
 * Opening the workspace begins with this look (storage/upgrade.ts
 * `storedVersion`: a database from a newer app must not be opened at all),
 * and the first IndexedDB call of a window also wakes the browser's
 * IndexedDB backend. The entry (src-renderer/main.tsx) starts it before the
 * rest of the app's code has even arrived; the opening then finds it done.
 *
 * No imports, so that the entry can load this module alone.
 */

/** The workspace database's name. */
export const DB_NAME = 'factcheck-workbench';

/**
 * The Dexie version of database `name` as `indexedDB.databases()` lists it
 * (IndexedDB versions are Dexie's times ten), 0 when it is not listed;
 * undefined where the browser cannot list its databases.
 */
export async function listedVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found?.version ? found.version / 10 : 0;
  } catch {
    return undefined;
  }
}

let early: { readonly name: string; readonly version: Promise<number | undefined> } | null = null;

/** Starts looking at the version of database `name` now, for the first opening to use. */
export function lookEarly(name: string = DB_NAME): void {
  early = { name, version: listedVersion(name) };
}

/**
 * The early look at database `name`, once: the first opening takes it, and
 * any later one (a retry, a check after a failed open) looks again.
 */
export function takeEarlyLook(name: string): Promise<number | undefined> | undefined {
  if (early?.name !== name) return undefined;
  const { version } = early;
  early = null;
  return version;
}

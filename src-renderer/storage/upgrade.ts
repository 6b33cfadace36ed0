/**
 * Opening the workspace safely across schema versions.
 *
 * The rule (see db.ts): every schema change adds a Dexie `version(n)` with an
 * `upgrade()`, and a backup fixture made by the version before it
 * (tests/fixtures/db/), which tests/storage/upgrade.test.ts restores with the
 * current code. Two things follow here:
 *
 * - `openWorkspace` looks at the version of the database on disk BEFORE the
 *   current schema touches it. A database from a newer app (a higher version)
 *   is not opened at all — opening would fail with a VersionError at best —
 *   and the app says so instead of showing the workbench. An older database
 *   is first backed up (the caller decides where: Electron writes a
 *   'before-upgrade' file in the user-data folder), and only then opened, which
 *   runs the `upgrade()` functions.
 *
 * - Why not simply open and catch Dexie's VersionError: Dexie 4 opens a
 *   database of a HIGHER version than declared, and even raises its version
 *   to add the tables and indexes it declares but does not find — it would
 *   alter a newer app's workspace. Hence the look before opening, and
 *   `guardAgainstNewerVersion` for a newer app upgrading the database while
 *   this one has it open (Dexie would otherwise reopen it on the next query).
 *
 * - `upgradeTables` brings the rows of a backup made by an older schema up to
 *   the current one by running the very same `upgrade()` functions: the rows
 *   go into a scratch database declared with the backup's own schema (a Dexie
 *   export records every table's schema), which is then opened with the
 *   current database class. No second copy of the migrations to keep in step.
 */
import Dexie from 'dexie';
import { innermostMessage } from '../core/errors';
import { classifyStorageError, type StorageProblem } from './errors';
import { getDb, type WorkbenchDb } from './db';
import { listedVersion, takeEarlyLook } from './early-look';
import { newId } from './ids';

export type WorkspaceOpening =
  | { readonly kind: 'ready'; readonly upgradedFrom?: number }
  /** The database on disk was written by a newer version of the app: not opened, not changed. */
  | { readonly kind: 'newer'; readonly storedVersion: number; readonly supportedVersion: number }
  /** An upgrade was due and the backup before it failed: nothing was upgraded yet. */
  | { readonly kind: 'backup-failed'; readonly fromVersion: number; readonly toVersion: number; readonly detail: string }
  | { readonly kind: 'failed'; readonly problem: StorageProblem; readonly detail: string };

export interface OpenOptions {
  /** The database to open (the app's own by default). */
  readonly db?: WorkbenchDb;
  /**
   * Called with the old database, still at its old version, when an upgrade
   * is due; should back it up and resolve once the backup is safe. Null: the
   * host has nowhere to put such a backup (the browser), upgrade directly.
   */
  readonly backupBeforeUpgrade?: ((old: Dexie) => Promise<void>) | null;
  /** The editor chose to upgrade although the backup failed. */
  readonly skipBackup?: boolean;
}

/**
 * The version of the database named `name` as it is on disk, without
 * changing it: 0 when there is none. Dexie's dynamic mode (no version
 * declared) opens whatever version is there.
 */
export async function storedVersion(name: string): Promise<number> {
  // Where the browser lists its databases with their versions, nothing is
  // opened at all: at a cold start that spares two openings (Dexie.exists
  // creates the database to see that it was missing, then deletes it).
  const listed = await (takeEarlyLook(name) ?? listedVersion(name));
  if (listed !== undefined) return listed;
  if (!(await Dexie.exists(name))) return 0;
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/**
 * Opens the workspace, refusing a database from a newer app and backing up
 * an older one before its upgrade. Never rejects: every outcome is a value
 * the app can show.
 */
export async function openWorkspace(options: OpenOptions = {}): Promise<WorkspaceOpening> {
  const db = options.db ?? getDb();
  const supported = db.verno;
  let onDisk: number;
  try {
    onDisk = await storedVersion(db.name);
  } catch (error) {
    return { kind: 'failed', problem: classifyStorageError(error), detail: innermostMessage(error) };
  }
  if (onDisk > supported) return { kind: 'newer', storedVersion: onDisk, supportedVersion: supported };

  if (onDisk > 0 && onDisk < supported && options.backupBeforeUpgrade && !options.skipBackup) {
    const old = new Dexie(db.name);
    try {
      await old.open();
      await options.backupBeforeUpgrade(old);
    } catch (error) {
      return { kind: 'backup-failed', fromVersion: onDisk, toVersion: supported, detail: innermostMessage(error) };
    } finally {
      old.close();
    }
  }

  try {
    await db.open();
  } catch (error) {
    // Another window of a newer app may have upgraded it in the meantime.
    if (classifyStorageError(error) === 'version') {
      const now = await storedVersion(db.name).catch(() => supported + 1);
      return { kind: 'newer', storedVersion: Math.max(now, supported + 1), supportedVersion: supported };
    }
    return { kind: 'failed', problem: classifyStorageError(error), detail: innermostMessage(error) };
  }
  return onDisk > 0 && onDisk < supported ? { kind: 'ready', upgradedFrom: onDisk } : { kind: 'ready' };
}

/**
 * While the workspace is open: if another window (of a newer app) upgrades the
 * database, close it for good in this one — no automatic reopening with the
 * old schema — and call `onNewer`. Returns the unsubscribe function.
 */
export function guardAgainstNewerVersion(db: WorkbenchDb, onNewer: (storedVersion: number) => void): () => void {
  const listener = (event: IDBVersionChangeEvent) => {
    // IndexedDB versions are Dexie's times ten; null means a deletion.
    if (event.newVersion === null || event.newVersion / 10 <= db.verno) return;
    // Dexie's own listener closes too, but leaves automatic reopening on;
    // whichever runs last wins, so close again once both have run.
    db.close({ disableAutoOpen: true });
    queueMicrotask(() => db.close({ disableAutoOpen: true }));
    onNewer(event.newVersion / 10);
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}

/** The rows of one table of a backup, with the schema string Dexie recorded for it. */
export type { TableRows } from '../core/backup/format';
import type { TableRows } from '../core/backup/format';

/**
 * Upgrades the tables of a backup made at schema `fromVersion` to the schema
 * of `target` (a database of the current class), using its `upgrade()`
 * functions, in a scratch database that is deleted afterwards. Rejects when
 * the old rows do not fit their own schema or an upgrade fails.
 */
export async function upgradeTables(tables: ReadonlyMap<string, TableRows>, fromVersion: number, target: WorkbenchDb): Promise<Map<string, object[]>> {
  const name = `${target.name}-upgrade-${newId()}`;
  const old = new Dexie(name);
  const stores: Record<string, string> = {};
  for (const [table, { schema }] of tables) stores[table] = schema;
  old.version(fromVersion).stores(stores);
  const Current = target.constructor as new (name: string) => WorkbenchDb;
  let upgraded: WorkbenchDb | null = null;
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, { rows }] of tables) await old.table(table).bulkAdd(rows as object[]);
    });
    old.close();
    upgraded = new Current(name);
    await upgraded.open();
    const db = upgraded;
    const out = new Map<string, object[]>();
    await db.transaction('r', db.tables, async () => {
      for (const table of db.tables) out.set(table.name, (await table.toArray()) as object[]);
    });
    return out;
  } finally {
    old.close();
    upgraded?.close();
    await Dexie.delete(name).catch(() => undefined);
  }
}

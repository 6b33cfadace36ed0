import 'fake-indexeddb/auto';
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import type { Claim } from '../../src-renderer/core/model';
import { setDbForTesting, WorkbenchDb } from '../../src-renderer/storage/db';
import { resetSaveStatusForTesting } from '../../src-renderer/storage/save-status';

let counter = 0;
let claimNumbers = 0;

/** A fresh, empty workspace database for one test. */
export async function freshDb(): Promise<WorkbenchDb> {
  resetSaveStatusForTesting();
  const db = new WorkbenchDb(`test-${process.pid}-${Date.now()}-${counter++}`);
  await db.open();
  setDbForTesting(db);
  return db;
}

/**
 * A claim record: the identity and target a test gives, neutral defaults for
 * the rest (a number no other claim of the test run has, open, not rated,
 * no note nor tags, made now, unchanged since).
 */
export function claimRecord(fields: Pick<Claim, 'id' | 'articleId' | 'revisionId' | 'target'> & Partial<Claim>): Claim {
  const createdAt = fields.createdAt ?? new Date().toISOString();
  return {
    number: ++claimNumbers,
    status: 'open',
    verdict: 'not-rated',
    note: '',
    tags: [],
    origin: 'manual',
    createdAt,
    updatedAt: createdAt,
    createdBy: '',
    updatedBy: '',
    ...fields,
  };
}

/**
 * What a faulty disk does to one write (`mutate`) of table `name`: a promise
 * that replaces the real write (a rejection, or one that never settles), or
 * undefined to let it through.
 */
export type WriteFault = (name: string, req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse> | undefined;

/**
 * A fresh workspace whose writes go through `fault` first: a DBCore
 * middleware sits under every table method, as the disk does.
 */
export function faultyDb(prefix: string, fault: WriteFault): Promise<WorkbenchDb> {
  return instrumentedDb(prefix, (name, table) => ({ ...table, mutate: (req) => fault(name, req) ?? table.mutate(req) }));
}

/**
 * A fresh workspace whose tables go through `wrap` (a DBCore middleware under
 * every table method: a test can count what reaches the disk, or fail it).
 */
export async function instrumentedDb(prefix: string, wrap: (name: string, table: DBCoreTable) => DBCoreTable): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(`${prefix}-${process.pid}-${Date.now()}-${counter++}`);
  db.use({ stack: 'dbcore', name: 'instrument', create: (down) => ({ ...down, table: (name) => wrap(name, down.table(name)) }) });
  await db.open();
  setDbForTesting(db);
  resetSaveStatusForTesting();
  return db;
}

/**
 * `value` without the `version` of its records (storage/versions.ts): every
 * write counts, undo and redo included, so "restores exactly" compares
 * everything else. Strips records found directly, in arrays, or as the
 * values of a plain object of lists (a test's `state()`).
 */
export function unversioned<T>(value: T): T {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v !== 'object' || v === null) return v;
    if ('id' in v) {
      const { version: _version, ...rest } = v as Record<string, unknown>;
      return rest;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? x.map(strip) : x]));
  };
  return strip(value) as T;
}

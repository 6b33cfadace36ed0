import 'fake-indexeddb/auto';
import { setDbForTesting, WorkbenchDb } from '../../src-renderer/storage/db';
import { resetSaveStatusForTesting } from '../../src-renderer/storage/save-status';

let counter = 0;

/** A fresh, empty workspace database for one test. */
export async function freshDb(): Promise<WorkbenchDb> {
  resetSaveStatusForTesting();
  const db = new WorkbenchDb(`test-${process.pid}-${Date.now()}-${counter++}`);
  await db.open();
  setDbForTesting(db);
  return db;
}

/**
 * Issue 18, point 4: a write always ends, and says why it failed.
 *
 * - A transaction that aborts while Dexie never settles the write's promise
 *   (Chromium's UnknownError on a huge write, after which Dexie threw an
 *   InvalidStateError inside its own handler) still ends as "Not saved: …"
 *   with Retry, by the watchdog on the transaction's events.
 * - A full disk and a used-up quota are named as such.
 * - Background writes (the passage index, the session) report a failure in
 *   the status bar instead of leaving "Saved".
 * - `beforeunload` asks while a write is pending or failed.
 *
 * Faults are injected under Dexie (a DBCore middleware, as in
 * backup-faults.test.ts); fake-indexeddb aborts the transaction with the
 * error a browser would give.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import { passageKeys } from '../../src-renderer/core/analysis/cross-article';
import { setDbForTesting, type WorkbenchDb } from '../../src-renderer/storage/db';
import { faultyDb } from './helpers';
import { classifyStorageError } from '../../src-renderer/storage/errors';
import { ensurePassageIndex } from '../../src-renderer/storage/passage-index-repo';
import { getSaveState, hasUnsavedWork, runWrite, subscribeSaveState, type SaveState } from '../../src-renderer/storage/save-status';
import { saveSession, saveSetting } from '../../src-renderer/storage/settings-repo';
import { STALLED_WRITE_GRACE_MS } from '../../src-renderer/storage/write-watch';
import { STORAGE_PROBLEM_MESSAGES } from '../../src-renderer/ui/common/errors';
import { warnIfUnsaved } from '../../src-renderer/ui/app/unload-warning';

const en = createTranslator('en');

/**
 * How writes fail: their transaction aborts with `error` (a DOMException
 * name) and the write's promise then `hangs` (Dexie lost track of it), or
 * the write is refused with that error, as Dexie normally reports it.
 */
type Fault = { readonly error: string; readonly hangs: boolean; readonly tables?: readonly string[] } | null;

async function faultyWorkspace(): Promise<{ db: WorkbenchDb; setFault(f: Fault): void }> {
  let fault: Fault = null;
  const db = await faultyDb('write-failures', (name, req) => {
    if (!fault || (fault.tables && !fault.tables.includes(name))) return undefined;
    if (!fault.hangs) return Promise.reject(new DOMException(`${fault.error} (simulated)`, fault.error));
    // What the browser does when the disk refuses the commit: the
    // transaction aborts with its error (fake-indexeddb's own abort step
    // takes the error's name), and Dexie never hears of the write again.
    (req.trans as unknown as { _abort(name: string): void })._abort(fault.error);
    return new Promise(() => undefined);
  });
  return { db, setFault: (f) => void (fault = f) };
}

/** The status bar's words for a state (ui/app/StatusBar.tsx). */
function statusText(state: SaveState): string {
  if (state.kind !== 'failed') return state.kind;
  const reason = en(STORAGE_PROBLEM_MESSAGES[state.problem]);
  return state.background
    ? en('shell.notSavedBackground', { what: en(state.background === 'session' ? 'shell.background_session' : 'shell.background_passageIndex'), reason, detail: state.detail })
    : en('shell.notSaved', { reason, detail: state.detail });
}

/** Lets fake-indexeddb's tasks (setImmediate) and promise jobs run; setTimeout stays fake. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => {
  // Only the watchdog's timer is faked: fake-indexeddb schedules with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  setDbForTesting(null);
});

describe('a transaction that aborts always settles the save status', () => {
  it('a write whose promise never settles ends as "Not saved" once its transaction aborted, and Retry saves it', async () => {
    const { db, setFault } = await faultyWorkspace();
    const seen: SaveState['kind'][] = [];
    subscribeSaveState((s) => seen.push(s.kind));
    setFault({ error: 'UnknownError', hangs: true });
    let outcome: unknown = 'pending';
    void saveSetting('editorName', 'Ada').then(
      () => (outcome = 'saved'),
      (error: unknown) => (outcome = error),
    );
    for (let i = 0; i < 5; i++) await settle();
    // Aborted, but Dexie has not said so: still saving, until the watchdog's grace period.
    expect(getSaveState().kind).toBe('saving');
    expect(outcome).toBe('pending');
    expect(hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(STALLED_WRITE_GRACE_MS);
    expect(outcome).toBeInstanceOf(Error);
    const state = getSaveState();
    expect(statusText(state)).toBe('Not saved: the change could not be written (The transaction was aborted (UnknownError) before the change was written.)');
    expect(seen).not.toContain('saved');
    expect(hasUnsavedWork()).toBe(true);
    expect(await db.settings.get('editorName')).toBeUndefined();

    setFault(null);
    if (state.kind === 'failed') await state.retry();
    expect(getSaveState().kind).toBe('saved');
    expect((await db.settings.get('editorName'))?.value).toBe('Ada');
    expect(hasUnsavedWork()).toBe(false);
  });

  it('a healthy write that runs meanwhile is not touched by another write’s abort', async () => {
    const { db, setFault } = await faultyWorkspace();
    setFault({ error: 'UnknownError', hangs: true, tables: ['settings'] });
    const failing = saveSetting('editorName', 'Ada').then(
      () => 'saved',
      () => 'failed',
    );
    const healthy = runWrite('article:add', () =>
      db.transaction('rw', db.articles, () =>
        db.articles.add({ id: 'a', title: 'T', language: 'en', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', currentRevisionId: 'r', textHash: '' }),
      ),
    ).then(
      () => 'saved',
      () => 'failed',
    );
    for (let i = 0; i < 5; i++) await settle();
    await vi.advanceTimersByTimeAsync(STALLED_WRITE_GRACE_MS);
    expect(await healthy).toBe('saved');
    expect(await failing).toBe('failed');
    expect(await db.articles.get('a')).toBeDefined();
    expect(getSaveState()).toMatchObject({ kind: 'failed', label: 'setting:editorName' });
  });

  it('an abort that Dexie reports itself ends the write at once (no waiting for the watchdog)', async () => {
    const { setFault } = await faultyWorkspace();
    setFault({ error: 'QuotaExceededError', hangs: false });
    await expect(saveSetting('editorName', 'Ada')).rejects.toThrow();
    expect(statusText(getSaveState())).toMatch(/^Not saved: storage quota exceeded: the workspace may use no more space\. Free some space, then retry \(/);
  });
});

describe('a full disk and a used-up quota are named as such', () => {
  it.each([
    [{ name: 'UnknownError', message: 'Failed to write blobs (IOError)' }, 'disk-full'],
    [{ name: 'UnknownError', message: 'Write failed: ENOSPC: no space left on device' }, 'disk-full'],
    [{ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError', message: 'Disk full (simulated)' } }, 'disk-full'],
    [{ name: 'QuotaExceededError', message: 'The quota has been exceeded.' }, 'quota'],
    [{ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError', message: 'Quota exceeded' } }, 'quota'],
    [{ name: 'UnknownError', message: 'Internal error' }, 'unknown'],
  ])('%j → %s', (error, problem) => {
    expect(classifyStorageError(error)).toBe(problem);
  });

  it('the status bar says "the disk is full", not "Failed to write blobs (IOError)" alone', async () => {
    await faultyWorkspace();
    await expect(runWrite('x', () => Promise.reject({ name: 'UnknownError', message: 'Failed to write blobs (IOError)' }))).rejects.toBeDefined();
    expect(statusText(getSaveState())).toBe('Not saved: the disk is full. Free some space on the disk, then retry (Failed to write blobs (IOError))');
  });
});

describe('background writes report failures instead of "Saved"', () => {
  it('the passage index: a failed write shows "Not saved: the index of passages…", a later success clears it', async () => {
    const { db, setFault } = await faultyWorkspace();
    const revision = { id: 'r', articleId: 'a', number: 1, text: 'One paragraph long enough to be indexed for repeats across articles.', paragraphs: [{ index: 0, start: 0, end: 67, kind: 'paragraph' as const }], origin: 'import' as const, createdAt: '2026-01-01T00:00:00.000Z', importInfo: { format: 'txt' as const, encoding: 'utf-8', warnings: [] } };
    await db.articles.add({ id: 'a', title: 'T', language: 'en', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', currentRevisionId: 'r', textHash: '' });
    await db.revisions.add(revision as never);
    expect(passageKeys(revision as never).length).toBeGreaterThan(0);
    const seen: SaveState['kind'][] = [];
    subscribeSaveState((s) => seen.push(s.kind));

    setFault({ error: 'QuotaExceededError', hangs: true });
    const written = ensurePassageIndex('a', 'r').then(
      () => 'written',
      () => 'failed',
    );
    for (let i = 0; i < 5; i++) await settle();
    await vi.advanceTimersByTimeAsync(STALLED_WRITE_GRACE_MS);
    expect(await written).toBe('failed');
    expect(seen).not.toContain('saved');
    expect(seen).not.toContain('saving');
    expect(statusText(getSaveState())).toMatch(/^Not saved: the index of passages repeated across articles: storage quota exceeded/);
    // Nothing the editor typed is lost: closing is not held up for it.
    expect(hasUnsavedWork()).toBe(false);

    setFault(null);
    expect(await ensurePassageIndex('a', 'r')).toBe(true);
    expect(getSaveState().kind).toBe('idle');
  });

  it('the session state: a failed write is shown too', async () => {
    const { setFault } = await faultyWorkspace();
    setFault({ error: 'UnknownError', hangs: false });
    await expect(saveSession({ articleId: 'a' })).rejects.toThrow();
    expect(getSaveState()).toMatchObject({ kind: 'failed', background: 'session' });
    expect(statusText(getSaveState())).toMatch(/^Not saved: which article to reopen next time: the change could not be written/);
  });
});

describe('beforeunload', () => {
  const event = () => ({ preventDefault: vi.fn(), returnValue: undefined as unknown });

  it('asks while a write is pending, and while one failed', async () => {
    const { setFault } = await faultyWorkspace();
    const idle = event();
    warnIfUnsaved(idle as never);
    expect(idle.preventDefault).not.toHaveBeenCalled();

    let finish: () => void = () => undefined;
    const running = runWrite('slow', () => new Promise<void>((resolve) => (finish = resolve)));
    const pending = event();
    warnIfUnsaved(pending as never);
    expect(pending.preventDefault).toHaveBeenCalled();
    finish();
    await running;
    const saved = event();
    warnIfUnsaved(saved as never);
    expect(saved.preventDefault).not.toHaveBeenCalled();

    setFault({ error: 'QuotaExceededError', hangs: false });
    await expect(saveSetting('editorName', 'Ada')).rejects.toThrow();
    const failed = event();
    warnIfUnsaved(failed as never);
    expect(failed.preventDefault).toHaveBeenCalled();
    expect(failed.returnValue).toBe('');
  });
});

/**
 * Storage faults: a full disk or a used-up quota, as IndexedDB reports it
 * (a QuotaExceededError thrown by a write, or a transaction aborted with an
 * AbortError whose inner error is the quota), is shown as "Not saved: …",
 * nothing is half-written, the status never claims "saved" for what is not,
 * and Retry writes the same change once space is back.
 */
import './backup-env';
import { isCancelled } from '../../src-renderer/core/cancel';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import type { Claim } from '../../src-renderer/core/model';
import { claimRecord, faultyDb } from './helpers';
import { updateArticle } from '../../src-renderer/storage/articles-repo';
import { updateClaim } from '../../src-renderer/storage/claims-repo';
import { setDbForTesting, type WorkbenchDb } from '../../src-renderer/storage/db';
import { innermostMessage } from '../../src-renderer/core/errors';
import { classifyStorageError } from '../../src-renderer/storage/errors';
import { getSaveState, subscribeSaveState, type SaveState } from '../../src-renderer/storage/save-status';
import { STORAGE_PROBLEM_MESSAGES } from '../../src-renderer/ui/common/errors';

const en = createTranslator('en');
type Fault = null | 'quota' | 'abort-with-quota';

/** A workspace whose writes fail like a full disk while `fault` is set. */
async function faultyWorkspace(): Promise<{ db: WorkbenchDb; setFault(f: Fault): void }> {
  let fault: Fault = null;
  const db = await faultyDb('faults', () => {
    if (fault === 'quota') return Promise.reject(new DOMException('Quota exceeded (simulated)', 'QuotaExceededError'));
    if (fault === 'abort-with-quota') return Promise.reject(new Dexie.AbortError('Transaction aborted', new DOMException('Disk full (simulated)', 'QuotaExceededError')));
    return undefined;
  });
  return { db, setFault: (f) => void (fault = f) };
}

/** The status bar's text for a state (ui/app/StatusBar.tsx). */
function statusText(state: SaveState): string {
  if (state.kind === 'failed') return en('shell.notSaved', { reason: en(STORAGE_PROBLEM_MESSAGES[state.problem]), detail: state.detail });
  return state.kind;
}

async function seed(db: WorkbenchDb): Promise<Claim> {
  await db.articles.add({ id: 'a', title: 'Harbour bridge', language: 'en', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', currentRevisionId: 'r', textHash: '' });
  const claim = claimRecord({
    id: 'c',
    articleId: 'a',
    revisionId: 'r',
    target: { position: { type: 'TextPositionSelector', start: 0 as never, end: 5 as never }, quote: { type: 'TextQuoteSelector', exact: 'Hello', prefix: '', suffix: '' } },
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  await db.claims.add(claim);
  return claim;
}

afterEach(() => setDbForTesting(null));

describe('quota and disk-full errors', () => {
  it('are recognised through their disguises', () => {
    const quota = new DOMException('…', 'QuotaExceededError');
    expect(classifyStorageError(quota)).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(classifyStorageError(new Dexie.QuotaExceededError('quota'))).toBe('quota');
    expect(classifyStorageError({ name: 'UnknownError', message: 'Write failed: ENOSPC: no space left on device' })).toBe('disk-full');
    expect(classifyStorageError(new DOMException('The transaction was aborted', 'AbortError'))).toBe('unknown');
    expect(innermostMessage(new Dexie.AbortError('Transaction aborted', new DOMException('Disk full (simulated)', 'QuotaExceededError')))).toBe('Disk full (simulated)');
  });

  it('are never taken for a cancel by the editor, which is an AbortError of its own', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isCancelled(controller.signal.reason)).toBe(true);
    expect(isCancelled(new Dexie.AbortError('Transaction aborted', new DOMException('Disk full (simulated)', 'QuotaExceededError')))).toBe(false);
    expect(isCancelled(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isCancelled(new Error('boom'))).toBe(false);
    expect(isCancelled(new Dexie.AbortError('Transaction aborted', controller.signal.reason as Error))).toBe(true);
  });

  for (const fault of ['quota', 'abort-with-quota'] as const) {
    it(`${fault}: a claim note is not saved, the status says so, nothing is half-written, and Retry saves it`, async () => {
      const { db, setFault } = await faultyWorkspace();
      const claim = await seed(db);
      const seen: SaveState['kind'][] = [];
      subscribeSaveState((s) => seen.push(s.kind));

      setFault(fault);
      await expect(updateClaim(claim.id, { note: 'Checked against the 2024 count.' }, 'Ada')).rejects.toThrow();
      const state = getSaveState();
      expect(state.kind).toBe('failed');
      expect(statusText(state)).toBe(
        fault === 'quota'
          ? 'Not saved: storage quota exceeded: the workspace may use no more space. Free some space, then retry (Quota exceeded (simulated))'
          : 'Not saved: the disk is full. Free some space on the disk, then retry (Disk full (simulated))',
      );
      expect(seen).not.toContain('saved');
      expect(await db.claims.get(claim.id)).toEqual(claim);

      // Still full: Retry fails again and says so again.
      if (state.kind === 'failed') await state.retry();
      expect(getSaveState().kind).toBe('failed');
      expect(seen).not.toContain('saved');

      setFault(null);
      const again = getSaveState();
      if (again.kind === 'failed') await again.retry();
      expect(getSaveState().kind).toBe('saved');
      expect((await db.claims.get(claim.id))?.note).toBe('Checked against the 2024 count.');
    });
  }

  it('several failed writes are retried in order, and the status says "saved" only when all are', async () => {
    const { db, setFault } = await faultyWorkspace();
    const claim = await seed(db);
    setFault('quota');
    await expect(updateArticle('a', { title: 'Harbour bridge: $48m' })).rejects.toThrow();
    await expect(updateClaim(claim.id, { verdict: 'true' }, 'Ada')).rejects.toThrow();
    setFault(null);
    let state = getSaveState();
    expect(state).toMatchObject({ kind: 'failed', label: 'article:update' });
    if (state.kind === 'failed') await state.retry();
    state = getSaveState();
    expect(state).toMatchObject({ kind: 'failed', label: 'claim:update' });
    if (state.kind === 'failed') await state.retry();
    expect(getSaveState().kind).toBe('saved');
    expect((await db.articles.get('a'))?.title).toBe('Harbour bridge: $48m');
    expect((await db.claims.get(claim.id))?.verdict).toBe('true');
  });
});

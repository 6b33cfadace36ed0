/**
 * A backup of an older schema whose upgrade fails for a reason other than a
 * damaged record: the refusal carries the innermost cause of the (wrapped)
 * failure, as core/errors.ts `innermostMessage` finds it.
 */
import './backup-env';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { previewBackup } from '../../src-renderer/storage/backup';
import type * as Upgrade from '../../src-renderer/storage/upgrade';
import { freshDb } from './helpers';

vi.mock('../../src-renderer/storage/upgrade', async (importOriginal) => ({
  ...(await importOriginal<typeof Upgrade>()),
  upgradeTables: async () => {
    throw new Error('Upgrade transaction aborted', { cause: new DOMException('The disk is full (simulated)', 'QuotaExceededError') });
  },
}));

const v1Backup = readFileSync(path.resolve(__dirname, '../fixtures/db/v1-workspace.json'), 'utf8');

beforeAll(async () => {
  await freshDb();
});

it('an upgrade that fails, wrapped: refused as upgradeFailed with the innermost cause', async () => {
  expect(await previewBackup(v1Backup)).toEqual({ ok: false, code: 'upgradeFailed', params: { found: 1, detail: 'The disk is full (simulated)' } });
});

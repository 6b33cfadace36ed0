/**
 * The workspace's state for the window (ui/backup/workspace-opening.ts): one
 * opening per page, a retry after a failure, the guard against a newer app
 * attached once the database is open, and a refused workspace that stays
 * closed. The storage layer and the host are stand-ins; each test loads the
 * module afresh, as a new page would.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceOpening } from '../../src-renderer/storage/upgrade';

const openWorkspace = vi.fn<() => Promise<WorkspaceOpening>>();
const guardAgainstNewerVersion = vi.fn<(db: unknown, onNewer: (storedVersion: number) => void) => () => void>();

vi.mock('../../src-renderer/storage/upgrade', () => ({ openWorkspace, guardAgainstNewerVersion }));
vi.mock('../../src-renderer/storage/db', () => ({ getDb: () => ({ verno: 7 }) }));
vi.mock('../../src-renderer/host', () => ({ getHost: () => ({ autoBackup: null }) }));
vi.mock('../../src-renderer/ui/backup/load-backup', () => ({ loadBackup: vi.fn() }));

const load = () => import('../../src-renderer/ui/backup/workspace-opening');

beforeEach(() => {
  vi.resetModules();
  openWorkspace.mockReset();
  guardAgainstNewerVersion.mockReset();
});

describe('the workspace opening', () => {
  it('is opening, then ready, and opens once however often it is asked', async () => {
    openWorkspace.mockResolvedValue({ kind: 'ready' });
    const { openTheWorkspace, workspaceStore } = await load();
    expect(workspaceStore.getState()).toEqual({ kind: 'opening' });
    const first = openTheWorkspace();
    expect(openTheWorkspace()).toBe(first);
    await expect(first).resolves.toEqual({ kind: 'ready' });
    expect(workspaceStore.getState()).toEqual({ kind: 'ready' });
    expect(openWorkspace).toHaveBeenCalledTimes(1);
    expect(guardAgainstNewerVersion).toHaveBeenCalledTimes(1);
  });

  it('shows a failure, and opening again on retry', async () => {
    const failed: WorkspaceOpening = { kind: 'failed', problem: 'disk-full', detail: 'The disk is full.' };
    openWorkspace.mockResolvedValueOnce(failed).mockResolvedValueOnce({ kind: 'ready', upgradedFrom: 6 });
    const { openTheWorkspace, workspaceStore } = await load();
    await openTheWorkspace();
    expect(workspaceStore.getState()).toEqual(failed);
    // What the gate re-renders on: every change, in order.
    const seen: string[] = [];
    workspaceStore.subscribe((state) => seen.push(state.kind));
    // Without retry, the failed opening is the answer.
    await expect(openTheWorkspace()).resolves.toEqual(failed);
    const again = openTheWorkspace({ retry: true });
    expect(workspaceStore.getState()).toEqual({ kind: 'opening' });
    await again;
    expect(workspaceStore.getState()).toEqual({ kind: 'ready', upgradedFrom: 6 });
    expect(seen).toEqual(['opening', 'ready']);
    expect(openWorkspace).toHaveBeenCalledTimes(2);
    expect(guardAgainstNewerVersion).toHaveBeenCalledTimes(1);
  });

  it('closes for good when a newer app takes the database, and never opens it again', async () => {
    openWorkspace.mockResolvedValue({ kind: 'ready' });
    const { openTheWorkspace, workspaceStore } = await load();
    await openTheWorkspace();
    const onNewer = guardAgainstNewerVersion.mock.calls[0]![1];
    onNewer(8);
    expect(workspaceStore.getState()).toEqual({ kind: 'newer', storedVersion: 8, supportedVersion: 7 });
    await expect(openTheWorkspace({ retry: true })).resolves.toEqual({ kind: 'newer', storedVersion: 8, supportedVersion: 7 });
    expect(openWorkspace).toHaveBeenCalledTimes(1);
  });
});

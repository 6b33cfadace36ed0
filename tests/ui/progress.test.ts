/**
 * Long operations (ui/common/progress.ts): listed while they run, shown only
 * after a second, progress in whole percents, Cancel aborts the signal, and
 * the list is left either way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationsStore, runOperation, SHOW_AFTER_MS } from '../../src-renderer/ui/common/progress';

const listed = () => operationsStore.getState().operations;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runOperation', () => {
  it('shows an operation only once it has run for a second, with its progress', async () => {
    let finish!: (value: string) => void;
    let report!: (done: number, total: number) => void;
    const running = runOperation('Backing up', ({ progress }) => {
      report = progress;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    expect(listed()).toMatchObject([{ label: 'Backing up', visible: false }]);
    vi.advanceTimersByTime(SHOW_AFTER_MS - 1);
    expect(listed()[0]!.visible).toBe(false);
    vi.advanceTimersByTime(1);
    expect(listed()[0]!.visible).toBe(true);
    expect(listed()[0]!.fraction).toBeUndefined();

    report(1, 3);
    expect(listed()[0]!.fraction).toBe(0.33);
    const before = listed();
    report(3334, 10000);
    // Same whole percent: no new state, no re-render.
    expect(listed()).toBe(before);
    report(0, 0);
    expect(listed()[0]!.fraction).toBe(0.33);

    finish('done');
    await expect(running).resolves.toBe('done');
    expect(listed()).toEqual([]);
  });

  it('a quick operation never shows', async () => {
    await runOperation('Quick', async () => 1);
    expect(listed()).toEqual([]);
    vi.advanceTimersByTime(SHOW_AFTER_MS * 2);
    expect(listed()).toEqual([]);
  });

  it('Cancel aborts the signal; the operation rejects and leaves the list', async () => {
    const running = runOperation('Restoring', ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))));
    listed()[0]!.cancel!();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(listed()).toEqual([]);
  });

  it('work that cannot stop halfway is listed without Cancel', async () => {
    let finish!: () => void;
    const running = runOperation('Printing', () => new Promise<void>((resolve) => (finish = resolve)), { cancellable: false });
    expect(listed()[0]!.cancel).toBeUndefined();
    finish();
    await running;
  });
});

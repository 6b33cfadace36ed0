/**
 * SharedSources (storage/shared-live.ts): one producer per key however many
 * readers, kept `keepMs` after the last lets go, stopped and forgotten when
 * failed: started again by the next reader (a pane's Retry), for every reader.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SharedSources, type SharedState } from '../../src-renderer/storage/shared-live';

interface Probe {
  starts: number;
  stops: number;
  publish?: (state: SharedState<number>) => void;
}

function producer(probe: Probe) {
  return (publish: (state: SharedState<number>) => void) => {
    probe.starts++;
    probe.publish = publish;
    return { stop: () => void probe.stops++ };
  };
}

describe('SharedSources', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts one producer for all readers of a key and tells each of them', () => {
    const sources = new SharedSources<number>(1_000);
    const probe: Probe = { starts: 0, stops: 0 };
    const seen: number[] = [];
    const a = sources.subscribe('k', producer(probe), () => seen.push(1));
    const b = sources.subscribe('k', producer(probe), () => seen.push(2));
    expect(probe.starts).toBe(1);
    probe.publish!({ value: 7 });
    expect(sources.state('k')).toEqual({ value: 7 });
    expect(seen).toEqual([1, 2]);
    a();
    b();
    expect(probe.stops).toBe(0);
  });

  it('keeps the producer keepMs after the last reader, and a reader coming back in time finds the value', () => {
    const sources = new SharedSources<number>(1_000);
    const probe: Probe = { starts: 0, stops: 0 };
    sources.subscribe('k', producer(probe), () => undefined)();
    probe.publish!({ value: 1 });
    vi.advanceTimersByTime(999);
    const again = sources.subscribe('k', producer(probe), () => undefined);
    expect(probe.starts).toBe(1);
    expect(sources.state('k').value).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(probe.stops).toBe(0);
    again();
    // Letting go twice counts once.
    again();
    vi.advanceTimersByTime(1_000);
    expect(probe.stops).toBe(1);
    expect(sources.state('k')).toEqual({});
    expect(sources.producer('k')).toBeUndefined();
  });

  it('ignores what a stopped producer still publishes', () => {
    const sources = new SharedSources<number>(10);
    const probe: Probe = { starts: 0, stops: 0 };
    const late = probe;
    sources.hold('k', producer(probe))();
    vi.advanceTimersByTime(10);
    late.publish!({ value: 3 });
    expect(sources.state('k')).toEqual({});
  });

  it('hold keeps a producer without a listener, and the next reader shares it', () => {
    const sources = new SharedSources<number>(10);
    const probe: Probe = { starts: 0, stops: 0 };
    const release = sources.hold('k', producer(probe));
    probe.publish!({ value: 4 });
    const reader = sources.subscribe('k', producer(probe), () => undefined);
    expect(probe.starts).toBe(1);
    release();
    vi.advanceTimersByTime(100);
    expect(probe.stops).toBe(0);
    reader();
    vi.advanceTimersByTime(10);
    expect(probe.stops).toBe(1);
  });

  it('stopAll stops every producer, and the next reader starts a new one', () => {
    const sources = new SharedSources<number>(60_000);
    const probe: Probe = { starts: 0, stops: 0 };
    sources.subscribe('a', producer(probe), () => undefined);
    sources.subscribe('b', producer(probe), () => undefined);
    sources.stopAll();
    expect(probe.stops).toBe(2);
    sources.subscribe('a', producer(probe), () => undefined);
    expect(probe.starts).toBe(3);
  });

  it('starts a failed producer again for the next reader, and every reader follows the new one', () => {
    const sources = new SharedSources<number>(1_000);
    const probe: Probe = { starts: 0, stops: 0 };
    let calls = 0;
    const other = sources.subscribe('k', producer(probe), () => calls++);
    const failed = probe.publish!;
    failed({ error: new Error('disk') });
    expect(sources.state('k').error).toBeInstanceOf(Error);
    // The pane that failed remounts (Retry): the producer starts again.
    const retry = sources.subscribe('k', producer(probe), () => undefined);
    expect(probe.starts).toBe(2);
    expect(probe.stops).toBe(1);
    expect(sources.state('k')).toEqual({});
    // The failed run's late answers are ignored; the new one reaches the reader that stayed.
    failed({ value: 1 });
    expect(sources.state('k')).toEqual({});
    const before = calls;
    probe.publish!({ value: 2 });
    expect(sources.state('k')).toEqual({ value: 2 });
    expect(calls).toBe(before + 1);
    other();
    retry();
  });
});

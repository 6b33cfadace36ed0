/**
 * Values read from the database and shared by every component that shows
 * them: one producer per key, however many panes read its value, kept for a
 * while after the last of them lets go (a pane that remounts, or the
 * article opened again, finds it read).
 *
 * Two kinds of producer use this one mechanism:
 * - `useSharedLiveQuery`: a Dexie `liveQuery` per key (the article, its
 *   text, the settings). The reader, the library's details and the flag
 *   actions all show the open article's text: read through `useLiveQuery`
 *   each, a 1 MB revision was read and decoded two or three times on every
 *   open. Here it is read once, and a pane that mounts later gets the value
 *   on its first render.
 * - the claims follower (claims-live.ts), which reads an article's claims
 *   and then only the claims each write touched.
 *
 * A producer publishes states (a value, or an error that the pane's error
 * boundary shows with Retry); a failed producer is started again by the
 * next reader that comes (Retry remounts the pane), for every reader.
 */
import { liveQuery } from 'dexie';
import { useCallback, useRef, useSyncExternalStore } from 'react';

export interface SharedState<T> {
  readonly value?: T;
  readonly error?: unknown;
}

/** A running producer: what `start` returned (it may carry more for its owner, e.g. the follower's pending claims). */
export interface Producer {
  /** Stops producing: nothing is published after it. */
  stop(): void;
}

/** Starts a producer that publishes through `publish` (ignored once stopped or forgotten). */
export type Start<T, P extends Producer> = (publish: (state: SharedState<T>) => void) => P;

interface Entry<T, P extends Producer> {
  state: SharedState<T>;
  readonly listeners: Set<() => void>;
  producer: P;
  refs: number;
  release?: ReturnType<typeof setTimeout>;
  forgotten: boolean;
  /** Counts the producer's starts: what an earlier start still publishes is ignored. */
  starts: number;
}

const NOTHING: SharedState<never> = {};

/** One family of shared values (the same kind of producer, kept the same time). */
export class SharedSources<T, P extends Producer = Producer> {
  private readonly entries = new Map<string, Entry<T, P>>();

  /** `keepMs`: how long a value nobody reads stays (and its producer runs) before it stops. */
  constructor(private readonly keepMs: number) {}

  private acquire(key: string, start: Start<T, P>): Entry<T, P> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { state: NOTHING, listeners: new Set(), refs: 0, forgotten: false, starts: 0, producer: undefined as unknown as P };
      this.entries.set(key, entry);
      this.run(entry, start);
    } else if (entry.state.error !== undefined) {
      // A reader after a failure (a pane's Retry): start again, for everyone who follows the key.
      entry.producer.stop();
      this.run(entry, start);
      this.notify(entry, NOTHING);
    }
    if (entry.release !== undefined) {
      clearTimeout(entry.release);
      entry.release = undefined;
    }
    entry.refs++;
    return entry;
  }

  private run(entry: Entry<T, P>, start: Start<T, P>): void {
    const run = ++entry.starts;
    entry.producer = start((state) => {
      if (!entry.forgotten && run === entry.starts) this.notify(entry, state);
    });
  }

  private notify(entry: Entry<T, P>, state: SharedState<T>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener();
  }

  private letGo(key: string, entry: Entry<T, P>): void {
    if (--entry.refs === 0) entry.release = setTimeout(() => this.forget(key, entry), this.keepMs);
  }

  private forget(key: string, entry: Entry<T, P>): void {
    if (entry.forgotten) return;
    entry.forgotten = true;
    clearTimeout(entry.release);
    entry.producer.stop();
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  /**
   * Follows `key`'s value outside React: `listener` is called on every
   * change (`state` gives it). Returns the function that lets go.
   */
  subscribe(key: string, start: Start<T, P>, listener: () => void): () => void {
    const entry = this.acquire(key, start);
    entry.listeners.add(listener);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      entry.listeners.delete(listener);
      this.letGo(key, entry);
    };
  }

  /** Keeps `key`'s producer running without a reader (e.g. a read started at a click, before the pane renders); returns the function that lets go. */
  hold(key: string, start: Start<T, P>): () => void {
    return this.subscribe(key, start, () => undefined);
  }

  /** The last published state of `key` (empty when nothing is known or nobody follows it). */
  state(key: string): SharedState<T> {
    return this.entries.get(key)?.state ?? NOTHING;
  }

  /** The running producer of `key`, if any. */
  producer(key: string): P | undefined {
    return this.entries.get(key)?.producer;
  }

  /**
   * The live value under `key` for React (undefined while it is read, or
   * without a key). `key` names what `start` produces: the same key must
   * always mean the same producer. A failed producer throws, for the pane's
   * error boundary; its Retry remounts the pane, which starts it again.
   */
  useValue(key: string | undefined, start: Start<T, P>): T | undefined {
    // The key names the producer: a new closure for the same key is the same producer.
    const latest = useRef(start);
    latest.current = start;
    // The key this component follows: a failure it did not see happen (a
    // pane remounted by Retry) is not thrown again; its subscription starts
    // the producer again instead.
    const following = useRef<string | undefined>(undefined);
    const subscribe = useCallback(
      (listener: () => void) => {
        if (key === undefined) return () => undefined;
        following.current = key;
        return this.subscribe(key, latest.current, listener);
      },
      [key],
    );
    const getSnapshot = useCallback(() => (key === undefined ? NOTHING : this.state(key)), [key]);
    const state = useSyncExternalStore(subscribe, getSnapshot);
    if (state.error === undefined) return state.value;
    // Every pane following a key that failed shows the failure.
    if (following.current === key) throw state.error;
    return undefined;
  }

  /** Stops every producer at once (tests: nothing kept from one test runs in the next). */
  stopAll(): void {
    for (const [key, entry] of [...this.entries]) this.forget(key, entry);
  }
}

// ---- Live queries ----

/** How long a live query's result nobody reads stays (and stays live) before its query stops. */
export const KEEP_MS = 2_000;

const queries = new SharedSources<unknown>(KEEP_MS);

/** A Dexie live query as a producer. */
function startQuery<T>(query: () => Promise<T>): Start<T, Producer> {
  return (publish) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => publish({ value }),
      // Thrown where it is read, for the pane's error boundary (with Retry).
      error: (error: unknown) => publish({ error }),
    });
    return { stop: () => subscription.unsubscribe() };
  };
}

/**
 * Holds `key`'s query for a while without a component (e.g. reading an
 * article's text as soon as the article is known, before the pane that
 * shows it has rendered): returns the function that lets go.
 */
export function holdSharedQuery<T>(key: string, query: () => Promise<T>): () => void {
  return queries.hold(key, startQuery(query) as Start<unknown, Producer>);
}

/**
 * The live result of `query` under `key` (undefined while it is read, or
 * without a key). `key` names the query: the same key must always mean the
 * same query. A failed query throws, for the pane's error boundary; its
 * Retry remounts the pane, which queries afresh.
 */
export function useSharedLiveQuery<T>(key: string | undefined, query: () => Promise<T>): T | undefined {
  return queries.useValue(key, startQuery(query) as Start<unknown, Producer>) as T | undefined;
}

/**
 * Reads `key`'s query ahead of the components that will show it (the
 * settings, as soon as the workspace is open at start): resolves with its
 * first result (rejects with its error) and keeps it live for KEEP_MS
 * after that, so that a component mounting meanwhile renders with the
 * result at once instead of rendering empty and then again.
 */
export function readAhead<T>(key: string, query: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const settled = (): boolean => {
      if (done) return true;
      const state = queries.state(key);
      if (state.error !== undefined) reject(state.error);
      else if ('value' in state) resolve(state.value as T);
      else return false;
      done = true;
      return true;
    };
    // Let go (KEEP_MS later the query stops, unless a pane reads it) once it has answered.
    const release = queries.subscribe(key, startQuery(query) as Start<unknown, Producer>, () => settled() && release());
    if (settled()) release();
  });
}

/**
 * Live queries shared by every component that reads the same thing: one
 * Dexie `liveQuery` per key, however many panes show its result, kept for a
 * moment after the last of them lets go (a pane that remounts, or the
 * article opened again, finds it read).
 *
 * The reader, the library's details and the flag actions all show the open
 * article's text: read through `useLiveQuery` each, a 1 MB revision was read
 * and decoded two or three times on every open. Here it is read once, and a
 * pane that mounts later gets the value on its first render.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useRef, useSyncExternalStore } from 'react';

interface State<T> {
  readonly value?: T;
  readonly error?: unknown;
}

interface Entry<T> {
  state: State<T>;
  readonly listeners: Set<() => void>;
  subscription: Subscription;
  refs: number;
  release?: ReturnType<typeof setTimeout>;
}

/** How long a result nobody reads stays (and stays live) before its query stops. */
export const KEEP_MS = 2_000;

const entries = new Map<string, Entry<unknown>>();

function acquire<T>(key: string, query: () => Promise<T>): Entry<T> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (!entry) {
    const created: Entry<T> = { state: {}, listeners: new Set(), refs: 0, subscription: undefined as unknown as Subscription };
    const set = (state: State<T>) => {
      created.state = state;
      for (const listener of [...created.listeners]) listener();
    };
    created.subscription = liveQuery(query).subscribe({
      next: (value) => set({ value }),
      // Thrown where it is read, for the pane's error boundary (with Retry).
      error: (error: unknown) => set({ error }),
    });
    entries.set(key, created as Entry<unknown>);
    entry = created;
  }
  if (entry.release !== undefined) {
    clearTimeout(entry.release);
    entry.release = undefined;
  }
  return entry;
}

function forget(key: string, entry: Entry<unknown>): void {
  entry.subscription.unsubscribe();
  if (entries.get(key) === entry) entries.delete(key);
}

/**
 * Holds `key`'s query for a while without a component (e.g. reading an
 * article's text as soon as the article is known, before the pane that
 * shows it has rendered): returns the function that lets go.
 */
export function holdSharedQuery<T>(key: string, query: () => Promise<T>): () => void {
  const entry = acquire(key, query);
  entry.refs++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--entry.refs === 0) entry.release = setTimeout(() => forget(key, entry as Entry<unknown>), KEEP_MS);
  };
}

/**
 * Reads `key`'s query ahead of the components that will show it (the
 * settings, as soon as the workspace is open at start): resolves with its
 * first result (rejects with its error) and keeps it live for KEEP_MS
 * after that, so that a component mounting meanwhile renders with the
 * result at once instead of rendering empty and then again.
 */
export function readAhead<T>(key: string, query: () => Promise<T>): Promise<T> {
  const entry = acquire(key, query);
  entry.refs++;
  return new Promise<T>((resolve, reject) => {
    const settled = (): boolean => {
      const state = entry.state;
      if (!('value' in state) && !('error' in state)) return false;
      entry.listeners.delete(settled);
      if (--entry.refs === 0) entry.release = setTimeout(() => forget(key, entry as Entry<unknown>), KEEP_MS);
      if ('error' in state) reject(state.error);
      else resolve(state.value as T);
      return true;
    };
    if (!settled()) entry.listeners.add(settled);
  });
}

const NOTHING: State<never> = {};

/**
 * The live result of `query` under `key` (undefined while it is read, or
 * without a key). `key` names the query: the same key must always mean the
 * same query. A failed query throws, for the pane's error boundary; its
 * Retry remounts the pane, which queries afresh.
 */
export function useSharedLiveQuery<T>(key: string | undefined, query: () => Promise<T>): T | undefined {
  // The key names the query: a new closure for the same key is the same query.
  const latest = useRef(query);
  latest.current = query;
  const subscribe = useCallback(
    (listener: () => void) => {
      if (key === undefined) return () => undefined;
      const read = latest.current;
      const entry = acquire(key, read);
      entry.refs++;
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        if (--entry.refs === 0) entry.release = setTimeout(() => forget(key, entry as Entry<unknown>), KEEP_MS);
      };
    },
    [key],
  );
  const getSnapshot = useCallback(() => (key === undefined ? NOTHING : ((entries.get(key)?.state as State<T> | undefined) ?? NOTHING)), [key]);
  const state = useSyncExternalStore(subscribe, getSnapshot);
  if (state.error !== undefined) {
    // Forget the failed query, so that the retry queries again.
    const entry = key === undefined ? undefined : entries.get(key);
    if (entry && entry.state === state) forget(key!, entry);
    throw state.error;
  }
  return state.value;
}

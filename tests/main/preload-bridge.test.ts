/**
 * The sandboxed preload, run against a fake `electron`: what it really puts on
 * `window.workbench` (one function per channel of the contract and the two
 * listeners, frozen, nothing else) and what each function sends, rather than
 * a list of keys compared with the expression that defines it.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, FILES_TO_OPEN_CHANNEL, MENU_COMMAND_CHANNEL } from '../../src-main/ipc/contract';

type Handler = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => {
      fake.invoked.push([channel, request]);
      return Promise.resolve(`answer from ${channel}`);
    },
    on: (channel: string, listener: Handler) => {
      let set = fake.listeners.get(channel);
      if (!set) fake.listeners.set(channel, (set = new Set()));
      set.add(listener);
    },
    removeListener: (channel: string, listener: Handler) => fake.listeners.get(channel)?.delete(listener),
  },
}));

const emit = (channel: string, ...args: unknown[]): void => {
  for (const l of fake.listeners.get(channel) ?? []) l({ sender: 'main' }, ...args);
};

let bridge: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  await import('../../src-main/preload/index');
  bridge = fake.exposed.get('workbench') as typeof bridge;
});

describe('the preload bridge', () => {
  it('exposes window.workbench only, frozen, with one function per channel and the two listeners', () => {
    expect([...fake.exposed.keys()]).toEqual(['workbench']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(CHANNELS), 'onMenuCommand', 'onFilesToOpen'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel with the request as given, and returns main’s answer', async () => {
    for (const [name, channel] of Object.entries(CHANNELS)) {
      fake.invoked.length = 0;
      const request = { from: name };
      await expect(bridge[name]!(request)).resolves.toBe(`answer from ${channel}`);
      expect(fake.invoked).toEqual([[channel, request]]);
    }
    expect(new Set(Object.values(CHANNELS)).size).toBe(Object.keys(CHANNELS).length);
  });

  it('passes on menu commands it knows, drops the rest, and stops after unsubscribing', () => {
    const commands: unknown[] = [];
    const unsubscribe = bridge['onMenuCommand']!((c: unknown) => commands.push(c)) as () => void;
    emit(MENU_COMMAND_CHANNEL, 'undo');
    emit(MENU_COMMAND_CHANNEL, 'no-such-command');
    emit(MENU_COMMAND_CHANNEL, { evil: true });
    emit(MENU_COMMAND_CHANNEL, 'find');
    expect(commands).toEqual(['undo', 'find']);
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'redo');
    expect(commands).toEqual(['undo', 'find']);
    expect(fake.listeners.get(MENU_COMMAND_CHANNEL)?.size ?? 0).toBe(0);
  });

  it('nudges on files to open without passing anything main sent along', () => {
    const calls: unknown[][] = [];
    const unsubscribe = bridge['onFilesToOpen']!((...args: unknown[]) => calls.push(args)) as () => void;
    emit(FILES_TO_OPEN_CHANNEL, '/etc/passwd');
    expect(calls).toEqual([[]]);
    unsubscribe();
    emit(FILES_TO_OPEN_CHANNEL);
    expect(calls).toHaveLength(1);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge['onMenuCommand']!('not a function')).toThrow(TypeError);
    expect(() => bridge['onFilesToOpen']!(null)).toThrow(TypeError);
  });
});

/**
 * The renderer end of "open these files" (host/electron-host.ts), against a
 * fake preload bridge: files waiting from before the window started are taken
 * at once, later ones on each nudge from main, and nothing after unsubscribing.
 */
import { describe, expect, it } from 'vitest';
import type { OpenedFile, WorkbenchBridge } from '../../src-main/ipc/contract';
import { createElectronHost } from '../../src-renderer/host/electron-host';

function fakeBridge(initial: OpenedFile[]) {
  let waiting = [...initial];
  const nudges = new Set<() => void>();
  let takes = 0;
  const bridge = {
    takeFilesToOpen: async () => {
      takes++;
      const taken = waiting;
      waiting = [];
      return taken;
    },
    onFilesToOpen: (listener: () => void) => {
      nudges.add(listener);
      return () => nudges.delete(listener);
    },
  } as unknown as WorkbenchBridge;
  return {
    bridge,
    /** What main does when a file is queued: keep it, nudge the renderer. */
    queue(file: OpenedFile) {
      waiting.push(file);
      for (const n of nudges) n();
    },
    takes: () => takes,
    listeners: () => nudges.size,
  };
}

const file = (name: string): OpenedFile => ({ name, bytes: new TextEncoder().encode(name), size: name.length });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ElectronHost.onOpenFiles', () => {
  it('takes the files given at launch as soon as it subscribes, then each batch main announces', async () => {
    const fake = fakeBridge([file('launch.txt')]);
    const received: string[][] = [];
    const unsubscribe = createElectronHost(fake.bridge).onOpenFiles((files) => received.push(files.map((f) => f.name)));
    await settle();
    expect(received).toEqual([['launch.txt']]);
    fake.queue(file('second-instance.docx'));
    await settle();
    expect(received).toEqual([['launch.txt'], ['second-instance.docx']]);
    unsubscribe();
    expect(fake.listeners()).toBe(0);
    fake.queue(file('later.md'));
    await settle();
    expect(received).toHaveLength(2);
  });

  it('nothing waiting: the listener is not called', async () => {
    const fake = fakeBridge([]);
    let calls = 0;
    createElectronHost(fake.bridge).onOpenFiles(() => calls++);
    await settle();
    expect(fake.takes()).toBe(1);
    expect(calls).toBe(0);
  });
});

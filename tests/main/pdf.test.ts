/**
 * PDF printing with a fake `electron`: prints run one at a time, each with a
 * request filter of its own that stays in place for its whole duration, and
 * the partition they share is hardened before first use.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (details: { url: string; webContentsId?: number }, callback: (response: { cancel: boolean }) => void) => void;

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    listener: null as Listener | null,
    hardened: [] as string[],
    /** Called when a window loads; a test can make loading slow or fail. */
    onLoad: async (_win: FakeWindow, _url: string): Promise<void> => {},
    nextId: 1,
  };
  class FakeWindow {
    readonly webContents: { id: number; setWindowOpenHandler(h: unknown): void; on(e: string, l: unknown): void; printToPDF(o: unknown): Promise<Uint8Array> };
    destroyed = false;
    loadedUrl = '';
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      const id = state.nextId++;
      this.webContents = {
        id,
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        printToPDF: async () => new TextEncoder().encode(`%PDF-1.7 window ${id}`),
      };
      state.windows.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      await state.onLoad(this, url);
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  const ses = {
    setPermissionRequestHandler: () => state.hardened.push('request'),
    setPermissionCheckHandler: () => state.hardened.push('check'),
    setDevicePermissionHandler: () => state.hardened.push('device'),
    on: () => undefined,
    webRequest: {
      onBeforeRequest: (_filter: unknown, listener: Listener) => {
        state.listener = listener;
      },
    },
  };
  return { state, FakeWindow, ses };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeWindow,
  session: { fromPartition: (name: string) => (name === 'report-pdf' ? fake.ses : null) },
}));

const { printHtmlToPdf, printRequestFilter, MAX_WAITING_PRINTS } = await import('../../src-main/pdf');

/** What the current request filter says about a request. */
function cancels(url: string, webContentsId?: number): boolean {
  let cancel: boolean | undefined;
  fake.state.listener?.({ url, webContentsId }, (r) => (cancel = r.cancel));
  if (cancel === undefined) throw new Error('the filter did not answer');
  return cancel;
}

beforeEach(() => {
  fake.state.windows.length = 0;
  fake.state.listener = null;
  fake.state.onLoad = async () => {};
});
afterEach(() => vi.useRealTimers());

describe('printHtmlToPdf', () => {
  it('prints in a sandboxed window with JavaScript off, in its own hardened partition, then cleans up', async () => {
    const pdf = await printHtmlToPdf('<p>report</p>', 'A4');
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-/);
    const [win] = fake.state.windows;
    expect(win?.options.webPreferences).toMatchObject({ partition: 'report-pdf', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(win?.destroyed).toBe(true);
    expect(fake.state.hardened).toEqual(['request', 'check', 'device']);
    // Between prints the partition refuses everything.
    expect(cancels(win!.loadedUrl, win!.webContents.id)).toBe(true);
  });

  it('runs two prints one after the other, each with its own filter for its whole duration', async () => {
    const seen: { window: number; ownReport: boolean; otherWindow: boolean; web: boolean; windowsAlive: number }[] = [];
    fake.state.onLoad = async (win, url) => {
      await new Promise((r) => setTimeout(r, 20));
      // Mid-load: is the filter still this print's?
      seen.push({
        window: win.webContents.id,
        ownReport: !cancels(url, win.webContents.id),
        otherWindow: !cancels(url, win.webContents.id + 1000),
        web: !cancels('https://tracker.example/pixel.gif', win.webContents.id),
        windowsAlive: fake.state.windows.filter((w) => !w.destroyed).length,
      });
    };
    const [a, b] = await Promise.all([printHtmlToPdf('<p>a</p>', 'A4'), printHtmlToPdf('<p>b</p>', 'Letter')]);
    expect(new TextDecoder().decode(a)).not.toBe(new TextDecoder().decode(b));
    expect(seen).toHaveLength(2);
    for (const s of seen) expect(s).toMatchObject({ ownReport: true, otherWindow: false, web: false, windowsAlive: 1 });
  });

  it('a failed print does not block the next one', async () => {
    let calls = 0;
    fake.state.onLoad = async () => {
      if (calls++ === 0) throw new Error('ERR_FAILED');
    };
    const first = printHtmlToPdf('<p>a</p>', 'A4');
    const second = printHtmlToPdf('<p>b</p>', 'A4');
    await expect(first).rejects.toThrow('ERR_FAILED');
    await expect(second).resolves.toBeInstanceOf(Uint8Array);
    expect(fake.state.windows.every((w) => w.destroyed)).toBe(true);
  });

  it('refuses prints beyond the queue instead of holding them all in memory', async () => {
    let release: () => void = () => undefined;
    fake.state.onLoad = () => new Promise<void>((r) => (release = r));
    const running = [printHtmlToPdf('<p>0</p>', 'A4')];
    for (let i = 0; i < MAX_WAITING_PRINTS; i++) running.push(printHtmlToPdf(`<p>${i + 1}</p>`, 'A4'));
    await expect(printHtmlToPdf('<p>one too many</p>', 'A4')).rejects.toThrow(/already waiting/);
    fake.state.onLoad = async () => {};
    release();
    await expect(Promise.all(running)).resolves.toHaveLength(MAX_WAITING_PRINTS + 1);
  });
});

describe('printRequestFilter', () => {
  const report = { allows: (url: string) => url === 'file:///tmp/r/printed-report.html' || url.startsWith('data:') };
  it.each([
    ['file:///tmp/r/printed-report.html', 7, true],
    ['data:image/png;base64,AAAA', 7, true],
    ['file:///tmp/r/printed-report.html', 8, false],
    ['file:///etc/passwd', 7, false],
    ['https://example.org/', 7, false],
    ['file:///tmp/r/printed-report.html', undefined, true],
  ])('%s from contents %s: allowed %s', (url, id, allowed) => {
    expect(printRequestFilter(7, report)({ url, webContentsId: id })).toBe(allowed);
  });
});

/**
 * The IPC handlers with a fake `electron`: what a compromised page can and
 * cannot get through them (issue 18, "Electron hardening").
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  saveDialog: [] as { options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[] } }[],
  saveAnswer: { canceled: false, filePath: '' as string | undefined },
  openAnswer: { canceled: false, filePaths: [] as string[] },
  print: async (_html: string, _size: string): Promise<Uint8Array> => new TextEncoder().encode('%PDF-1.7'),
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => fake.handlers.set(channel, handler) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async (options: { defaultPath?: string }) => {
      fake.saveDialog.push({ options });
      return fake.saveAnswer;
    },
    showOpenDialog: async () => fake.openAnswer,
  },
  shell: { openPath: async () => '', openExternal: async () => undefined },
}));
vi.mock('../../src-main/pdf', () => ({ printHtmlToPdf: (html: string, size: string) => fake.print(html, size) }));

const { registerIpcHandlers } = await import('../../src-main/ipc/handlers');
const { CHANNELS } = await import('../../src-main/ipc/contract');
const { QueueFullError } = await import('../../src-main/serial-queue');

const dir = mkdtempSync(path.join(os.tmpdir(), 'ipc-handlers-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ours = { senderFrame: { url: 'app://workbench/index.html', parent: null }, sender: {} };
const links: { url: string }[] = [];
const picked: string[][] = [];
let queued: string[] = [];
registerIpcHandlers({
  trustedOrigins: ['app://workbench'],
  backupsPath: path.join(dir, 'backups'),
  appVersion: '0.1.0',
  getLocale: () => 'en',
  onLocale: () => undefined,
  openExternal: async (url) => {
    links.push({ url });
    return true;
  },
  onArticlesPicked: (paths) => picked.push([...paths]),
  takeFilesToOpen: () => queued.splice(0),
});

function call(channel: keyof typeof CHANNELS, payload?: unknown, event: unknown = ours): Promise<unknown> {
  const handler = fake.handlers.get(CHANNELS[channel]);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

beforeEach(() => {
  fake.saveDialog.length = 0;
  links.length = 0;
});

describe('IPC handlers', () => {
  it('every channel has a handler, and each refuses a sub-frame or a foreign page before looking at the payload', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    for (const channel of Object.keys(CHANNELS) as (keyof typeof CHANNELS)[]) {
      await expect(call(channel, undefined, { senderFrame: { url: 'app://workbench/index.html', parent: {} } })).rejects.toThrow(/did not come from the workbench window/);
      await expect(call(channel, undefined, { senderFrame: { url: 'https://evil.example/', parent: null } })).rejects.toThrow(/did not come from the workbench window/);
    }
  });

  it('appInfo names no folder on this computer', async () => {
    const info = (await call('appInfo')) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual(['electron', 'platform', 'version']);
    for (const value of Object.values(info)) expect(value).not.toMatch(/[/\\]/);
  });

  it('saveFile: the page cannot choose an executable extension', async () => {
    await expect(call('saveFile', { suggestedName: 'invoice.exe', title: 'Export', extensions: ['exe'], data: 'MZ' })).rejects.toThrow(/Refused saveFile: extensions must be one or more of html, md, json, jsonld/);
  });

  it('saveFile: the format decides the extension, whatever was suggested or typed', async () => {
    fake.saveAnswer = { canceled: false, filePath: path.join(dir, 'invoice.exe') };
    const result = await call('saveFile', { suggestedName: 'invoice.exe', title: 'Export', extensions: ['html'], data: '<p>report</p>' });
    expect(fake.saveDialog[0]?.options).toMatchObject({ defaultPath: 'invoice.exe.html', filters: [{ name: 'HTML', extensions: ['html'] }] });
    expect(result).toEqual({ saved: true, path: path.join(dir, 'invoice.exe.html') });
    expect(existsSync(path.join(dir, 'invoice.exe'))).toBe(false);
    expect(readFileSync(path.join(dir, 'invoice.exe.html'), 'utf8')).toBe('<p>report</p>');
  });

  it('saveFile: a name that already has the format’s extension is kept', async () => {
    fake.saveAnswer = { canceled: false, filePath: path.join(dir, 'harbour-review.json') };
    expect(await call('saveFile', { suggestedName: 'harbour-review.json', title: 'Export', extensions: ['json'], data: '{}' })).toEqual({ saved: true, path: path.join(dir, 'harbour-review.json') });
  });

  it('printToPdf: always a .pdf, and a full print queue is said in words', async () => {
    fake.saveAnswer = { canceled: false, filePath: path.join(dir, 'report.exe') };
    expect(await call('printToPdf', { html: '<p>x</p>', suggestedName: 'report.pdf', title: 'PDF', pageSize: 'A4' })).toEqual({ saved: true, path: path.join(dir, 'report.exe.pdf') });
    fake.print = async () => {
      throw new QueueFullError(3);
    };
    await expect(call('printToPdf', { html: '<p>x</p>', suggestedName: 'report.pdf', title: 'PDF', pageSize: 'A4' })).rejects.toThrow('Several PDFs are already being made; try again when they are done.');
  });

  it('openExternal goes through the confirming opener', async () => {
    await call('openExternal', { url: 'https://example.org/' });
    expect(links).toEqual([{ url: 'https://example.org/' }]);
  });

  it('openFile: articles picked in the dialog are remembered for Open recent', async () => {
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, 'Text.');
    fake.openAnswer = { canceled: false, filePaths: [file] };
    const files = (await call('openFile', { purpose: 'article', multiple: true, title: 'Import' })) as { name: string; size: number }[];
    expect(files.map((f) => [f.name, f.size])).toEqual([['article.txt', 5]]);
    expect(picked).toEqual([[file]]);
    await call('openFile', { purpose: 'review', multiple: false, title: 'Import review' });
    expect(picked).toHaveLength(1);
  });

  it('takeFilesToOpen hands over the queued files once, skipping any deleted since', async () => {
    const file = path.join(dir, 'from-command-line.md');
    writeFileSync(file, '# Title');
    queued = [file, path.join(dir, 'deleted-since.md')];
    const files = (await call('takeFilesToOpen')) as { name: string; bytes: Uint8Array }[];
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['from-command-line.md', '# Title']]);
    expect(await call('takeFilesToOpen')).toEqual([]);
    await expect(call('takeFilesToOpen', { files: ['/etc/passwd'] })).rejects.toThrow(/this channel takes no payload/);
  });

  it('writeBackup keeps the folder under its cap (see backups.test.ts for the rules)', async () => {
    const entry = (await call('writeBackup', { data: '{"ok":true}', reason: 'auto' })) as { name: string };
    expect(entry.name).toMatch(/^workspace-.*\.json$/);
  });
});

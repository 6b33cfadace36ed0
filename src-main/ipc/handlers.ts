/**
 * One `ipcMain.handle` per channel of the contract. Every handler first checks
 * that the message comes from our own top-level frame, then validates its
 * payload; a refused call rejects with an error that says why.
 */
import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CHANNELS, validators, type ChannelName, type Contract, type SaveExtension } from './contract';
import { isTrustedSender } from '../security';
import { listBackups, readBackup, writeBackup } from '../backups';
import { printHtmlToPdf } from '../pdf';
import { QueueFullError } from '../serial-queue';
import { writeFileAtomic } from '../atomic-write';
import { withAllowedExtension } from '../save-paths';
import { createTranslator, type Locale, type MessageKey, type Translate } from '../../src-renderer/core/i18n';

type Handler<K extends ChannelName> = (request: Contract[K]['request'], event: IpcMainInvokeEvent) => Promise<Contract[K]['response']>;

export interface HandlerContext {
  trustedOrigins: readonly string[];
  backupsPath: string;
  appVersion: string;
  onLocale(locale: string): void;
  getLocale(): Locale;
  /** Opens an http(s) link after asking the user (external-links.ts); resolves with false when they decline. */
  openExternal(url: string, window: BrowserWindow | undefined): Promise<boolean>;
  /** Articles the user picked in the open dialog (for File ▸ Open recent). */
  onArticlesPicked(paths: readonly string[]): void;
  /** Empties the queue of files main was asked to open (open-requests.ts). */
  takeFilesToOpen(): string[];
}

/** The save dialog's filter name of each format the renderer may save. */
const SAVE_FILTER_NAMES: Readonly<Record<SaveExtension, MessageKey>> = {
  html: 'desktop.filterHtml',
  md: 'desktop.filterMarkdown',
  json: 'desktop.filterJson',
  jsonld: 'desktop.filterJsonLd',
};

/** Open-dialog filters per purpose, named in the interface language. */
function filtersFor(purpose: Contract['openFile']['request']['purpose'], t: Translate): Electron.FileFilter[] {
  switch (purpose) {
    case 'article':
      return [{ name: t('menu.filterArticles'), extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] }];
    case 'review':
      return [{ name: t('menu.filterReview'), extensions: ['json'] }];
    case 'backup':
      return [{ name: t('menu.filterBackup'), extensions: ['json'] }];
    case 'sources':
      return [{ name: 'CSL-JSON', extensions: ['json'] }];
    default: {
      const never: never = purpose;
      throw new Error(`unknown purpose ${String(never)}`);
    }
  }
}

/** Files larger than this are refused before they are read into memory. */
const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/**
 * A file as the renderer receives it. Too-large files are passed through
 * empty, with their size, so the renderer can show its "too large" message;
 * reading 2 GB would hang.
 */
async function readForRenderer(filePath: string): Promise<Contract['openFile']['response'][number]> {
  const { size } = await stat(filePath);
  const bytes = size > MAX_OPEN_BYTES ? new Uint8Array(0) : new Uint8Array(await readFile(filePath));
  return { name: path.basename(filePath), bytes, size };
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

/** Opens the automatic backups folder in the file manager, creating it first (before the first backup it does not exist yet). */
export async function openBackupsFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await shell.openPath(dir);
}

export function registerIpcHandlers(ctx: HandlerContext): void {
  const handlers: { [K in ChannelName]: Handler<K> } = {
    async openFile(request, event) {
      const win = windowOf(event);
      const options: Electron.OpenDialogOptions = {
        title: request.title,
        filters: filtersFor(request.purpose, createTranslator(ctx.getLocale())),
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return [];
      const files = [];
      for (const filePath of result.filePaths) files.push(await readForRenderer(filePath));
      if (request.purpose === 'article') ctx.onArticlesPicked(result.filePaths);
      return files;
    },
    async saveFile(request, event) {
      const win = windowOf(event);
      const t = createTranslator(ctx.getLocale());
      // The validator allows only SAVE_EXTENSIONS; the format decides the extension, not the names.
      const extensions = request.extensions as readonly SaveExtension[] as [SaveExtension, ...SaveExtension[]];
      const options: Electron.SaveDialogOptions = {
        title: request.title,
        defaultPath: withAllowedExtension(request.suggestedName, extensions),
        filters: [{ name: t(SAVE_FILTER_NAMES[extensions[0]]), extensions: [...extensions] }],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      const target = withAllowedExtension(result.filePath, extensions);
      await writeFileAtomic(target, request.data);
      return { saved: true, path: target };
    },
    async printToPdf(request, event) {
      const win = windowOf(event);
      const t = createTranslator(ctx.getLocale());
      const options: Electron.SaveDialogOptions = {
        title: request.title,
        defaultPath: withAllowedExtension(request.suggestedName, ['pdf']),
        filters: [{ name: t('desktop.filterPdf'), extensions: ['pdf'] }],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      const target = withAllowedExtension(result.filePath, ['pdf']);
      let pdf: Uint8Array;
      try {
        pdf = await printHtmlToPdf(request.html, request.pageSize);
      } catch (error) {
        if (error instanceof QueueFullError) throw new Error(t('desktop.pdfBusy'));
        throw error;
      }
      await writeFileAtomic(target, pdf);
      return { saved: true, path: target };
    },
    async openExternal(request, event) {
      await ctx.openExternal(request.url, windowOf(event));
    },
    async appInfo() {
      return { version: ctx.appVersion, platform: process.platform, electron: process.versions.electron ?? '' };
    },
    async setLocale(request) {
      ctx.onLocale(request.locale);
    },
    async writeBackup(request) {
      return writeBackup(ctx.backupsPath, request);
    },
    async listBackups() {
      return listBackups(ctx.backupsPath);
    },
    async readBackup(request) {
      return readBackup(ctx.backupsPath, request.name);
    },
    async openBackupsFolder() {
      await openBackupsFolder(ctx.backupsPath);
    },
    async takeFilesToOpen() {
      const files = [];
      // A file deleted since it was queued is skipped; it was checked when queued.
      for (const filePath of ctx.takeFilesToOpen()) files.push(await readForRenderer(filePath).catch(() => null));
      return files.filter((f) => f !== null);
    },
  };

  for (const name of Object.keys(CHANNELS) as ChannelName[]) {
    ipcMain.handle(CHANNELS[name], async (event, payload: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, ctx.trustedOrigins)) {
        throw new Error(`Refused ${name}: the request did not come from the workbench window.`);
      }
      const checked = validators[name](payload);
      if (!checked.ok) throw new Error(`Refused ${name}: ${checked.error}.`);
      const handler = handlers[name] as Handler<typeof name>;
      return handler(checked.value as never, event);
    });
  }
}

/**
 * Electron main process: lifecycle, the one workbench window, the app://
 * protocol, security policy, menus and IPC. Secure by default (DESIGN.md,
 * "Security"): sandboxed renderer with context isolation and no Node.
 */
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type MessageBoxOptions } from 'electron';
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from './app-protocol';
import { trustedOrigins } from './security';
import { hardenContents, hardenSession } from './contents-policy';
import { DEFAULT_WINDOW, restoreWindowState, type WindowState } from './window-state';
import { installMenu, type MenuActions } from './menu';
import { openBackupsFolder, registerIpcHandlers } from './ipc/handlers';
import { FILES_TO_OPEN_CHANNEL, MENU_COMMAND_CHANNEL, type MenuCommand } from './ipc/contract';
import { createExternalLinkOpener } from './external-links';
import { contextMenuTemplate } from './context-menu';
import { filesFromArgv, filesFromSecondInstance, OPENABLE_EXTENSIONS, OpenRequests, type OpenProblem } from './open-requests';
import { RecentFiles } from './recent-files';
import { createUpdateController, parseUpdateConfig, updateMode, type Updater, type UpdateConfig, type UpdateController } from './updates';
// Menus and native dialogs in every interface language: all catalogues, bundled.
import '../src-renderer/core/i18n/bundled';
import { createTranslator, isLocale, pickLocale, type Locale } from '../src-renderer/core/i18n';
import type * as ElectronUpdater from 'electron-updater';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isDev = !app.isPackaged && Boolean(devServerUrl);
/** Whether Electron runs us as a script (`electron out/main/index.js`): then argv[1] is the app, not a file to open. */
const runAsScript = Boolean(process.defaultApp);

// Tests may point the app at a throw-away profile.
if (process.env['WORKBENCH_USER_DATA']) app.setPath('userData', process.env['WORKBENCH_USER_DATA']);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'en';
const origins = trustedOrigins(isDev ? devServerUrl : undefined);
const userData = () => app.getPath('userData');
const windowStatePath = () => path.join(userData(), 'window-state.json');
const backupsPath = () => path.join(userData(), 'backups');
const t = () => createTranslator(locale);

/** A message box, modal to the workbench window when there is one. */
function showMessage(options: MessageBoxOptions, win: BrowserWindow | null | undefined = mainWindow) {
  return win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

const openLink = createExternalLinkOpener<BrowserWindow>({
  translate: t,
  ask: (options, win) => showMessage(options, win),
  open: (url) => shell.openExternal(url),
});

// ---- Files opened from outside the window, and File ▸ Open recent ----

const recent = new RecentFiles(path.join(userData(), 'recent-files.json'), () => rebuildMenu());
/** The system's own lists (Dock, jump lists) exist on macOS and Windows only. */
const systemRecent = process.platform === 'darwin' || process.platform === 'win32';

function remember(filePath: string): void {
  recent.add(filePath);
  if (systemRecent) app.addRecentDocument(filePath);
}

async function isFile(filePath: string): Promise<boolean> {
  return (await stat(filePath).catch(() => null))?.isFile() ?? false;
}

function reportOpenProblems(problems: readonly OpenProblem[]): void {
  const tr = t();
  const types = OPENABLE_EXTENSIONS.join(' ');
  const lines = problems.map((p) => tr(p.reason === 'missing' ? 'desktop.fileMissing' : 'desktop.fileUnsupported', { file: path.basename(p.file), types }));
  void showMessage({ type: 'warning', title: tr('desktop.openFailedTitle'), message: lines.join('\n'), buttons: [tr('common.ok')], noLink: true });
}

const openRequests = new OpenRequests({
  isFile,
  remember,
  report: reportOpenProblems,
  notify() {
    // The renderer takes the files when it starts; a running one is nudged.
    if (!mainWindow) {
      void ensureWindow();
      return;
    }
    mainWindow.webContents.send(FILES_TO_OPEN_CHANNEL);
    showWindow(mainWindow);
  },
});

/** Files asked for before the app has started (command line, macOS open-file at launch). */
const filesBeforeStart: string[] = filesFromArgv(process.argv, process.cwd(), runAsScript);
/** Set once the recent list is loaded and the window exists. */
let started = false;

function openFiles(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (started) void openRequests.add(paths);
  else filesBeforeStart.push(...paths);
}

async function openRecent(filePath: string): Promise<void> {
  if (!(await isFile(filePath))) recent.remove(filePath);
  await openRequests.add([filePath]);
}

function clearRecent(): void {
  recent.clear();
  if (systemRecent) app.clearRecentDocuments();
}

// ---- Updates ----

async function readUpdateConfig(): Promise<UpdateConfig | null> {
  if (!app.isPackaged) return null;
  try {
    return parseUpdateConfig(await readFile(path.join(process.resourcesPath, 'app-update.yml'), 'utf8'));
  } catch {
    return null;
  }
}

async function loadUpdater(): Promise<Updater> {
  // Loaded only when updates are on: never in development, never without a configured server.
  // electron-updater is CommonJS: Node's ESM loader may give its exports as `default` only.
  const mod = (await import('electron-updater')) as typeof ElectronUpdater & { default?: typeof ElectronUpdater };
  return (mod.default ?? mod).autoUpdater;
}

/** Set once the app is ready (it reads app-update.yml). */
let updates: UpdateController | null = null;

// ---- Menu ----

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function menuActions(): MenuActions {
  return {
    send: sendMenuCommand,
    openBackupsFolder: () => void openBackupsFolder(backupsPath()),
    isDev,
    recentFiles: recent.items,
    openRecent: (filePath) => void openRecent(filePath),
    clearRecent,
    checkForUpdates: () => void updates?.check(true),
  };
}

function rebuildMenu(): void {
  if (app.isReady()) installMenu(locale, menuActions(), () => mainWindow);
}

// ---- The window ----

let creatingWindow: Promise<void> | null = null;

/** The workbench window, created if there is none (macOS keeps the app running without one); never two at once. */
function ensureWindow(): Promise<void> {
  if (mainWindow) return Promise.resolve();
  creatingWindow ??= createWindow().finally(() => {
    creatingWindow = null;
  });
  return creatingWindow;
}

/** Brings the window forward (a hidden window shows itself when ready, not before). */
function showWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (win.isVisible()) win.focus();
}

async function loadWindowState(): Promise<WindowState> {
  try {
    const saved: unknown = JSON.parse(await readFile(windowStatePath(), 'utf8'));
    return restoreWindowState(saved, screen.getAllDisplays().map((d) => d.workArea));
  } catch {
    return { ...DEFAULT_WINDOW };
  }
}

async function saveWindowState(win: BrowserWindow): Promise<void> {
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  await mkdir(userData(), { recursive: true });
  await writeFile(windowStatePath(), JSON.stringify(state));
}

async function createWindow(): Promise<void> {
  const state = await loadWindowState();
  const webPreferences: Electron.WebPreferences = {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: true,
  };
  // Electron has no API to read a window's preferences back; the end-to-end
  // security tests read the ones the window was created with from here.
  if (process.env['WORKBENCH_E2E'] === '1') Object.assign(globalThis, { __workbenchWebPreferences: { ...webPreferences } });
  const win = new BrowserWindow({
    ...(state.x >= 0 && state.y >= 0 ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Fact-checking Workbench',
    backgroundColor: '#1d1f23',
    webPreferences,
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => void saveWindowState(win).catch(() => undefined));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // A crashed renderer reloads; the renderer restores the open article and
  // selection from what it saved (storage/session-state).
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) win.webContents.reload();
  });
  // The renderer cancels an unload while a change is unsaved or failed
  // (ui/app/unload-warning.ts); Electron would then silently keep the window
  // open, so ask, and close only if the editor says so.
  win.webContents.on('will-prevent-unload', (event) => {
    const tr = t();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: tr('shell.unloadTitle'),
      message: tr('shell.unloadMessage'),
      detail: tr('shell.unloadDetail'),
      buttons: [tr('shell.unloadLeave'), tr('shell.unloadStay')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
  // Spelling suggestions and editing commands on right-click.
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, t(), {
      replaceMisspelling: (suggestion) => win.webContents.replaceMisspelling(suggestion),
      addToDictionary: (word) => void win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  if (isDev && devServerUrl) await win.loadURL(devServerUrl);
  else await win.loadURL(`${APP_ORIGIN}/index.html`);
}

// A second launch hands its files to the first and focuses it, instead of
// opening another workspace on the same database.
if (!app.requestSingleInstanceLock({ files: filesBeforeStart })) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (mainWindow) showWindow(mainWindow);
    openFiles(filesFromSecondInstance(argv, workingDirectory, runAsScript, additionalData));
  });
  // macOS: "Open with", a file dropped on the Dock icon, the Dock's recent files.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles([filePath]);
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  // Every session, including partitions created later (the PDF window's).
  app.on('session-created', (ses) => hardenSession(ses));

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);

    protocol.handle(APP_SCHEME, async (request) => {
      const filePath = resolveAppPath(rendererRoot, request.url);
      if (!filePath) return new Response('Not found', { status: 404 });
      try {
        const body = await readFile(filePath);
        return new Response(new Uint8Array(body), {
          headers: {
            'Content-Type': mimeTypeFor(filePath),
            'Content-Security-Policy': CONTENT_SECURITY_POLICY,
            'X-Content-Type-Options': 'nosniff',
          },
        });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    });

    const preferred = [app.getLocale(), ...app.getPreferredSystemLanguages()];
    locale = pickLocale(preferred);

    const mode = updateMode({ packaged: app.isPackaged, platform: process.platform, config: await readUpdateConfig() });
    const controller = createUpdateController({
      mode,
      currentVersion: app.getVersion(),
      translate: t,
      ask: async (options) => (await showMessage(options)).response,
      loadUpdater,
      openDownloadPage: (url) => openLink(url, mainWindow ?? undefined),
      log: (message) => console.warn(message),
    });
    updates = controller;

    await recent.load();
    rebuildMenu();

    registerIpcHandlers({
      trustedOrigins: origins,
      backupsPath: backupsPath(),
      appVersion: app.getVersion(),
      openExternal: openLink,
      onArticlesPicked: (paths) => paths.forEach(remember),
      takeFilesToOpen: () => openRequests.take(),
      getLocale: () => locale,
      onLocale: (next) => {
        if (!isLocale(next) || next === locale) return;
        locale = next;
        rebuildMenu();
      },
    });

    await ensureWindow();
    // Files from the command line: the renderer takes them when it has
    // started (or at once, nudged, if it already has).
    started = true;
    await openRequests.add(filesBeforeStart.splice(0));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void ensureWindow();
    });
    // One unattended check a little after start, only where updates are on; it asks before anything is downloaded.
    if (mode.kind !== 'off') setTimeout(() => void controller.check(false), 10_000);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

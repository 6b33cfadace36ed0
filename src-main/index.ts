/**
 * Electron main process: lifecycle, the one workbench window, the app://
 * protocol, security policy, menus and IPC. Secure by default (DESIGN.md,
 * "Security"): sandboxed renderer with context isolation and no Node.
 */
import { app, BrowserWindow, dialog, protocol, screen, session, shell } from 'electron';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from './app-protocol';
import { trustedOrigins } from './security';
import { hardenContents, hardenSession } from './contents-policy';
import { DEFAULT_WINDOW, restoreWindowState, type WindowState } from './window-state';
import { installMenu } from './menu';
import { openBackupsFolder, registerIpcHandlers } from './ipc/handlers';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from './ipc/contract';
import { createExternalLinkOpener } from './external-links';
import { createTranslator, isLocale, pickLocale, type Locale } from '../src-renderer/core/i18n';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isDev = !app.isPackaged && Boolean(devServerUrl);

// Tests may point the app at a throw-away profile.
if (process.env['WORKBENCH_USER_DATA']) app.setPath('userData', process.env['WORKBENCH_USER_DATA']);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'en';
const origins = trustedOrigins(isDev ? devServerUrl : undefined);
const windowStatePath = () => path.join(app.getPath('userData'), 'window-state.json');
const backupsPath = () => path.join(app.getPath('userData'), 'backups');

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
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
  await mkdir(app.getPath('userData'), { recursive: true });
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
  if (isDev && devServerUrl) await win.loadURL(devServerUrl);
  else await win.loadURL(`${APP_ORIGIN}/index.html`);
}

// A second launch focuses the first window instead of opening another
// workspace on the same database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
    const actions = {
      send: sendMenuCommand,
      openBackupsFolder: () => void openBackupsFolder(backupsPath()),
      isDev,
    };
    installMenu(locale, actions, () => mainWindow);

    const openLink = createExternalLinkOpener<BrowserWindow>({
      translate: () => createTranslator(locale),
      ask: (options, win) => (win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)),
      open: (url) => shell.openExternal(url),
    });

    registerIpcHandlers({
      trustedOrigins: origins,
      openExternal: openLink,
      backupsPath: backupsPath(),
      appVersion: app.getVersion(),
      getLocale: () => locale,
      onLocale: (next) => {
        if (!isLocale(next) || next === locale) return;
        locale = next;
        installMenu(locale, actions, () => mainWindow);
      },
    });

    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

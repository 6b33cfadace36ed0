/** Launching the built desktop app under Playwright, or saying why it cannot be. */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron executable, or null when the package was installed without its
 * binary. Reads the package's path.txt instead of `require('electron')`: that
 * module starts a download when the binary is missing, and these machines must
 * never run Electron's downloader.
 */
export function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    const binary = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const SKIP_MESSAGE =
  'Electron binary not installed (Electron 45 downloads it on first use, not during `npm install`); run `node src-main/cli/ensure-electron.mjs` (or `npm start`) once where Electron can download it (see the README) to run these tests.';

/** The command line of the built app (out/main/index.js), then `files` as a file manager's "Open with" passes them. */
export function appArgs(files: readonly string[] = []): string[] {
  return [path.resolve('out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...files];
}

/** The environment the app runs with in tests: a throw-away profile (which also names the single-instance lock). */
export function appEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, WORKBENCH_USER_DATA: userData, WORKBENCH_E2E: '1' };
}

/** Starts the built app (out/main/index.js) on a throw-away profile, with `files` on its command line. */
export async function launchApp(userData = mkdtempSync(path.join(tmpdir(), 'workbench-e2e-')), files: readonly string[] = []): Promise<ElectronApplication> {
  const binary = electronBinary();
  if (!binary) throw new Error(SKIP_MESSAGE);
  return electron.launch({ executablePath: binary, args: appArgs(files), env: appEnv(userData) });
}

/** What main did with one attempt of the window to navigate its main frame. */
export interface NavigationSeen {
  readonly url: string;
  /** True when main's will-navigate handler (src-main/contents-policy.ts) called preventDefault. */
  readonly refused: boolean;
}

/**
 * Starts watching, in main, for the window's next attempt to navigate its
 * main frame to `url`; the function returned waits for that attempt and tells
 * what main decided. The listener is added after main's own (main hardens
 * every web contents as it is created), so `defaultPrevented` is main's
 * decision, observed rather than inferred from a page that did not move
 * within some delay.
 */
export async function watchNavigation(app: ElectronApplication, url: string): Promise<() => Promise<NavigationSeen>> {
  await app.evaluate(({ BrowserWindow }, target) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const seen = new Promise<NavigationSeen>((resolve) => {
      const listener = (event: { readonly url: string; readonly defaultPrevented: boolean }): void => {
        if (event.url !== target) return;
        contents.removeListener('will-navigate', listener);
        resolve({ url: event.url, refused: event.defaultPrevented });
      };
      contents.on('will-navigate', listener);
    });
    Object.assign(globalThis, { __workbenchNavigationSeen: seen });
  }, url);
  return () => app.evaluate(() => (globalThis as unknown as { __workbenchNavigationSeen: Promise<NavigationSeen> }).__workbenchNavigationSeen);
}

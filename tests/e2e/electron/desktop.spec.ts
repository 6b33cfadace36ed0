/**
 * The desktop conveniences (issue 17, point 6) and the main-process hardening
 * that only shows on the live app (issue 18, point 8): a file on the command
 * line or handed over by a second launch is imported and listed under File ▸
 * Open recent; right-click offers spelling suggestions; "Check for updates…"
 * says why a build run from source does not check; a link leaves the app only
 * after a dialog that names its host; appInfo names no folder.
 *
 * The pure parts are unit-tested in tests/main (open-requests, recent-files,
 * menu, context-menu, updates, external-links, contents-policy, packaging);
 * the fuses apply to packaged builds only and are checked there. Where the
 * Electron binary is not installed, every test here is skipped with a message
 * that says so.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { appArgs, appEnv, electronBinary, launchApp, SKIP_MESSAGE } from './launch';

const binary = electronBinary();

function articleFile(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return file;
}

async function loaded(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  return page;
}

/** The labels of File ▸ Open recent, read from the application menu. */
function recentLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ Menu }) => {
    const find = (items: Electron.MenuItem[]): Electron.MenuItem | null => {
      for (const item of items) {
        if (item.label === 'Open recent') return item;
        const inner = item.submenu ? find(item.submenu.items) : null;
        if (inner) return inner;
      }
      return null;
    };
    const recent = find(Menu.getApplicationMenu()?.items ?? []);
    return recent?.submenu?.items.map((i) => i.label) ?? [];
  });
}

test.describe('desktop app: files from outside the window', () => {
  test.skip(!binary, SKIP_MESSAGE);

  test('a file on the command line is imported, opened and listed under File ▸ Open recent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workbench-argv-'));
    const userData = mkdtempSync(path.join(tmpdir(), 'workbench-argv-profile-'));
    const file = articleFile(dir, 'ferry-fares.txt', 'Ferry fares rise by 12 per cent\n\nThe ferry company raised its fares by 12 per cent on Monday.\n');
    const app = await launchApp(userData, [file]);
    try {
      const page = await loaded(app);
      await expect(page.getByRole('main', { name: 'Article' })).toContainText('raised its fares by 12 per cent');
      await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
      await expect.poll(() => recentLabels(app)).toEqual(expect.arrayContaining([expect.stringContaining('ferry-fares.txt')]));
      const saved = path.join(userData, 'recent-files.json');
      await expect.poll(() => (existsSync(saved) ? readFileSync(saved, 'utf8') : '')).toContain('ferry-fares.txt');
    } finally {
      await app.close();
    }
  });

  test('a second launch with a file hands it to the running app, which imports it in its one window', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workbench-second-'));
    const userData = mkdtempSync(path.join(tmpdir(), 'workbench-second-profile-'));
    const app = await launchApp(userData);
    try {
      const page = await loaded(app);
      const file = articleFile(dir, 'tram-line.md', '# Tram line delayed\n\nThe new tram line will open in 2027, two years later than planned.\n');
      // Same profile, so the same single-instance lock: this launch must give way.
      const second = spawn(binary!, appArgs([file]), { env: appEnv(userData), stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve, reject) => {
        second.once('error', reject);
        second.once('exit', resolve);
      });
      expect(code).toBe(0);
      await expect(page.getByRole('main', { name: 'Article' })).toContainText('two years later than planned');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      await expect.poll(() => recentLabels(app)).toEqual(expect.arrayContaining([expect.stringContaining('tram-line.md')]));
    } finally {
      await app.close();
    }
  });
});

test.describe('desktop app: menus, dialogs and what the page may learn', () => {
  test.skip(!binary, SKIP_MESSAGE);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    app = await launchApp(mkdtempSync(path.join(tmpdir(), 'workbench-desktop-')));
    page = await loaded(app);
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('right-click on a misspelled word offers the suggestions and "Add to the dictionary"', async () => {
    expect(await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled())).toBe(true);
    // Chromium's dictionaries are downloaded on first use, so the test hands
    // the window the event Chromium sends and reads the menu it pops up.
    const labels = await app.evaluate(({ BrowserWindow, Menu }) => {
      return new Promise<string[]>((resolve) => {
        const popup = Menu.prototype.popup;
        Menu.prototype.popup = function (this: Electron.Menu) {
          Menu.prototype.popup = popup;
          resolve(this.items.map((item) => item.label));
        };
        const params = {
          misspelledWord: 'recieve',
          dictionarySuggestions: ['receive', 'relieve'],
          isEditable: true,
          selectionText: '',
          editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
        };
        BrowserWindow.getAllWindows()[0]!.webContents.emit('context-menu', { preventDefault: () => undefined }, params);
      });
    });
    expect(labels.slice(0, 2)).toEqual(['receive', 'relieve']);
    expect(labels).toContain('Add “recieve” to the dictionary');
    expect(labels).toContain('Paste');
  });

  test('"Check for updates…" says that a build run from source does not check, and downloads nothing', async () => {
    const message = await app.evaluate(({ dialog, Menu }) => {
      return new Promise<string>((resolve) => {
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const options = args[args.length - 1] as Electron.MessageBoxOptions;
          resolve(options.message);
          return { response: 0, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
        const find = (items: Electron.MenuItem[]): Electron.MenuItem | null => {
          for (const item of items) {
            if (item.label === 'Check for updates…') return item;
            const inner = item.submenu ? find(item.submenu.items) : null;
            if (inner) return inner;
          }
          return null;
        };
        find(Menu.getApplicationMenu()?.items ?? [])!.click();
      });
    });
    expect(message).toBe('Updates are not checked when the workbench runs from its source code.');
  });

  test('a link opens only after a dialog that names its host, and Cancel opens nothing', async () => {
    await app.evaluate(({ dialog, shell }) => {
      const g = globalThis as unknown as { __asked: string[]; __opened: string[]; __answer: number };
      g.__asked = [];
      g.__opened = [];
      g.__answer = 1;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        g.__asked.push((args[args.length - 1] as Electron.MessageBoxOptions).message);
        return { response: g.__answer, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      shell.openExternal = async (url: string) => {
        g.__opened.push(url);
      };
    });
    const openLink = (url: string) => page.evaluate((u) => (window as unknown as { workbench: { openExternal(r: { url: string }): Promise<unknown> } }).workbench.openExternal({ url: u }), url);
    const state = () => app.evaluate(() => {
      const g = globalThis as unknown as { __asked: string[]; __opened: string[] };
      return { asked: [...g.__asked], opened: [...g.__opened] };
    });

    await openLink('https://www.example.org/report?id=7');
    expect(await state()).toEqual({ asked: ['Open this link to www.example.org in your browser?'], opened: [] });

    await app.evaluate(() => {
      (globalThis as unknown as { __answer: number }).__answer = 0;
    });
    await openLink('https://www.example.org/report?id=7');
    expect((await state()).opened).toEqual(['https://www.example.org/report?id=7']);

    await expect(openLink('file:///etc/passwd')).rejects.toThrow();
    expect((await state()).opened).toHaveLength(1);
  });

  test('appInfo tells the page the versions and platform, and no folder', async () => {
    const info = await page.evaluate(() => (window as unknown as { workbench: { appInfo(): Promise<Record<string, unknown>> } }).workbench.appInfo());
    expect(Object.keys(info).sort()).toEqual(['electron', 'platform', 'version']);
    const text = JSON.stringify(info);
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(text).not.toContain(userData);
    expect(text).not.toContain(homedir());
  });

  test('every frame of the window refuses navigation, and the PDF partition has the permission policy', async () => {
    const wired = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return { willFrameNavigate: contents.listenerCount('will-frame-navigate'), willNavigate: contents.listenerCount('will-navigate') };
    });
    expect(wired.willFrameNavigate).toBeGreaterThan(0);
    expect(wired.willNavigate).toBeGreaterThan(0);

    // A page in the PDF window's partition asks for a permission; Electron
    // grants every request on a session without a handler. The page comes
    // from a local server, a secure context where the request reaches it.
    const server = createServer((_req, res) => res.end('<!doctype html><title>probe</title><p>probe</p>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await app.evaluate(async ({ BrowserWindow }, url) => {
        const probe = new BrowserWindow({ show: false, webPreferences: { partition: 'report-pdf', sandbox: true, contextIsolation: true } });
        try {
          await probe.loadURL(url);
          return (await probe.webContents.executeJavaScript('Notification.requestPermission()')) as string;
        } finally {
          probe.destroy();
        }
      }, `http://127.0.0.1:${port}/`);
      expect(answer).toBe('denied');
    } finally {
      server.close();
    }
  });
});

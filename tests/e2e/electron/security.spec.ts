/**
 * The built desktop app under Playwright's Electron driver. Where the Electron
 * binary is not installed (e.g. CI machines that cannot download it), every
 * test here is skipped with a message that says so.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, launchApp, SKIP_MESSAGE, watchNavigation } from './launch';

const binary = electronBinary();

test.describe('desktop app security', () => {
  test.skip(!binary, SKIP_MESSAGE);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    app = await launchApp();
    page = await app.firstWindow();
    await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  // The webPreferences main created the window with, and their effect in the
  // page and a worker, are checked in safety.spec.ts.
  test('the window shows the app from app://workbench/', async () => {
    expect(page.url()).toMatch(/^app:\/\/workbench\//);
  });

  test('window.workbench exposes only the named functions', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as { workbench: object }).workbench).sort());
    expect(keys).toEqual(
      ['appInfo', 'listBackups', 'onMenuCommand', 'openBackupsFolder', 'openExternal', 'openFile', 'printToPdf', 'readBackup', 'saveFile', 'setLocale', 'writeBackup'].sort(),
    );
    expect(await page.evaluate(() => 'ipcRenderer' in window)).toBe(false);
  });

  test('navigation away and window.open are refused', async () => {
    const before = page.url();
    const navigation = await watchNavigation(app, 'https://example.invalid/');
    await page.evaluate(() => {
      window.location.href = 'https://example.invalid/';
    });
    expect(await navigation()).toEqual({ url: 'https://example.invalid/', refused: true });
    expect(page.url()).toBe(before);
    const opened = await page.evaluate(() => window.open('https://example.invalid/') === null);
    expect(opened).toBe(true);
    expect(app.windows().length).toBe(1);
  });

  test('IPC calls with bad payloads are rejected with a clear error', async () => {
    const error = await page.evaluate(async () => {
      try {
        await (window as unknown as { workbench: { openExternal(p: unknown): Promise<void> } }).workbench.openExternal({ url: 'javascript:alert(1)' });
        return 'accepted';
      } catch (e) {
        return String(e);
      }
    });
    expect(error).toMatch(/Only http and https/);
    const bad = await page.evaluate(async () => {
      try {
        await (window as unknown as { workbench: { saveFile(p: unknown): Promise<void> } }).workbench.saveFile({ suggestedName: '../evil', title: 'x', extensions: ['txt'], data: 'x' });
        return 'accepted';
      } catch (e) {
        return String(e);
      }
    });
    expect(bad).toMatch(/Refused saveFile: suggestedName/);
  });

  test('the app:// responses carry the CSP and permissions are denied', async () => {
    const csp = await page.evaluate(async () => (await fetch('app://workbench/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'none'");
    const permission = await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' as PermissionName })).state);
    expect(permission).not.toBe('granted');
  });
});

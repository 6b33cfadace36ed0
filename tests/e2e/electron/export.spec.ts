/**
 * Exports through the native path: main's save dialog (answered by the test)
 * and, for PDF, printToPDF in a hidden sandboxed window with JavaScript off.
 */
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronBinary, launchApp, SKIP_MESSAGE } from './launch';

test.describe('desktop export', () => {
  test.skip(!electronBinary(), SKIP_MESSAGE);

  let app: ElectronApplication;
  let page: Page;
  const outDir = mkdtempSync(path.join(tmpdir(), 'workbench-export-'));

  test.beforeAll(async () => {
    app = await launchApp();
    page = await app.firstWindow();
    await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Paste article' }).click();
    await page.getByLabel('Article text').fill(readFileSync('tests/fixtures/harbour-bridge-en.txt', 'utf8'));
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect(page.getByRole('main', { name: 'Article' })).toContainText('The city council approved');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  for (const [format, file, check] of [
    ['PDF', 'report.pdf', (b: Buffer) => expect(b.subarray(0, 5).toString()).toBe('%PDF-')],
    ['HTML', 'report.html', (b: Buffer) => expect(b.toString()).toContain('The city council approved')],
  ] as const) {
    test(`exports ${format} through the native save dialog`, async () => {
      const target = path.join(outDir, file);
      // Answer the native save dialog as a user would.
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, target);
      await page.getByRole('button', { name: 'Export report' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export report' });
      await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByText(/Report saved/)).toBeVisible({ timeout: 30_000 });
      expect(existsSync(target)).toBe(true);
      check(readFileSync(target));
    });
  }
});

/**
 * A lean start (issue 14, point 5): the window loads only what its first
 * screen needs. The French catalogue, the backup machinery and the rarely
 * opened dialogs load on demand — and a French editor still never sees the
 * window in English, and a dialog loaded late still takes focus and gives it back.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The app's own chunks the page has requested so far, by module name ("fr", "backup", "SettingsDialog"…). */
function chunksRequested(page: Page): Set<string> {
  const names = new Set<string>();
  page.on('request', (r) => {
    const m = /\/assets\/([\w.-]+?)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname);
    if (m) names.add(m[1]!);
  });
  return names;
}

test('an English start loads neither the French catalogue, nor the backup code, nor the rarely opened dialogs', async ({ page, watch }) => {
  void watch;
  const chunks = chunksRequested(page);
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeVisible();
  for (const lazy of ['fr', 'backup', 'RestoreDialog', 'AutoBackupsDialog', 'SettingsDialog', 'ShortcutsDialog', 'ArticleDetailsDialog', 'PasteArticleDialog', 'RatingScaleDialog', 'csl']) {
    expect([...chunks], `${lazy} is loaded at start`).not.toContain(lazy);
  }
  // Opening Settings loads its chunk and every catalogue (it names each language in itself).
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').locator('option[value="fr"]')).toHaveText('Français');
  expect([...chunks]).toEqual(expect.arrayContaining(['SettingsDialog', 'fr']));
});

test('after a reload a French interface comes up in French, without showing English first', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('button', { name: 'Réglages', exact: true })).toBeVisible();

  // Every text the window shows from its first frame on, recorded in the page.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seenTexts: Set<string> }).seenTexts = seen;
    new MutationObserver(() => {
      for (const el of Array.from(document.querySelectorAll('button, h1, h2, [role="status"]'))) seen.add((el.textContent ?? '').trim());
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Atelier de vérification des faits');
  await expect(page.getByRole('toolbar', { name: 'Actions de l’atelier' }).getByRole('button', { name: 'Importer un article', exact: true })).toBeVisible();
  const seen = await page.evaluate(() => [...(window as unknown as { seenTexts: Set<string> }).seenTexts]);
  expect(seen).toContain('Réglages');
  for (const english of ['Settings', 'Import article', 'Paste article', 'Export report', 'No article open']) expect(seen, `“${english}” was shown`).not.toContain(english);
});

test('a dialog that loads on first opening takes focus, and gives it back to its opener when closed', async ({ workbench: page }) => {
  for (const [opener, dialogName] of [
    ['Settings', 'Settings'],
    ['Paste article', 'Paste article'],
  ] as const) {
    const button = page.getByRole('toolbar').getByRole('button', { name: opener, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }
  // The shortcuts sheet ("?") takes focus too.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect.poll(() => sheet.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

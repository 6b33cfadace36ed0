import { test, expect } from './fixtures';

test('the built renderer loads with no console errors and shows the empty workbench', async ({ workbench: page }) => {
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByText('No article open')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  // The CSP is in force in the browser host too.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
});

test('a setting written through the UI survives a reload', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name (recorded on claims you change)').fill('Ada Lovelace');
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name (recorded on claims you change)')).toHaveValue('Ada Lovelace');
});

test('the interface language can be switched to French without a restart', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('navigation', { name: 'Bibliothèque' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

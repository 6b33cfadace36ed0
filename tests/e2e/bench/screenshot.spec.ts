/**
 * Makes the README's screenshots of the main screen at 1280 × 800, light
 * (resources/screenshot.png) and dark (resources/screenshot-dark.png): a
 * French article with claims, a verdict and its flags. Not part of `npm test`: run it with
 * `SCREENSHOT=1 node tests/e2e/run-playwright.mjs --project=bench tests/e2e/bench/screenshot.spec.ts`.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { markClaim } from '../browser/backup-helpers';
import { pasteArticle, reader } from '../browser/journeys';

test.skip(!process.env['SCREENSHOT'], 'makes the README screenshot only when SCREENSHOT=1');

for (const scheme of ['light', 'dark'] as const) test(`README screenshot, ${scheme}`, async ({ page }) => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await pasteArticle(page, readFileSync('tests/fixtures/geneva-talks-fr.txt', 'utf8'), 'Pourparlers de Genève : Washington et Kiev font état de progrès');
  const claim = page.getByRole('region', { name: 'Claim', exact: true });
  await markClaim(page, 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine');
  await claim.getByLabel('Verdict').selectOption({ label: 'True' });
  await claim.getByLabel('Note').fill('Confirmed by the joint statement published by the White House on 23 November.');
  await claim.getByLabel('Note').blur();
  await markClaim(page, 'les discussions les plus productives à ce jour');
  await claim.getByLabel('Verdict').selectOption({ label: 'Misleading' });
  await reader(page).locator('.reader-scroll').evaluate((el) => (el.scrollTop = 0));
  await page.getByRole('tab', { name: 'Flags' }).click();
  for (const close of await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Close' }).all()) await close.click();
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('button')).toHaveCount(0);
  await page.screenshot({ path: scheme === 'light' ? 'resources/screenshot.png' : 'resources/screenshot-dark.png' });
});

/** Helpers shared by the backup, crash and security journeys (browser host). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
export { selectText, pasteArticle } from './journeys';
import { selectText } from './journeys';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');

export const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
export const libraryItems = (page: Page) => library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
export const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
export const saveStatus = (page: Page) => page.locator('.status-bar [role="status"]');


/** Opens the toolbar's "Workspace" menu and picks an item. */
export async function workspaceMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Workspace', exact: true }).click();
  await page.getByRole('list', { name: 'Workspace actions' }).getByRole('button', { name: item }).click();
}

/** "Back up workspace" → the browser download; returns the file's text. */
export async function backUp(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await workspaceMenu(page, 'Back up workspace');
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** "Restore workspace" → the file chooser → this file. */
export async function chooseBackup(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await workspaceMenu(page, 'Restore workspace');
  await (await chooser).setFiles(file);
}


/** Marks `quote` as a claim; waits for the claim inspector. */
export async function markClaim(page: Page, quote: string): Promise<void> {
  // The analysis re-renders the paragraphs with its suggestions when it is
  // done, which would drop a selection made before: wait for it (the text is
  // busy until then).
  await expect(reader(page).locator('article')).toHaveAttribute('aria-busy', 'false');
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(quote);
}

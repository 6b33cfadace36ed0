/** Helpers shared by the backup, crash and security journeys (browser host). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');

export const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
export const libraryItems = (page: Page) => library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
export const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
export const saveStatus = (page: Page) => page.locator('.status-bar [role="status"]');

/** "Paste article" with a title; waits until the article is open in the reader. */
export async function pasteArticle(page: Page, text: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel(/^Title/).fill(title);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(reader(page).getByRole('heading', { level: 1, name: title })).toBeVisible();
}

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

/**
 * Selects the first appearance of `quote` in the reader with a DOM Range, as a
 * mouse drag would (the reader is virtualised: it scrolls until it is rendered).
 */
export async function selectText(page: Page, quote: string): Promise<void> {
  await page.evaluate(async (quote) => {
    const scroller = document.querySelector<HTMLElement>('main .reader-scroll')!;
    const root = scroller.querySelector('article')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const find = (): Range | null => {
      for (const p of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
        const at = (p.textContent ?? '').indexOf(quote);
        if (at < 0) continue;
        const locate = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let left = offset;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = (n as Text).data.length;
            if (left <= len) return [n, left];
            left -= len;
          }
          throw new Error('offset outside paragraph');
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + quote.length));
        return range;
      }
      return null;
    };
    scroller.scrollTop = 0;
    await frame();
    for (let tries = 0; tries < 200; tries++) {
      const range = find();
      if (range) {
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        await frame();
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(find() ?? range);
        return;
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break;
      scroller.scrollTop += scroller.clientHeight * 0.8;
      await frame();
    }
    throw new Error(`not in the reader: ${quote}`);
  }, quote);
}

/** Marks `quote` as a claim; waits for the claim inspector. */
export async function markClaim(page: Page, quote: string): Promise<void> {
  // The analysis re-renders the paragraphs with its suggestions when it is
  // done, which would drop a selection made before: wait for it.
  await expect(reader(page).getByRole('button', { name: /^Suggested claim/ }).first()).toBeVisible();
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(quote);
}

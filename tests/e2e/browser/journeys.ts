/**
 * Steps that many journeys share: bringing an article in through "Paste
 * article" and selecting text in the (virtualised) reader as a mouse drag would.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const reader = (page: Page) => page.getByRole('main', { name: 'Article' });

/** The article the stored session would reopen after a reload (read straight from IndexedDB). */
export async function storedSessionArticle(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('factcheck-workbench');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const row = await new Promise<{ value?: { articleId?: string } } | undefined>((resolve, reject) => {
        const req = db.transaction('settings').objectStore('settings').get('session');
        req.onsuccess = () => resolve(req.result as { value?: { articleId?: string } } | undefined);
        req.onerror = () => reject(req.error);
      });
      return row?.value?.articleId ?? null;
    } finally {
      db.close();
    }
  });
}

/**
 * Waits until the stored session names the article of a library item.
 * Which article is open is written in the background (a durable write,
 * which can take a moment on a busy disk); a reload before it lands rightly
 * reopens the previous one, so a journey that reloads waits, as a person would.
 */
export async function waitForStoredSession(libraryItem: Locator): Promise<void> {
  const id = await libraryItem.getAttribute('data-article-id');
  expect(id, 'the library item names its article').toBeTruthy();
  await expect.poll(() => storedSessionArticle(libraryItem.page()), { timeout: 15_000 }).toBe(id);
}

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

/**
 * Selects the `occurrence`-th appearance of `quote` in the reader with a DOM
 * Range, as a mouse drag would (the text may span several highlight marks).
 * The reader is virtualised, so it scrolls down until the text is rendered.
 */
export async function selectText(page: Page, quote: string, occurrence = 0): Promise<void> {
  // The analysis re-renders the paragraphs with its highlights when it is
  // done; wait for its announcement so that the selection is made after.
  await expect(page.locator('.flags-live')).toHaveText(/\d/);
  await page.evaluate(
    async ([quote, occurrence]) => {
      const scroller = document.querySelector<HTMLElement>('main .reader-scroll')!;
      const root = scroller.querySelector('article')!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const find = (): Range | null => {
        let seen = 0;
        for (const p of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
          const content = p.textContent ?? '';
          for (let at = content.indexOf(quote); at >= 0; at = content.indexOf(quote, at + 1)) {
            if (seen++ !== occurrence) continue;
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
          const again = find() ?? range;
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(again);
          return;
        }
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break;
        scroller.scrollTop += scroller.clientHeight * 0.8;
        await frame();
      }
      throw new Error(`not in the reader: ${quote}`);
    },
    [quote, occurrence] as const,
  );
}

/**
 * Issue 18 in the browser host: nothing can leave the workspace broken.
 *
 * - One record that cannot be shown (an article whose title is not text, as
 *   a crafted or damaged workspace can hold) shows "This article could not
 *   be opened: …" with Delete and Export raw in its own library item; the
 *   rest of the library works.
 * - An article the reader cannot show (null paragraphs) fails in the reader
 *   only, which offers "Delete this article" and "Export raw"; the next start
 *   does not reopen it (the crash-loop guard) and says so.
 * - A URL over 2,048 characters is refused with a message, not cut; a Latin
 *   look-alike host is named ("looks like apple.com").
 *
 * Damaged rows are written straight into IndexedDB, under the app (restore
 * and import refuse them: that is tested in tests/storage and tests/hostile).
 */
import type { Page } from '@playwright/test';
import { test, expect, type Watch } from './fixtures';
import { fixtureText, library, libraryItems, pasteArticle, reader } from './backup-helpers';

const harbour = fixtureText('harbour-bridge-en.txt');

/** Changes one stored row with `patch` (or adds `patch` as a row), bypassing the app. */
async function writeRaw(page: Page, table: string, id: string, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ table, id, patch }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('factcheck-workbench');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        const read = store.get(id);
        read.onsuccess = () => store.put({ ...(read.result as object | undefined), ...patch });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { table, id, patch },
  );
}

/** The id of the open article's current revision, read from the session and the article rows. */
async function openArticleIds(page: Page): Promise<{ articleId: string; revisionId: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('factcheck-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T,>(table: string, key: string) =>
      new Promise<T>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).get(key);
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const session = await get<{ value: { articleId: string } }>('settings', 'session');
    const article = await get<{ currentRevisionId: string }>('articles', session.value.articleId);
    db.close();
    return { articleId: session.value.articleId, revisionId: article.currentRevisionId };
  });
}

/** The errors the boundaries log on purpose (React's report of a caught error, and ours) are expected here. */
function expectCaught(watch: Watch, pattern: RegExp): void {
  const unexpected = watch.consoleErrors.filter((m) => !pattern.test(m));
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...unexpected);
}

test('a library item that cannot be shown says so, with Delete and Export raw; the rest of the library works', async ({ workbench: page, watch }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  await writeRaw(page, 'articles', 'damaged-1', {
    id: 'damaged-1',
    title: { text: 'not text' },
    language: 'en',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
    currentRevisionId: 'missing',
    textHash: '',
  });
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();

  const broken = libraryItems(page).filter({ hasText: 'This article could not be opened' });
  await expect(broken).toHaveCount(1);
  await expect(broken.getByRole('alert')).toContainText('This article could not be opened: a stored value cannot be displayed (React error #31)');
  await expect(libraryItems(page).filter({ hasText: 'Harbour bridge' }).getByRole('button', { name: /^Harbour bridge/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/hostile-library-item.png' });

  // Export raw: the record's rows as stored, through the host's save (a download here).
  const download = page.waitForEvent('download');
  await broken.getByRole('button', { name: 'Export raw' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('raw-article-damaged-1.json');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const raw = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { record: unknown; tables: { articles: { title: unknown }[] } };
  expect(raw.record).toEqual({ table: 'articles', id: 'damaged-1' });
  expect(raw.tables.articles[0]?.title).toEqual({ text: 'not text' });

  // Delete, with undo; the good article is untouched and still opens.
  await broken.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('The article that could not be opened was deleted.')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);
  await library(page).getByRole('button', { name: /^Harbour bridge/ }).click();
  await expect(reader(page).getByRole('heading', { level: 1, name: 'Harbour bridge' })).toBeVisible();
  expectCaught(watch, /Minified React error #31|Library item damaged-1/);
});

test('an article the reader cannot show fails in the reader alone, and the next start does not reopen it', async ({ workbench: page, watch, context }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  const { articleId, revisionId } = await openArticleIds(page);
  await writeRaw(page, 'revisions', revisionId, { paragraphs: [null] });

  // The session reopens it: the reader fails, the rest of the window works, and the reader offers a way out.
  await page.reload();
  const failed = reader(page).getByRole('alert');
  await expect(failed).toContainText('Article could not be shown:');
  await expect(failed.getByRole('button', { name: 'Delete this article' })).toBeVisible();
  await expect(failed.getByRole('button', { name: 'Export raw' })).toBeVisible();
  await expect(library(page).getByRole('button', { name: /^Harbour bridge/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/hostile-reader-failed.png' });
  expectCaught(watch, /Cannot read properties of null|Article:|The above error occurred/);

  // That start never became ready: the next one does not reopen the article, and says why.
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/index.html');
  await expect(again.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(reader(again).getByRole('heading', { name: 'No article open' })).toBeVisible();
  await expect(reader(again).getByRole('status')).toHaveText(/did not finish starting last time, so the article that was open then was not reopened/);
  await again.screenshot({ path: '/tmp/hostile-start-guard.png' });

  // The start became ready: the one after reopens articles again (here: none is open).
  await again.reload();
  await expect(again.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(reader(again).getByRole('status')).toHaveCount(0);

  // The reader's own way out: open it again and delete it from there.
  await library(again).getByRole('button', { name: /^Harbour bridge/ }).click();
  await reader(again).getByRole('button', { name: 'Delete this article' }).click();
  await expect(again.getByText('The article that could not be opened was deleted.')).toBeVisible();
  await expect(libraryItems(again)).toHaveCount(0);
  expect(await again.evaluate((id) => id, articleId)).toBe(articleId);
  await again.close();
});

test('a URL over 2,048 characters is refused with a message, not cut; a Latin look-alike host is named', async ({ workbench: page }) => {
  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByRole('main', { name: 'Sources' });
  await sources.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  const long = `https://example.org/${'a'.repeat(2100)}`;
  await dialog.getByLabel('URL', { exact: true }).fill(long);
  await expect(dialog.getByLabel('URL', { exact: true })).toHaveValue(long);
  await dialog.getByLabel('Title').fill('Too long');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The address is longer than 2,048 characters.');

  await dialog.getByLabel('URL', { exact: true }).fill('https://ɑpple.com/support');
  await expect(dialog.getByRole('note')).toContainText('looks like apple.com');
  await dialog.getByLabel('Title').fill('Support page');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();
  const card = sources.getByRole('article', { name: 'Support page' });
  await expect(card.getByRole('note')).toContainText('Look-alike site name: ɑpple.com uses a letter that only looks like a Latin one and looks like apple.com');
  await expect(card.locator('.link-host')).toHaveText('xn--pple-p5b.com');
  await page.screenshot({ path: '/tmp/hostile-lookalike.png' });
});

/**
 * Bringing articles in through the browser host: the file chooser, the paste
 * dialog and a drop on the window; hostile HTML, refused binaries, encodings,
 * duplicates and reload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForStoredSession } from './journeys';
import { twoColumnReport } from '../../core/formats/make-pdf';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const geneva = readFileSync(fixture('geneva-talks-fr.txt'), 'utf8');
const genevaLines = geneva.split('\n').filter((l) => l.trim() !== '');
const harbour = readFileSync(fixture('harbour-bridge-en.txt'), 'utf8');

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const libraryItems = (page: Page) => library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const reader = (page: Page) => page.getByRole('main', { name: 'Article' });

type FileSpec = string | { name: string; mimeType: string; buffer: Buffer };

/** "Import article" → the browser's file chooser → these files. */
async function importFiles(page: Page, files: FileSpec | FileSpec[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
  await (await chooser).setFiles(files as Parameters<Awaited<typeof chooser>['setFiles']>[0]);
}

/** Drops files on the window as a person would (dragenter, dragover, drop on the document). */
async function dropFiles(page: Page, files: { name: string; text: string; type?: string }[], options: { keepOverlay?: boolean } = {}) {
  await page.evaluate(
    ({ files, keepOverlay }) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type ?? 'text/plain' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      if (!keepOverlay) target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { files, keepOverlay: options.keepOverlay ?? false },
  );
}

test('"Import article" opens a text file chosen in the file chooser, shown in the reader and the library', async ({ workbench: page }) => {
  await importFiles(page, fixture('geneva-talks-fr.txt'));
  await expect(reader(page).locator('.para').getByText(genevaLines[1]!.slice(0, 60)).first()).toBeVisible();
  await expect(reader(page).getByRole('heading', { name: /^Les deux délégation ont réaffirmé/ }).first()).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);
  const item = libraryItems(page).first();
  await expect(item.getByRole('button', { name: /^Les deux délégation/ })).toHaveAttribute('aria-current', 'true');
  await expect(item).toContainText('FR');
  await expect(item).toContainText('no claims');
  await expect(page.getByRole('status').filter({ hasText: 'was added to the library' })).toBeVisible();
});

test('"Paste article" checks its fields, then adds the article with its metadata', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await expect(dialog.getByLabel('Article text')).toBeFocused();

  // Empty text is refused.
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/The pasted text is empty/);

  // A dangerous or malformed URL is refused with its reason, and nothing is saved.
  await dialog.getByLabel('Article text').fill(harbour);
  await dialog.getByLabel('Title').fill('Harbour bridge repairs');
  await dialog.getByLabel('Source URL').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('“javascript:” addresses run code');
  await expect(dialog.getByLabel('Source URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(libraryItems(page)).toHaveCount(0);

  await dialog.getByLabel('Source URL').fill('https://news.example.org/harbour-bridge?id=4');
  await dialog.getByLabel('Publication date').fill('2025-03-04');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  await expect(reader(page).getByText('The city council approved a $48 million repair plan')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Harbour bridge repairs');
  await expect(libraryItems(page).first()).toContainText('EN');
  const info = page.getByRole('region', { name: 'About this article' });
  await expect(info.getByRole('link', { name: /news\.example\.org/ })).toBeVisible();
  await expect(info).toContainText('Published on Mar 4, 2025');
});

test('"Paste article" whose text reader cannot load says why, keeps the pasted text, and lets the editor try again', async ({ page }) => {
  // No `watch`: the refused download is logged as a console error, on purpose.
  await page.route(/\/assets\/import-file-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill(harbour);
  await dialog.getByLabel('Title').fill('Harbour bridge repairs');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  // describeError's words: the innermost cause, as the browser gives it.
  await expect(dialog.getByRole('alert')).toContainText('dynamically imported module');
  await expect(dialog.getByLabel('Article text')).toHaveValue(harbour);
  await expect(dialog.getByLabel('Title')).toHaveValue('Harbour bridge repairs');
  // The failure is the save's, not the text's.
  await expect(dialog.getByLabel('Article text')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Add article' })).toBeEnabled();
  await expect(libraryItems(page)).toHaveCount(0);

  // Once the reader can load, the same press adds the article.
  await page.unroute(/\/assets\/import-file-[^/]*\.js$/);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(libraryItems(page).first()).toContainText('Harbour bridge repairs');
});

test('files dropped on the window are imported; the overlay says what will happen', async ({ workbench: page }) => {
  await dropFiles(page, [{ name: 'geneva.txt', text: geneva }], { keepOverlay: true });
  await expect(page.getByText('Drop files to import them as articles')).toBeVisible();
  await page.screenshot({ path: '/tmp/import-drop-overlay.png' });
  await page.evaluate(() => document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: new DataTransfer(), bubbles: true })));

  await dropFiles(page, [
    { name: 'geneva.txt', text: geneva },
    { name: 'harbour.md', text: harbour, type: 'text/markdown' },
  ]);
  await expect(page.getByText('Drop files to import them as articles')).toBeHidden();
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: '2 articles were added to the library.' })).toBeVisible();
  // The last one dropped is open.
  await expect(reader(page).getByText('The city council approved a $48 million repair plan')).toBeVisible();
});

test('dragging text (not files) over the window is left alone', async ({ workbench: page }) => {
  const handled = await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'just some text');
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(over);
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return over.defaultPrevented;
  });
  expect(handled).toBe(false);
  await expect(page.getByText('Drop files to import them as articles')).toBeHidden();
  await expect(library(page).getByText('No articles yet.')).toBeVisible();
});

test('hostile HTML runs nothing, fetches nothing and keeps only the article', async ({ workbench: page, watch }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  await importFiles(page, fixture('hostile.html'));
  const article = reader(page);
  await expect(article.getByText('The regional assembly delayed its vote on the new stadium until April')).toBeVisible();
  await expect(article.getByText(/The project is expected to cost \$1\.2 billion/)).toBeVisible();
  await expect(article.getByText(/Some observers believe the delay is linked to the upcoming elections/)).toBeVisible();
  for (const noise of ['Subscribe to our newsletter', 'Sport', 'svg script ran', 'Home']) await expect(article.getByText(noise, { exact: true })).toHaveCount(0);
  await expect(article.locator('img, iframe, script, form, svg, a[href^="javascript"]')).toHaveCount(0);
  await expect(libraryItems(page)).toHaveCount(1);

  expect(await page.evaluate(() => (window as unknown as { __hostile?: unknown }).__hostile)).toBeUndefined();
  // The app's own scripts (e.g. the analysis worker that starts on the new
  // article) may load; nothing else, and nothing the page asked for.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(`${origin}/assets/`)), 'requests other than the app’s own assets').toEqual([]);
  expect(requests.filter((u) => u.includes('example.invalid'))).toEqual([]);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html$/);
  // Chromium checks the page's Content Security Policy even while parsing
  // into an inert DOMParser document, and logs "The action has been blocked"
  // for the page's <base> and on* attributes: evidence that nothing ran, not
  // app errors. Any other console error still fails the test (fixtures.ts).
  const blocked = /violates the following Content Security Policy directive.*The action has been blocked\.$/s;
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...watch.consoleErrors.filter((m) => !blocked.test(m)));
});

test('a binary file is refused with a message naming it, and the library is unchanged', async ({ workbench: page }) => {
  await importFiles(page, fixture('harbour-bridge-en.txt'));
  await expect(libraryItems(page)).toHaveCount(1);

  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
  await importFiles(page, { name: 'x.txt', mimeType: 'text/plain', buffer: png });
  await expect(page.getByRole('alert').filter({ hasText: '“x.txt”' })).toContainText('PNG');
  await expect(libraryItems(page)).toHaveCount(1);

  const nul = Buffer.from('Some text\u0000\u0000with NUL bytes', 'latin1');
  await importFiles(page, { name: 'nul.txt', mimeType: 'text/plain', buffer: nul });
  await expect(page.getByRole('alert').filter({ hasText: '“nul.txt”' })).toContainText('NUL');
  await expect(libraryItems(page)).toHaveCount(1);
  // The article that was open stays open.
  await expect(reader(page).getByText('The city council approved a $48 million repair plan')).toBeVisible();
});

test('a file over the size limit is refused with the limit in the message, without being read', async ({ workbench: page }) => {
  await page.evaluate(() => {
    const big = new File(['x'.repeat(21 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' });
    const dt = new DataTransfer();
    dt.items.add(big);
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert').filter({ hasText: '“huge.txt”' })).toContainText('files over 20 MB are not imported');
  await expect(library(page).getByText('No articles yet.')).toBeVisible();
});

test('pasting text that is already in the library offers the existing article', async ({ workbench: page }) => {
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Article text').fill(harbour);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(dialog).toBeHidden();
  }
  const duplicate = page.getByRole('dialog', { name: 'Already in the library' });
  await expect(duplicate).toContainText('has exactly the same text as “Harbour bridge repairs to cost $48 million, council says”');
  await duplicate.getByRole('button', { name: 'Skip' }).click();
  await expect(duplicate).toBeHidden();
  await expect(libraryItems(page)).toHaveCount(1);
});

test('several refused files are listed together, each by name', async ({ workbench: page }) => {
  await importFiles(page, [
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) },
    { name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    { name: 'c.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n  ') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Files not imported' });
  await expect(dialog).toContainText('3 files were not imported');
  for (const name of ['“a.txt”', '“b.pdf”', '“c.txt”']) await expect(dialog.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(libraryItems(page)).toHaveCount(0);
});

test('a Windows-1252 file shows the "decoded as Windows-1252" warning on the article', async ({ workbench: page }) => {
  await importFiles(page, fixture('cp1252-sample.txt'));
  await expect(reader(page).locator('.para').getByText(/Café prices rose by 12% in 2024, the “national” statistics office said €/)).toBeVisible();
  const note = page.getByRole('note', { name: 'Import warnings' });
  await expect(note).toContainText('decoded as Windows-1252');
  await expect(note).toContainText('cp1252-sample.txt');
});

test('importing the same text again offers to merge into the existing article instead of a copy', async ({ workbench: page }) => {
  await importFiles(page, fixture('geneva-talks-fr.txt'));
  await expect(libraryItems(page)).toHaveCount(1);
  await importFiles(page, fixture('harbour-bridge-en.txt'));
  await expect(libraryItems(page)).toHaveCount(2);

  await dropFiles(page, [{ name: 'copy of geneva.txt', text: geneva }]);
  const dialog = page.getByRole('dialog', { name: 'Already in the library' });
  await expect(dialog).toContainText('“copy of geneva.txt” has exactly the same text as “Les deux délégation ont réaffirmé');
  // The same text cannot be a new revision of itself: merge or keep both.
  await expect(dialog.getByRole('button', { name: 'Add as a new revision' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Merge into the existing article' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Merge into the existing article' }).click();
  await expect(dialog).toBeHidden();
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(reader(page).locator('.para').getByText(genevaLines[1]!.slice(0, 60)).first()).toBeVisible();

  await dropFiles(page, [{ name: 'copy of geneva.txt', text: geneva }]);
  await page.getByRole('dialog', { name: 'Already in the library' }).getByRole('button', { name: 'Keep both' }).click();
  await expect(libraryItems(page)).toHaveCount(3);
});

test('everything imported survives a reload, and the last opened article reopens', async ({ workbench: page }) => {
  await importFiles(page, [fixture('geneva-talks-fr.txt'), fixture('cp1252-sample.txt')]);
  await expect(libraryItems(page)).toHaveCount(2);
  await library(page).getByRole('button', { name: /^Les deux délégation/ }).click();
  await expect(reader(page).locator('.para').getByText(genevaLines[1]!.slice(0, 60)).first()).toBeVisible();
  await waitForStoredSession(library(page).getByRole('button', { name: /^Les deux délégation/ }));

  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(library(page).getByRole('button', { name: /^Les deux délégation/ })).toHaveAttribute('aria-current', 'true');
  await expect(reader(page).locator('.para').getByText(genevaLines[1]!.slice(0, 60)).first()).toBeVisible();

  await library(page).getByRole('button', { name: /^Café prices/ }).click();
  await waitForStoredSession(library(page).getByRole('button', { name: /^Café prices/ }));
  await page.reload();
  await expect(page.getByRole('note', { name: 'Import warnings' })).toContainText('decoded as Windows-1252');
});

test('"Import new version" adds a revision to the open article', async ({ workbench: page }) => {
  await importFiles(page, fixture('harbour-bridge-en.txt'));
  const info = page.getByRole('region', { name: 'About this article' });
  await expect(info).toContainText('Revision 1 of 1');

  const chooser = page.waitForEvent('filechooser');
  await info.getByRole('button', { name: 'Import new version' }).click();
  await (await chooser).setFiles(fixture('harbour-bridge-en-v2.txt'));
  await expect(info).toContainText('Revision 2 of 2');
  await expect(page.getByRole('status').filter({ hasText: 'Revision 2 of' })).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);

  // The same text again adds nothing.
  const again = page.waitForEvent('filechooser');
  await info.getByRole('button', { name: 'Import new version' }).click();
  await (await again).setFiles(fixture('harbour-bridge-en-v2.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'no new version was added' })).toBeVisible();
  await expect(info).toContainText('Revision 2 of 2');
});

test('re-importing the original file of a revised article offers merge, a new revision or both', async ({ workbench: page }) => {
  await importFiles(page, fixture('harbour-bridge-en.txt'));
  const info = page.getByRole('region', { name: 'About this article' });
  const chooser = page.waitForEvent('filechooser');
  await info.getByRole('button', { name: 'Import new version' }).click();
  await (await chooser).setFiles(fixture('harbour-bridge-en-v2.txt'));
  await expect(info).toContainText('Revision 2 of 2');

  // The original file again: its text is revision 1 of the article.
  await importFiles(page, fixture('harbour-bridge-en.txt'));
  const dialog = page.getByRole('dialog', { name: 'Already in the library' });
  await expect(dialog).toContainText('has the text of revision 1 of');
  for (const name of ['Merge into the existing article', 'Add as a new revision', 'Keep both']) await expect(dialog.getByRole('button', { name })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add as a new revision' }).click();
  await expect(info).toContainText('Revision 3 of 3');
  await expect(libraryItems(page)).toHaveCount(1);
});

test('a long PDF import shows its progress after a second; Cancel stores nothing and says so', async ({ workbench: page }) => {
  test.setTimeout(120_000);
  // 400 pages of two columns: pdf.js reads them for well over a second on these machines.
  const column = (n: number, side: string) => ({
    paragraphs: [[`Section ${n} ${side}: the port handled 751,000 containers in the`, 'first ten months of the year, up from', '671,000 a year earlier, the authority said.']],
  });
  const pages = Array.from({ length: 400 }, (_, i) => ({ ...(i === 0 && { title: 'Annual traffic report 2025' }), left: column(i + 1, 'left'), right: column(i + 1, 'right') }));
  const pdf = Buffer.from(await twoColumnReport(pages));

  // On a quick machine those pages can be read within the second; a slowed
  // CPU (as DevTools emulates a slow computer) keeps the import running long
  // enough for its progress to show, whatever the machine.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
  await (await chooser).setFiles({ name: 'big-report.pdf', mimeType: 'application/pdf', buffer: pdf });
  const panel = page.getByRole('region', { name: 'Operations in progress' });
  await expect(panel.getByRole('progressbar', { name: 'Importing “big-report.pdf”' })).toBeVisible({ timeout: 20_000 });
  await panel.getByRole('button', { name: 'Cancel: Importing “big-report.pdf”' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(panel).toBeHidden();
  await expect(page.getByText('Importing “big-report.pdf”: cancelled. Nothing was changed.')).toBeVisible();
  await expect(library(page).getByText(/^No articles yet/)).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(0);
});

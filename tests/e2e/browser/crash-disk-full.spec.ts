/**
 * Storage faults in the browser host: IndexedDB writes fail as on a full
 * disk (a QuotaExceededError thrown by the write, or the transaction failing
 * to commit with one), the status bar says "Not saved: …", the edit stays on
 * screen, and Retry saves it once space is back. Two tabs on one workspace stay
 * consistent through live queries.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { claimRegion, fixtureText, library, libraryItems, markClaim, pasteArticle, reader, saveStatus } from './backup-helpers';

/**
 * Makes every IndexedDB write of the page fail while `window.__failWrites`
 * is set: 'throw' throws a QuotaExceededError from put/add, as Chromium does
 * when the origin is over quota; 'abort' aborts the transaction with a
 * QuotaExceededError as its error, as when the disk fills up at commit
 * (Dexie then reports an AbortError whose inner error is the quota).
 */
async function installDiskFull(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites?: 'throw' | 'abort' };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__failWrites === 'throw') throw new DOMException('Quota exceeded (simulated)', 'QuotaExceededError');
        if (w.__failWrites === 'abort') {
          // The write itself succeeds; the transaction then fails to commit.
          const tx = this.transaction;
          const request = original.apply(this, args);
          request.addEventListener('success', () => {
            Object.defineProperty(tx, 'error', { value: new DOMException('Disk full (simulated)', 'QuotaExceededError') });
            tx.abort();
          });
          return request;
        }
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

const setFault = (page: Page, fault: 'throw' | 'abort' | null) =>
  page.evaluate((f) => {
    (window as unknown as { __failWrites?: string | null }).__failWrites = f;
  }, fault);

const harbour = fixtureText('harbour-bridge-en.txt');
const QUOTE = 'We cannot keep patching a structure that carries 60,000 vehicles a day';

const NOT_SAVED = {
  throw: 'Not saved: storage quota exceeded: the workspace may use no more space. Free some space, then retry (Quota exceeded (simulated))',
  abort: 'Not saved: the disk is full. Free some space on the disk, then retry (Disk full (simulated))',
} as const;

for (const fault of ['throw', 'abort'] as const) {
  const kind = fault === 'throw' ? 'QuotaExceededError' : 'AbortError with a quota error';
  test(`a rename that cannot be written (${kind}) shows "Not saved", keeps the edit, and Retry saves it`, async ({ page, watch }) => {
    void watch;
    await installDiskFull(page);
    await page.goto('/index.html');
    await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
    await pasteArticle(page, harbour, 'Harbour bridge');
    await expect(saveStatus(page)).toContainText('Saved at');

    await setFault(page, fault);
    await libraryItems(page).first().getByRole('button', { name: /^Edit details of “Harbour bridge/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await dialog.getByLabel('Title').fill('Northgate bridge: the $48 million repair');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog.getByRole('alert')).toContainText('“Northgate bridge: the $48 million repair” could not be saved');
    // The edit is still on screen, and the status bar tells the truth.
    await expect(dialog.getByLabel('Title')).toHaveValue('Northgate bridge: the $48 million repair');
    await expect(saveStatus(page)).toHaveText(NOT_SAVED[fault]);
    await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'failed');
    if (fault === 'throw') await page.screenshot({ path: '/tmp/crash-disk-full.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(libraryItems(page).first()).toContainText('Harbour bridge');
    await expect(saveStatus(page)).toHaveText(NOT_SAVED[fault]);

    // Still full: Retry fails again, and the status keeps saying so.
    const retry = page.locator('.status-bar').getByRole('button', { name: 'Retry' });
    await retry.click();
    await expect(saveStatus(page)).toHaveText(NOT_SAVED[fault]);

    await setFault(page, null);
    await retry.click();
    await expect(saveStatus(page)).toContainText('Saved at');
    await expect(retry).toHaveCount(0);
    await expect(libraryItems(page).first()).toContainText('Northgate bridge: the $48 million repair');
    await page.reload();
    await expect(libraryItems(page).first()).toContainText('Northgate bridge: the $48 million repair');
  });
}

test('a claim note that cannot be written shows "Not saved", stays on screen, and Retry saves it', async ({ page, watch }) => {
  void watch;
  await installDiskFull(page);
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);
  await expect(saveStatus(page)).toContainText('Saved at');

  await setFault(page, 'throw');
  const note = claimRegion(page).getByLabel('Note');
  await note.fill('Traffic count 2024: 61,200 vehicles a day.');
  await note.blur();
  await expect(saveStatus(page)).toHaveText(NOT_SAVED.throw);
  await expect(note).toHaveValue('Traffic count 2024: 61,200 vehicles a day.');

  await setFault(page, null);
  await page.locator('.status-bar').getByRole('button', { name: 'Retry' }).click();
  await expect(saveStatus(page)).toContainText('Saved at');
  await expect(note).toHaveValue('Traffic count 2024: 61,200 vehicles a day.');
  await page.reload();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Traffic count 2024: 61,200 vehicles a day.');
});

test('two tabs on one workspace stay consistent: a rename in one shows in the other', async ({ workbench: page, context }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (e) => otherErrors.push(String(e)));
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  await other.goto('/index.html');
  await expect(libraryItems(other)).toHaveCount(1);
  await expect(libraryItems(other).first()).toContainText('Harbour bridge');

  await libraryItems(page).first().getByRole('button', { name: /^Edit details of “Harbour bridge/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Title').fill('Northgate bridge: the $48 million repair');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();

  await expect(libraryItems(other).first()).toContainText('Northgate bridge: the $48 million repair');
  // And back the other way: an article added in the second tab appears in the first.
  await pasteArticle(other, 'The council met on Tuesday.\n\nIt voted 7 to 2.', 'Council vote');
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(library(page).getByText('Council vote')).toBeVisible();
  await expect(reader(page).getByRole('heading', { level: 1, name: 'Northgate bridge: the $48 million repair' })).toBeVisible();
  expect(otherErrors).toEqual([]);
  await other.close();
});

/** The words of a form dialog's failed save on a full quota (useFormSubmit: describeError's, in the dialog's own message). */
const NOTHING_SAVED = 'Nothing was saved: storage quota exceeded: the workspace may use no more space. Free some space, then retry (Quota exceeded (simulated))';
const sourcesView = (page: Page) => page.getByRole('main', { name: 'Sources' });
const evidenceRegion = (page: Page) => page.getByRole('region', { name: 'Evidence' });

test('the source library’s dialogs on a full disk: Add source, Edit source and Paste URLs say nothing was saved and why, keep what was typed, and save on retry', async ({ page, watch }) => {
  void watch;
  await installDiskFull(page);
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();

  // Add source.
  await setFault(page, 'throw');
  await sourcesView(page).getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source' });
  await add.getByLabel('URL', { exact: true }).fill('https://www.who.int/report');
  await add.getByLabel('Title').fill('WHO report');
  await add.getByRole('button', { name: 'Save source' }).click();
  await expect(add.getByRole('alert')).toHaveText(NOTHING_SAVED);
  await expect(add.getByLabel('Title')).toHaveValue('WHO report');
  await expect(add.getByLabel('URL', { exact: true })).toHaveValue('https://www.who.int/report');
  await expect(add.getByRole('button', { name: 'Save source' })).toBeEnabled();
  await expect(sourcesView(page).getByRole('article')).toHaveCount(0);
  await setFault(page, null);
  await add.getByRole('button', { name: 'Save source' }).click();
  await expect(add).toBeHidden();
  await expect(sourcesView(page).getByRole('article', { name: 'WHO report', exact: true })).toBeVisible();

  // Edit source.
  await setFault(page, 'throw');
  await sourcesView(page).getByRole('button', { name: 'Edit “WHO report”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit source' });
  await edit.getByLabel('Title').fill('WHO measles report');
  await edit.getByRole('button', { name: 'Save source' }).click();
  await expect(edit.getByRole('alert')).toHaveText(NOTHING_SAVED);
  await expect(edit.getByLabel('Title')).toHaveValue('WHO measles report');
  await setFault(page, null);
  await edit.getByRole('button', { name: 'Save source' }).click();
  await expect(edit).toBeHidden();
  await expect(sourcesView(page).getByRole('article', { name: 'WHO measles report', exact: true })).toBeVisible();

  // Paste URLs.
  await setFault(page, 'throw');
  await sourcesView(page).getByRole('button', { name: 'Paste URLs' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste URLs' });
  const lines = 'https://apnews.com/article/abc\nhttps://www.insee.fr/fr/statistiques/2381474';
  await paste.getByLabel('Web addresses, one per line').fill(lines);
  await paste.getByRole('button', { name: 'Add sources' }).click();
  await expect(paste.getByRole('alert')).toHaveText(NOTHING_SAVED);
  await expect(paste.getByLabel('Web addresses, one per line')).toHaveValue(lines);
  await setFault(page, null);
  await paste.getByRole('button', { name: 'Add sources' }).click();
  await expect(paste.getByRole('status')).toHaveText('2 sources added.');
  await expect(sourcesView(page).getByRole('article')).toHaveCount(3);
});

test('a claim’s source dialogs on a full disk: Add a source to the claim and Edit the link say nothing was saved and why, keep what was typed, and save on retry', async ({ page, watch }) => {
  void watch;
  await installDiskFull(page);
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);

  // Add a source to the claim.
  await setFault(page, 'throw');
  await evidenceRegion(page).getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await add.getByLabel('URL').fill('https://www.example.gov/traffic-count-2024');
  await add.getByLabel('Title').fill('Traffic count 2024');
  await add.getByLabel('Stance').selectOption({ label: 'Supports' });
  await add.getByLabel('Quote').fill('61,200 vehicles a day');
  await add.getByRole('button', { name: 'Save source' }).click();
  await expect(add.getByRole('alert')).toHaveText(NOTHING_SAVED);
  await expect(add.getByLabel('Title')).toHaveValue('Traffic count 2024');
  await expect(add.getByLabel('Quote')).toHaveValue('61,200 vehicles a day');
  await expect(evidenceRegion(page).getByText('No source yet: this claim is unsourced.')).toBeVisible();
  await setFault(page, null);
  await add.getByRole('button', { name: 'Save source' }).click();
  await expect(add).toBeHidden();
  const linked = evidenceRegion(page).getByRole('article', { name: 'Traffic count 2024' });
  await expect(linked.locator('blockquote')).toHaveText('61,200 vehicles a day');

  // Edit the link.
  await setFault(page, 'throw');
  await linked.getByRole('button', { name: /^Edit the link to/ }).click();
  const edit = page.getByRole('dialog', { name: /^Edit the link to/ });
  await edit.getByLabel('Quote').fill('61,200 vehicles a day in 2024');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toHaveText(NOTHING_SAVED);
  await expect(edit.getByLabel('Quote')).toHaveValue('61,200 vehicles a day in 2024');
  await setFault(page, null);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(linked.locator('blockquote')).toHaveText('61,200 vehicles a day in 2024');
});

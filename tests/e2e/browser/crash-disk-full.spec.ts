/**
 * Storage faults in the browser host: IndexedDB writes fail as on a full
 * disk (a QuotaExceededError thrown by the write, or the transaction failing
 * to commit with one), the status bar says "Not saved: …", the edit stays on
 * screen, and Retry saves it once space is back. Two tabs on one workspace stay
 * consistent through live queries.
 */
import type { Locator, Page } from '@playwright/test';
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

/** The workbench, opened with installDiskFull's fault ready (not yet set). */
async function openOnDiskThatFills(page: Page): Promise<void> {
  await installDiskFull(page);
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
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
    await openOnDiskThatFills(page);
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
  await openOnDiskThatFills(page);
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

/**
 * Types `fields` (label → value) into an open form dialog and submits it on
 * a full disk: the dialog says nothing was saved and why, keeps every value,
 * and lets the editor press again; with room on the disk, the same press saves.
 */
async function failThenSave(page: Page, dialog: Locator, submit: string, fields: Record<string, string>): Promise<void> {
  await setFault(page, 'throw');
  // A label's start: a label wrapping a text area takes its text into the name.
  const field = (label: string) => dialog.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  for (const [label, value] of Object.entries(fields)) await field(label).fill(value);
  const button = dialog.getByRole('button', { name: submit, exact: true });
  await button.click();
  await expect(dialog.getByRole('alert')).toHaveText(NOTHING_SAVED);
  for (const [label, value] of Object.entries(fields)) await expect(field(label)).toHaveValue(value);
  await expect(button).toBeEnabled();
  await setFault(page, null);
  await button.click();
}

test('the source library’s dialogs on a full disk: Add source, Edit source and Paste URLs say nothing was saved and why, keep what was typed, and save on retry', async ({ page, watch }) => {
  void watch;
  await openOnDiskThatFills(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();

  await sourcesView(page).getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source' });
  await failThenSave(page, add, 'Save source', { URL: 'https://www.who.int/report', Title: 'WHO report' });
  await expect(add).toBeHidden();
  // Saved once: the failed attempt left nothing behind.
  await expect(sourcesView(page).getByRole('article')).toHaveCount(1);
  await expect(sourcesView(page).getByRole('article', { name: 'WHO report', exact: true })).toBeVisible();

  await sourcesView(page).getByRole('button', { name: 'Edit “WHO report”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit source' });
  await failThenSave(page, edit, 'Save source', { Title: 'WHO measles report' });
  await expect(edit).toBeHidden();
  await expect(sourcesView(page).getByRole('article', { name: 'WHO measles report', exact: true })).toBeVisible();

  await sourcesView(page).getByRole('button', { name: 'Paste URLs' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste URLs' });
  await failThenSave(page, paste, 'Add sources', { 'Web addresses, one per line': 'https://apnews.com/article/abc\nhttps://www.insee.fr/fr/statistiques/2381474' });
  await expect(paste.getByRole('status')).toHaveText('2 sources added.');
  await expect(sourcesView(page).getByRole('article')).toHaveCount(3);
});

test('a claim’s source dialogs on a full disk: Add a source to the claim and Edit the link say nothing was saved and why, keep what was typed, and save on retry', async ({ page, watch }) => {
  void watch;
  await openOnDiskThatFills(page);
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);

  await evidenceRegion(page).getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await add.getByLabel('Stance').selectOption({ label: 'Supports' });
  await failThenSave(page, add, 'Save source', { URL: 'https://www.example.gov/traffic-count-2024', Title: 'Traffic count 2024', Quote: '61,200 vehicles a day' });
  await expect(add).toBeHidden();
  const linked = evidenceRegion(page).getByRole('article', { name: 'Traffic count 2024' });
  await expect(evidenceRegion(page).getByRole('article')).toHaveCount(1);
  await expect(linked.locator('blockquote')).toHaveText('61,200 vehicles a day');

  await linked.getByRole('button', { name: /^Edit the link to/ }).click();
  const edit = page.getByRole('dialog', { name: /^Edit the link to/ });
  await failThenSave(page, edit, 'Save', { Quote: '61,200 vehicles a day in 2024' });
  await expect(edit).toBeHidden();
  await expect(linked.locator('blockquote')).toHaveText('61,200 vehicles a day in 2024');
});

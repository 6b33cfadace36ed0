/**
 * A read that fails (a damaged or unreadable IndexedDB store) shows in the
 * panes that needed it, with Retry, and the rest of the window goes on;
 * once the store reads again, Retry shows the article and its claims.
 * The article's claims are read by one shared follower (storage/claims-live.ts
 * through storage/shared-live.ts): every pane reading them shows the failure,
 * and the first Retry starts the follower again for all of them.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { claimRegion, fixtureText, library, markClaim, pasteArticle, reader } from './backup-helpers';

/** Makes every read of the `claims` store throw while `window.__failClaimReads` is set. */
async function installClaimReadFault(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __failClaimReads?: boolean };
    const storeOf = (target: IDBObjectStore | IDBIndex) => ('objectStore' in target ? target.objectStore : target);
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as (IDBObjectStore | IDBIndex)[]) {
      for (const method of ['get', 'getAll', 'openCursor'] as const) {
        const original = proto[method] as (...args: unknown[]) => IDBRequest;
        (proto as unknown as Record<string, unknown>)[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          if (w.__failClaimReads && storeOf(this).name === 'claims') throw new DOMException('Claims unreadable (simulated)', 'UnknownError');
          return original.apply(this, args);
        };
      }
    }
  });
}

const setFault = (page: Page, on: boolean) =>
  page.evaluate((f) => {
    (window as unknown as { __failClaimReads?: boolean }).__failClaimReads = f;
  }, on);

const harbour = fixtureText('harbour-bridge-en.txt');
const QUOTE = 'We cannot keep patching a structure that carries 60,000 vehicles a day';

test('claims that cannot be read fail in the reader, the inspector and the analysis with Retry; Retry shows them once they read again', async ({ workbench: page, watch }) => {
  await installClaimReadFault(page);
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);

  // The next start reopens the article while its claims cannot be read.
  await setFault(page, true);
  await page.evaluate(() => sessionStorage.setItem('workbench:fail-claims', '1'));
  await page.addInitScript(() => {
    if (sessionStorage.getItem('workbench:fail-claims')) (window as unknown as { __failClaimReads?: boolean }).__failClaimReads = true;
  });
  // The analysis (outside every pane) reads the claims too, once the reader has shown the
  // article or READER_FIRST_MS after the open: its boundary logs the failure it catches.
  const analysisFailed = page.waitForEvent('console', { predicate: (m) => m.type() === 'error' && m.text().startsWith('Analysis:'), timeout: 15_000 });
  await page.reload();
  const readerFailure = reader(page).getByRole('alert');
  await expect(readerFailure).toContainText(/^Article could not be shown: .*Claims unreadable \(simulated\)/);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const inspectorFailure = inspector.getByRole('alert');
  await expect(inspectorFailure).toContainText(/could not be shown: .*Claims unreadable \(simulated\)/);
  // The rest of the window works, the analysis included (it failed alone, without taking the window down).
  await analysisFailed;
  await expect(library(page).getByRole('button', { name: /^Harbour bridge/ })).toBeVisible();

  // Still unreadable: Retry fails again, in the same words.
  await readerFailure.getByRole('button', { name: 'Retry' }).click();
  await expect(reader(page).getByRole('alert')).toContainText('Claims unreadable (simulated)');

  // Readable again: Retry in the reader brings the text and its highlight back…
  await page.evaluate(() => sessionStorage.removeItem('workbench:fail-claims'));
  await setFault(page, false);
  await reader(page).getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(reader(page).getByRole('alert')).toHaveCount(0);
  await expect(reader(page).getByRole('button', { name: /^Claim 1: / })).toBeVisible();
  // …and Retry in the inspector its claims list.
  await inspectorFailure.getByRole('button', { name: 'Retry' }).click();
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await reader(page).getByRole('button', { name: /^Claim 1: / }).click();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(QUOTE);
  // The analysis (which reads the claims too, outside every pane) said it failed, with Retry, in the Flags region.
  await inspector.getByRole('tab', { name: 'Flags' }).click();
  const flags = page.getByRole('region', { name: 'Flags' });
  await expect(flags.getByRole('alert')).toContainText('Claims unreadable (simulated)');
  await flags.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(flags.getByRole('alert')).toHaveCount(0);
  await expect(flags.getByText(/According to people familiar with the matter/).first()).toBeVisible();

  // The boundaries logged what they caught (their pane's name, then React's copy of the error); nothing else went wrong.
  const caught = /^(Article|Inspector|Analysis): /;
  const details = new Set(watch.consoleErrors.filter((m) => caught.test(m)).map((m) => m.replace(caught, '')));
  const unexpected = watch.consoleErrors.filter((m) => !caught.test(m) && !details.has(m));
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...unexpected);
});

/**
 * "Back up workspace" and "Restore workspace" in the browser host: a backup
 * downloaded and restored (replace and merge), refusals that change nothing,
 * the reminder after a day of changes, and a workspace from a newer app.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { backUp, chooseBackup, fixturePath, fixtureText, libraryItems, pasteArticle, reader, saveStatus } from './backup-helpers';

const harbour = fixtureText('harbour-bridge-en.txt');
const v1Backup = fixturePath('db/v1-workspace.json');

test('back up, change the workspace, and restore the backup with Replace', async ({ workbench: page }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  await expect(saveStatus(page)).toContainText(/Saved at/);

  const backup = await backUp(page);
  expect(backup.name).toMatch(/^workspace-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const file = JSON.parse(backup.text) as { format: string; counts: Record<string, number>; checksum: { algorithm: string } };
  expect(file.format).toBe('factcheck-workbench-backup');
  expect(file.counts).toMatchObject({ articles: 1, revisions: 1 });
  expect(file.checksum.algorithm).toBe('SHA-256');
  await expect(page.getByRole('status').filter({ hasText: `Workspace backup downloaded as “${backup.name}”.` })).toBeVisible();

  // Work goes on: another article.
  await pasteArticle(page, 'The council met on Tuesday.\n\nIt voted 7 to 2.', 'Council vote');
  await expect(libraryItems(page)).toHaveCount(2);

  await chooseBackup(page, { name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  const dialog = page.getByRole('dialog', { name: 'Restore workspace' });
  await expect(dialog.getByText(`“${backup.name}” is a workspace backup made on`)).toBeVisible();
  const counts = dialog.getByRole('table', { name: 'What the backup holds' });
  await expect(counts.getByRole('row', { name: 'Articles 1' })).toBeVisible();
  await expect(dialog.getByRole('list').getByText('Harbour bridge')).toBeVisible();
  // Merge is proposed when the workspace has work in it; Replace says what it removes.
  await expect(dialog.getByRole('radio', { name: 'Merge into the workspace' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Replace the workspace' })).toHaveAccessibleDescription(/\(2 articles, no claims, no sources\) is removed and replaced/);
  await page.screenshot({ path: '/tmp/backup-preview.png' });
  await dialog.getByRole('radio', { name: 'Replace the workspace' }).check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Workspace restored from “${backup.name}”: 1 article, no claims, no sources.` })).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Harbour bridge');
  await expect(saveStatus(page)).toContainText(/Saved at/);
});

test('Merge adds the backup’s articles to the workspace, and keeps what was there', async ({ workbench: page }) => {
  await pasteArticle(page, harbour, 'My own article');
  await chooseBackup(page, v1Backup);
  const dialog = page.getByRole('dialog', { name: 'Restore workspace' });
  await expect(dialog.getByRole('table', { name: 'What the backup holds' }).getByRole('row', { name: 'Claims 3' })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Pourparlers de Genève' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'Merge into the workspace' }).check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Merged “v1-workspace\.json” into the workspace: 2 articles, 3 claims, 3 sources added or updated\./ })).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(3);
  // The restored article opens with its claims.
  await libraryItems(page).filter({ hasText: 'Pourparlers de Genève' }).getByRole('button', { name: /^Pourparlers de Genève/ }).click();
  await expect(reader(page).getByRole('heading', { level: 1, name: 'Pourparlers de Genève' })).toBeVisible();
  await expect(reader(page).getByRole('button', { name: /^Claim 1: False/ })).toBeVisible();
});

const refused: [string, () => { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
  ['a truncated backup', () => ({ name: 'cut.json', mimeType: 'application/json', buffer: readFileSync(v1Backup).subarray(0, 9000) }), /“cut\.json” is cut short/],
  ['a changed backup', () => ({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText('db/v1-workspace.json').replace('Camille Martin', 'Mallory')) }), /checksum does not match/],
  ['a backup from a newer app', () => ({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText('db/v1-workspace.json').replace('"schemaVersion":1,', '"schemaVersion":9,')) }), /made by a newer version of the app \(workspace version 9; this app knows up to version 4\)/],
  ['a picture', () => ({ name: 'photo.json', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0, 0]) }), /not UTF-8 text/],
  ['any other JSON', () => ({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"not a backup"}') }), /not a workspace backup of the Fact-checking Workbench/],
];

for (const [what, file, message] of refused) {
  test(`${what} is refused with a clear message and nothing changes`, async ({ workbench: page }) => {
    await pasteArticle(page, harbour, 'Still here');
    await chooseBackup(page, file());
    const dialog = page.getByRole('dialog', { name: 'Backup not restored' });
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByText('Nothing in the workspace was changed.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'OK' })).toBeFocused();
    if (what === 'a truncated backup') await page.screenshot({ path: '/tmp/backup-refused.png' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(libraryItems(page)).toHaveCount(1);
    await expect(libraryItems(page).first()).toContainText('Still here');
  });
}

test('the Workspace menu works from the keyboard', async ({ workbench: page }) => {
  const button = page.getByRole('toolbar').getByRole('button', { name: 'Workspace', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = page.getByRole('list', { name: 'Workspace actions' }).getByRole('button');
  // The browser host has no automatic backups: two items.
  await expect(items).toHaveText(['Back up workspace', 'Restore workspace']);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.screenshot({ path: '/tmp/backup-menu.png' });
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(page.getByRole('list', { name: 'Workspace actions' })).toHaveCount(0);
});

test('after a day of changes in no backup, the browser host reminds the editor, and “Back up now” backs up', async ({ workbench: page }) => {
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
  await page.evaluate(async (since) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('factcheck-workbench');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'backupState', value: { changesSince: since } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, twoDaysAgo);
  await page.reload();
  const reminder = page.getByRole('status').filter({ hasText: 'Your workspace has changes from more than a day ago that are not in any backup.' });
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Back up now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^workspace-backup-/);
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(page.getByText('Your workspace has changes from more than a day ago')).toHaveCount(0);
});

test('a workspace upgraded by a newer version of the app is refused, not opened, and left as it was', async ({ workbench: page }) => {
  await pasteArticle(page, harbour, 'Written by v1');
  // A newer app upgrades the database while this window has it open…
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('factcheck-workbench', 990);
      req.onupgradeneeded = () => req.result.createObjectStore('futureThings', { keyPath: 'id' });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
  });
  // …so this window stops and says why.
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { name: 'This workspace was made by a newer version of the app' })).toBeVisible();
  await expect(alert).toContainText('The workspace on this computer is at version 99; this version of the app knows up to version 4. It was not opened, so nothing in it was changed.');
  // And so does a fresh start.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This workspace was made by a newer version of the app' })).toBeVisible();
  await expect(page.locator('.workbench')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/backup-newer.png' });
  const onDisk = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; articles: number }>((resolve, reject) => {
        const req = indexedDB.open('factcheck-workbench');
        req.onsuccess = () => {
          const db = req.result;
          const count = db.transaction('articles').objectStore('articles').count();
          count.onsuccess = () => {
            resolve({ version: db.version, stores: Array.from(db.objectStoreNames), articles: count.result });
            db.close();
          };
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(onDisk).toEqual({ version: 990, stores: expect.arrayContaining(['articles', 'futureThings', 'settings']), articles: 1 });
});

/**
 * A review that can be published and defended (issue 13), as an editor
 * works: claim numbers that never move, a verdict that goes stale when its
 * words change, the history of every change, and a second reader's
 * approval before Checked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pasteArticle, reader, selectText } from './journeys';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
const claimsRegion = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });
const badge = (page: Page, name: string | RegExp) => reader(page).getByRole('button', { name });

async function mark(page: Page, quote: string): Promise<void> {
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(quote);
}

async function setEditor(page: Page, name: string, options: { requireApproval?: boolean } = {}): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name (recorded on claims you change)').fill(name);
  if (options.requireApproval !== undefined) await dialog.getByLabel(/A second editor approves every verdict/).setChecked(options.requireApproval);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
}

/** A screenshot of the claim inspector, whole (a tall window, so nothing scrolls out), for a person to look at. */
async function snapInspector(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 2200 });
  await claimRegion(page).screenshot({ path });
  if (size) await page.setViewportSize(size);
}

const Q = {
  mayor: 'Mayor Elena Ruiz said the work would begin in March',
  traffic: 'Traffic on it has grown by 40 percent since 2010',
  vote: 'The plan passed by seven votes to two.',
  report: 'The council will publish the full engineering report next week',
};

test('claim numbers never move: marked in any order, some deleted, the text revised', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  // Marked from the end of the article backwards.
  await mark(page, Q.report);
  await mark(page, Q.vote);
  await mark(page, Q.mayor);
  await expect(claimRegion(page).getByRole('heading', { name: 'Claim 3' })).toBeVisible();
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await expect(badge(page, 'Claim 3: Not rated')).toBeVisible();
  // In the list by place in the text: 3 (the mayor, first in the text) comes first.
  const rows = claimsRegion(page).locator('.claim-row .claim-num');
  await expect(rows).toHaveText(['3', '2', '1']);
  await claimsRegion(page).getByLabel('Order of the claims').selectOption({ label: 'By number' });
  await expect(rows).toHaveText(['1', '2', '3']);

  // Delete claim 2; the next claim is 4, never 2 again; Undo gives 2 back.
  await claimsRegion(page).getByRole('button', { name: /^2 / }).click();
  await claimRegion(page).getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.getByText('Claim 2 deleted.')).toBeVisible();
  await mark(page, Q.traffic);
  await expect(claimRegion(page).getByRole('heading', { name: 'Claim 4' })).toBeVisible();
  await expect(rows).toHaveText(['1', '3', '4']);
  await reader(page).getByRole('button', { name: 'Undo' }).click();
  await reader(page).getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveText(['1', '2', '3']);
  await reader(page).getByRole('button', { name: 'Redo' }).click();
  await reader(page).getByRole('button', { name: 'Redo' }).click();
  await expect(rows).toHaveText(['1', '3', '4']);

  // j/k follow the list's order.
  await claimsRegion(page).getByRole('button', { name: /^1 / }).click();
  await reader(page).locator('article').focus();
  await page.keyboard.press('j');
  await expect(claimRegion(page).getByRole('heading', { name: 'Claim 3' })).toBeVisible();

  // A new revision with a paragraph added at the top: every claim keeps its number.
  await reader(page).getByRole('button', { name: 'Edit text' }).click();
  const box = reader(page).getByLabel('Text of the new revision');
  await box.fill(`An editor's note added at the top of the article.\n\n${await box.inputValue()}`);
  await reader(page).getByRole('button', { name: 'Save as new revision' }).click();
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await claimsRegion(page).getByLabel('Order of the claims').selectOption({ label: 'By place in the text' });
  await expect(rows).toHaveText(['3', '4', '1']);
});

test('a reworded rated claim becomes stale: the old and new words side by side, then confirmed', async ({ workbench: page }) => {
  await setEditor(page, 'Ada Lovelace');
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  await mark(page, Q.traffic);
  await claimRegion(page).getByLabel('Verdict', { exact: true }).selectOption({ label: 'True' });
  await claimRegion(page).getByLabel('Why no source is needed').fill('Council traffic counts, published yearly.');
  await claimRegion(page).getByLabel('Why no source is needed').blur();
  await claimRegion(page).getByLabel('Status').selectOption({ label: 'Checked' });
  await expect(badge(page, 'Claim 1: True')).toBeVisible();

  await reader(page).getByRole('button', { name: 'Edit text' }).click();
  const box = reader(page).getByLabel('Text of the new revision');
  await box.fill((await box.inputValue()).replace('grown by 40 percent', 'grown by 45 percent'));
  await reader(page).getByRole('button', { name: 'Save as new revision' }).click();

  await badge(page, /^Claim 1: True \(Text changed since rated\)/).click();
  const stale = claimRegion(page).getByRole('region', { name: 'Text changed since rated' });
  await expect(stale).toBeVisible();
  await expect(stale.locator('.stale-diff del')).toContainText('40');
  await expect(stale.locator('.stale-diff ins')).toContainText('45');
  await expect(claimRegion(page).getByLabel('Status')).toHaveValue('in-review');
  await expect(claimRegion(page).getByLabel('Verdict', { exact: true })).toHaveValue('true');
  await expect(claimsRegion(page).getByRole('button', { name: /^1 .*Text changed since rated/ })).toBeVisible();
  // Checked waits for the verdict to be confirmed.
  await expect(claimRegion(page).getByRole('option', { name: 'Checked' })).toBeDisabled();
  await expect(claimRegion(page)).toContainText('confirm or change the verdict');
  await snapInspector(page, '/tmp/review-stale.png');

  await stale.getByRole('button', { name: 'Confirm verdict' }).click();
  await expect(stale).toBeHidden();
  await claimRegion(page).getByLabel('Status').selectOption({ label: 'Checked' });
  await expect(claimRegion(page).getByLabel('Status')).toHaveValue('checked');

  // The history lists every change, in order, with who made it.
  await claimRegion(page).getByText(/^History \(\d+ entries\)$/).click();
  const history = claimRegion(page).getByRole('list', { name: 'History of the claim' });
  const entries = history.locator(':scope > li');
  await expect(entries.locator('.history-kind')).toHaveText([
    'Marked as a claim',
    'Changed',
    'Changed',
    'Changed',
    'New revision of the article',
    'Verdict confirmed on the new text',
    'Changed',
  ]);
  await expect(entries.nth(1)).toContainText('Verdict: Not rated → True');
  await expect(entries.nth(4)).toContainText('Text changed since rated');
  await expect(entries.nth(4)).toContainText('Status: Checked → In review');
  await expect(entries.nth(6)).toContainText('Status: In review → Checked');
  await expect(entries.first()).toContainText('Ada Lovelace');
  await snapInspector(page, '/tmp/review-history.png');
});

test('the approval rule blocks Checked until a second editor name approves the verdict', async ({ workbench: page }) => {
  await setEditor(page, 'Ada Lovelace', { requireApproval: true });
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  await mark(page, Q.vote);
  await claimRegion(page).getByLabel('Verdict', { exact: true }).selectOption({ label: 'True' });
  const status = claimRegion(page).getByLabel('Status');
  await expect(claimRegion(page).getByRole('option', { name: 'Checked' })).toBeDisabled();
  await expect(claimRegion(page)).toContainText('link a source, or say why none is needed');
  await expect(claimRegion(page)).toContainText('a second editor must approve the verdict');
  await claimRegion(page).getByLabel('Why no source is needed').fill('The council’s own minutes.');
  await claimRegion(page).getByLabel('Why no source is needed').blur();
  await expect(claimRegion(page)).not.toContainText('link a source, or say why none is needed');
  // The editor who rated it cannot approve it.
  await expect(claimRegion(page)).toContainText('Rated by Ada Lovelace: another editor approves it');
  await expect(claimRegion(page).getByRole('button', { name: /^Approve verdict/ })).toHaveCount(0);
  await expect(claimRegion(page).getByRole('option', { name: 'Checked' })).toBeDisabled();

  await setEditor(page, 'Grace Hopper');
  await claimRegion(page).getByRole('button', { name: 'Approve verdict as Grace Hopper' }).click();
  await expect(claimRegion(page)).toContainText('Verdict approved by Grace Hopper');
  await status.selectOption({ label: 'Checked' });
  await expect(status).toHaveValue('checked');
  await snapInspector(page, '/tmp/review-approved.png');

  // Another verdict needs approving again.
  await claimRegion(page).getByLabel('Verdict', { exact: true }).selectOption({ label: 'Mostly true' });
  await expect(status).toHaveValue('in-review');
  await expect(claimRegion(page)).toContainText('Awaiting a second editor’s approval');
});

test('claimant, where and when, summary and what we found are the claim’s own; claimants are offered again', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  await mark(page, Q.mayor);
  const claimant = claimRegion(page).getByLabel('Claimant', { exact: true });
  await claimant.fill('Elena Ruiz');
  await claimant.press('Enter');
  await claimRegion(page).getByLabel('Where it was said').fill('javascript:alert(1)');
  await claimRegion(page).getByLabel('Where it was said').blur();
  await expect(claimRegion(page).getByRole('alert')).toBeVisible();
  await claimRegion(page).getByLabel('Where it was said').fill('https://council.example.org/press/march-works');
  await claimRegion(page).getByLabel('Where it was said').blur();
  await claimRegion(page).getByLabel('When it was said').fill('2025-06-10');
  await claimRegion(page).getByLabel('Claim summary').fill('Bridge works start in March');
  await claimRegion(page).getByLabel('What we found').fill('The council timetable says April.');
  await claimRegion(page).getByLabel('What we found').blur();

  await mark(page, Q.vote);
  await expect(claimRegion(page).getByLabel('Claimant', { exact: true })).toHaveValue('');
  await expect(claimRegion(page).locator('datalist option[value="Elena Ruiz"]')).toHaveCount(1);
  await claimsRegion(page).getByRole('button', { name: /^1 / }).click();
  await expect(claimRegion(page).getByLabel('Claimant', { exact: true })).toHaveValue('Elena Ruiz');
  await expect(claimRegion(page).getByLabel('Claimant is a')).toHaveValue('Person');
  await expect(claimRegion(page).getByLabel('Where it was said')).toHaveValue('https://council.example.org/press/march-works');
  await expect(claimRegion(page).getByLabel('When it was said')).toHaveValue('2025-06-10');
  await expect(claimRegion(page).getByLabel('Claim summary')).toHaveValue('Bridge works start in March');
  await expect(claimRegion(page).getByLabel('What we found')).toHaveValue('The council timetable says April.');
  await snapInspector(page, '/tmp/review-fields.png');
});

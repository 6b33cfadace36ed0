/**
 * The analysis in the app, in the browser host: the Flags region with its
 * counts, jumping to the repeated block and removing it (14 paragraphs,
 * claims intact), dismissing a flag for good, and suggestions in the reader
 * once shown there (accept one as a claim, reject one, the threshold in
 * Settings) and in their ranked list (tests/e2e/browser/suggestions.spec.ts
 * triages it by keyboard).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { selectText, pasteArticle } from './journeys';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
const flagsRegion = (page: Page) => page.getByRole('region', { name: 'Flags', exact: true });
const claimsRegion = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });
const group = (page: Page, title: string | RegExp) => flagsRegion(page).locator('details').filter({ has: page.locator('summary', { hasText: title }) });



/** Scrolls the (virtualised) reader to its end and returns the 1-based number of its last paragraph. */
const lastParagraph = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('main .reader-scroll')!;
    scroller.scrollTop = scroller.scrollHeight;
    return Math.max(...Array.from(scroller.querySelectorAll<HTMLElement>('.reader-row')).map((r) => Number(r.dataset['index']) + 1));
  });

async function showFlags(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Flags' }).click();
  await expect(flagsRegion(page)).toBeVisible();
}

test('flags with counts; jump to the repeated block and remove it: 14 paragraphs, claims intact', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Pourparlers de Genève');

  // A claim outside the repeated block (paragraph 18), marked before the fix.
  const quote = 'Zelensky a déclaré être confronté à un choix difficile';
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();

  await showFlags(page);
  await expect(flagsRegion(page).getByText('Duplicated passages (1)')).toBeVisible();
  await expect(flagsRegion(page).getByText('Vague attributions (1)')).toBeVisible();
  await expect(flagsRegion(page).getByText('Unconfirmed reports (2)')).toBeVisible();
  await expect(flagsRegion(page).getByText('Claims without sources (1)')).toBeVisible();
  // Screen readers hear the result once.
  await expect(page.getByRole('status').filter({ hasText: /^Analysis done: \d+ flags, \d+ suggestions$/ })).toHaveCount(1);

  const block = group(page, 'Duplicated passages').getByRole('listitem');
  await expect(block).toContainText('Paragraphs 8–12 repeat paragraphs 3–7.');
  await block.getByRole('button', { name: 'Go to' }).click();
  const blockHighlight = reader(page).getByRole('button', { name: /^Duplicated passage: Paragraphs 8–12 repeat paragraphs 3–7/ });
  await expect(blockHighlight).toBeFocused();
  await expect(reader(page).locator('mark.hl-flag.is-selected').first()).toBeInViewport();
  await page.screenshot({ path: '/tmp/flags-goto.png' });

  // It asks first, saying what goes and that the text stays as revision 1; Cancel changes nothing.
  await block.getByRole('button', { name: 'Remove repeated block' }).click();
  const confirm = block.getByRole('group', { name: 'Remove the repeated block?' });
  await expect(confirm).toContainText('Cut paragraphs 8–12 from the text? This makes a new revision; the current text stays in the article’s history as revision 1, and “Restore revision 1” (in “Compare revisions”) brings it back.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(block.getByRole('button', { name: 'Remove repeated block' })).toBeFocused();
  await expect.poll(() => lastParagraph(page)).toBe(19);
  await block.getByRole('button', { name: 'Remove repeated block' }).click();
  await confirm.getByRole('button', { name: 'Remove block' }).click();
  await expect(page.getByText('Repeated block removed: revision 2 has 14 paragraphs. Claims kept: 1; not found: 0.')).toBeVisible();
  await expect(flagsRegion(page).getByText(/^Duplicated passages/)).toHaveCount(0);
  await expect(flagsRegion(page).getByText('Vague attributions (1)')).toBeVisible();
  // The reader now ends at paragraph 14 (it was 19).
  await expect.poll(() => lastParagraph(page)).toBe(14);
  // The claim is still there, on the same words.
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();
  await reader(page).getByRole('button', { name: 'Claim 1: Not rated' }).click();
  await expect(claimsRegion(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Claim', exact: true }).locator('blockquote')).toHaveText(quote);
  await page.screenshot({ path: '/tmp/flags-removed.png' });

  // Removed by mistake? "Compare revisions" brings revision 1 back as revision 3.
  await reader(page).getByRole('button', { name: 'Compare revisions' }).click();
  await reader(page).getByLabel('From revision').selectOption({ index: 0 });
  await expect(reader(page).locator('del').first()).toBeVisible();
  await reader(page).getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(page.getByText('Revision 1 restored as revision 3. Claims kept: 1. Claims to re-anchor: 0.')).toBeVisible();
  // The view now compares the text it replaced with the new revision.
  await expect(reader(page).getByLabel('From revision').locator('option:checked')).toHaveText(/^Revision 2 /);
  await expect(reader(page).getByLabel('To revision').locator('option:checked')).toHaveText(/^Revision 3 /);
  await page.screenshot({ path: '/tmp/flags-restored.png' });
  await reader(page).getByRole('button', { name: 'Compare revisions' }).click();
  await expect(reader(page).getByText('Revision 3 of 3')).toBeVisible();
  await expect.poll(() => lastParagraph(page)).toBe(19);
  await showFlags(page);
  await expect(flagsRegion(page).getByText('Duplicated passages (1)')).toBeVisible();
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();
});

test('dismiss a flag with a reason; it stays dismissed after a reload, and can be restored', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  await showFlags(page);

  const vague = group(page, 'Vague attributions').getByRole('listitem');
  await expect(vague).toContainText('Selon certaines informations');
  await vague.getByRole('button', { name: 'Dismiss' }).click();
  const form = flagsRegion(page).getByRole('form', { name: 'Dismiss this flag' });
  await expect(form.getByLabel('Reason')).toBeFocused();
  await form.getByLabel('Reason').selectOption({ label: 'Acceptable here' });
  await form.getByLabel('Note (optional)').fill('the report is attributed in the next paragraph');
  await page.screenshot({ path: '/tmp/flags-dismiss-form.png' });
  await form.getByRole('button', { name: 'Dismiss flag' }).click();
  await expect(flagsRegion(page).getByText(/^Vague attributions/)).toHaveCount(0);
  await expect(flagsRegion(page).getByText('Dismissed (1)')).toBeVisible();

  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await showFlags(page);
  await expect(flagsRegion(page).getByText('Duplicated passages (1)')).toBeVisible();
  await expect(flagsRegion(page).getByText(/^Vague attributions/)).toHaveCount(0);
  await flagsRegion(page).getByText('Dismissed (1)').click();
  const dismissed = group(page, 'Dismissed').getByRole('listitem');
  await expect(dismissed).toContainText('Acceptable here: the report is attributed in the next paragraph');
  await page.screenshot({ path: '/tmp/flags-dismissed.png' });
  await dismissed.getByRole('button', { name: 'Restore' }).click();
  await expect(flagsRegion(page).getByText('Vague attributions (1)')).toBeVisible();
  await expect(flagsRegion(page).getByText(/^Dismissed/)).toHaveCount(0);
});

test('suggestions in the reader (shown in the text by choice): accept one as a claim, reject another, raise the threshold', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  // Hidden in the text by default; the Suggestions tab's switch draws them.
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  await page.getByRole('region', { name: 'Suggestions', exact: true }).getByRole('checkbox', { name: 'Show suggestions in text' }).check();
  const suggestions = reader(page).getByRole('button', { name: /^Suggested claim, score/ });
  await expect(suggestions.first()).toBeVisible();
  const before = await suggestions.count();
  // A triage, not an underline of everything: a quarter of the 29 sentences at most.
  expect(before).toBeGreaterThanOrEqual(2);
  expect(before).toBeLessThanOrEqual(7);

  await suggestions.first().click();
  const popover = page.getByRole('dialog', { name: 'Suggested claim' });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Score');
  await expect(popover.getByRole('button', { name: 'Accept' })).toBeFocused();
  await page.screenshot({ path: '/tmp/flags-suggestion.png' });
  await popover.getByRole('button', { name: 'Accept' }).click();
  await expect(popover).toBeHidden();
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();
  await expect(claimsRegion(page).getByRole('listitem')).toHaveCount(1);
  await expect(suggestions).toHaveCount(before - 1);

  // Reject the next one from the keyboard; it stays hidden after a reload.
  await suggestions.first().focus();
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('button', { name: 'Accept' })).toBeFocused();
  await popover.getByRole('button', { name: 'Reject' }).click();
  await expect(suggestions).toHaveCount(before - 2);
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();
  await expect(suggestions).toHaveCount(before - 2);

  // A higher threshold shows fewer suggestions, each scoring at least it.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Suggestion threshold').fill('0.95');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect.poll(() => suggestions.count()).toBeLessThan(before - 2 || 1);
  for (const name of await suggestions.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    expect(Number(/score (\d\.\d+)/.exec(name)?.[1])).toBeGreaterThanOrEqual(0.95);
  }
});

test('the ranked list of suggestions in the Suggestions tab, not the Flags region: reasons, accept, reject; no caption or repeated copy', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  await page.getByRole('tab', { name: 'Flags' }).click();
  await expect(flagsRegion(page).getByText('Vague attributions (1)')).toBeVisible();
  // One place for the list: the Suggestions tab.
  await expect(flagsRegion(page).getByRole('list', { name: 'Suggested claims, most worth checking first' })).toHaveCount(0);
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const list = page.getByRole('region', { name: 'Suggestions', exact: true }).getByRole('list', { name: 'Suggested claims, most worth checking first' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  // The most worth checking first: the sentence whose source is vague and whose report is unconfirmed.
  await expect(items.first()).toContainText('No. 1');
  await expect(items.first()).toContainText('Selon certaines informations');
  await expect(items.first()).toContainText('vague source, unconfirmed report');
  // The photo caption and the repeated block are never suggested.
  await expect(list).not.toContainText('Le Secrétaire d’État américain Marco Rubio et le chef de cabinet');
  const count = await items.count();

  // Accepting from the list keeps the editor in the list, to triage the next one.
  await items.first().getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as a claim.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('1 claim');
  await expect(items).toHaveCount(count - 1);
  await expect(items.first()).toContainText('No. 1');

  await items.first().getByRole('button', { name: 'Reject' }).click();
  await expect(items).toHaveCount(count - 2);
  await page.screenshot({ path: '/tmp/flags-suggestions-list.png' });
  await page.getByRole('tab', { name: 'Claims' }).click();
  await expect(claimsRegion(page).getByRole('listitem')).toContainText('Selon certaines informations');
});

test('a long analysis shows its progress after a second and can be cancelled, then run again', async ({ workbench: page }) => {
  // 1.5 MB of text, analysed twice: on a busy two-core machine that takes more than the default minute.
  test.setTimeout(240_000);
  // About 1.5 MB of wire copy: each paragraph of the fixture, numbered so that none repeats.
  const paragraphs = fixture('geneva-talks-fr.txt').split('\n').filter((p) => p.trim().length > 80);
  const lines: string[] = ['Une très longue dépêche'];
  for (let i = 0, size = 0; size < 1_500_000; i++) {
    const line = `${i + 1}. ${paragraphs[i % paragraphs.length]!}`;
    lines.push(line);
    size += line.length + 1;
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
  await (await chooser).setFiles({ name: 'longue-depeche.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n'), 'utf8') });
  await expect(reader(page).getByRole('heading', { name: 'Une très longue dépêche', level: 1 })).toBeVisible({ timeout: 60_000 });

  const panel = page.getByRole('region', { name: 'Operations in progress' });
  await expect(panel.getByRole('progressbar', { name: 'Analysing the article' })).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: '/tmp/progress-analysis.png' });
  await panel.getByRole('button', { name: 'Cancel: Analysing the article' }).click();
  await expect(panel).toBeHidden();
  await showFlags(page);
  await expect(flagsRegion(page).getByText('Analysis cancelled: no flags or suggestions for this text until you run it.')).toBeVisible();
  await flagsRegion(page).getByRole('button', { name: 'Analyse' }).click();
  await expect(flagsRegion(page).getByText(/^Analysis cancelled/)).toBeHidden();
  await expect(flagsRegion(page).getByText('Vague attributions', { exact: false }).first()).toBeVisible({ timeout: 150_000 });
});

test('a long list of flags is virtualised: only what is in view is in the page, the rest comes as the list scrolls', async ({ workbench: page }) => {
  // 150 paragraphs of the same shape: 149 near-duplicates of the first.
  const towns = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy', 'Juniper'];
  const text = Array.from({ length: 150 }, (_, i) => `In ${towns[i % 10]} ward ${i + 1}, bakery sales fell by ${i + 3} percent in the first quarter of the year.`).join('\n\n');
  await pasteArticle(page, text, 'Bakery sales by ward');
  await showFlags(page);
  const near = group(page, /^Near-duplicate passages/);
  await expect(near.locator('summary').first()).toHaveText('Near-duplicate passages (149)');
  const items = near.locator('li.flag-item');
  // Screen readers are told the size of the whole list.
  await expect(items.first()).toHaveAttribute('aria-setsize', '149');
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  expect(await items.count()).toBeLessThan(40);
  // Scrolled to its end, the list shows its last flag.
  await near.locator('.virtual-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(near.locator('li.flag-item[aria-posinset="149"]')).toBeVisible();
  await expect(near.locator('li.flag-item[aria-posinset="149"] blockquote')).toContainText('ward 150,');
  expect(await items.count()).toBeLessThan(40);
});

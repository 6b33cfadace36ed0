/**
 * The Suggestions tab (issue 17, point 1), in the browser host: suggestions
 * are hidden in the text by default and triaged in a ranked list — by
 * keyboard alone (arrows, A, R, G, "Accept top N" with its confirmation,
 * Ctrl+Z) — and the "Show suggestions in text" switch draws them in the
 * text, saved in the workspace (across a reload, and in Settings). axe finds
 * nothing serious on the tab or its confirmation.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axe, fixtureText, pasteArticle, reader, type Finding } from './a11y-helpers';

const geneva = fixtureText('geneva-talks-fr.txt');

const suggestionsRegion = (page: Page) => page.getByRole('region', { name: 'Suggestions', exact: true });
const list = (page: Page) => suggestionsRegion(page).getByRole('list', { name: 'Suggested claims, most worth checking first' });
const items = (page: Page) => list(page).getByRole('listitem');
/** The suggestions drawn in the text (their badges). */
const inText = (page: Page) => reader(page).getByRole('button', { name: /^Suggested claim, score/ });
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const showInText = (scope: Page | Locator) => scope.getByRole('checkbox', { name: 'Show suggestions in text' });

async function analysed(page: Page): Promise<void> {
  await expect(page.locator('.flags-live')).toHaveText(/^Analysis done: \d+ flags, \d+ suggestions$/);
}

/** The rank shown on an item ("No. 3"). */
const rankOf = async (item: Locator) => Number(/No\. (\d+)/.exec((await item.textContent()) ?? '')?.[1]);

test('triage by keyboard alone: move, go to, accept, reject, undo, accept the top N in one undoable step', async ({ workbench: page }) => {
  await pasteArticle(page, geneva, 'Genève');
  await analysed(page);
  // Hidden in the text by default.
  await expect(inText(page)).toHaveCount(0);

  // To the tab from the tab list, with the arrows.
  await page.getByRole('tab', { name: 'Claims' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tab = page.getByRole('tab', { name: /^Suggestions \(\d+\)$/ });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(suggestionsRegion(page)).toBeVisible();
  const count = await items(page).count();
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(tab).toHaveText(`Suggestions (${count})`);
  // The list says its keys.
  await expect(list(page)).toHaveAccessibleDescription(/A accepts the focused one as a claim, R rejects it, G or Enter shows it in the text/);

  // Tab: the switch, the number, "Accept top…", then the list — one stop, on its first item.
  await page.keyboard.press('Tab');
  await expect(showInText(suggestionsRegion(page))).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(suggestionsRegion(page).getByRole('spinbutton', { name: 'Number to accept' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(suggestionsRegion(page).getByRole('button', { name: 'Accept top…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(items(page).first()).toBeFocused();
  await expect(items(page).first()).toContainText('No. 1');
  await expect(items(page).first()).toContainText('Selon certaines informations');
  await expect(items(page).first()).toContainText('Why: ');

  // Arrows move between items; Home and End to the ends.
  await page.keyboard.press('ArrowDown');
  await expect(items(page).nth(1)).toBeFocused();
  await expect(items(page).nth(1)).toContainText('No. 2');
  await page.keyboard.press('End');
  await expect(items(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');

  // G shows the focused one in the text, marked, and focus stays in the list.
  const second = (await items(page).nth(1).locator('blockquote').textContent())!.trim();
  await page.keyboard.press('g');
  const marked = reader(page).locator('mark.hl-suggestion.is-selected');
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  await expect(marked).toContainText(second.slice(0, 40));
  await expect(inText(page)).toHaveCount(1);
  await expect(items(page).nth(1)).toBeFocused();
  await expect(items(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: '/tmp/suggestions-goto.png' });

  // A accepts it as a claim; focus moves to the next item.
  const third = (await items(page).nth(2).locator('blockquote').textContent())!.trim();
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: 'Marked as a claim.' })).toBeVisible();
  await expect(library(page)).toContainText('1 claim');
  await expect(items(page)).toHaveCount(count - 1);
  await expect(page.locator(':focus')).toContainText(third.slice(0, 40));
  await expect(list(page)).not.toContainText(second.slice(0, 40));

  // R rejects the focused one; focus moves to the next.
  const fourth = (await items(page).nth(2).locator('blockquote').textContent())!.trim();
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: 'Suggestion hidden.' })).toBeVisible();
  await expect(items(page)).toHaveCount(count - 2);
  await expect(page.locator(':focus')).toContainText(fourth.slice(0, 40));
  await expect(list(page)).not.toContainText(third.slice(0, 40));

  // Ctrl+Z takes the rejection back: it is suggested again.
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(count - 1);
  await expect(list(page)).toContainText(third.slice(0, 40));
  await expect(library(page)).toContainText('1 claim');

  // Accept top N: back to the number (Shift+Tab), 2, Enter; the confirmation says how many claims.
  const left = count - 1;
  const ranked = await Promise.all(
    (await items(page).all()).slice(0, 3).map(async (item) => ({ rank: await rankOf(item), text: (await item.locator('blockquote').textContent())!.trim() })),
  );
  expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  await items(page).first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const number = suggestionsRegion(page).getByRole('spinbutton', { name: 'Number to accept' });
  await expect(number).toBeFocused();
  await expect(number).toHaveValue('5');
  // A number out of range is refused with a clear message.
  await page.keyboard.press('Control+a');
  await page.keyboard.type(String(left + 1));
  await page.keyboard.press('Enter');
  await expect(suggestionsRegion(page).getByRole('alert')).toHaveText(`Enter a whole number from 1 to ${left}.`);
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Accept the top suggestions?' });
  await expect(confirm).toContainText('2 claims will be created');
  await expect(confirm.getByRole('button', { name: 'Create 2 claims' })).toBeFocused();
  await page.screenshot({ path: '/tmp/suggestions-accept-top.png' });
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 claims created from the suggestions.' })).toBeVisible();
  await expect(library(page)).toContainText('3 claims');
  await expect(items(page)).toHaveCount(left - 2);
  // The two best went, the third is now first.
  await expect(list(page)).not.toContainText(ranked[0]!.text.slice(0, 40));
  await expect(list(page)).not.toContainText(ranked[1]!.text.slice(0, 40));
  await expect(items(page).first()).toContainText(ranked[2]!.text.slice(0, 40));
  await expect(items(page).first()).toContainText('No. 1');

  // Focus is back in the number (where Ctrl+Z is the field's own); one Ctrl+Z out of it takes both claims back.
  await expect(number).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+z');
  await expect(library(page)).toContainText('1 claim');
  await expect(items(page)).toHaveCount(left);
  await expect(items(page).first()).toContainText(ranked[0]!.text.slice(0, 40));
  // The claims are in the Claims tab as well: one left, the one accepted first.
  await page.getByRole('tab', { name: 'Claims' }).click();
  await expect(page.getByRole('region', { name: 'Claims', exact: true }).getByRole('listitem')).toHaveCount(1);

  // The shortcuts sheet names the list's keys.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: 'A Accept the focused suggestion as a claim (Suggestions list)' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'R Reject the focused suggestion (Suggestions list)' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'G or Enter Show the focused suggestion in the text (Suggestions list)' })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('"Show suggestions in text": off by default, draws them when on, saved across a reload and in Settings', async ({ workbench: page }) => {
  await pasteArticle(page, geneva, 'Genève');
  await analysed(page);
  await expect(inText(page)).toHaveCount(0);
  await expect(reader(page).locator('mark.hl-suggestion')).toHaveCount(0);

  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const count = await items(page).count();
  const toggle = showInText(suggestionsRegion(page));
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  // The suggestions are drawn in the text (those of the paragraphs on screen: the reader is virtualised).
  await expect(inText(page).first()).toBeVisible();
  const drawn = await inText(page).count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThanOrEqual(count);
  await page.screenshot({ path: '/tmp/suggestions-in-text.png' });

  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await analysed(page);
  await expect(inText(page)).toHaveCount(drawn);

  // The same setting in Settings: on; switched off there, the text is calm again.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(showInText(settings)).toBeChecked();
  await showInText(settings).uncheck();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(inText(page)).toHaveCount(0);
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  await expect(showInText(suggestionsRegion(page))).not.toBeChecked();

  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await analysed(page);
  await expect(inText(page)).toHaveCount(0);
  await expect(reader(page).locator('mark.hl-suggestion')).toHaveCount(0);
});

test('the Suggestions tab and its confirmation are axe clean; no article, then none left, say so', async ({ workbench: page }) => {
  const findings: Finding[] = [];
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await expect(suggestionsRegion(page)).toContainText('Open an article to see the sentences most worth checking in it.');
  await axe(page, 'suggestions tab, no article', findings);

  await pasteArticle(page, geneva, 'Genève');
  await analysed(page);
  await expect(items(page).first()).toBeVisible();
  await axe(page, 'suggestions tab', findings);
  await items(page).first().focus();
  await page.keyboard.press('g');
  await expect(reader(page).locator('mark.hl-suggestion.is-selected')).toHaveCount(1);
  await axe(page, 'suggestions tab, one gone to', findings);

  const count = await items(page).count();
  await suggestionsRegion(page).getByRole('spinbutton', { name: 'Number to accept' }).fill(String(count));
  await suggestionsRegion(page).getByRole('button', { name: 'Accept top…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Accept the top suggestions?' });
  await expect(confirm).toContainText(`${count} claims will be created`);
  await axe(page, 'accept top confirmation', findings);
  await confirm.getByRole('button', { name: `Create ${count} claims` }).click();
  await expect(confirm).toBeHidden();
  await expect(library(page)).toContainText(`${count} claims`);
  // Accepting claims may bring in sentences that were beyond the article's budget; accept until none is left.
  for (let round = 0; round < 5 && (await items(page).count()) > 0; round++) {
    const more = await items(page).count();
    await suggestionsRegion(page).getByRole('spinbutton', { name: 'Number to accept' }).fill(String(more));
    await suggestionsRegion(page).getByRole('button', { name: 'Accept top…' }).click();
    await page.getByRole('dialog', { name: 'Accept the top suggestions?' }).getByRole('button', { name: /^Create \d+ claims?$/ }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(items(page)).not.toHaveCount(more);
  }
  await expect(suggestionsRegion(page)).toContainText('No suggestions left in this article');
  await expect(page.getByRole('tab', { name: 'Suggestions (0)' })).toBeVisible();
  await axe(page, 'suggestions tab, none left', findings);
  expect(findings, findings.map((f) => `${f.screen}: ${f.rule} ${f.nodes.join(' | ')}`).join('\n')).toEqual([]);
});

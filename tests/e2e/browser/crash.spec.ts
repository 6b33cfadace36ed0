/**
 * Crash safety in the browser host: the page is closed abruptly (no
 * beforeunload), right after an edit the status bar showed as saved, or in
 * the middle of typing. A new page reopens the same article and claim, and
 * everything that was shown as saved is there.
 */
import { test, expect } from './fixtures';
import { claimRegion, fixtureText, markClaim, pasteArticle, reader, saveStatus } from './backup-helpers';

const harbour = fixtureText('harbour-bridge-en.txt');
const QUOTE = 'We cannot keep patching a structure that carries 60,000 vehicles a day';
const SAVED_NOTE = 'Traffic count 2024: 61,200 vehicles a day.';

test('closing the page right after a saved edit loses nothing; the article and the claim reopen', async ({ workbench: page, context }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'True' });
  const note = claimRegion(page).getByLabel('Note');
  await note.fill(SAVED_NOTE);
  await note.blur();
  await expect(saveStatus(page)).toContainText('Saved at');

  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/index.html');
  await expect(again.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(reader(again).getByRole('heading', { level: 1, name: 'Harbour bridge' })).toBeVisible();
  await expect(claimRegion(again).locator('blockquote')).toHaveText(QUOTE);
  await expect(claimRegion(again).getByLabel('Note')).toHaveValue(SAVED_NOTE);
  await expect(claimRegion(again).getByLabel('Verdict')).toHaveValue('true');
  await again.close();
});

test('closing the page in the middle of typing keeps at least everything shown as saved', async ({ workbench: page, context }) => {
  await pasteArticle(page, harbour, 'Harbour bridge');
  await markClaim(page, QUOTE);
  const note = claimRegion(page).getByLabel('Note');
  await note.fill(SAVED_NOTE);
  await note.blur();
  await expect(saveStatus(page)).toContainText('Saved at');

  // Typing goes on; the page dies before the note's debounced save (400 ms).
  await note.focus();
  await note.press('End');
  await note.pressSequentially(' Source: city traffic office', { delay: 5 });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/index.html');
  await expect(claimRegion(again).locator('blockquote')).toHaveText(QUOTE);
  const reopened = await claimRegion(again).getByLabel('Note').inputValue();
  // What the status bar had shown as saved is there; the unsaved keystrokes may or may not be.
  expect(reopened.startsWith(SAVED_NOTE)).toBe(true);
  expect(`${SAVED_NOTE} Source: city traffic office`.startsWith(reopened)).toBe(true);
  await again.close();
});

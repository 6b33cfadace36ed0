/**
 * Find in the article (Ctrl/Cmd+F): the whole article is searched, mounted
 * or not; matches are painted, the current one is brought into view, Enter
 * and Shift+Enter step, Escape closes and gives the focus back to the text.
 * An article of up to FULL_DOM_MAX_PARAGRAPHS (400) paragraphs has all of
 * them in the page, for the window's find bar and a screen reader's "read
 * all"; a longer one is virtualised, and Find still reaches its end.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pasteArticle, reader } from './journeys';

/** How many matches are painted, and whether the current one is inside the reader's viewport. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const all = CSS.highlights.get('find-match');
    const current = CSS.highlights.get('find-current');
    const scroll = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    let visible = false;
    let text = '';
    let paragraph = -1;
    current?.forEach((r) => {
      const rect = (r as Range).getBoundingClientRect();
      visible = rect.top >= scroll.top && rect.bottom <= scroll.bottom && rect.height > 0;
      text = (r as Range).toString();
      const row = (r as Range).startContainer.parentElement?.closest<HTMLElement>('[data-index]');
      paragraph = row ? Number(row.dataset['index']) : -1;
    });
    return { others: all?.size ?? 0, current: current?.size ?? 0, visible, text, paragraph };
  });

/** Paragraphs of the reader in the page. */
const inPage = (page: Page) => reader(page).locator('article [data-start]').count();

test('Ctrl+F finds every match in a virtualised article, ignoring case and accents, and steps through them to its last paragraph', async ({ workbench: page }) => {
  // 450 paragraphs, over the threshold: the reader mounts only some of them; "Zurich" is in the 3rd and the last.
  const paragraphs = Array.from({ length: 450 }, (_, i) =>
    i === 2 ? 'The delegates met in Zürich on Monday.' : i === 449 ? 'They met again in ZURICH a month later.' : `Paragraph ${i + 1} says nothing of note about the talks.`,
  );
  await pasteArticle(page, paragraphs.join('\n\n'), 'Long talks');
  await expect(reader(page).getByText('Paragraph 1 says nothing')).toBeVisible();
  expect(await inPage(page)).toBeLessThan(100);
  await reader(page).locator('article').focus();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const field = bar.getByRole('searchbox', { name: 'Find in article' });
  await expect(field).toBeFocused();
  await field.fill('zurich');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await expect.poll(async () => (await painted(page)).text).toBe('Zürich');
  expect((await painted(page)).visible).toBe(true);

  await field.press('Enter');
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  await expect.poll(async () => (await painted(page)).text).toBe('ZURICH');
  await expect.poll(async () => (await painted(page)).visible).toBe(true);
  expect((await painted(page)).paragraph).toBe(449);

  await field.press('Shift+Enter');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await expect.poll(async () => (await painted(page)).text).toBe('Zürich');

  await field.fill('no such words');
  await expect(bar.getByRole('status')).toHaveText('No matches');
  await expect(bar.getByRole('button', { name: 'Next match' })).toBeDisabled();

  await field.fill('paragraph 1');
  // "Paragraph 1", "Paragraph 10"…"Paragraph 19", "Paragraph 100"…: all of them counted, the mounted ones painted.
  await expect(bar.getByRole('status')).toHaveText(/^\d+ of 111$/);
  expect((await painted(page)).others).toBeGreaterThan(0);

  await field.press('Escape');
  await expect(bar).toBeHidden();
  await expect(reader(page).locator('article')).toBeFocused();
  expect(await painted(page)).toMatchObject({ others: 0, current: 0 });
});

test('an article of 50 paragraphs is all in the page, lazily painted; Ctrl+F reaches and paints its last paragraph', async ({ workbench: page }) => {
  const paragraphs = Array.from({ length: 50 }, (_, i) =>
    i === 0 ? 'The harbour board met on Monday to discuss the ferry timetable.' : i === 49 ? 'The ferry timetable will be published in the spring.' : `Paragraph ${i + 1} adds nothing new about the board.`,
  );
  await pasteArticle(page, paragraphs.join('\n\n'), 'Ferry board');
  await expect(reader(page).getByText('The harbour board met on Monday')).toBeVisible();
  // Every paragraph is in the page (the window's find bar and a screen reader's "read all" reach the last one)…
  expect(await inPage(page)).toBe(50);
  await expect(reader(page).getByText('The ferry timetable will be published in the spring.')).toBeAttached();
  // …and those off screen are skipped until scrolled to.
  const rows = await reader(page).locator('article .reader-row').evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
  expect(rows).toHaveLength(50);
  expect(new Set(rows)).toEqual(new Set(['auto']));

  await reader(page).locator('article').focus();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const field = bar.getByRole('searchbox', { name: 'Find in article' });
  await field.fill('ferry timetable');
  await expect(bar.getByRole('status')).toHaveText('1 of 2');
  await expect.poll(async () => (await painted(page)).paragraph).toBe(0);
  await field.press('Enter');
  await expect(bar.getByRole('status')).toHaveText('2 of 2');
  await expect.poll(async () => (await painted(page)).paragraph).toBe(49);
  await expect.poll(async () => (await painted(page)).visible).toBe(true);
  expect((await painted(page)).text).toBe('ferry timetable');

  // Every match is painted, not only those near the viewport: "board" is in 49 paragraphs.
  await field.fill('board');
  await expect(bar.getByRole('status')).toHaveText(/^\d+ of 49$/);
  await expect.poll(async () => (await painted(page)).others + (await painted(page)).current).toBe(49);
});

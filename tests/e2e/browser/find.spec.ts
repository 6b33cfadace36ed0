/**
 * Find in the article (Ctrl/Cmd+F): the whole article is searched, mounted
 * or not; matches are painted, the current one is brought into view, Enter
 * and Shift+Enter step, Escape closes and gives the focus back to the text.
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
    current?.forEach((r) => {
      const rect = (r as Range).getBoundingClientRect();
      visible = rect.top >= scroll.top && rect.bottom <= scroll.bottom && rect.height > 0;
      text = (r as Range).toString();
    });
    return { others: all?.size ?? 0, current: current?.size ?? 0, visible, text };
  });

test('Ctrl+F finds every match in a long article, ignoring case and accents, and steps through them', async ({ workbench: page }) => {
  // 400 paragraphs: the reader mounts only some of them; "Zurich" is in the 3rd and the 390th.
  const paragraphs = Array.from({ length: 400 }, (_, i) =>
    i === 2 ? 'The delegates met in Zürich on Monday.' : i === 389 ? 'They met again in ZURICH a month later.' : `Paragraph ${i + 1} says nothing of note about the talks.`,
  );
  await pasteArticle(page, paragraphs.join('\n\n'), 'Long talks');
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
  await page.screenshot({ path: '/tmp/find.png' });

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

/**
 * Titles (issue 17, point 4): a photo caption never becomes the title, the
 * title is shown once (an opening headline is the page's heading, not a
 * second copy of it), and the headline is never suggested as a claim.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { reader } from './journeys';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const libraryItems = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Articles' }).getByRole('listitem');

async function importFile(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
  await (await chooser).setFiles(fixture(name));
}

/** Waits for the analysis to be done (its highlights in place). */
async function analysed(page: Page) {
  await expect(page.locator('.flags-live')).toHaveText(/^Analysis done/);
  await expect(reader(page).locator('article')).toHaveAttribute('aria-busy', 'false');
}

test('the seed whose first line is a photo caption is titled by its first body sentence, cut between words, shown once', async ({ workbench: page }) => {
  await importFile(page, 'geneva-talks-fr.txt');
  const article = reader(page).locator('article');
  const h1 = article.getByRole('heading', { level: 1 });
  await expect(h1).toHaveCount(1);
  const title = (await h1.textContent()) ?? '';
  expect(title).toMatch(/^Les deux délégation ont réaffirmé que tout accord futur .+…$/);
  expect(title).not.toMatch(/Rubio|Genève/);
  // The cut falls between two words of the paragraph.
  const lead = (await article.locator('.para-body').first().textContent()) ?? '';
  expect(lead.startsWith(`${title.slice(0, -1)} `) || lead.startsWith(`${title.slice(0, -1)},`)).toBe(true);
  // The caption stays in the text, as a caption.
  await expect(article.locator('.para-caption').first()).toContainText('lors d’une conférence de presse à Genève');
  await expect(libraryItems(page).first().locator('.article-item')).toContainText(title);
});

test('a seed that opens with its headline shows it once, as the title, and never suggests it', async ({ workbench: page }) => {
  await importFile(page, 'harbour-bridge-en.txt');
  const article = reader(page).locator('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Harbour bridge repairs to cost $48 million, council says');
  await analysed(page);
  await expect(article.getByText('Harbour bridge repairs to cost $48 million, council says')).toHaveCount(1);
  await expect(article.getByRole('heading', { level: 2, name: /Harbour bridge/ })).toHaveCount(0);
  await expect(article.locator('h1 mark')).toHaveCount(0);
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const suggested = page.getByRole('region', { name: 'Suggestions', exact: true }).locator('blockquote');
  await expect(suggested.first()).toBeVisible();
  expect((await suggested.allTextContents()).some((t) => t.includes('Harbour bridge repairs'))).toBe(false);
});

test('pasted text without a title: the headline is the title, shown once, and not suggested as a claim', async ({ workbench: page }) => {
  const headline = 'Ferry fares to rise by 12% in 2027, the port authority says';
  // A standfirst shorter than the headline: the paragraph classifier reads the headline as body text.
  const text = [
    headline,
    'The board voted.',
    'The port authority said on Friday that fares on the three ferry lines would rise by 12% next year, the first increase since 2019. The board approved the plan by six votes to one.',
    'Critics say the rise will hurt commuters who earn less than €2,000 a month.',
  ].join('\n');
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  const article = reader(page).locator('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline);
  await analysed(page);
  await expect(article.getByText(headline)).toHaveCount(1);
  await expect(article.locator('h1 mark')).toHaveCount(0);
  // The body's sentences are still suggested: the analysis ran and left only the headline out.
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const suggested = page.getByRole('region', { name: 'Suggestions', exact: true }).locator('blockquote');
  await expect(suggested.first()).toBeVisible();
  expect(await suggested.allTextContents()).not.toContain(headline);
  await expect(libraryItems(page).first().locator('.article-item')).toContainText(headline);
});

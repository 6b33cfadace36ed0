/**
 * Layouts for every screen (issue: a desk-ready workbench): at 1024×700,
 * 1280×800 and 1920×1080, in light and dark, in English and French, the
 * window has no horizontal overflow, each toolbar is one row (what does not
 * fit is under "More"), the reader's lines hold 60–80 characters, no button
 * or field text is clipped, and axe finds nothing serious. Below 1200 px the
 * library is a drawer and the inspector an overlay panel, both by keyboard.
 */
import type { Page } from '@playwright/test';
import { LOCALES } from '../../../src-renderer/core/i18n/bundled';
import { test, expect } from './fixtures';
import { axe, claimRegion, fixtureText, pasteArticle, reader, selectText, type Finding } from './a11y-helpers';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function openSeed(page: Page): Promise<void> {
  await pasteArticle(page, fixtureText('harbour-bridge-en.txt'), 'Harbour bridge');
  await expect(reader(page).locator('article')).toHaveAttribute('aria-busy', 'false');
}

async function toFrench(page: Page): Promise<void> {
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Interface language').selectOption({ label: 'Français' });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** Every interface string without parameters, in both languages: the texts that must never be clipped. */
const UI_STRINGS = Object.values(LOCALES).flatMap((catalogue) =>
  Object.values(catalogue as unknown as Record<string, Record<string, unknown>>).flatMap((messages) =>
    Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>))).filter((text) => !/\{\w+\}/.test(text)),
  ),
);

/** What a layout must hold at any size; returns the problems found, described. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((uiStrings) => {
    const ui = new Set(uiStrings);
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) problems.push(`the page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const pane of document.querySelectorAll<HTMLElement>('.pane')) {
      if (pane.scrollWidth > pane.clientWidth + 1) problems.push(`${pane.getAttribute('aria-label')} scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
    }
    for (const bar of document.querySelectorAll<HTMLElement>('.overflow-toolbar')) {
      // One row: every item's middle on the row's middle.
      const middles = [...bar.children].map((c) => {
        const r = c.getBoundingClientRect();
        return (r.top + r.bottom) / 2;
      });
      if (Math.max(...middles) - Math.min(...middles) > 4) problems.push(`toolbar "${bar.getAttribute('aria-label')}" is not one row`);
      const box = bar.getBoundingClientRect();
      for (const c of bar.children) {
        const r = c.getBoundingClientRect();
        if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`"${(c.textContent ?? '').trim()}" is cut off by its toolbar`);
      }
    }
    // An interface string that does not fit its control is clipped (a button's label or a field's placeholder).
    const visible = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    for (const b of document.querySelectorAll<HTMLElement>('button')) {
      const label = b.textContent?.replace(/▾/g, '').trim() ?? '';
      if (ui.has(label) && visible(b) && b.scrollWidth > b.clientWidth + 1) problems.push(`button "${label}" clips its text`);
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!visible(input) || !ui.has(input.placeholder)) continue;
      const style = getComputedStyle(input);
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(input.placeholder).width > room + 1) problems.push(`the placeholder "${input.placeholder}" is cut off`);
    }
    return problems;
  }, UI_STRINGS);
}

/** Characters per full line of the article's longest plain paragraph (the last line, usually short, left out). */
async function lineLengths(page: Page): Promise<number[]> {
  return reader(page).locator('article').evaluate((article) => {
    const paras = [...article.querySelectorAll<HTMLElement>('p.para')].filter((p) => !p.querySelector('mark'));
    const p = paras.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    if (!p) return [];
    const text = p.firstChild as Text;
    const counts = new Map<number, number>();
    const range = document.createRange();
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const top = Math.round(range.getBoundingClientRect().top);
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n).slice(0, -1);
  });
}

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`at ${size.width}×${size.height} in ${scheme}: one-row toolbars, no overflow, a readable measure, nothing clipped, axe clean`, async ({ page, watch }) => {
      void watch;
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await page.goto('/index.html');
      await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
      await openSeed(page);
      await selectText(page, 'The city council approved a $48 million repair plan');
      await page.keyboard.press('c');
      await expect(claimRegion(page).locator('blockquote')).toHaveText('The city council approved a $48 million repair plan');

      expect(await layoutProblems(page)).toEqual([]);
      const lines = await lineLengths(page);
      expect(lines.length).toBeGreaterThan(1);
      // 60–80 characters a line on average (a long word carried over shortens one line), and never more than 80.
      const average = lines.reduce((a, b) => a + b, 0) / lines.length;
      expect(average).toBeGreaterThanOrEqual(60);
      expect(average).toBeLessThanOrEqual(80);
      expect(Math.max(...lines)).toBeLessThanOrEqual(80);
      const findings: Finding[] = [];
      await axe(page, `main screen ${size.width} ${scheme}`, findings);
      expect(findings).toEqual([]);

      await toFrench(page);
      await expect(page.getByRole('toolbar', { name: 'Actions de l’atelier' })).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);
    });
  }
}

test('below 1200 px the library is a drawer and the inspector an overlay, both by keyboard', async ({ page, watch }) => {
  void watch;
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await openSeed(page);
  const libraryPane = page.getByRole('navigation', { name: 'Library' });
  const inspectorPane = page.getByRole('complementary', { name: 'Inspector' });
  // Folded away: not shown, not reachable.
  await expect(libraryPane).toBeHidden();
  await expect(inspectorPane).toBeHidden();
  const width = await reader(page).evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(900);

  const libraryButton = page.getByRole('button', { name: 'Library' });
  await libraryButton.focus();
  await page.keyboard.press('Enter');
  await expect(libraryButton).toHaveAttribute('aria-expanded', 'true');
  await expect(libraryPane).toBeVisible();
  await expect(libraryPane.locator(':focus')).toHaveCount(1);
  const findings: Finding[] = [];
  await axe(page, 'library drawer', findings);
  await page.keyboard.press('Escape');
  await expect(libraryPane).toBeHidden();
  await expect(libraryButton).toBeFocused();

  // Marking a claim opens its details in the overlay; Escape closes it.
  await selectText(page, 'Mayor Elena Ruiz said the work would begin in March');
  await page.keyboard.press('c');
  await expect(inspectorPane).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText('Mayor Elena Ruiz said the work would begin in March');
  await axe(page, 'inspector overlay', findings);
  await claimRegion(page).getByLabel('Verdict').focus();
  await page.keyboard.press('Escape');
  await expect(inspectorPane).toBeHidden();
  await expect(page.getByRole('button', { name: 'Inspector' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspectorPane).toBeVisible();
  expect(findings).toEqual([]);
});

test('a toolbar too narrow for its buttons moves the rest under More, which works by keyboard', async ({ page, watch }) => {
  void watch;
  // A window narrower than any the layouts are made for: the French tools cannot all fit.
  await page.setViewportSize({ width: 760, height: 700 });
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await openSeed(page);
  await toFrench(page);
  const tools = page.getByRole('toolbar', { name: 'Outils d’annotation' });
  const more = tools.getByRole('button', { name: 'Plus' });
  await expect(more).toBeVisible();
  await more.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: 'Autres outils d’annotation' });
  await expect(list).toBeVisible();
  const findings: Finding[] = [];
  await axe(page, 'More menu', findings);
  expect(findings).toEqual([]);
  await page.keyboard.press('End');
  const last = list.getByRole('button').last();
  await expect(last).toBeFocused();
  const name = (await last.textContent()) ?? '';
  expect(['Comparer les versions', 'Modifier le texte', 'Concentration']).toContain(name.trim());
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(more).toBeFocused();
});

test('the Focus view dims everything but claims and open flags', async ({ workbench: page }) => {
  await openSeed(page);
  await selectText(page, 'The city council approved a $48 million repair plan');
  await page.keyboard.press('c');
  const article = reader(page).locator('article');
  const colour = (selector: string) => article.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
  const plainBefore = await colour('p.para:not(:has(mark))');
  await reader(page).getByRole('button', { name: 'Focus' }).click();
  await expect(reader(page).getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
  await expect(article).toHaveClass(/focus-view/);
  expect(await colour('p.para:not(:has(mark))')).not.toBe(plainBefore);
  expect(await colour('mark.hl-claim')).toBe(plainBefore);
  expect(await colour('mark.hl-flag')).toBe(plainBefore);
});

test('a claim number never wraps apart from its first word, and a nested claim gets its own lane', async ({ workbench: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSeed(page);
  await selectText(page, 'The city council approved a $48 million repair plan for the Northgate harbour bridge');
  await page.keyboard.press('c');
  await selectText(page, '$48 million repair plan');
  await page.keyboard.press('c');
  await expect(reader(page).locator('article .hl-claim > .hl-badge')).toHaveCount(2);
  const article = reader(page).locator('article');
  // Every badge sits on the line of the word after it, however the lines fall (the article narrowed step by step).
  const worst = await article.evaluate((root) => {
    let max = 0;
    for (let width = 180; width <= 640; width += 9) {
      root.style.maxWidth = `${width}px`;
      for (const badge of root.querySelectorAll<HTMLElement>('.hl-claim > .hl-badge')) {
        const next = badge.nextSibling!;
        const range = document.createRange();
        if (next.nodeType === Node.TEXT_NODE) {
          range.setStart(next, 0);
          range.setEnd(next, 1);
        } else range.selectNode(next);
        max = Math.max(max, Math.abs(range.getClientRects()[0]!.bottom - badge.getClientRects()[0]!.bottom));
      }
    }
    root.style.maxWidth = '';
    return max;
  });
  expect(worst).toBeLessThan(12);
  // The inner claim's underline is drawn lower than the outer one's.
  const bottoms = await article.evaluate((root) => {
    const inner = root.querySelector<HTMLElement>('mark.hl-claim mark.hl-claim')!;
    const outer = inner.parentElement!.closest<HTMLElement>('mark.hl-claim')!;
    const pad = (el: HTMLElement) => parseFloat(getComputedStyle(el).paddingBottom);
    return { inner: pad(inner), outer: pad(outer) };
  });
  expect(bottoms.inner).toBeGreaterThan(bottoms.outer);
});

test('flag markers sit in the margin, never over the text or each other, and say what they flag on hover and on focus', async ({ page, watch }) => {
  void watch;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/index.html');
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await openSeed(page);
  const article = reader(page).locator('article');
  const markers = article.locator('.hl-marker');
  await expect(markers.first()).toBeVisible();
  // Narrowed step by step, so that passages come to start on the same line: still no overlap.
  const problems = await article.evaluate((root) => {
    const found: string[] = [];
    for (let width = 320; width <= 700; width += 40) {
      root.style.maxWidth = `${width}px`;
      const boxes = [...root.querySelectorAll<HTMLElement>('.hl-marker')].map((m) => m.getBoundingClientRect());
      const text = [...root.querySelectorAll<HTMLElement>('.para')].map((p) => p.getBoundingClientRect());
      for (const [i, b] of boxes.entries()) {
        // In the margin: beside the paragraphs' text box, not over it.
        if (text.some((t) => b.right > t.left + 1 && b.left < t.right - 1 && b.bottom > t.top + 1 && b.top < t.bottom - 1)) found.push(`marker ${i} over the text at ${width}px`);
      }
    }
    root.style.maxWidth = '';
    return found;
  });
  expect(problems).toEqual([]);
  const first = markers.first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  expect(label.length).toBeGreaterThan(10);
  await first.hover();
  await expect(page.locator('.marker-tip')).toHaveText(label);
  await page.mouse.move(5, 5);
  await expect(page.locator('.marker-tip')).toHaveCount(0);
  await first.focus();
  await expect(page.locator('.marker-tip')).toHaveText(label);
  // Enter opens its details.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').first()).toBeVisible();
});

test('passages starting on the same line put their markers where they do not cover each other', async ({ workbench: page }) => {
  await pasteArticle(page, 'Critics say the plan failed and some reportedly left.\n\nThe council met on Tuesday.', 'Same line');
  await expect(reader(page).locator('article')).toHaveAttribute('aria-busy', 'false');
  const markers = reader(page).locator('article .para').first().locator('.hl-marker');
  await expect.poll(() => markers.count()).toBeGreaterThanOrEqual(2);
  const boxes = await markers.evaluateAll((list) => list.map((m) => ({ side: (m as HTMLElement).dataset['side'] ?? 'start', ...m.getBoundingClientRect().toJSON() }) as { side: string; left: number; right: number; top: number; bottom: number }));
  // The passages start on the first line: the second marker goes to the other margin.
  expect(boxes.map((b) => b.side).slice(0, 2)).toEqual(['start', 'end']);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
  }
});

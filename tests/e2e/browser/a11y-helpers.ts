/**
 * Helpers of the accessibility, keyboard and French journeys: axe-core runs
 * that collect serious and critical violations, and the usual set-up steps.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');

export const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
export const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
export const claimsRegion = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });
export const flagsRegion = (page: Page) => page.getByRole('region', { name: 'Flags', exact: true });

/** One axe finding, flattened for a readable failure message. */
export interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the page
 * and adds its serious and critical violations to `findings`, labelled with
 * `screen` (only inside `include` when given). Minor and moderate ones are
 * left to review by hand.
 */
export async function axe(page: Page, screen: string, findings: Finding[], include?: string): Promise<void> {
  // The export preview is the report itself in a sandboxed frame without
  // scripts: axe cannot run inside it (the report has its own checks).
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).exclude('iframe[sandbox]');
  if (include) builder.include(include);
  const result = await builder.analyze();
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    findings.push({
      screen,
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    });
  }
}

/** "Paste article" with a title, by mouse; waits until the article is open in the reader. */
export async function pasteArticle(page: Page, text: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel(/^Title/).fill(title);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(reader(page).getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/**
 * Selects the first appearance of `quote` in the reader with a DOM Range, as a
 * mouse drag would. The reader is virtualised: it scrolls until it is rendered.
 */
export async function selectText(page: Page, quote: string): Promise<void> {
  await page.evaluate(async (quote) => {
    const scroller = document.querySelector<HTMLElement>('main .reader-scroll')!;
    const root = scroller.querySelector('article')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const find = (): Range | null => {
      for (const p of Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))) {
        const at = (p.textContent ?? '').indexOf(quote);
        if (at < 0) continue;
        const locate = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let left = offset;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = (n as Text).data.length;
            if (left <= len) return [n, left];
            left -= len;
          }
          throw new Error('offset outside paragraph');
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + quote.length));
        return range;
      }
      return null;
    };
    scroller.scrollTop = 0;
    await frame();
    for (let tries = 0; tries < 100; tries++) {
      const range = find();
      if (range) {
        (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        await frame();
        const again = find() ?? range;
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(again);
        return;
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight) break;
      scroller.scrollTop += scroller.clientHeight * 0.8;
      await frame();
    }
    throw new Error(`not in the reader: ${quote}`);
  }, quote);
}

/** Marks `quote` as a claim with the reader's toolbar button and waits for the claim inspector. */
export async function markClaim(page: Page, quote: string): Promise<void> {
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote').first()).toHaveText(quote);
}

/** The name of the element that has the focus, for messages; fails when focus fell back to <body>. */
export async function expectFocusKept(page: Page, after: string): Promise<void> {
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body || el === document.documentElement ? null : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
  });
  expect(where, `focus lost after ${after}`).not.toBeNull();
}

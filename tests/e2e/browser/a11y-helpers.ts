/**
 * Helpers of the accessibility, keyboard and French journeys: axe-core runs
 * that collect serious and critical violations, and the usual set-up steps.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
export { selectText, pasteArticle } from './journeys';
import { selectText } from './journeys';

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

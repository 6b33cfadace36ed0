/**
 * A note, verdict or status saved re-renders only the claim it touches
 * (issue 14, point 1): its row of the claims list and the paragraph holding
 * its highlight, not the other claims' rows and paragraphs. Counted in the
 * built app with React's developer-tools hook (render-probe.ts) on an
 * article of 40 paragraphs with 100 claims brought in through "Import
 * review"; and what the editor sees stays right: the highlight's hover text
 * carries the new note, its class the new verdict, the row the new status.
 */
import { reviewJson } from '../bench/review-fixture';
import { expect, test } from './fixtures';
import { installRenderProbe, startCounting, stopCounting } from './render-probe';

const TITLE = 'Council budget review';
const CLAIMS = 100;

/** 40 paragraphs of three numbered sentences, a claim on each of the first 100 sentences. */
function review(): string {
  const text = Array.from({ length: 40 }, (_, p) =>
    [0, 1, 2].map((s) => `The council said spending on item ${p * 3 + s + 1} rose by ${(p * 7 + s * 3) % 90 + 5} percent in ${2000 + ((p + s) % 25)}.`).join(' '),
  ).join('\n\n');
  const spans = [...text.matchAll(/The council[^.]+\./g)].map((m) => [m.index, m.index + m[0].length] as const);
  return reviewJson({ id: 'render', title: TITLE, text, spans: spans.slice(0, CLAIMS), editor: 'Test', at: '2026-12-01T10:00:00.000Z' });
}

test('a note, verdict or status saved re-renders its own list row and paragraph only', async ({ workbench: page }) => {
  await installRenderProbe(page);
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(review()) });

  const reader = page.getByRole('main', { name: 'Article' });
  const claim = page.getByRole('region', { name: 'Claim', exact: true });
  const list = page.getByRole('region', { name: 'Claims', exact: true });
  await expect(reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(reader.locator('.reader-row')).toHaveCount(40);
  await reader.getByRole('button', { name: 'Claim 5: Not rated' }).click();
  await expect(claim.getByRole('heading', { name: 'Claim 5' })).toBeVisible();
  // Several rows of the list are on screen, so that re-rendering all of them would show.
  expect(await list.locator('.claim-row-item').count()).toBeGreaterThan(5);
  // ("Import review" gives the claims new ids: the highlight is found by its number.)
  const highlight = reader.locator('mark.hl-claim:has(> .hl-badge[data-n="5"])');
  const row = list.locator('.claim-row').filter({ hasText: /^5/ });
  const saved = page.getByText(/^(All changes saved|Saved at )/).first();

  // A note: typed, saved once after the pause.
  await startCounting(page);
  await claim.getByLabel('Note').pressSequentially('Matches the audit office report.');
  await expect(highlight).toHaveAttribute('title', /Matches the audit office report\./);
  await expect(saved).toBeVisible();
  const afterNote = await stopCounting(page);
  expect(afterNote['claim-row-item'] ?? 0, 'claims list rows rendered again for a note').toBeLessThanOrEqual(1);
  expect(afterNote['reader-row'] ?? 0, 'reader rows rendered again for a note').toBeLessThanOrEqual(1);
  expect(afterNote['para'] ?? 0, 'paragraphs rendered again for a note').toBeLessThanOrEqual(1);

  // A verdict: the highlight's colour class and the row's label change, nothing else.
  await startCounting(page);
  await claim.getByLabel('Verdict').selectOption({ label: 'False' });
  await expect(reader.getByRole('button', { name: 'Claim 5: False' })).toBeVisible();
  await expect(highlight).toHaveClass(/\bv-false\b/);
  await expect(row).toContainText('False');
  const afterVerdict = await stopCounting(page);
  expect(afterVerdict['claim-row-item'] ?? 0, 'claims list rows rendered again for a verdict').toBe(1);
  expect(afterVerdict['reader-row'] ?? 0, 'reader rows rendered again for a verdict').toBe(1);

  // A status.
  await startCounting(page);
  await claim.getByLabel('Status').selectOption({ label: 'In review' });
  await expect(row).toContainText('In review');
  await expect(highlight).toHaveAttribute('title', /In review/);
  const afterStatus = await stopCounting(page);
  expect(afterStatus['claim-row-item'] ?? 0, 'claims list rows rendered again for a status').toBe(1);
  expect(afterStatus['reader-row'] ?? 0, 'reader rows rendered again for a status').toBe(1);

  // The other claims are as they were.
  await expect(reader.getByRole('button', { name: 'Claim 4: Not rated' })).toBeVisible();
  await expect(list.locator('.claim-row').filter({ hasText: /^4/ })).toContainText('Open');
});

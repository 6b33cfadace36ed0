/**
 * The review report leaving the desk, in the browser host: every format of
 * "Export report" downloaded and read back, PDF through the print dialog,
 * the HTML report rendered and printed by Chromium, and "Import review"
 * restoring the work (or refusing a bad file without changing anything).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axe, type Finding } from './a11y-helpers';
import { selectText } from './journeys';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
/** The README's report screenshot is refreshed only on request (SCREENSHOT=1), so a test run never dirties the checkout. */
const README_SCREENSHOT = fileURLToPath(new URL('../../../resources/report-screenshot.png', import.meta.url));
const PDFTOTEXT = '/usr/bin/pdftotext';

const TITLE = 'Pourparlers de Genève';
const CLAIM_1 = 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine';
const CLAIM_2 = 'Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre';
const NOTE_1 = 'Le communiqué écrit « délégations » au pluriel & <b>non</b> confirmé.';
const NOTE_2 = 'Conditionnel : information non confirmée.';
const SOURCE_TITLE = 'Communiqué conjoint des délégations';
const SOURCE_URL = 'https://www.state.gov/joint-statement-geneva';
const SOURCE_QUOTE = 'Les délégations ont réaffirmé que tout accord futur devra respecter pleinement la souveraineté de l’Ukraine.';

const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const notifications = (page: Page) => page.getByRole('region', { name: 'Notifications' });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' });

async function pasteArticle(page: Page, text: string, title: string, meta: { url?: string; date?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel(/^Title/).fill(title);
  if (meta.url) await dialog.getByLabel(/^Source URL/).fill(meta.url);
  if (meta.date) await dialog.getByLabel(/^Publication date/).fill(meta.date);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(reader(page).getByRole('heading', { level: 1, name: title })).toBeVisible();
}


async function markClaim(page: Page, quote: string, verdict: string, note: string): Promise<void> {
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote.claim-quote')).toHaveText(quote);
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: verdict });
  await claimRegion(page).getByLabel('Note').fill(note);
  await claimRegion(page).getByLabel('Note').blur();
}

/** The reviewer and organisation the reports name, as a desk would set them. */
async function configureDesk(page: Page): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel(/^Your name/).fill('Camille Durand');
  await dialog.getByLabel('Organisation', { exact: true }).fill('Desk Vérification');
  await dialog.getByLabel(/^Publication URL/).fill('https://verification.example.org/{slug}#claim-{claim}');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
}

/** The article with two judged claims, one of them sourced. */
async function reviewedArticle(page: Page, meta: { url?: string; date?: string } = {}): Promise<void> {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), TITLE, meta);
  await markClaim(page, CLAIM_1, 'False', NOTE_1);
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await dialog.getByLabel('URL').fill(SOURCE_URL);
  await dialog.getByLabel('Title').fill(SOURCE_TITLE);
  await dialog.getByLabel('Publisher').fill('U.S. Department of State');
  await dialog.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Official statement' });
  await dialog.getByLabel('Stance').selectOption({ label: 'Contradicts' });
  await dialog.getByLabel('Quote').fill(SOURCE_QUOTE);
  await dialog.getByLabel('Locator').fill('§ 2');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();
  await expect(evidence(page).getByRole('article', { name: SOURCE_TITLE })).toBeVisible();
  // Checked once a source is linked (the sign-off rule).
  await claimRegion(page).getByLabel('Status').selectOption({ label: 'Checked' });
  await markClaim(page, CLAIM_2, 'Unverifiable', NOTE_2);
  const claims = page.getByRole('region', { name: 'Claims', exact: true });
  await expect(claims.getByRole('button', { name: /^1 .*False.*Checked/ })).toBeVisible();
  await expect(claims.getByRole('button', { name: /^2 .*Unverifiable/ })).toBeVisible();
  await expect(page.locator('.status-bar')).toContainText('Saved at');
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Export report' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  // The live preview is ready once the report is in the frame, or the text of
  // the remembered format in its box. (A frame's content is read from srcdoc:
  // the frame is sandboxed, so no test script may run in it.)
  await expect(dialog.locator('iframe[title="Report preview"][srcdoc*="<h1"], .export-preview pre').first()).toBeVisible();
  return dialog;
}

/** Chooses a format, presses Export and returns the downloaded file's name and text. */
async function exportAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  const dialog = await openExport(page);
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
  const download: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const path = await file.path();
  await expect(dialog).toBeHidden();
  await expect(notifications(page)).toContainText(`Report downloaded as “${file.suggestedFilename()}”.`);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('"Export report" without an open article says why instead of opening', async ({ workbench: page }) => {
  await page.getByRole('toolbar').getByRole('button', { name: 'Export report' }).click();
  await expect(notifications(page)).toContainText('Open an article first');
  await expect(exportDialog(page)).toHaveCount(0);
});

test('the dialog: format, options, report language, page size for PDF, a sandboxed live preview and ClaimReview warnings', async ({ workbench: page }) => {
  await reviewedArticle(page);
  // Ctrl+E opens it too.
  await reader(page).locator('article').focus();
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  // The preview frame is fully sandboxed; its document is the HTML report itself.
  // (Read through srcdoc: no test script may run in a sandboxed frame.)
  const preview = dialog.locator('iframe[title="Report preview"]');
  await expect(preview).toHaveAttribute('sandbox', '');
  await expect(preview).toHaveAttribute('srcdoc', new RegExp(`<h1[^>]*>[^<]*${TITLE}`));
  await expect(preview).toHaveAttribute('srcdoc', /Le communiqué écrit « délégations » au pluriel &amp; &lt;b&gt;non&lt;\/b&gt; confirmé\./);
  expect(await preview.getAttribute('srcdoc')).not.toMatch(/<script/i);
  await expect(preview).toBeVisible();

  const formats = dialog.getByRole('radiogroup', { name: 'Format' });
  await expect(formats.getByRole('radio')).toHaveCount(6);
  await expect(formats.getByRole('radio', { name: 'HTML', exact: true })).toBeChecked();

  // "Include the full article text" drives the preview.
  await expect(preview).toHaveAttribute('srcdoc', /class="article"/);
  await dialog.getByRole('checkbox', { name: 'Include the full article text' }).uncheck();
  await expect(preview).not.toHaveAttribute('srcdoc', /class="article"/);
  await dialog.getByRole('checkbox', { name: 'Include the full article text' }).check();
  await expect(preview).toHaveAttribute('srcdoc', /class="article"/);

  // A French article: the report starts in French, whatever the interface language.
  await expect(dialog.getByLabel('Report language')).toHaveValue('fr');
  await dialog.getByLabel('Report language').selectOption({ label: 'English' });
  await expect(preview).toHaveAttribute('srcdoc', /<html lang="en">/);
  await dialog.getByLabel('Report language').selectOption({ label: 'French' });
  await expect(preview).toHaveAttribute('srcdoc', /<html lang="fr">/);
  await expect(preview).toHaveAttribute('srcdoc', /<h2 id="h-claims">Affirmations<\/h2>/);
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Export report' })).toBeVisible();
  await dialog.getByLabel('Report language').selectOption({ label: 'English' });
  await expect(preview).toHaveAttribute('srcdoc', /<h2 id="h-claims">Claims<\/h2>/);

  // Page size only for PDF.
  await expect(dialog.getByLabel('Page size')).toHaveCount(0);
  await formats.getByRole('radio', { name: 'PDF' }).check();
  await expect(dialog.getByLabel('Page size')).toHaveValue('A4');

  // Machine-readable formats carry everything: the options do not apply to them.
  await formats.getByRole('radio', { name: 'JSON' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Include dismissed flags' })).toBeDisabled();

  // ClaimReview explains what is missing before publishing.
  await formats.getByRole('radio', { name: 'ClaimReview' }).check();
  // The check speaks the report's language (English, chosen above), required first, and says which claims are left out.
  const warnings = dialog.getByRole('region', { name: 'Check before publishing' });
  await expect(warnings.getByRole('group', { name: 'Required (Google refuses the item without it)' })).toContainText('No publication URL is set in Settings');
  await expect(warnings.getByRole('group', { name: 'Recommended' })).toContainText('Claim 1 has no claimant');
  await expect(warnings).toContainText('Not published: claim 2 (not Checked).');

  // Escape closes it, and the dialog remembers the last format next time.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('toolbar').getByRole('button', { name: 'Export report' }).click();
  await expect(formats.getByRole('radio', { name: 'ClaimReview' })).toBeChecked();
  await formats.getByRole('radio', { name: 'HTML', exact: true }).check();
});

test('the preview shows the chosen format, the report in it is out of the tab order, and a link in it cannot replace the report', async ({ workbench: page, watch }) => {
  await reviewedArticle(page);
  const dialog = await openExport(page);
  const formats = dialog.getByRole('radiogroup', { name: 'Format' });
  const region = dialog.getByRole('region', { name: 'Preview' });
  const frame = region.locator('iframe[title="Report preview"]');

  // HTML: the report rendered.
  await expect(frame).toHaveAttribute('srcdoc', new RegExp(`<h1[^>]*>[^<]*${TITLE}`));
  await expect(page.frameLocator('iframe[title="Report preview"]').getByRole('heading', { level: 1 })).toContainText(TITLE);

  // Markdown and the JSON formats: the file's text, as it will be saved.
  await formats.getByRole('radio', { name: 'Markdown' }).check();
  const text = region.getByLabel('Preview of the Markdown file');
  await expect(text).toContainText(`# `);
  await expect(text).toContainText(CLAIM_1);
  await expect(frame).toHaveCount(0);
  await formats.getByRole('radio', { name: 'JSON' }).check();
  const json = region.getByLabel('Preview of the JSON file');
  await expect(json).toContainText('"claims"');
  const parsed = JSON.parse((await json.textContent()) ?? '') as { claims: unknown[] };
  expect(parsed.claims).toHaveLength(2);
  // axe finds nothing serious in the dialog with a text preview.
  const findings: Finding[] = [];
  await axe(page, 'export dialog, JSON preview', findings, '.dialog');
  expect(findings).toEqual([]);
  await formats.getByRole('radio', { name: 'ClaimReview' }).check();
  await expect(region.getByLabel('Preview of the ClaimReview file')).toContainText('"@type": "ClaimReview"');
  await formats.getByRole('radio', { name: 'Web Annotation' }).check();
  await expect(region.getByLabel('Preview of the Web Annotation file')).toContainText('"type": "Annotation"');
  // PDF is printed from the HTML report: that is what it shows.
  await formats.getByRole('radio', { name: 'PDF' }).check();
  await expect(frame).toHaveAttribute('srcdoc', /<h1/);

  // Tab goes from the choices to Cancel and Export, never into the preview or its links.
  await formats.getByRole('radio', { name: 'HTML', exact: true }).check();
  await expect(frame).toHaveAttribute('srcdoc', /<a /);
  await dialog.getByLabel('Report language').focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  // A text format has no links: its box is one tab stop, so that the keyboard can scroll it, then Cancel.
  await formats.getByRole('radio', { name: 'JSON' }).check();
  await dialog.getByLabel('Report language').focus();
  await page.keyboard.press('Tab');
  const box = region.getByLabel('Preview of the JSON file');
  await expect(box).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  // A click on a link in the report leaves the report in place.
  await formats.getByRole('radio', { name: 'HTML', exact: true }).check();
  const inFrame = page.frameLocator('iframe[title="Report preview"]');
  const link = inFrame.locator('a[href]').first();
  await link.click();
  await link.press('Enter');
  await expect(inFrame.getByRole('heading', { level: 1 })).toContainText(TITLE);
  expect(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url())).toEqual(['about:srcdoc']);
  // Chromium says it refused each: the link was followed into a new window, which the sandbox does not allow.
  const blocked = (m: string) => /^Blocked opening '.*' in a new window because the request was made in a sandboxed frame/.test(m);
  expect(watch.consoleErrors.filter(blocked)).toHaveLength(2);
  watch.consoleErrors = watch.consoleErrors.filter((m) => !blocked(m));
  // And the preview still follows the choices.
  await formats.getByRole('radio', { name: 'Markdown' }).check();
  await expect(region.getByLabel('Preview of the Markdown file')).toContainText(CLAIM_1);
  await formats.getByRole('radio', { name: 'HTML', exact: true }).check();
});

test('every format downloads from the dialog with the claims, verdicts and notes', async ({ workbench: page }, testInfo) => {
  await reviewedArticle(page);

  const html = await exportAs(page, 'HTML');
  expect(html.name).toBe(`pourparlers-de-geneve-${today()}.html`);
  expect(html.text).toContain('<!DOCTYPE html>');
  expect(html.text).not.toMatch(/<script/i);
  expect(html.text).toContain(CLAIM_1);
  expect(html.text).toContain('Le communiqué écrit « délégations » au pluriel &amp; &lt;b&gt;non&lt;/b&gt; confirmé.');
  expect(html.text).toContain(NOTE_2);
  // A French article: a French report, verdicts included.
  expect(html.text).toContain('Faux');
  expect(html.text).not.toMatch(/\bFalse\b/);
  expect(html.text).toContain(`href="${SOURCE_URL}"`);

  const md = await exportAs(page, 'Markdown');
  expect(md.name).toBe(`pourparlers-de-geneve-${today()}.md`);
  expect(md.text).toContain(`# `);
  expect(md.text).toContain('Invérifiable');
  expect(md.text).toContain(SOURCE_TITLE);
  expect(md.text.replace(/\\/g, '')).toContain('Conditionnel : information non confirmée.');

  const json = await exportAs(page, 'JSON');
  expect(json.name).toBe(`pourparlers-de-geneve-review-${today()}.json`);
  const doc = JSON.parse(json.text) as { schema: string; article: { title: string }; claims: { verdict: string; note: string; target: { quote: { exact: string } } }[]; sources: { url: string }[] };
  expect(doc.schema).toBe('workbench-review/1');
  expect(doc.article.title).toBe(TITLE);
  expect(doc.claims.map((c) => [c.target.quote.exact, c.verdict, c.note])).toEqual([
    [CLAIM_1, 'false', NOTE_1],
    [CLAIM_2, 'unverifiable', NOTE_2],
  ]);
  expect(doc.sources.map((s) => s.url)).toEqual([SOURCE_URL]);
  writeFileSync(testInfo.outputPath('review.json'), json.text);

  const cr = await exportAs(page, 'ClaimReview');
  expect(cr.name).toBe(`pourparlers-de-geneve-claimreview-${today()}.jsonld`);
  const reviews = JSON.parse(cr.text) as unknown;
  const items = (Array.isArray(reviews) ? reviews : [reviews]).flatMap((r: Record<string, unknown>) => (Array.isArray(r['@graph']) ? (r['@graph'] as Record<string, unknown>[]) : [r]));
  // Only the Checked claim with a verdict is published; claim 2 is Open.
  expect(items).toHaveLength(1);
  expect(items.every((r) => r['@type'] === 'ClaimReview')).toBe(true);
  expect(items.map((r) => String(r['claimReviewed']))).toEqual([CLAIM_1]);
  expect(items.map((r) => (r['reviewRating'] as Record<string, unknown>)['alternateName'])).toEqual(['Faux']);

  const wa = await exportAs(page, 'Web Annotation');
  expect(wa.name).toBe(`pourparlers-de-geneve-annotations-${today()}.jsonld`);
  expect(wa.text).toContain('"TextQuoteSelector"');
  expect(wa.text).toContain('"TextPositionSelector"');
  expect(wa.text).toContain(CLAIM_2);
  expect(wa.text).toContain(NOTE_1.replace(/"/g, '\\"'));
});

test('PDF in the browser goes through the print dialog of the report frame', async ({ workbench: page }) => {
  await reviewedArticle(page);
  // The print dialog cannot be driven: record what would be printed instead.
  await page.evaluate(() => {
    const w = window as unknown as { __printed: string[] };
    w.__printed = [];
    const original = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const win = original.get!.call(this) as Window | null;
        const html = this.srcdoc;
        if (win) win.print = () => w.__printed.push(html);
        return win;
      },
    });
  });
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await dialog.getByLabel('Page size').selectOption({ label: 'Letter' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(notifications(page)).toContainText('The report went to the print dialog');
  // print() is called once the message is up (the dialog blocks the page in Chromium until it closes).
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed.length)).toBe(1);
  const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);
  expect(printed[0]).toContain(CLAIM_1);
  expect(printed[0]).toContain('@page { size: letter; }');
  // The frame stays (off screen, at the page's size) while the print dialog may still read it.
  const frame = page.locator('iframe[aria-hidden="true"]');
  await expect(frame).toHaveCount(1);
  expect(await frame.evaluate((f) => [f.style.width, f.style.height])).toEqual(['216mm', '279mm']);
});

test('the HTML report renders in Chromium, looks right, and prints to a PDF holding the claims', async ({ workbench: page, browser }, testInfo) => {
  await configureDesk(page);
  await reviewedArticle(page, { url: 'https://www.example.com/monde/pourparlers-geneve', date: '2025-11-23' });
  const { text: html } = await exportAs(page, 'HTML');

  const report = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.setContent(html, { waitUntil: 'load' });
  await expect(report.getByRole('heading', { level: 1 })).toContainText(TITLE);
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('about:'))).toEqual([]);
  await report.screenshot({ path: process.env['SCREENSHOT'] ? README_SCREENSHOT : testInfo.outputPath('report.png') });
  await report.screenshot({ path: testInfo.outputPath('report-full.png'), fullPage: true });

  const pdf = await report.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await report.close();
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfPath = testInfo.outputPath('report.pdf');
  writeFileSync(pdfPath, pdf);
  test.skip(!existsSync(PDFTOTEXT), `${PDFTOTEXT} is not installed (poppler-utils): the PDF text is not checked`);
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(TITLE);
  // Claims and notes may wrap across lines; whitespace is collapsed above.
  expect(text).toContain('respecter pleinement la souveraineté');
  expect(text).toContain('Donald Trump aurait donné');
  expect(text).toContain('Conditionnel : information non confirmée.');
  expect(text).toContain(SOURCE_TITLE);
});

test('"Import review" of a known article offers merge or a copy; a bad file changes nothing', async ({ workbench: page }, testInfo) => {
  await reviewedArticle(page);
  const { text: json } = await exportAs(page, 'JSON');
  const items = library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(1);

  // A damaged file: the dialog explains, the library is unchanged.
  const damaged = json.replace('"workbench-review/1"', '"workbench-review/7"');
  let chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
  const problem = page.getByRole('dialog', { name: 'Review not imported' });
  await expect(problem).toContainText('“damaged.json” was not imported, and nothing was changed.');
  await expect(problem.getByRole('alert')).toContainText('newer version of the workbench (format 7)');
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(problem).toBeHidden();
  await expect(items).toHaveCount(1);

  chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": ') });
  await expect(problem.getByRole('alert')).toContainText('This file is not valid JSON');
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(items).toHaveCount(1);

  // The real file: its article is in the library, so the editor chooses.
  const path = testInfo.outputPath('review.json');
  writeFileSync(path, json);
  chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles(path);
  const known = page.getByRole('dialog', { name: 'Already in the library' });
  await expect(known).toContainText(`“review.json” is a review of “${TITLE}”, which is in the library.`);
  await expect(known.getByRole('button', { name: 'Merge into the existing article' })).toBeFocused();
  // Merging the very review it came from adds nothing twice.
  await known.getByRole('button', { name: 'Merge into the existing article' }).click();
  await expect(notifications(page)).toContainText(`Merged into “${TITLE}”: no claims added, no new sources.`);
  await expect(items).toHaveCount(1);

  // "Keep both": a new article, opened, with its claims, verdicts and the source shared with the library.
  chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles(path);
  await known.getByRole('button', { name: 'Keep both' }).click();
  await expect(notifications(page)).toContainText(`Imported “${TITLE}”: 2 claims, no new sources. 1 source was already in the library`);
  await expect(items).toHaveCount(2);
  await expect(items.first().getByRole('button', { name: new RegExp(`^${TITLE}`) })).toHaveAttribute('aria-current', 'true');
  await expect(reader(page).getByRole('button', { name: 'Claim 1: False' })).toBeVisible();
  const claims = page.getByRole('region', { name: 'Claims', exact: true });
  await expect(claims.getByRole('button', { name: /^1 .*False.*Checked/ })).toBeVisible();
  await expect(claims.getByRole('button', { name: /^2 .*Unverifiable/ })).toBeVisible();

  // Exporting the copy gives the same claims.
  const again = await exportAs(page, 'JSON');
  const judged = (text: string) => (JSON.parse(text) as { claims: { verdict: string; note: string; target: unknown }[] }).claims.map((c) => [c.target, c.verdict, c.note]);
  expect(judged(again.text)).toEqual(judged(json));
});

test('the rating scale names each verdict in every report language, and a French report uses the French labels', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), TITLE);
  await selectText(page, CLAIM_2);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote.claim-quote')).toHaveText(CLAIM_2);

  await claimRegion(page).getByRole('button', { name: 'Rating scale' }).first().click();
  const scale = page.getByRole('dialog', { name: 'Rating scale' });
  // The defaults as the catalogues name them, one column per language.
  await expect(scale.getByLabel('Label of verdict 2 in English')).toHaveValue('True');
  await expect(scale.getByLabel('Label of verdict 2 in French')).toHaveValue('Vrai');
  await scale.getByRole('button', { name: 'Add verdict' }).click();
  const added = (await scale.getByRole('textbox', { name: /^Label of verdict \d+ in English$/ }).count()).toString();
  // A label left blank in one language is refused: the French report would speak English.
  await scale.getByLabel(`Label of verdict ${added} in English`).fill('Out of context');
  await scale.getByLabel(`Label of verdict ${added} in French`).fill('');
  await scale.getByRole('button', { name: 'Save rating scale' }).click();
  await expect(scale.getByRole('alert')).toContainText('Every verdict needs a label');
  await scale.getByLabel(`Label of verdict ${added} in French`).fill('Hors contexte');
  await scale.getByRole('button', { name: 'Save rating scale' }).click();
  await expect(scale).toBeHidden();

  // The interface (English) names it in English; the French report in French.
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'Out of context' });
  await expect(page.locator('.status-bar')).toContainText('Saved at');
  const md = await exportAs(page, 'Markdown');
  expect(md.text).toContain('Hors contexte');
  expect(md.text).not.toContain('Out of context');

  // Reopened, the dialog shows what was stored.
  await claimRegion(page).getByRole('button', { name: 'Rating scale' }).first().click();
  await expect(scale.getByLabel(`Label of verdict ${added} in French`)).toHaveValue('Hors contexte');
  await page.screenshot({ path: '/tmp/rating-scale.png' });
});

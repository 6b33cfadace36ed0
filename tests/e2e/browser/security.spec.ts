/**
 * Hostile inputs in the browser host (DESIGN.md, "Security"): hostile.html
 * and generated attacks — script in Markdown, a `javascript:` link in a
 * .docx, SVG with script inside HTML, bidi-override characters in a source
 * address, script typed into "Paste article". For each: no script effect
 * (`window.__hostile` stays undefined), no request leaves the machine (the
 * fixture's watcher), and no link of a forbidden scheme is rendered anywhere
 * in the page.
 */
import type { Page } from '@playwright/test';
import { docxWithLink } from '../../core/bad-input-docx';
import { test, expect, type Watch } from './fixtures';
import { fixturePath, libraryItems, reader } from './backup-helpers';

/** Every attribute in the page that could run code or load a forbidden scheme. */
async function forbiddenLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (!/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attr.name)) continue;
        // What a browser would follow: controls and spaces are stripped from a scheme.
        // eslint-disable-next-line no-control-regex -- stripping controls is the point
        const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (/^(javascript|vbscript|data:text\/html|file):/i.test(value) || attr.name.toLowerCase() === 'srcdoc') found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
      }
    }
    return found;
  });
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __hostile?: unknown }).__hostile)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await forbiddenLinks(page)).toEqual([]);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/index\.html$/);
}

/**
 * Chromium checks the page's CSP even while parsing into an inert DOMParser
 * document and logs "The action has been blocked" for inline handlers:
 * evidence that nothing ran, not app errors. Any other console error still
 * fails the test (fixtures.ts).
 */
function allowCspBlockedMessages(watch: Watch): void {
  const blocked = /violates the following Content Security Policy directive.*The action has been blocked\.$/s;
  watch.consoleErrors.splice(0, watch.consoleErrors.length, ...watch.consoleErrors.filter((m) => !blocked.test(m)));
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
  await (await chooser).setFiles(file);
}

test('hostile.html: nothing runs, nothing is fetched, no forbidden link anywhere', async ({ workbench: page, watch }) => {
  await importFile(page, fixturePath('hostile.html'));
  await expect(reader(page).getByText(/Some observers believe the delay is linked to the upcoming elections/)).toBeVisible();
  await expectNothingRan(page);
  allowCspBlockedMessages(watch);
});

test('Markdown with a script, a javascript: link and an onerror image: text only', async ({ workbench: page, watch }) => {
  const markdown = [
    '# Budget vote postponed',
    '',
    '<script>window.__hostile = "markdown script ran"</script>',
    '',
    'The council postponed the vote, [the mayor said](javascript:window.__hostile=1) on Monday.',
    '',
    '<img src="https://example.invalid/pixel.png" onerror="window.__hostile=\'img ran\'">',
    '',
    '[Read the minutes](JaVaScRiPt:alert(1)) and ![chart](https://example.invalid/chart.png).',
    '',
    '<svg><script>window.__hostile = "svg in markdown ran"</script></svg>',
  ].join('\n');
  await importFile(page, { name: 'budget.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await expect(reader(page).getByText(/The council postponed the vote, the mayor said on Monday\./)).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(1);
  await expectNothingRan(page);
  allowCspBlockedMessages(watch);
});

test('HTML with SVG script, a javascript: link and a srcdoc frame: text only', async ({ workbench: page, watch }) => {
  const html = `<!doctype html><html><head><title>Stadium costs</title></head><body><article>
    <h1>Stadium costs rise again</h1>
    <p>The stadium will cost 30 percent more than planned, the assembly said on Friday.</p>
    <svg width="10" height="10" onload="window.__hostile='svg onload ran'"><script>window.__hostile='svg script ran'</script><a xlink:href="javascript:window.__hostile='svg link ran'"><text>x</text></a></svg>
    <p>Officials blamed steel prices. <a href="  java&#x09;script:window.__hostile='obfuscated link ran'">Details</a></p>
    <iframe srcdoc="<script>parent.__hostile='srcdoc ran'</script>"></iframe>
    <math><mi xlink:href="javascript:alert(1)">x</mi></math>
    <object data="https://example.invalid/x.swf"></object>
  </article></body></html>`;
  await importFile(page, { name: 'stadium.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(reader(page).getByText('The stadium will cost 30 percent more than planned, the assembly said on Friday.')).toBeVisible();
  await expect(reader(page).locator('svg, iframe, object, math, script')).toHaveCount(0);
  await expectNothingRan(page);
  allowCspBlockedMessages(watch);
});

test('a .docx whose hyperlink is javascript: imports as text, with no link', async ({ workbench: page, watch }) => {
  const docx = await docxWithLink({ title: 'Port traffic', before: 'Traffic rose 12 percent, ', linkText: 'the port authority said', href: "javascript:window.__hostile='docx link ran'", after: ' in March.' });
  await importFile(page, { name: 'port.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
  await expect(reader(page).getByText('Traffic rose 12 percent, the port authority said in March.')).toBeVisible();
  await expectNothingRan(page);
  allowCspBlockedMessages(watch);
});

test('pasted text that looks like script is shown as text and never runs', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill('<script>window.__hostile="pasted"</script>\n\n<img src=x onerror="window.__hostile=1"> The ministry said exports fell 4 percent.');
  await dialog.getByLabel(/^Title/).fill('<b onmouseover="window.__hostile=2">Exports</b>');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(reader(page).getByText('<script>window.__hostile="pasted"</script>')).toBeVisible();
  await expect(reader(page).locator('script, img')).toHaveCount(0);
  await expectNothingRan(page);
});

test('a source address with bidi-override or hidden characters is refused in the source form', async ({ workbench: page }) => {
  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByRole('main', { name: 'Sources' });
  for (const [url, message] of [
    ['https://example.org/report\u202Efdp.exe', 'The address contains a text-direction character that can disguise where it leads.'],
    ['https://\u2066bank.example\u2069/login', 'The address contains a text-direction character that can disguise where it leads.'],
    ['java\tscript:alert(1)', '“javascript:” addresses run code and are never accepted.'],
  ] as const) {
    await sources.getByRole('button', { name: 'Add source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.getByLabel('URL', { exact: true }).fill(url);
    await dialog.getByLabel('Title').fill('Disguised');
    await dialog.getByRole('button', { name: 'Save source' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(sources.getByRole('article', { name: 'Disguised' })).toHaveCount(0);
  await expectNothingRan(page);
});

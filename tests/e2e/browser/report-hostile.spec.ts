/**
 * Issue 18, point 3: every report format, built from hostile snapshots, is
 * inert in Chromium — it makes no request and no navigation.
 *
 * Snapshots: the report tests' hostile snapshot (markup, quotes and
 * `javascript:` URLs in every text field), the same with markup in every
 * enumeration and tag (as a record that slipped past the schemas would
 * carry), every review file of the hostile corpus and every article of every
 * backup of the corpus, both read raw, without the schemas. A builder may
 * refuse a record it cannot describe (it throws); whatever it does build is
 * rendered as a reader would meet it:
 * - the HTML report as a page (its own CSP only);
 * - the Markdown report rendered by a CommonMark renderer with raw HTML
 *   allowed and no CSP at all, as a careless viewer would;
 * - the ClaimReview JSON-LD inside a `<script type="application/ld+json">`
 *   of a page without CSP, which is how it is published;
 * - the JSON and Web Annotation exports as JSON documents.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import type { Document } from './report-hostile-docs';

const ORIGIN = 'http://report.invalid';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const built = JSON.parse(execFileSync('npx', ['tsx', path.join(here, 'report-hostile-docs.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as
  { name: string; documents: Document[]; refused: string[] }[];

/** Opens one document and returns every request and main-frame navigation it caused. */
async function render(page: Page, doc: Document): Promise<{ requests: string[]; navigations: string[] }> {
  const requests: string[] = [];
  const navigations: string[] = [];
  const url = ORIGIN + doc.path;
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) await route.fulfill({ status: 200, contentType: doc.contentType, body: doc.body });
    else await route.abort('blockedbyclient');
  });
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('framenavigated', (f) => { if (f.url() !== url) navigations.push(f.url()); });
  await page.goto(url, { waitUntil: 'load' });
  // Evidence that nothing can still happen: no refresh, form, base or frame
  // exists, and no element asks for a resource.
  const leftovers = await page.evaluate(() => [
    ...Array.from(document.querySelectorAll('meta[http-equiv]'))
      .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy')
      .map((m) => m.outerHTML),
    ...Array.from(document.querySelectorAll('form, base, iframe, frame, object, embed, img, link, video, audio, script:not([type="application/ld+json"])')).map((e) => e.outerHTML.slice(0, 120)),
    ...Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes)
      .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
      .map((a) => `${el.tagName} ${a.name}=${a.value.slice(0, 60)}`)),
  ]);
  expect(leftovers, doc.path).toEqual([]);
  expect(page.url()).toBe(url);
  return { requests, navigations };
}

for (const { name, documents, refused } of built) {
  test(`reports of ${name}: no request, no navigation`, async ({ page }) => {
    // The synthetic snapshots have valid enumerations, or fall back: every format builds.
    if (name === 'hostile snapshot' || name === 'tampered enumerations') expect(refused).toEqual([]);
    expect(documents.length + refused.length).toBe(5);
    for (const doc of documents) {
      const { requests, navigations } = await render(page, doc);
      expect(requests, `${doc.path}: requests`).toEqual([]);
      expect(navigations, `${doc.path}: navigations`).toEqual([]);
      page.removeAllListeners('request');
      page.removeAllListeners('framenavigated');
      await page.unrouteAll();
    }
  });
}

/**
 * Benchmark open-1mb-2000 (run by `npm run bench`, which sets BENCH_RUNS):
 * the time from clicking a 1 MB article with 2,000 claims in the library to
 * the reader showing its first screen with highlights (the reader's
 * `reader-first-paint` performance mark). Median of BENCH_RUNS runs,
 * written to .bench/open-1mb-2000.json for the bench runner.
 *
 * The article comes in through the UI: a generated review file imported with
 * "Import review" (the JSON export format), which carries the text and the
 * 2,000 claims in one step.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../browser/fixtures';
import { createTarget } from '../../../src-renderer/core/anchoring/selectors';
import { DEFAULT_VERDICTS, type Article, type Claim, type Revision } from '../../../src-renderer/core/model';
import { buildJsonReport, parseReviewJson, REVIEW_SCHEMA, type ReviewSnapshot } from '../../../src-renderer/core/report';
import { hashString } from '../../../src-renderer/core/text/hash';
import { normalizeText } from '../../../src-renderer/core/text/normalize';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 0);
const TARGET_MS = 500;
const TITLE = 'Benchmark article (1 MB, 2,000 claims)';
const OUT = fileURLToPath(new URL('../../../.bench/open-1mb-2000.json', import.meta.url));

/** A deterministic pseudo-random generator (the same article every run). */
function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
}

const SUBJECTS = ['The council', 'The ministry', 'Mayor Elena Ruiz', 'The regional transport authority', 'Councillor David Okafor', 'The contractor', 'Residents', 'The audit office', 'The port authority', 'Local businesses'];
const VERBS = ['said', 'reported', 'estimated', 'announced', 'claimed', 'confirmed', 'denied', 'warned'];
const OBJECTS = ['the repairs would cost', 'traffic had grown by', 'the budget had risen by', 'unemployment fell by', 'the tender was worth', 'emissions dropped by', 'the population reached', 'spending increased by'];
const TAILS = ['since 2010', 'in the last quarter', 'compared with the previous year', 'according to the annual report', 'before the vote on Tuesday', 'over eighteen months'];

/** About 1 MB of news-like text, one paragraph per line, and 2,000 claim spans on it. */
function generate(): { text: string; spans: [number, number][] } {
  const r = rng(20251123);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const sentences: string[] = [];
    const count = 3 + r(4);
    for (let i = 0; i < count; i++) {
      sentences.push(`${SUBJECTS[r(SUBJECTS.length)]} ${VERBS[r(VERBS.length)]} that ${OBJECTS[r(OBJECTS.length)]} ${1 + r(900)}${r(2) ? ' percent' : ' million dollars'} ${TAILS[r(TAILS.length)]}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  const { text } = normalizeText(paragraphs.join('\n'));
  // Sentence spans, then 2,000 of them spread evenly; every 20th claim also
  // gets a nested one and every 25th an overlapping one, as real reviews have.
  const sentences: [number, number][] = [];
  for (const m of text.matchAll(/[^.\n]+\./g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    sentences.push([start, m.index + m[0].length]);
  }
  const spans: [number, number][] = [];
  const step = sentences.length / 1900;
  for (let i = 0; spans.length < 2000 && i < 1900; i++) {
    const [s, e] = sentences[Math.floor(i * step)]!;
    spans.push([s, e]);
    if (i % 20 === 0) spans.push([s + Math.floor((e - s) / 3), e - 5]);
    if (i % 25 === 0) spans.push([s + Math.floor((e - s) / 2), Math.min(text.length, e + 30)]);
  }
  return { text, spans: spans.slice(0, 2000) };
}

function reviewFile(): string {
  const { text, spans } = generate();
  const { paragraphs } = normalizeText(text);
  const at = '2025-11-23T10:00:00.000Z';
  const article: Article = { id: 'bench-article', title: TITLE, language: 'en', createdAt: at, updatedAt: at, currentRevisionId: 'bench-revision', textHash: hashString(text), lastClaimNumber: spans.length };
  const revision: Revision = { id: 'bench-revision', articleId: article.id, number: 1, text, paragraphs, origin: 'import', createdAt: at, importInfo: { format: 'txt', warnings: [] } };
  const claims: Claim[] = spans.map(([s, e], i) => ({
    id: `bench-claim-${i}`,
    articleId: article.id,
    number: i + 1,
    revisionId: revision.id,
    target: createTarget(text, s, e),
    status: i % 3 === 0 ? 'checked' : 'open',
    verdict: DEFAULT_VERDICTS[i % DEFAULT_VERDICTS.length]!.id,
    note: i % 4 === 0 ? `Checked against source ${i}.` : '',
    tags: i % 10 === 0 ? ['budget'] : [],
    origin: 'manual',
    createdAt: at,
    updatedAt: at,
    createdBy: 'Bench',
    updatedBy: 'Bench',
  }));
  const snapshot: ReviewSnapshot = {
    schema: REVIEW_SCHEMA,
    exportedAt: at,
    article,
    revision,
    revisions: [revision],
    claims,
    evidence: [],
    sources: [],
    flags: [],
    dismissed: [],
    settings: { reviewerName: 'Bench', organisationName: '', verdicts: DEFAULT_VERDICTS },
    locale: 'en',
  };
  const json = buildJsonReport(snapshot);
  const parsed = parseReviewJson(json);
  if (!parsed.ok) throw new Error(`generated review is invalid: ${parsed.message}`);
  return json;
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });

/** Clicks an article in the library and returns ms from the click to the reader's first paint of it. */
async function open(page: Page, title: string): Promise<number> {
  await page.evaluate(() => {
    performance.clearMarks('reader-first-paint');
    performance.clearMarks('bench-click');
    window.addEventListener('click', () => performance.mark('bench-click'), { capture: true, once: true });
  });
  await library(page).locator('.article-item').filter({ hasText: title }).click();
  const handle = await page.waitForFunction(
    (title) => {
      const click = performance.getEntriesByName('bench-click')[0];
      const paint = performance.getEntriesByName('reader-first-paint')[0];
      const shown = document.querySelector('main article h1')?.textContent;
      return click && paint && shown === title && paint.startTime >= click.startTime ? paint.startTime - click.startTime : null;
    },
    title,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

test('open-1mb-2000', async ({ workbench: page }) => {
  test.skip(!RUNS, 'A benchmark: run it with `npm run bench` (sets BENCH_RUNS).');

  const file = path.join(tmpdir(), `open-1mb-2000-${process.pid}.json`);
  const json = reviewFile();
  writeFileSync(file, json);

  // A small article to switch away to between runs.
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill('A short article.\n\nIt has two paragraphs.');
  await dialog.getByLabel(/^Title/).fill('Short article');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();

  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles(file);
  const reader = page.getByRole('main', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 300_000 });
  await expect(reader.locator('mark.hl-claim').first()).toBeVisible({ timeout: 60_000 });

  const timings: number[] = [];
  let firstOpen = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    await open(page, 'Short article');
    const ms = await open(page, TITLE);
    await expect(reader.getByRole('button', { name: /^Claim 1: / })).toBeVisible();
    // The first run warms up the JIT and the caches; it is not counted.
    if (run > 0) timings.push(ms);
    else firstOpen = ms;
  }

  // Jump to claim: with no claim selected, `k` goes to the last one, a
  // megabyte down; its paragraph is rendered and its highlight focused.
  await reader.locator('article').focus();
  await page.evaluate(() => {
    window.addEventListener('keydown', () => performance.mark('bench-key'), { capture: true, once: true });
    document.addEventListener('focusin', (e) => (e.target as Element).matches('.hl-badge') && performance.mark('bench-focus'), { capture: true });
  });
  await page.keyboard.press('k');
  await expect(reader.getByRole('button', { name: /^Claim 2,000: / })).toBeFocused();
  const jumpMs = await page.evaluate(() => performance.getEntriesByName('bench-focus')[0]!.startTime - performance.getEntriesByName('bench-key')[0]!.startTime);

  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const result = {
    name: 'open-1mb-2000',
    description: 'Open a 1 MB article with 2,000 claims from the library: click to first screen with highlights (Chromium, browser host)',
    median_ms: Math.round(median * 10) / 10,
    runs: timings.length,
    target_ms: TARGET_MS,
    meets_target: median <= TARGET_MS,
    timings_ms: timings.map((t) => Math.round(t * 10) / 10),
    first_open_ms: Math.round(firstOpen * 10) / 10,
    article_chars: JSON.parse(json).revision.text.length as number,
    claims: 2000,
    jump_to_last_claim_ms: Math.round(jumpMs * 10) / 10,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
  console.log(`open-1mb-2000: median ${result.median_ms} ms over ${result.runs} runs (${result.timings_ms.join(', ')})`);
});

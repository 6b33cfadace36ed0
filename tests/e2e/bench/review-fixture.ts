/**
 * The article the browser benchmarks open: about 1 MB of news-like text with
 * a given number of claims (nested and overlapping ones among them, as real
 * reviews have), brought in through the UI as a review file ("Import
 * review", the JSON export format), plus a short article to reload on
 * between runs so that a run starts cold.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { createTarget } from '../../../src-renderer/core/anchoring/selectors';
import { DEFAULT_VERDICTS, type Article, type Claim, type Revision } from '../../../src-renderer/core/model';
import { buildJsonReport, parseReviewJson, REVIEW_SCHEMA, type ReviewSnapshot } from '../../../src-renderer/core/report';
import { hashString } from '../../../src-renderer/core/text/hash';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { storedSessionArticle } from '../browser/journeys';

export const SHORT = 'Short article';

/** The title of the benchmark article with `claims` claims. */
export const benchTitle = (claims: number): string => `Benchmark article (1 MB, ${claims.toLocaleString('en')} claims)`;

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

/** About 1 MB of news-like text, one paragraph per line, and `count` claim spans on it. */
function generate(count: number): { text: string; spans: [number, number][] } {
  const r = rng(20251123);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    const sentences: string[] = [];
    const n = 3 + r(4);
    for (let i = 0; i < n; i++) {
      sentences.push(`${SUBJECTS[r(SUBJECTS.length)]} ${VERBS[r(VERBS.length)]} that ${OBJECTS[r(OBJECTS.length)]} ${1 + r(900)}${r(2) ? ' percent' : ' million dollars'} ${TAILS[r(TAILS.length)]}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  const { text } = normalizeText(paragraphs.join('\n'));
  // Sentence spans, then claims on sentences spread evenly; every 20th also
  // gets a nested claim and every 25th an overlapping one.
  const sentences: [number, number][] = [];
  for (const m of text.matchAll(/[^.\n]+\./g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    sentences.push([start, m.index + m[0].length]);
  }
  const base = Math.min(sentences.length, Math.round(count * 0.95));
  const step = sentences.length / base;
  const spans: [number, number][] = [];
  for (let i = 0; spans.length < count && i < base; i++) {
    const [s, e] = sentences[Math.floor(i * step)]!;
    spans.push([s, e]);
    if (i % 20 === 0) spans.push([s + Math.floor((e - s) / 3), e - 5]);
    if (i % 25 === 0) spans.push([s + Math.floor((e - s) / 2), Math.min(text.length, e + 30)]);
  }
  if (spans.length < count) throw new Error(`only ${spans.length} claims fit on the generated article`);
  return { text, spans: spans.slice(0, count) };
}

/** What a claim of `reviewJson` holds beyond its place: its judgement. */
type ClaimFields = Partial<Pick<Claim, 'status' | 'verdict' | 'note' | 'tags'>>;

/**
 * A review file (JSON export format) of one article: `text`, with a claim on
 * each of `spans` (numbered from 1), all written by `editor` at `at`;
 * `fields(i)` gives the i-th claim's judgement (open and not rated by default).
 */
export function reviewJson(options: {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly spans: readonly (readonly [number, number])[];
  readonly editor: string;
  readonly at: string;
  readonly fields?: (i: number) => ClaimFields;
}): string {
  const { id, title, text, spans, editor, at, fields = () => ({}) } = options;
  const { paragraphs } = normalizeText(text);
  const article: Article = { id: `${id}-article`, title, language: 'en', createdAt: at, updatedAt: at, currentRevisionId: `${id}-revision`, textHash: hashString(text), lastClaimNumber: spans.length };
  const revision: Revision = { id: article.currentRevisionId, articleId: article.id, number: 1, text, paragraphs, origin: 'import', createdAt: at, importInfo: { format: 'txt', warnings: [] } };
  const claims: Claim[] = spans.map(([s, e], i) => ({
    id: `${id}-claim-${i + 1}`,
    articleId: article.id,
    number: i + 1,
    revisionId: revision.id,
    target: createTarget(text, s, e),
    status: 'open',
    verdict: 'not-rated',
    note: '',
    tags: [],
    ...fields(i),
    origin: 'manual',
    createdAt: at,
    updatedAt: at,
    createdBy: editor,
    updatedBy: editor,
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
    settings: { reviewerName: editor, organisationName: '', verdicts: DEFAULT_VERDICTS },
    locale: 'en',
  };
  const json = buildJsonReport(snapshot);
  const parsed = parseReviewJson(json);
  if (!parsed.ok) throw new Error(`generated review is invalid: ${parsed.message}`);
  return json;
}

/** The review file (JSON export format) of the benchmark article with `count` claims. */
export function reviewFile(count: number): string {
  const { text, spans } = generate(count);
  return reviewJson({
    id: `bench-${count}`,
    title: benchTitle(count),
    text,
    spans,
    editor: 'Bench',
    at: '2025-11-23T10:00:00.000Z',
    fields: (i) => ({
      status: i % 3 === 0 ? 'checked' : 'open',
      verdict: DEFAULT_VERDICTS[i % DEFAULT_VERDICTS.length]!.id,
      note: i % 4 === 0 ? `Checked against source ${i}.` : '',
      tags: i % 10 === 0 ? ['budget'] : [],
    }),
  });
}

export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
export const articleItem = (page: Page, title: string) => library(page).locator('.article-item').filter({ hasText: title });
export const readerHeading = (page: Page) => page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });

/** Waits until the page has nothing left to do (an idle callback), so the next input meets an idle page. */
export const settle = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));

/**
 * Adds the short article and imports the benchmark article with `claims`
 * claims through the UI; returns the short article's id. The benchmark
 * article is open at the end.
 */
export async function setUpArticles(page: Page, claims: number): Promise<string> {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByLabel('Article text').fill('A short article.\n\nIt has two paragraphs.');
  await dialog.getByLabel(/^Title/).fill(SHORT);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(dialog).toBeHidden();
  await expect(readerHeading(page)).toHaveText(SHORT);
  await expect.poll(() => storedSessionArticle(page), { timeout: 10_000 }).toBeTruthy();
  const shortId = (await storedSessionArticle(page))!;

  const file = path.join(tmpdir(), `bench-review-${claims}-${process.pid}.json`);
  writeFileSync(file, reviewFile(claims));
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import review' }).click();
  await (await chooser).setFiles(file);
  const reader = page.getByRole('main', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 1, name: benchTitle(claims) })).toBeVisible({ timeout: 300_000 });
  await expect(reader.locator('mark.hl-claim').first()).toBeVisible({ timeout: 60_000 });
  return shortId;
}

/** Opens the short article, waits until the session remembers it, reloads, and waits for the app to be idle. */
export async function coldReloadOnShortArticle(page: Page, shortId: string): Promise<void> {
  if ((await readerHeading(page).textContent().catch(() => null)) !== SHORT) await articleItem(page, SHORT).click();
  await expect(readerHeading(page)).toHaveText(SHORT);
  await expect.poll(() => storedSessionArticle(page), { timeout: 10_000 }).toBe(shortId);
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await expect(readerHeading(page)).toHaveText(SHORT);
  await settle(page);
}

/** Elements in the page (the DOM's size after an open). */
export const domNodes = (page: Page): Promise<number> => page.evaluate(() => document.getElementsByTagName('*').length);

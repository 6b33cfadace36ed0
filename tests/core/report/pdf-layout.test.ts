/**
 * The printed review report (the HTML report through Chromium's print to
 * PDF, as the desktop app's printToPDF does), read back with poppler: the
 * summary and the claims come first, the annotated article after them, and
 * no page but the last is left half empty.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildHtmlReport } from '../../../src-renderer/core/report/html';
import { genevaSnapshot } from './geneva-snapshot';
import { missingTools, openPrinter, pageCount, pageFill, pageTexts, tempFile, type Printer } from './pdf-tools';

const ALL = { includeArticle: true, includeDismissed: true };
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the printed HTML report', () => {
  let printer: Promise<Printer> | undefined;
  const print = async (html: string, format: 'A4' | 'Letter' = 'A4') => (await (printer ??= openPrinter())).print(html, { format });
  afterAll(async () => {
    if (printer) await (await printer).close();
  });

  it.for(['A4', 'Letter'] as const)('puts summary and claims first, the article after, with no half-empty page (%s)', async (format, ctx) => {
    const missing = missingTools();
    if (missing) return ctx.skip(missing);
    const snapshot = genevaSnapshot();
    const path = tempFile('report.pdf', await print(buildHtmlReport(snapshot, ALL), format));
    const pages = pageTexts(path).map(flat);
    const fill = pageFill(path);
    expect(fill).toHaveLength(pageCount(path));

    const firstPageWith = (needle: string) => pages.findIndex((p) => p.includes(needle));
    // Page 1: the masthead and the summary; the claims follow at once (on page 1 or, when the chart fills it, page 2).
    expect(pages[0]).toContain('SUMMARY');
    expect(firstPageWith('Claim 1')).toBeLessThanOrEqual(1);
    expect(firstPageWith('Claim 1')).toBeLessThan(firstPageWith('F1 Duplicated passage'));
    // The article comes after every claim and every flag.
    const article = firstPageWith('ARTICLE');
    expect(article).toBeGreaterThanOrEqual(firstPageWith('Claim 8'));
    expect(article).toBeGreaterThanOrEqual(firstPageWith('F5'));
    expect(pages.join(' ')).toContain('respecter pleinement la souveraineté');
    // Every page but the last is filled at least two thirds of the way down.
    for (const [i, share] of fill.slice(0, -1).entries()) expect(share, `page ${i + 1} of ${fill.length} ends at ${Math.round(share * 100)}%`).toBeGreaterThan(0.67);
    expect(pages.length).toBeLessThanOrEqual(9);
  });

  it('keeps a short review of five claims to three full pages', async (ctx) => {
    const missing = missingTools();
    if (missing) return ctx.skip(missing);
    const base = genevaSnapshot();
    const snapshot = { ...base, claims: base.claims.slice(0, 5), flags: [], dismissed: [] };
    const path = tempFile('short.pdf', await print(buildHtmlReport(snapshot, { includeArticle: false, includeDismissed: false })));
    const fill = pageFill(path);
    expect(fill.length).toBeLessThanOrEqual(3);
    for (const share of fill.slice(0, -1)) expect(share).toBeGreaterThan(0.67);
    // The closing line never takes a page of its own.
    expect(fill[fill.length - 1]).toBeGreaterThan(0.15);
  });
});

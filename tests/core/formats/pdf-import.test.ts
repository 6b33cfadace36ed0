/**
 * PDF imports on files made for these tests: a two-column report with a
 * running header and page numbers, hyphenated line ends and a paragraph
 * that runs across a column and a page break; and a scanned PDF.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { readArticleFile, type ImportedArticle } from '../../../src-renderer/formats/import-file';
import { scannedPdf, twoColumnReport } from './make-pdf';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;

const report = () =>
  twoColumnReport(
    [
      {
        title: 'Container traffic rose 12% in 2025',
        left: {
          paragraphs: [
            ['The port handled 751,000 containers in the', 'first ten months of the year, up from', '671,000 a year earlier, the authority said.'],
            ['Most of the growth came from the North', 'quay, where a second crane entered ser-', 'vice in March and cut waiting times by', 'a third.'],
          ],
        },
        right: {
          paragraphs: [
            ['Ferry traffic was flat at 1.2 million', 'passengers.'],
            ['The authority expects the expansion of', 'the South quay, due to finish in 2027, to', 'raise capacity by a further 20% once the'],
          ],
        },
      },
      {
        left: {
          paragraphs: [
            ['new berths and the rail link are in', 'operation, its director said on Tuesday.'],
            ['Environmental groups have asked for an', 'independent study of the dredging work.'],
          ],
        },
        right: { paragraphs: [['The full figures for the year will be', 'published in January.']] },
      },
    ],
    { title: 'Annual traffic report 2025', author: 'Harbour Authority press office', created: new Date('2025-11-20T08:30:00Z') },
  );

describe('a two-column PDF report', () => {
  let a: ImportedArticle;
  it('is read column by column, page by page, in paragraphs', async () => {
    const r = await readArticleFile('traffic-report.pdf', await report(), win());
    if (!r.ok) throw new Error(r.message);
    a = r;
    expect(a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, p.end)])).toEqual([
      ['heading', 'Container traffic rose 12% in 2025'],
      ['body', 'The port handled 751,000 containers in the first ten months of the year, up from 671,000 a year earlier, the authority said.'],
      ['body', 'Most of the growth came from the North quay, where a second crane entered service in March and cut waiting times by a third.'],
      ['body', 'Ferry traffic was flat at 1.2 million passengers.'],
      // Across the column and the page break: one paragraph.
      ['body', 'The authority expects the expansion of the South quay, due to finish in 2027, to raise capacity by a further 20% once the new berths and the rail link are in operation, its director said on Tuesday.'],
      ['body', 'Environmental groups have asked for an independent study of the dredging work.'],
      ['body', 'The full figures for the year will be published in January.'],
    ]);
  });

  it('drops the running header and the page numbers, and says so', () => {
    expect(a.text).not.toContain('Annual traffic report');
    expect(a.text).not.toMatch(/Page \d/);
    expect(a.importInfo.warnings).toEqual(['4 running header, footer and page number lines of “traffic-report.pdf” were left out of the text.']);
  });

  it('takes title, author and date from the document properties', () => {
    expect(a.title).toBe('Annual traffic report 2025');
    expect(a.byline).toBe('Harbour Authority press office');
    expect(a.publishedAt).toBe('2025-11-20T08:30:00.000Z');
    expect(a.importInfo.format).toBe('pdf');
  });
});

describe('a one-page PDF', () => {
  it('reads the title before the columns', async () => {
    const bytes = await twoColumnReport([
      { title: 'Container traffic rose 12% in 2025', left: { paragraphs: [['The port handled 751,000 containers in the', 'first ten months of the year.']] }, right: { paragraphs: [['Ferry traffic was flat at 1.2 million', 'passengers.']] } },
    ]);
    const r = await readArticleFile('one-page.pdf', bytes, win());
    if (!r.ok) throw new Error(r.message);
    // One page cannot show a header repeating: it stays, in the margin's place at the top.
    expect(r.paragraphs.map((p) => r.text.slice(p.start, p.end))).toEqual([
      'Harbour Authority · Annual traffic report 2025',
      'Container traffic rose 12% in 2025',
      'The port handled 751,000 containers in the first ten months of the year.',
      'Ferry traffic was flat at 1.2 million passengers.',
    ]);
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a scanned PDF, saying it has no text layer', async () => {
    const r = await readArticleFile('scan.pdf', await scannedPdf(2), win());
    expect(r).toEqual({ ok: false, code: 'no-text-layer', message: expect.stringContaining('“scan.pdf” has no text layer: its 2 pages are images (a scan)') as unknown as string });
  });

  it('refuses a damaged file', async () => {
    const r = await readArticleFile('broken.pdf', new TextEncoder().encode('%PDF-1.7\nnot really a pdf'), win());
    expect(r).toMatchObject({ ok: false, code: 'not-pdf' });
  });

  it('refuses .odt with a message saying what to do', async () => {
    const r = await readArticleFile('memo.odt', new TextEncoder().encode('PK\u0003\u0004'), win());
    expect(r).toMatchObject({ ok: false, code: 'odt', message: expect.stringContaining('save it as .docx') });
  });
});

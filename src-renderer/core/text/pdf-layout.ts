/**
 * Text of a PDF page layout → article blocks. A PDF has no paragraphs, only
 * positioned runs of glyphs; this rebuilds what a reader sees:
 * 1. runs on the same baseline form lines, split where a wide gap (a column
 *    gutter) separates them;
 * 2. a page whose lines sit in a left and a right half is read as two
 *    columns: what spans the page above them first (a title), then the left
 *    column, then the right, then what spans the page below;
 * 3. running headers and footers (the same line in the top or bottom margin
 *    of most pages, page numbers aside) and page numbers are removed;
 * 4. lines become paragraphs, split at a larger gap between lines, a change
 *    of font size, a first-line indent, or a short line ending a sentence;
 *    a word hyphenated at the end of a line is joined ("inter-" + "national"
 *    → "international"), and a paragraph cut by a column or page break is
 *    joined back when it did not end a sentence and the next line goes on in
 *    lowercase;
 * 5. a short paragraph in a clearly larger font is a heading.
 * Pure: the caller (formats/pdf.ts) extracts the runs with pdf.js.
 */
import type { ParagraphKind } from '../model';
import type { TextBlock } from './normalize';

/** A run of text as pdf.js gives it: its string, the baseline's left end (PDF units, y up), width and font size. */
export interface PdfRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly PdfRun[];
}

export interface PdfLayout {
  readonly blocks: TextBlock[];
  /** Running header and footer lines and page numbers removed. */
  readonly removedLines: number;
}

interface Line {
  readonly page: number;
  readonly x: number;
  readonly end: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Runs → lines: same baseline (within a third of the font size), split at gaps wider than two ems. */
function linesOf(page: PdfPage, index: number): Line[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - run.y) <= Math.max(1, run.size / 3));
    if (row) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfRun[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const first = current[0]!;
      const last = current[current.length - 1]!;
      let text = '';
      let prevEnd = first.x;
      for (const r of current) {
        // A gap of a quarter em between runs is a space the PDF did not write as a glyph.
        if (text !== '' && r.x - prevEnd > r.size * 0.25 && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
        text += r.str;
        prevEnd = r.x + r.width;
      }
      lines.push({ page: index, x: first.x, end: last.x + last.width, y: first.y, size: median(current.map((r) => r.size)), text: text.replace(/\s+/g, ' ').trim() });
      current = [];
    };
    for (const run of row) {
      const prev = current[current.length - 1];
      if (prev && run.x - (prev.x + prev.width) > Math.max(2 * run.size, 14)) flush();
      current.push(run);
    }
    flush();
  }
  return lines.filter((l) => l.text !== '');
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page|p\.|seite|página|pagina)?\s*\d{1,4}(?:\s*(?:\/|of|sur|de|von)\s*\d{1,4})?(?:\s*[-–—])?$/i;
/** A line's text with its numbers blanked, so "Report 2025 — page 3" matches on every page. */
const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines in the top or bottom margin that repeat on most pages, and page numbers there. */
function runningLines(pages: readonly PdfPage[], lines: readonly Line[]): Set<Line> {
  const inMargin = (l: Line): boolean => {
    const h = pages[l.page]?.height ?? 1;
    return l.y > h * 0.9 || l.y < h * 0.1;
  };
  const pagesWith = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!inMargin(l)) continue;
    const key = shape(l.text);
    const set = pagesWith.get(key) ?? new Set<number>();
    set.add(l.page);
    pagesWith.set(key, set);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const out = new Set<Line>();
  for (const l of lines) {
    if (!inMargin(l)) continue;
    if (PAGE_NUMBER.test(l.text) || (pages.length >= 2 && (pagesWith.get(shape(l.text))?.size ?? 0) >= needed)) out.add(l);
  }
  return out;
}

/**
 * The page's lines in reading order: the top margin, lines spanning the page
 * above the columns (a title), the left column, the right column, spanning
 * lines below, the bottom margin.
 */
function readingOrder(page: PdfPage, lines: readonly Line[]): Line[] {
  const mid = page.width / 2;
  const byY = (a: Line, b: Line) => b.y - a.y || a.x - b.x;
  const top = lines.filter((l) => l.y > page.height * 0.92);
  const bottom = lines.filter((l) => l.y < page.height * 0.08);
  const body = lines.filter((l) => !top.includes(l) && !bottom.includes(l));
  const left = body.filter((l) => l.end <= mid + 4);
  const right = body.filter((l) => l.x >= mid - 4);
  // Two columns when both halves have lines and most lines keep to one half (a single-column page has
  // most of its lines across the middle; a short last page of a two-column report may hold a few lines).
  if (left.length === 0 || right.length === 0 || left.length + right.length < body.length * 0.6) return [...lines].sort(byY);
  const spanning = body.filter((l) => !left.includes(l) && !right.includes(l));
  const columnsTop = Math.max(...[...left, ...right].map((l) => l.y));
  return [
    ...top.sort(byY),
    ...spanning.filter((l) => l.y > columnsTop).sort(byY),
    ...left.sort(byY),
    ...right.sort(byY),
    ...spanning.filter((l) => l.y <= columnsTop).sort(byY),
    ...bottom.sort(byY),
  ];
}

const SENTENCE_END = /[.!?:…»"”)]$/u;

/**
 * Rebuilds paragraphs from the runs of every page.
 *
 * Promises: blocks in reading order, without running headers, footers and
 * page numbers; hyphenated line ends joined; headings where the font is
 * clearly larger than the body's. An empty layout gives no blocks.
 */
export function pdfToBlocks(pages: readonly PdfPage[]): PdfLayout {
  const all = pages.flatMap((p, i) => linesOf(p, i));
  const running = runningLines(pages, all);
  const ordered = pages.flatMap((p, i) => readingOrder(p, all.filter((l) => l.page === i && !running.has(l))));
  if (ordered.length === 0) return { blocks: [], removedLines: running.size };
  const bodySize = median(ordered.map((l) => l.size));

  const blocks: { kind: ParagraphKind; text: string; size: number; last: Line }[] = [];
  let prev: Line | undefined;
  for (const line of ordered) {
    const heading = line.size > bodySize * 1.2;
    const current = blocks[blocks.length - 1];
    let startsNew = true;
    if (current && prev) {
      const sameColumn = prev.page === line.page && Math.abs(prev.x - line.x) < bodySize * 4 && prev.y > line.y;
      const gap = prev.y - line.y;
      const sameSize = Math.abs(prev.size - line.size) < 0.5;
      if (sameColumn && sameSize) {
        const indented = line.x - prev.x > line.size * 0.8;
        const columnRight = Math.max(prev.end, line.end);
        const prevShort = prev.end < columnRight - line.size * 4 && SENTENCE_END.test(prev.text);
        startsNew = gap > prev.size * 1.75 || indented || prevShort;
      } else if (!sameColumn && sameSize && !heading && current.kind === 'body') {
        // A column or page break inside a sentence: the paragraph goes on.
        startsNew = SENTENCE_END.test(current.text) || !/^\p{Ll}/u.test(line.text);
      }
    }
    if (startsNew || !current) {
      blocks.push({ kind: heading ? 'heading' : 'body', text: line.text, size: line.size, last: line });
    } else if (/\p{L}-$/u.test(current.text) && /^\p{Ll}/u.test(line.text)) {
      // "inter-" + "national": a word hyphenated at the line end.
      current.text = current.text.slice(0, -1) + line.text;
      current.last = line;
    } else {
      current.text += ` ${line.text}`;
      current.last = line;
    }
    prev = line;
  }
  return {
    blocks: blocks.map((b) => ({ kind: b.kind === 'heading' && b.text.length > 200 ? 'body' : b.kind, text: b.text })),
    removedLines: running.size,
  };
}

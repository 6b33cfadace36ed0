/**
 * The export formats of the "Export report" dialog: what each one builds from
 * a snapshot, and the file it is saved as. The builders themselves live in
 * core/report; this only picks one and names the file.
 */
import type { MessageKey } from '../../core/i18n';
import {
  buildClaimReview,
  buildHtmlReport,
  buildJsonReport,
  buildMarkdownReport,
  buildWebAnnotations,
  type ReportOptions,
  type ReviewSnapshot,
} from '../../core/report';
import { slugify } from '../../core/report/report-data';

export type ExportFormat = 'html' | 'pdf' | 'markdown' | 'json' | 'claimreview' | 'web-annotation';
export type PageSize = 'A4' | 'Letter';

export interface FormatInfo {
  readonly id: ExportFormat;
  readonly label: MessageKey;
  readonly hint: MessageKey;
  /** Whether the report options (dismissed flags, article text) change the output. */
  readonly usesOptions: boolean;
}

export const FORMATS: readonly FormatInfo[] = [
  { id: 'html', label: 'exportUi.formatHtml', hint: 'exportUi.formatHtmlHint', usesOptions: true },
  { id: 'pdf', label: 'exportUi.formatPdf', hint: 'exportUi.formatPdfHint', usesOptions: true },
  { id: 'markdown', label: 'exportUi.formatMarkdown', hint: 'exportUi.formatMarkdownHint', usesOptions: true },
  { id: 'json', label: 'exportUi.formatJson', hint: 'exportUi.formatJsonHint', usesOptions: false },
  { id: 'claimreview', label: 'exportUi.formatClaimReview', hint: 'exportUi.formatClaimReviewHint', usesOptions: false },
  { id: 'web-annotation', label: 'exportUi.formatWebAnnotation', hint: 'exportUi.formatWebAnnotationHint', usesOptions: false },
];

/** A file to save: its content and how the save dialog describes it. */
export interface ExportFile {
  readonly data: string;
  readonly extension: string;
  readonly mimeType: string;
  /** Added to the file name before the date, e.g. "-claimreview". */
  readonly suffix: string;
}

/** The file of a non-PDF format (PDF is printed from the HTML report by the host). */
export function buildExportFile(format: Exclude<ExportFormat, 'pdf'>, snapshot: ReviewSnapshot, options: ReportOptions): ExportFile {
  switch (format) {
    case 'html':
      return { data: buildHtmlReport(snapshot, options), extension: 'html', mimeType: 'text/html;charset=utf-8', suffix: '' };
    case 'markdown':
      return { data: buildMarkdownReport(snapshot, options), extension: 'md', mimeType: 'text/markdown;charset=utf-8', suffix: '' };
    case 'json':
      return { data: buildJsonReport(snapshot), extension: 'json', mimeType: 'application/json', suffix: '-review' };
    case 'claimreview':
      return { data: buildClaimReview(snapshot).json, extension: 'jsonld', mimeType: 'application/ld+json', suffix: '-claimreview' };
    case 'web-annotation':
      return { data: buildWebAnnotations(snapshot), extension: 'jsonld', mimeType: 'application/ld+json', suffix: '-annotations' };
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** The local calendar date of `when`, as YYYY-MM-DD. */
function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/**
 * The suggested file name: the article title's slug, a suffix naming the
 * kind of file, and the date, e.g. "geneve-des-progres-2025-11-24.html".
 * Plain ASCII with no separators, so every save dialog and file system takes it.
 */
export function exportFileName(title: string, when: Date, suffix: string, extension: string): string {
  const slug = slugify(title, 60) || 'review';
  return `${slug}${suffix}-${localDate(when)}.${extension}`;
}

/**
 * The HTML report with its paper size fixed for printing. The report itself
 * is size-neutral; a `@page` rule makes the browser's print dialog start on
 * the chosen size and Electron's printToPDF (preferCSSPageSize) honour it.
 */
export function withPageSize(html: string, size: PageSize): string {
  const rule = `<style>@page { size: ${size === 'A4' ? 'A4' : 'letter'}; }</style>\n`;
  const at = html.indexOf('</head>');
  return at < 0 ? html : html.slice(0, at) + rule + html.slice(at);
}

/** The longest text a preview shows, in UTF-16 code units: a <pre> of megabytes would stall the dialog. */
export const PREVIEW_TEXT_LIMIT = 200_000;

/** The text of a file as its preview shows it: whole, or its first PREVIEW_TEXT_LIMIT characters (cut between lines). */
export function previewText(data: string, limit = PREVIEW_TEXT_LIMIT): { readonly text: string; readonly cut: boolean; readonly total: number } {
  if (data.length <= limit) return { text: data, cut: false, total: data.length };
  const lineEnd = data.lastIndexOf('\n', limit);
  return { text: data.slice(0, lineEnd > 0 ? lineEnd : limit), cut: true, total: data.length };
}

/**
 * The HTML report as the preview frame shows it: its links open nowhere. A
 * `<base target="_blank">` sends every link to a new window, which the
 * frame's sandbox (no allow-popups) refuses, so a click or Enter on a link
 * leaves the report in place instead of navigating the frame away from it.
 * The exported file keeps its links as they are.
 */
export function previewHtml(html: string): string {
  const at = html.search(/<head(\s[^>]*)?>/i);
  if (at < 0) return `<base target="_blank">${html}`;
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}<base target="_blank">${html.slice(end)}`;
}

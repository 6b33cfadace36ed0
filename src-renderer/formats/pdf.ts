/**
 * PDF → article, for the text-based PDFs press releases and reports arrive
 * as. pdf.js (pdfjs-dist, legacy build: it runs in browsers, Electron and
 * Node 20) extracts the positioned text of every page, in its own Web Worker
 * when the caller gives one (`workerSrc`, the renderer does), in-process
 * otherwise (the command line and tests); core/text/pdf-layout.ts rebuilds
 * columns and paragraphs from it.
 *
 * Nothing in the PDF runs: no scripts (`isEvalSupported: false`, no
 * scripting), no fonts are installed, nothing is fetched. A scanned PDF (pages
 * of images with no text layer) is refused with a message saying so, as are
 * password-protected and damaged files.
 */
import { checkCancelled, isCancelled, type WorkControl } from '../core/cancel';
import type { Translate } from '../core/i18n';
import { defaultTranslate, MAX_TEXT_BYTES } from '../core/text/decode';
import { pdfToBlocks, type PdfPage, type PdfRun } from '../core/text/pdf-layout';
import type { TextBlock } from '../core/text/normalize';

export interface PdfArticle {
  readonly blocks: TextBlock[];
  readonly title?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  readonly language?: string;
  readonly pages: number;
  readonly removedLines: number;
  readonly links: { text: string; url: string }[];
}

export type PdfResult = { readonly ok: true; readonly article: PdfArticle } | { readonly ok: false; readonly code: 'not-pdf' | 'no-text-layer' | 'too-large'; readonly message: string };

export interface PdfOptions {
  /** URL of pdf.js's worker script; without it pdf.js parses in the calling thread. */
  readonly workerSrc?: string;
  readonly t?: Translate;
  /** Cancel between pages (the promise then rejects with the signal's AbortError); progress in pages read. */
  readonly control?: WorkControl;
}

/** A PDF starts with "%PDF-" (within its first kilobyte, as readers allow). */
export const isPdf = (b: Uint8Array): boolean => {
  const head = String.fromCharCode(...b.subarray(0, 1024));
  return head.includes('%PDF-');
};

/** "D:20251120083000+01'00'" (PDF date) → ISO 8601, or undefined. */
function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
  const zone = !tz || tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.slice(3).replace(/'/g, '') || '00'}`;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined);

/** Titles tools put in a PDF's properties that are no title ("Microsoft Word - draft.docx", "untitled"). */
const NOT_A_TITLE = /^(?:untitled|sans titre|document\d*|microsoft word\s*-.*|.*\.(?:docx?|odt|indd|pdf|rtf))$/i;

/**
 * Reads a PDF file.
 *
 * Promises: resolves with the article's blocks and the document's title,
 * author and creation date, or with a message naming `fileName`: not a PDF
 * or damaged, protected by a password, or without a text layer (scanned).
 * Rejects only when `options.control.signal` cancels it (an AbortError).
 */
export async function pdfToArticle(bytes: Uint8Array, fileName: string, options: PdfOptions = {}): Promise<PdfResult> {
  const t = options.t ?? defaultTranslate();
  const file = fileName;
  if (!isPdf(bytes)) return { ok: false, code: 'not-pdf', message: t('textImport.notPdf', { file }) };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> | undefined;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given: pass a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
    const pages: PdfPage[] = [];
    // A small PDF can hold a great deal of text (compressed streams): stop
    // reading at the text-file limit rather than after the whole document.
    let read = 0;
    const { signal, progress } = options.control ?? {};
    for (let n = 1; n <= doc.numPages; n++) {
      checkCancelled(signal);
      progress?.(n - 1, doc.numPages);
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
        runs.push({ str: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b) || item.height });
        read += item.str.length;
      }
      if (read > MAX_TEXT_BYTES) {
        return { ok: false, code: 'too-large', message: t('textImport.textTooLarge', { file, limit: MAX_TEXT_BYTES / (1024 * 1024) }) };
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    progress?.(doc.numPages, doc.numPages);
    const characters = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.trim().length, 0), 0);
    if (characters < 20) return { ok: false, code: 'no-text-layer', message: t('textImport.pdfNoText', { file, pages: doc.numPages, count: doc.numPages }) };
    const layout = pdfToBlocks(pages);
    const { info } = (await doc.getMetadata()) as unknown as { info?: Record<string, unknown> };
    const title = text(info?.['Title']);
    const byline = text(info?.['Author']);
    const publishedAt = pdfDate(info?.['CreationDate']);
    const language = text(info?.['Language'])?.toLowerCase().split(/[-_]/)[0];
    return {
      ok: true,
      article: {
        blocks: layout.blocks,
        pages: doc.numPages,
        removedLines: layout.removedLines,
        links: [],
        ...(title && !NOT_A_TITLE.test(title) && { title }),
        ...(byline && { byline }),
        ...(publishedAt && { publishedAt }),
        ...(language && /^[a-z]{2,3}$/.test(language) && { language }),
      },
    };
  } catch (error) {
    // Cancelled: not a damaged file, and the caller must know it was stopped.
    if (isCancelled(error)) throw error;
    const name = (error as { name?: string } | null)?.name;
    return { ok: false, code: 'not-pdf', message: t(name === 'PasswordException' ? 'textImport.pdfPassword' : 'textImport.notPdf', { file }) };
  } finally {
    await doc?.destroy();
  }
}

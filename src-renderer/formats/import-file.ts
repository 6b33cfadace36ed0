/**
 * One entry point per way in: a file (open dialog, file chooser, drop) and
 * pasted text. Each returns the canonical text, its paragraphs and the
 * metadata of a new article, or a message the editor can act on.
 *
 * Format by extension: .txt → decode + normalise; .md/.markdown → decode +
 * Markdown blocks; .html/.htm → decode + HTML reader; .docx → mammoth + HTML
 * reader. Structured formats go through `fromBlocks`, plain text through
 * `normalizeText`, so every revision obeys the same text model.
 */
import { checkUrl } from '../core/sources/url';
import type { DocumentComment, ImportInfo, Paragraph } from '../core/model';
import { u16 } from '../core/text/offsets';
import { checkCancelled, type WorkControl } from '../core/cancel';
import type { Translate } from '../core/i18n';
import { decodeBytes, defaultTranslate, MAX_TEXT_BYTES, type DecodeResult } from '../core/text/decode';
import { detectLanguage, type DetectedLanguage } from '../core/text/language';
import { markdownToBlocks } from '../core/text/markdown';
import { fromBlocks, normalizeText, type NormalizedText } from '../core/text/normalize';
import { pickTitle } from '../core/text/title';
import { charsetDetector, declaredCharset } from './charset';
import { docxToArticle, type WordComment } from './docx';
import { pdfToArticle } from './pdf';
import { htmlToArticle, type DomWindowLike } from './html';
import { formatOf, MAX_DOCX_BYTES, SUPPORTED_EXTENSIONS } from './file-kinds';

export { SUPPORTED_EXTENSIONS, MAX_DOCX_BYTES, formatOf } from './file-kinds';
export { clampTitle, MAX_TITLE_LENGTH } from '../core/text/title';

export type ImportFailureCode = 'binary' | 'empty' | 'too-large' | 'unsupported' | 'not-docx' | 'not-pdf' | 'no-text-layer' | 'odt' | 'invalid-url' | 'invalid-date';

export interface ImportedArticle {
  readonly ok: true;
  readonly title: string;
  /** 'fr' | 'en' | 'es' | 'de' | 'und'. */
  readonly language: DetectedLanguage;
  /** Confidence of the detector in [0, 1]; 1 when the editor gave the language. */
  readonly languageConfidence: number;
  readonly text: string;
  readonly paragraphs: Paragraph[];
  readonly importInfo: ImportInfo;
  readonly byline?: string;
  readonly sourceUrl?: string;
  readonly publishedAt?: string;
}

export type ImportResult = ImportedArticle | { readonly ok: false; readonly code: ImportFailureCode; readonly message: string };

export interface ImportOptions {
  /** Translator for messages and warnings; English by default. */
  readonly t?: Translate;
  /** URL of pdf.js's worker script (the renderer's bundle has one); without it PDFs are parsed in-process. */
  readonly pdfWorkerSrc?: string;
  /**
   * Cancel and progress for the long readers (PDF pages, .docx stages): a
   * cancel rejects the read with the signal's AbortError, having kept nothing.
   */
  readonly control?: WorkControl;
}

const SUPPORTED_LANGUAGES = new Set<string>(['fr', 'en', 'es', 'de']);

/**
 * The detector decides when it is confident; otherwise a language the page
 * declares (often a site-wide template default, hence second) is used.
 */
function chooseLanguage(text: string, declared: string | undefined): { language: DetectedLanguage; confidence: number } {
  const detected = detectLanguage(text);
  if (detected.language !== 'und' && detected.confidence >= 0.5) return detected;
  if (declared && SUPPORTED_LANGUAGES.has(declared)) return { language: declared as DetectedLanguage, confidence: detected.confidence };
  return detected;
}


const refusal = (result: Extract<DecodeResult, { ok: false }>): ImportResult => ({ ok: false, code: result.code, message: result.message });

const megabytes = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;

/**
 * Attaches document comments to the words they are about in the imported
 * text: the commented words are searched for with any run of whitespace
 * matching any other (paragraph breaks and tabs change on the way), from
 * where the previous comment was found, then from the start. A comment whose
 * words are not found keeps its quote and no span.
 */
export function anchorComments(text: string, comments: readonly WordComment[]): DocumentComment[] {
  let from = 0;
  return comments.map((c) => {
    const words = c.quote.split(/\s+/).filter(Boolean);
    const base = { quote: c.quote, text: c.text, ...(c.author !== undefined && { author: c.author }), ...(c.date !== undefined && { date: c.date }) };
    if (words.length === 0) return base;
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
    re.lastIndex = from;
    const m = re.exec(text) ?? ((re.lastIndex = 0), re.exec(text));
    if (!m) return base;
    from = m.index;
    return { ...base, start: u16(m.index), end: u16(m.index + m[0].length) };
  });
}

/**
 * Reads a file the editor opened or dropped.
 *
 * Promises: resolves (rejecting only when `options.control` cancels it) with the article, or with a refusal whose
 * message names the file: an unsupported extension (listing the supported
 * ones), too large (stating the limit), binary, empty or without article text,
 * or not a readable .docx. Nothing in the file runs or is fetched. Warnings
 * (e.g. "decoded as Windows-1252", no article found in a page) are in
 * `importInfo.warnings`.
 */
export async function readArticleFile(fileName: string, bytes: Uint8Array, win: DomWindowLike, options: ImportOptions = {}): Promise<ImportResult> {
  const t = options.t ?? defaultTranslate();
  const file = fileName;
  const format = formatOf(fileName);
  // OpenDocument text: a clear refusal that says what to do, rather than "unsupported type".
  if (/\.(?:odt|fodt|ott)$/i.test(fileName)) return { ok: false, code: 'odt', message: t('textImport.odtRefused', { file }) };
  if (format === null) {
    return { ok: false, code: 'unsupported', message: t('textImport.unsupportedType', { file, types: SUPPORTED_EXTENSIONS.join(', ') }) };
  }
  const limit = format === 'docx' || format === 'pdf' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) {
    return { ok: false, code: 'too-large', message: t('textImport.tooLarge', { file, size: megabytes(bytes.length), limit: megabytes(limit) }) };
  }

  let normalized: NormalizedText;
  let comments: DocumentComment[] = [];
  let encoding: string | undefined;
  const warnings: string[] = [];
  let meta: { title?: string | undefined; byline?: string | undefined; language?: string | undefined; publishedAt?: string | undefined; sourceUrl?: string | undefined; links: { text: string; url: string }[] } = { links: [] };

  if (format === 'pdf') {
    const pdf = await pdfToArticle(bytes, fileName, {
      t,
      ...(options.pdfWorkerSrc !== undefined && { workerSrc: options.pdfWorkerSrc }),
      ...(options.control && { control: options.control }),
    });
    if (!pdf.ok) return { ok: false, code: pdf.code, message: pdf.message };
    normalized = fromBlocks(pdf.article.blocks);
    meta = pdf.article;
    if (pdf.article.removedLines > 0) warnings.push(t('textImport.pdfRunningLines', { file, count: pdf.article.removedLines }));
  } else if (format === 'docx') {
    const docx = await docxToArticle(bytes, win, fileName, t, options.control);
    if (!docx.ok) return { ok: false, code: docx.code, message: docx.message };
    normalized = fromBlocks(docx.article.blocks);
    meta = docx.article;
    const changes = docx.article.trackedChanges;
    if (changes) {
      warnings.push(t('textImport.trackedChanges', {
        file, count: changes.insertions + changes.deletions, insertions: changes.insertions, deletions: changes.deletions,
        authors: changes.authors.length > 0 ? changes.authors.join(', ') : t('textImport.unknownAuthor'),
      }));
    }
    for (const message of docx.article.messages.slice(0, 10)) warnings.push(t('textImport.wordMessage', { file, message }));
    comments = anchorComments(normalized.text, docx.article.comments);
  } else {
    const declared = format === 'html' ? declaredCharset(bytes) : undefined;
    const detect = await charsetDetector(bytes, declared);
    const decoded = decodeBytes(bytes, fileName, { t, ...(declared !== undefined && { declaredEncoding: declared }), ...(detect && { detect }) });
    if (!decoded.ok) return refusal(decoded);
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
    if (format === 'txt') {
      normalized = normalizeText(decoded.text);
    } else if (format === 'markdown') {
      const md = markdownToBlocks(decoded.text);
      normalized = fromBlocks(md.blocks);
      if (md.struckOut) warnings.push(t('textImport.struckOut', { file, count: md.struckOut }));
      if (md.frontMatterError) warnings.push(t('textImport.badFrontMatter', { file, format: md.frontMatterError.format, detail: md.frontMatterError.message }));
      const url = md.sourceUrl ? checkUrl(md.sourceUrl) : null;
      meta = { ...md, sourceUrl: url?.ok ? url.url : undefined };
    } else {
      const page = htmlToArticle(decoded.text, win);
      if (!page.foundArticle) warnings.push(t('textImport.wholePage', { file }));
      normalized = fromBlocks(page.blocks);
      meta = page;
    }
  }

  // A cancel during the last (uninterruptible) step still counts: nothing is returned to store.
  checkCancelled(options.control?.signal);
  if (normalized.text === '') return { ok: false, code: 'empty', message: t('textImport.noText', { file }) };
  // Text unpacked from a .docx or a PDF has the limit of a text file.
  if (normalized.text.length > MAX_TEXT_BYTES) {
    return { ok: false, code: 'too-large', message: t('textImport.textTooLarge', { file, limit: megabytes(MAX_TEXT_BYTES) }) };
  }
  const language = chooseLanguage(normalized.text, meta.language);
  const importInfo: ImportInfo = {
    fileName,
    format,
    warnings,
    byteLength: bytes.length,
    ...(encoding !== undefined && { encoding }),
    ...(meta.links.length > 0 && { links: meta.links }),
    ...(comments.length > 0 && { comments }),
  };
  return {
    ok: true,
    title: pickTitle(normalized.text, normalized.paragraphs, { metadata: meta.title, fileName, language: language.language }),
    language: language.language,
    languageConfidence: language.confidence,
    text: normalized.text,
    paragraphs: normalized.paragraphs,
    importInfo,
    ...(meta.byline !== undefined && { byline: meta.byline }),
    ...(meta.sourceUrl !== undefined && { sourceUrl: meta.sourceUrl }),
    ...(meta.publishedAt !== undefined && { publishedAt: meta.publishedAt }),
  };
}

/**
 * An ISO 8601 date ("2025-11-23") or date-time, checked strictly: Date.parse
 * alone accepts "2025-02-30" (as 2 March) and even "hello 2".
 */
export function strictIsoDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  if (value.length === 10) return value;
  const ms = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** What the "Paste article" dialog may add to the text. Empty strings count as absent. */
export interface PasteMeta {
  readonly title?: string;
  readonly sourceUrl?: string;
  /** A date (2025-11-23) or an ISO 8601 date-time. */
  readonly publishedAt?: string;
  /** 'fr' | 'en' | 'es' | 'de' when the editor chose one; detected otherwise. */
  readonly language?: string;
}

/**
 * Reads pasted text (the "Paste article" dialog).
 *
 * Promises: the same text model as a .txt file; refuses empty text, a source
 * URL that is not http(s), or a date that does not parse, each with a message
 * for the dialog.
 */
export function readPastedText(text: string, meta: PasteMeta = {}, options: ImportOptions = {}): ImportResult {
  const t = options.t ?? defaultTranslate();
  // Pasted text has the same limit as a file (counted in UTF-16 units, which
  // is at most the UTF-8 size of the same text ×1.5).
  if (text.length > MAX_TEXT_BYTES) return { ok: false, code: 'too-large', message: t('textImport.pasteTooLarge', { limit: Math.round(MAX_TEXT_BYTES / (1024 * 1024)) }) };
  const normalized = normalizeText(text);
  // Empty, or with no letter or digit at all (control characters,
  // punctuation): not an article.
  if (!/[\p{L}\p{N}]/u.test(normalized.text)) return { ok: false, code: 'empty', message: t('textImport.pasteEmpty') };

  // The same URL rules as everywhere else: http(s) only, no credentials, no
  // control or bidi characters (core/sources/url.ts).
  const rawUrl = meta.sourceUrl?.trim();
  let url: string | undefined;
  if (rawUrl) {
    const checked = checkUrl(rawUrl);
    if (!checked.ok) return { ok: false, code: 'invalid-url', message: t('textImport.invalidSourceUrl') };
    url = checked.url;
  }
  const date = meta.publishedAt?.trim();
  let publishedAt: string | undefined;
  if (date) {
    publishedAt = strictIsoDate(date);
    if (publishedAt === undefined) return { ok: false, code: 'invalid-date', message: t('textImport.invalidDate') };
  }

  const chosen = meta.language?.trim().toLowerCase();
  const language = chosen && SUPPORTED_LANGUAGES.has(chosen) ? { language: chosen as DetectedLanguage, confidence: 1 } : chooseLanguage(normalized.text, undefined);
  return {
    ok: true,
    title: pickTitle(normalized.text, normalized.paragraphs, { metadata: meta.title, language: language.language }),
    language: language.language,
    languageConfidence: language.confidence,
    text: normalized.text,
    paragraphs: normalized.paragraphs,
    importInfo: { format: 'paste', warnings: [] },
    ...(url && { sourceUrl: url }),
    ...(publishedAt !== undefined && { publishedAt }),
  };
}

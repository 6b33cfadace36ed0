/**
 * From a picked or dropped file to a new article: the size limit (checked on
 * the size the host reports, since Electron does not read huge files at all),
 * the format readers, and the record `createArticle` stores.
 */
import { isCancelled, type WorkControl } from '../../core/cancel';
import type { Translate } from '../../core/i18n';
import { MAX_TEXT_BYTES } from '../../core/text/limits';
import { checkUrl } from '../../core/sources/url';
import { formatOf, MAX_DOCX_BYTES } from '../../formats/file-kinds';
import type { ImportedArticle, ImportResult } from '../../formats/import-file';
import type { PickedFile } from '../../host';
import type { NewArticle } from '../../storage/articles-repo';
import { describeError } from '../common/errors';
// pdf.js parses PDFs in its own worker, bundled by Vite as an asset of the renderer.
import pdfWorkerSrc from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

const MB = 1024 * 1024;
const megabytes = (n: number): number => Math.round((n / MB) * 10) / 10;

/** The largest file accepted for `fileName`, in bytes (a .docx or a PDF also holds images and fonts). */
export function sizeLimitFor(fileName: string): number {
  const format = formatOf(fileName);
  return format === 'docx' || format === 'pdf' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
}

/** The limit stated in the drop overlay, in whole megabytes. */
export const TEXT_LIMIT_MB = megabytes(MAX_TEXT_BYTES);

/**
 * Reads one file. Every failure is a refusal whose message names the file,
 * in the interface language; it rejects only when `control` cancels it
 * (an AbortError: nothing was read, nothing is to be stored).
 */
export async function readPicked(file: PickedFile, t: Translate, control?: WorkControl): Promise<ImportResult> {
  const limit = sizeLimitFor(file.name);
  const size = Math.max(file.size, file.bytes.length);
  // bytes shorter than size: the host declined to read a file too large to import.
  if (size > limit || file.bytes.length < file.size) {
    return { ok: false, code: 'too-large', message: t('textImport.tooLarge', { file: file.name, size: megabytes(size), limit: megabytes(limit) }) };
  }
  try {
    // The readers (and the Word, Markdown, HTML and language libraries) load with the first import.
    const { readArticleFile } = await import('../../formats/import-file');
    return await readArticleFile(file.name, file.bytes, window, { t, pdfWorkerSrc, ...(control && { control }) });
  } catch (error) {
    if (isCancelled(error)) throw error;
    // The readers promise not to throw; a library bug must still not lose the batch.
    return { ok: false, code: 'not-docx', message: t('articles.unreadable', { file: file.name, detail: describeError(error, t) }) };
  }
}

/** The file name without its extension, as a last-resort title. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[^./\\]+$/, '').trim() || fileName;
}

/** The record to store for an imported article. Metadata from the file is kept only when valid. */
export function toNewArticle(read: ImportedArticle, fallbackTitle: string): NewArticle {
  const url = read.sourceUrl ? checkUrl(read.sourceUrl) : null;
  return {
    title: read.title || fallbackTitle,
    language: read.language,
    text: read.text,
    paragraphs: read.paragraphs,
    importInfo: read.importInfo,
    ...(url?.ok ? { sourceUrl: url.url } : {}),
    ...(read.publishedAt ? { publishedAt: read.publishedAt } : {}),
    ...(read.byline ? { byline: read.byline } : {}),
  };
}

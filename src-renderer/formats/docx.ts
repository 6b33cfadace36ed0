/**
 * Word (.docx) → article, through mammoth's HTML and then the HTML reader.
 *
 * Images are dropped (the article is its text), external files linked from
 * the document are never read (`externalFileAccess: false`), and a file that
 * is not a readable .docx gives a message instead of an exception.
 */
import mammoth from 'mammoth';
import { htmlToArticle, type DomWindowLike, type HtmlArticle } from './html';
import { defaultTranslate } from '../core/text/decode';
import type { Translate } from '../core/i18n';

export type DocxResult = { readonly ok: true; readonly article: HtmlArticle } | { readonly ok: false; readonly message: string };

/** A .docx is a ZIP archive: "PK\x03\x04". */
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads a .docx file.
 *
 * Promises: resolves (never rejects) with the article's blocks and title, or
 * with a message naming `fileName` when the bytes are not a readable Word
 * document (not a ZIP, no main document part, damaged XML).
 */
export async function docxToArticle(bytes: Uint8Array, win: DomWindowLike, fileName = 'document.docx', t: Translate = defaultTranslate()): Promise<DocxResult> {
  const failure: DocxResult = { ok: false, message: t('textImport.notDocx', { file: fileName }) };
  if (!isZip(bytes)) return failure;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (any
    // byte array JSZip accepts): give both so one call works in the renderer and the CLI.
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const { value: html } = await mammoth.convertToHtml(input, {
      // An image becomes <img> with no source, which the HTML reader drops.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    });
    return { ok: true, article: htmlToArticle(html, win, { extractArticle: false }) };
  } catch {
    return failure;
  }
}

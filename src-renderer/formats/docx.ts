/**
 * Word (.docx) → article, through mammoth's HTML and then the HTML reader,
 * plus what mammoth does not carry, read from the package's own parts:
 * - tables: mammoth writes them as tables; the HTML reader makes each row one
 *   `table-row` paragraph (cells separated by tabs), never a paragraph per cell;
 * - styles: Quote and Intense Quote become quotations, Title and Subtitle
 *   headings (mammoth maps Heading 1–6 itself);
 * - comments (word/comments.xml, anchored by w:commentRangeStart/End in
 *   word/document.xml): kept as notes on the words they are about, never as
 *   article text;
 * - tracked changes (w:ins, w:del): mammoth imports the document as if every
 *   change were accepted; a notice says so, with how many changes and by whom;
 * - footnotes and endnotes: mammoth puts them after the text; they become
 *   list items "[n] …" with the back-links removed;
 * - document properties (docProps/core.xml): the author (dc:creator), the
 *   date (dcterms:created) and the title (dc:title, when the text has no
 *   heading of its own);
 * - mammoth's own messages (unknown styles, unsupported elements) are shown
 *   as import warnings.
 *
 * Images are dropped (the article is its text), external files linked from
 * the document are never read (`externalFileAccess: false`), and a file that
 * is not a readable .docx gives a message instead of an exception.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToArticle, type DomWindowLike, type HtmlArticle } from './html';
import { defaultTranslate, MAX_TEXT_BYTES } from '../core/text/decode';
import type { Translate } from '../core/i18n';
import { checkCancelled, isCancelled, type WorkControl } from '../core/cancel';

/** A Word comment as the document has it, before it is anchored in the imported text. */
export interface WordComment {
  /** The commented words, in document order (paragraphs joined by a line break). */
  readonly quote: string;
  readonly text: string;
  readonly author?: string;
  readonly date?: string;
}

export interface DocxArticle extends HtmlArticle {
  readonly comments: readonly WordComment[];
  /** Tracked changes found (the text is the view with all of them accepted). */
  readonly trackedChanges: { readonly insertions: number; readonly deletions: number; readonly authors: readonly string[] } | null;
  /** mammoth's messages, deduplicated. */
  readonly messages: readonly string[];
}

export type DocxResult =
  | { readonly ok: true; readonly article: DocxArticle }
  | { readonly ok: false; readonly code: 'not-docx' | 'too-large'; readonly message: string };

/**
 * The most XML a .docx may unpack to (the sizes its ZIP directory declares,
 * media left out). Word's XML is several times the text it carries, so this is
 * a multiple of the text limit; beyond it the package is refused before
 * anything is inflated — a 300 KB file can otherwise unpack to 150 MB.
 */
export const MAX_DOCX_XML_BYTES = 5 * MAX_TEXT_BYTES;

/** A .docx is a ZIP archive: "PK\x03\x04". */
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Styles mammoth does not map by itself. */
const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

type XmlDoc = Document;

function parseXml(win: DomWindowLike, xml: string | null): XmlDoc | null {
  if (!xml) return null;
  const doc = new win.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
}

const wAttr = (el: Element, name: string): string | null => el.getAttributeNS(W, name) ?? el.getAttribute(`w:${name}`);

/** The text of an element's runs (w:t, tabs and breaks), deleted text left out. */
function runText(el: Element): string {
  let out = '';
  const visit = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      const name = child.localName;
      if (name === 't') out += child.textContent ?? '';
      else if (name === 'tab') out += '\t';
      else if (name === 'br' || name === 'cr') out += '\n';
      else if (name === 'p' && out !== '') {
        out += '\n';
        visit(child);
      } else if (name !== 'delText' && name !== 'del') visit(child);
    }
  };
  visit(el);
  return out.replace(/\n+$/, '');
}

/** The comments of comments.xml by id. */
function readComments(doc: XmlDoc | null): Map<string, { text: string; author?: string; date?: string }> {
  const out = new Map<string, { text: string; author?: string; date?: string }>();
  if (!doc) return out;
  for (const c of Array.from(doc.getElementsByTagNameNS(W, 'comment'))) {
    const id = wAttr(c, 'id');
    if (id === null) continue;
    const author = wAttr(c, 'author')?.trim();
    const date = wAttr(c, 'date')?.trim();
    out.set(id, {
      text: runText(c).trim(),
      ...(author && { author }),
      ...(date && !Number.isNaN(Date.parse(date)) && { date: new Date(date).toISOString() }),
    });
  }
  return out;
}

/**
 * Walks the document body in order, collecting the text between each
 * comment's range start and end (what the comment is about), and counting
 * tracked insertions and deletions.
 */
function readBody(doc: XmlDoc | null): { ranges: Map<string, string>; insertions: number; deletions: number; authors: Set<string> } {
  const ranges = new Map<string, string>();
  const open = new Set<string>();
  const authors = new Set<string>();
  let insertions = 0;
  let deletions = 0;
  const append = (text: string): void => {
    for (const id of open) ranges.set(id, (ranges.get(id) ?? '') + text);
  };
  const visit = (node: Element): void => {
    for (const child of Array.from(node.children)) {
      switch (child.localName) {
        case 'commentRangeStart': {
          const id = wAttr(child, 'id');
          if (id !== null) {
            open.add(id);
            ranges.set(id, ranges.get(id) ?? '');
          }
          break;
        }
        case 'commentRangeEnd': {
          const id = wAttr(child, 'id');
          if (id !== null) open.delete(id);
          break;
        }
        case 't':
          append(child.textContent ?? '');
          break;
        case 'tab':
          append('\t');
          break;
        case 'delText':
          break;
        case 'ins':
        case 'del': {
          if (child.localName === 'ins') insertions++;
          else deletions++;
          const author = wAttr(child, 'author')?.trim();
          if (author) authors.add(author);
          // A deletion's words are not in the imported text; an insertion's are.
          if (child.localName === 'ins') visit(child);
          break;
        }
        case 'p':
          visit(child);
          append('\n');
          break;
        default:
          visit(child);
      }
    }
  };
  const body = doc?.getElementsByTagNameNS(W, 'body')[0];
  if (body) visit(body);
  return { ranges, insertions, deletions, authors };
}

/** Author, creation date and title from docProps/core.xml. */
function readCoreProperties(doc: XmlDoc | null): { creator?: string; created?: string; title?: string } {
  if (!doc) return {};
  const text = (ns: string, name: string): string | undefined => doc.getElementsByTagNameNS(ns, name)[0]?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const creator = text('http://purl.org/dc/elements/1.1/', 'creator');
  const title = text('http://purl.org/dc/elements/1.1/', 'title');
  const created = text('http://purl.org/dc/terms/', 'created');
  const date = created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : undefined;
  return { ...(creator && { creator }), ...(date && { created: date }), ...(title && { title }) };
}

/**
 * mammoth writes footnotes and endnotes as an ordered list after the text,
 * each with a "↑" back-link; references are "[1]" links. The back-links go
 * and each note starts with its number, as in the Markdown reader.
 */
function tidyNotes(html: string): string {
  return html
    .replace(/\s*<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g, '')
    .replace(/<li id="(?:footnote|endnote)-(\d+)">(\s*<p>)?/g, (_m, n: string, p: string | undefined) => `<li>${p ?? ''}[${n}] `);
}

/**
 * What the package's ZIP directory says its XML parts unpack to. JSZip keeps
 * the directory's sizes on a private field; a file without it counts as 0 and
 * is caught after unpacking instead.
 */
function declaredXmlBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((name, file) => {
    if (!/\.(?:xml|rels)$/i.test(name)) return;
    const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof size === 'number' && Number.isFinite(size)) total += size;
  });
  return total;
}

/** Characters in the document's text runs (`<w:t>`), an entity counting as one. */
function wordTextLength(xml: string): number {
  let total = 0;
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) total += (m[1] ?? '').replace(/&[^;]{1,10};/g, '_').length;
  return total;
}

/**
 * Reads a .docx file.
 *
 * Promises: resolves (rejecting only when `control.signal` cancels it, with
 * its AbortError, between stages) with the article's blocks, title,
 * byline and date, its comments, tracked changes and mammoth's messages,
 * or with a message naming `fileName` when the bytes are not a readable Word
 * document (not a ZIP, no main document part, damaged XML) or unpack to more
 * text than MAX_TEXT_BYTES (the message names the limit), like a text file.
 */
export async function docxToArticle(
  bytes: Uint8Array,
  win: DomWindowLike,
  fileName = 'document.docx',
  t: Translate = defaultTranslate(),
  control: WorkControl = {},
): Promise<DocxResult> {
  // Four stages, each checked for a cancel before it starts: mammoth's conversion (the long one) cannot stop halfway.
  const stage = (n: number) => {
    checkCancelled(control.signal);
    control.progress?.(n, 4);
  };
  const failure: DocxResult = { ok: false, code: 'not-docx', message: t('textImport.notDocx', { file: fileName }) };
  const tooLarge: DocxResult = { ok: false, code: 'too-large', message: t('textImport.textTooLarge', { file: fileName, limit: MAX_TEXT_BYTES / (1024 * 1024) }) };
  if (!isZip(bytes)) return failure;
  try {
    stage(0);
    const zip = await JSZip.loadAsync(bytes);
    stage(1);
    if (declaredXmlBytes(zip) > MAX_DOCX_XML_BYTES) return tooLarge;
    const part = async (name: string): Promise<string | null> => (await zip.file(name)?.async('string')) ?? null;
    const [documentXml, commentsXml, coreXml] = await Promise.all([part('word/document.xml'), part('word/comments.xml'), part('docProps/core.xml')]);
    if (documentXml === null) return failure;
    // The declared sizes can lie: check what was actually unpacked too.
    if (documentXml.length + (commentsXml?.length ?? 0) > MAX_DOCX_XML_BYTES) return tooLarge;
    // Text past the limit is refused before mammoth spends a minute converting it.
    if (wordTextLength(documentXml) > MAX_TEXT_BYTES) return tooLarge;

    stage(2);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (any
    // byte array JSZip accepts): give both so one call works in the renderer and the CLI.
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const { value: html, messages } = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      // An image becomes <img> with no source, which the HTML reader drops.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    } as Parameters<typeof mammoth.convertToHtml>[1]);
    stage(3);
    if (html.length > MAX_DOCX_XML_BYTES) return tooLarge;
    const article = htmlToArticle(tidyNotes(html), win, { extractArticle: false });
    if (article.blocks.reduce((n, b) => n + b.text.length, 0) > MAX_TEXT_BYTES) return tooLarge;

    const body = readBody(parseXml(win, documentXml));
    const commentsById = readComments(parseXml(win, commentsXml));
    const comments: WordComment[] = [];
    for (const [id, c] of commentsById) {
      comments.push({ quote: (body.ranges.get(id) ?? '').replace(/\n+$/, '').trim(), ...c });
    }
    const core = readCoreProperties(parseXml(win, coreXml));
    const hasHeading = article.blocks.some((b) => b.kind === 'heading');
    const trackedChanges = body.insertions + body.deletions > 0 ? { insertions: body.insertions, deletions: body.deletions, authors: [...body.authors] } : null;
    return {
      ok: true,
      article: {
        ...article,
        ...(core.creator && { byline: core.creator }),
        ...(core.created && { publishedAt: core.created }),
        ...(!hasHeading && core.title && { title: core.title }),
        comments,
        trackedChanges,
        messages: [...new Set(messages.map((m) => m.message))],
      },
    };
  } catch (error) {
    if (isCancelled(error)) throw error;
    return failure;
  }
}

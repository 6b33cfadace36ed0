/**
 * HTML → article blocks and metadata, without running or fetching anything.
 *
 * 1. Parse with the given window's `DOMParser`: the document it makes is inert
 *    (no browsing context), so no script, handler, meta refresh, iframe or image
 *    runs or loads, and nothing is ever inserted into a live document.
 * 2. Find the article with @mozilla/readability, on a clone (Readability
 *    rewrites the document it is given; metadata is read from the original).
 * 3. Sanitise the article HTML with DOMPurify, allowing only text structure.
 *    We keep only text, so this is defence in depth: if a later change ever
 *    renders the markup, it is already harmless.
 * 4. Walk the sanitised tree into blocks: h1–h6 heading, p body, li list-item,
 *    blockquote quote, figcaption caption, tr table-row (cells separated by
 *    tabs).
 * 5. Clean up what Readability leaves: fact boxes (`<aside>`, a `<figure>`
 *    or box of text, which Readability drops) are taken out first and put
 *    back after the paragraph they followed, as `aside` paragraphs; known
 *    boilerplate lines ("Continue reading the main story", "Order Reprints |
 *    Today's Paper | Subscribe", "Sponsored: …", "Advertisement") are
 *    dropped, and so are the byline and dateline lines, which are metadata.
 * 6. Metadata: the title loses the site's name (" - BBC News", matched
 *    against og:site_name, the publisher and the host); the byline is
 *    validated (no "By" alone, no dates, names split where a page ran them
 *    together: "ERIC TUCKERAssociated Press" → "ERIC TUCKER, Associated
 *    Press").
 *
 * The window is a parameter: the renderer passes `window`, the command line and
 * the tests a jsdom window. Nothing here touches globals.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import type { ParagraphKind } from '../core/model';
import type { TextBlock } from '../core/text/normalize';
import { definedOnly } from '../core/defined';
import { cleanByline, findFactBoxes, hostLabel, insertFactBoxes, isBoilerplate, isBylineLine, isDateLine, stripSiteName, textsBefore } from './html-cleanup';

/** What the HTML reader needs of a window: a DOMParser and the DOM classes DOMPurify checks nodes against. */
export type DomWindowLike = WindowLike & { readonly document: Document };

export interface HtmlArticle {
  readonly blocks: TextBlock[];
  readonly title?: string;
  readonly byline?: string;
  /** BCP 47 primary subtag from the page (`<html lang>`, Content-Language, og:locale), lowercase. */
  readonly language?: string;
  /** ISO 8601. */
  readonly publishedAt?: string;
  /** The page's own address, from `<link rel=canonical>` or `og:url` (http/https only). */
  readonly sourceUrl?: string;
  /** Links inside the article text: visible text and absolute http(s)/mailto URL. */
  readonly links: { text: string; url: string }[];
  /** False when no article was found and the text of the whole page was kept instead. */
  readonly foundArticle: boolean;
}

export interface HtmlOptions {
  /**
   * Run Readability to find the article inside a web page (default). The .docx
   * reader turns this off: mammoth's HTML is the document itself, and
   * Readability would drop short documents.
   */
  readonly extractArticle?: boolean;
}

const KINDS: Readonly<Record<string, ParagraphKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'body', pre: 'body', li: 'list-item', dt: 'list-item', dd: 'body', blockquote: 'quote',
  figcaption: 'caption', caption: 'caption', tr: 'table-row', address: 'body',
};
/** Block containers: they end the running paragraph but have no kind of their own. */
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'figure',
  'details', 'summary', 'hgroup', 'body', 'center',
]);

/** Text structure only: everything else (img, iframe, form, svg, script, style…) goes, with its content where DOMPurify's defaults or ours say so. */
const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [
    ...Object.keys(KINDS), ...CONTAINERS, 'br', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
    'span', 'abbr', 'cite', 'q', 'code', 'kbd', 'samp', 'var', 'time', 'td', 'th', 'data', 'bdi', 'bdo', 'wbr',
  ],
  ALLOWED_ATTR: ['href', 'datetime', 'dir', 'lang'],
  ADD_FORBID_CONTENTS: ['form', 'button', 'select', 'textarea', 'nav', 'footer', 'aside', 'object', 'embed', 'canvas', 'dialog'],
  RETURN_DOM: true,
};

const purifiers = new WeakMap<DomWindowLike, Purifier>();
function purifierFor(win: DomWindowLike): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = DOMPurify(win);
    purifiers.set(win, p);
  }
  return p;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Turns a sanitised tree into blocks, following HTML's whitespace rules (runs collapse, `<br>` breaks). */
function toBlocks(root: Node): { blocks: TextBlock[]; links: { text: string; url: string }[] } {
  const blocks: TextBlock[] = [];
  const links: { text: string; url: string }[] = [];
  let buffer = '';
  const flush = (kind: ParagraphKind): void => {
    const text = buffer
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').replace(/ ?\t ?/g, '\t').trim())
      .filter((l) => l !== '')
      .join('\n');
    buffer = '';
    if (text !== '') blocks.push({ kind, text });
  };
  const walk = (node: Node, context: ParagraphKind | null, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        const data = child.nodeValue ?? '';
        buffer += pre ? data : data.replace(/[\t\n\f\r ]+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
      const el = child as Element;
      const tag = el.localName.toLowerCase();
      if (tag === 'br') {
        buffer += '\n';
      } else if (context === 'table-row' && tag !== 'tr' && tag !== 'table' && (KINDS[tag] !== undefined || CONTAINERS.has(tag))) {
        // Paragraphs inside a cell (Word puts every cell's text in a <p>) stay in the row.
        if (buffer !== '' && !/[\t ]$/.test(buffer)) buffer += ' ';
        walk(el, context, pre);
      } else if (tag === 'td' || tag === 'th') {
        // Cells are separated by tabs: one row is one paragraph, and the reader lines the cells up.
        if (buffer.trim() !== '') buffer += '\t';
        walk(el, context, pre);
      } else if (KINDS[tag] !== undefined || CONTAINERS.has(tag)) {
        const outer = context ?? 'body';
        flush(outer);
        // A quote or list keeps its kind for what it contains; a heading inside a quote is quoted text.
        const own = KINDS[tag];
        const kind: ParagraphKind | null = context === 'quote' || context === 'list-item' ? context : (own ?? context);
        walk(el, kind, pre || tag === 'pre');
        flush(kind ?? 'body');
      } else {
        const before = buffer.length;
        walk(el, context, pre);
        if (tag === 'a') {
          const url = (el.getAttribute('href') ?? '').trim();
          const text = buffer.slice(before).replace(/\s+/g, ' ').trim();
          if (SAFE_URL.test(url) && text !== '') links.push({ text, url });
        }
      }
    }
  };
  walk(root, null, false);
  flush('body');
  return { blocks, links };
}

const meta = (doc: Document, selector: string): string | undefined => {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
};

/** JSON-LD objects of the page, parsed as data with JSON.parse (never evaluated). */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on the web; it only means less metadata.
    }
  }
  return out;
}

const asText = (v: unknown): string | undefined => {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (Array.isArray(v)) return asText(v[0]);
  if (v && typeof v === 'object') return asText((v as Record<string, unknown>)['name']);
  return undefined;
};

/** An ISO 8601 date from what a page declares, or undefined if it does not parse. Date-only values stay date-only. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const primarySubtag = (tag: string | null | undefined): string | undefined => {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
};

const clean = (s: string | null | undefined): string | undefined => {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
};

/**
 * Reads an article out of an HTML document.
 *
 * Promises: no script runs, no resource is requested, no node enters a live
 * document. Blocks hold only the article's text (or, when no article is
 * found, the text of the whole page, with `foundArticle: false`), with its
 * fact boxes as `aside` blocks where they stood and without known
 * boilerplate, byline and dateline lines. Metadata comes from `og:title`,
 * JSON-LD `headline`, the page's `<h1>` that matches `<title>`, Readability
 * or `<title>` (in that order), without the site's name; byline from
 * Readability, `meta[name=author]`, JSON-LD or a "By …" line, the first that
 * holds a name; language from `<html lang>`; publication date from
 * `article:published_time`, JSON-LD `datePublished`, other date metas or
 * `<time datetime>`; source URL from `<link rel=canonical>` or `og:url`.
 * Absent metadata is left out.
 */
export function htmlToArticle(html: string, win: DomWindowLike, options: HtmlOptions = {}): HtmlArticle {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  const ld = jsonLd(doc);
  const purify = purifierFor(win);
  const extract = options.extractArticle !== false;

  // Fact boxes: Readability drops <aside> and text figures, so they are taken out first and put back after.
  const boxes = extract ? findFactBoxes(doc) : [];
  const factBoxes = boxes.map((box, i) => {
    box.setAttribute('data-workbench-factbox', String(i));
    const sanitized = purify.sanitize(box.innerHTML, PURIFY_CONFIG) as unknown as Node;
    return { after: textsBefore(box), blocks: toBlocks(sanitized).blocks };
  });

  let readable: ReturnType<Readability['parse']> = null;
  if (extract) {
    try {
      const clone = doc.cloneNode(true) as Document;
      for (const box of clone.querySelectorAll('[data-workbench-factbox]')) box.remove();
      readable = new Readability(clone).parse();
    } catch {
      readable = null; // Readability gives up on some malformed pages: fall back to the whole page.
    }
  }
  for (const box of boxes) box.removeAttribute('data-workbench-factbox');
  const foundArticle = !extract || Boolean(readable?.content && readable.textContent?.trim());
  const source = readable?.content && foundArticle ? readable.content : (doc.body?.innerHTML ?? '');
  const sanitized = purify.sanitize(source, PURIFY_CONFIG) as unknown as Node;
  const { blocks: rawBlocks, links } = toBlocks(sanitized);

  // Bylines: the first candidate that holds a name.
  const rawByline = clean(readable?.byline);
  const bylineLine = extract ? rawBlocks.slice(0, 6).find((b) => isBylineLine(b.text))?.text : undefined;
  const byline =
    cleanByline(rawByline) ??
    cleanByline(meta(doc, 'meta[name="author"]')) ??
    cleanByline(ld.map((o) => asText(o['author'])).find(Boolean)) ??
    cleanByline(bylineLine) ??
    undefined;

  // Readability reports the byline but may leave its paragraph in the content; it is metadata, not
  // article text, and so are a "By …" line and a dateline near the top, and the sites' furniture.
  let blocks = rawBlocks.filter((b, i) => {
    if (!extract) return true;
    if (b.text === rawByline || isBoilerplate(b.text)) return false;
    if (i < 6 && (isBylineLine(b.text) || isDateLine(b.text))) return false;
    return true;
  });
  blocks = insertFactBoxes(blocks, factBoxes);

  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]');
  const sourceUrl = canonical && /^https?:\/\//i.test(canonical.trim()) ? canonical.trim() : undefined;
  const siteNames = [
    meta(doc, 'meta[property="og:site_name"]'),
    meta(doc, 'meta[name="application-name"]'),
    meta(doc, 'meta[name="apple-mobile-web-app-title"]'),
    ...ld.map((o) => asText(o['publisher'])),
    readable?.siteName ?? undefined,
  ].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const host = hostLabel(sourceUrl);
  const untitled = (t: string | undefined): string | undefined => (t === undefined ? undefined : stripSiteName(t, siteNames, host));

  // The headline is part of what gets checked: put it back if Readability took it out as a duplicate of
  // the title. Only an <h1> that matches the page title counts, so a site name in an <h1> logo stays out.
  const pageTitle = (untitled(clean(meta(doc, 'meta[property="og:title"]')) ?? clean(doc.title)) ?? '').toLowerCase();
  const matchesTitle = (h: string): boolean => pageTitle !== '' && (pageTitle.includes(h.toLowerCase()) || h.toLowerCase().includes(pageTitle));
  const h1 = Array.from(doc.querySelectorAll('h1'))
    .map((el) => clean(el.textContent))
    .find((h): h is string => h !== undefined && h.length > 3 && matchesTitle(h));
  if (h1 && extract && !blocks.some((b) => b.text === h1)) blocks.unshift({ kind: 'heading', text: h1 });

  const title = untitled(
    clean(meta(doc, 'meta[property="og:title"]')) ??
      clean(ld.map((o) => asText(o['headline'])).find(Boolean)) ??
      h1 ??
      clean(readable?.title) ??
      clean(doc.title) ??
      blocks.find((b) => b.kind === 'heading')?.text,
  );
  const language =
    primarySubtag(doc.documentElement.getAttribute('lang')) ??
    primarySubtag(meta(doc, 'meta[http-equiv="content-language" i]')) ??
    primarySubtag(meta(doc, 'meta[property="og:locale"]')) ??
    primarySubtag(readable?.lang);
  const publishedAt =
    isoDate(meta(doc, 'meta[property="article:published_time"]')) ??
    isoDate(ld.map((o) => asText(o['datePublished'])).find(Boolean)) ??
    isoDate(meta(doc, 'meta[itemprop="datePublished"]')) ??
    isoDate(meta(doc, 'meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="DC.date.issued"], meta[name="dcterms.created"]')) ??
    isoDate(readable?.publishedTime ?? undefined) ??
    isoDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined);

  return {
    blocks,
    links,
    foundArticle,
    ...definedOnly({ sourceUrl, title, byline, language, publishedAt }),
  };
}

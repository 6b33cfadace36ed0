/**
 * Markdown → text blocks with kinds, through mdast: CommonMark plus GitHub's
 * extensions (tables, footnotes, strikethrough, task lists, autolinks) and
 * YAML (`---`) or TOML (`+++`) front matter. The article keeps its structure
 * (headings, paragraphs, list items, block quotes, table rows) and loses its
 * markup: `**12%**` becomes "12%", a link keeps its words in the text and its
 * URL in `links`, images disappear, raw HTML is dropped without being parsed
 * (it never runs, and its tags would be noise in the text).
 *
 * - A table row is one `table-row` paragraph, its cells separated by tabs.
 * - A footnote reference stays in the text as "[1]"; the notes follow the
 *   article as list items "[1] …", in the order they are referenced.
 * - Struck-through text (`~~…~~`) is a correction left visible: it is not
 *   what the article says, so it is left out of the text and counted.
 * - Front matter is parsed with `yaml` (core schema: no custom tags, dates
 *   stay strings) or `smol-toml`, never evaluated; its title, author(s),
 *   date, canonical URL and language become the article's metadata.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { Definition, FootnoteDefinition, Nodes, PhrasingContent } from 'mdast';
import type { ParagraphKind } from '../model';
import type { TextBlock } from './normalize';
import { definedOnly } from '../defined';
import { firstLineOf } from '../errors';

export interface MarkdownArticle {
  readonly blocks: TextBlock[];
  /** Links with their visible text. Only http(s) and mailto URLs are kept. */
  readonly links: { text: string; url: string }[];
  /** From the front matter's `title`, else the first level-1 heading, else the first heading. */
  readonly title?: string;
  /** From the front matter's `author`, `authors` or `byline` (names joined with "; "). */
  readonly byline?: string;
  /** From the front matter's `date`, `published`, `publishedAt` or `pubDate`, ISO 8601. */
  readonly publishedAt?: string;
  /** From the front matter's `canonical_url`, `canonical`, `url`, `source_url` or `link` (http/https only). */
  readonly sourceUrl?: string;
  /** From the front matter's `lang` or `language`: the primary subtag. */
  readonly language?: string;
  /** How many struck-through passages were left out of the text. */
  readonly struckOut?: number;
  /** Front matter that could not be parsed: its format and the parser's message. */
  readonly frontMatterError?: { readonly format: 'YAML' | 'TOML'; readonly message: string };
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

type FrontMatter = Readonly<Record<string, unknown>>;
const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
/** The first of `keys` the front matter has, as an own property. */
const field = (fm: FrontMatter, ...keys: string[]): unknown => {
  for (const key of keys) if (own(fm, key) && fm[key] !== null && fm[key] !== undefined) return fm[key];
  return undefined;
};

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined);

/** Names from `author: Jane`, `author: [Jane, Joe]`, `authors: [{name: Jane}]`. */
function names(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : [v];
  const out = list
    .map((n) => text(n) ?? (n && typeof n === 'object' && !Array.isArray(n) && own(n, 'name') ? text((n as Record<string, unknown>)['name']) : undefined))
    .filter((n): n is string => n !== undefined);
  return out.length > 0 ? out.join('; ') : undefined;
}

/** An ISO 8601 date from a YAML string or a TOML date; undefined for anything that is not a real date. */
function isoDate(v: unknown): string | undefined {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    // smol-toml's local dates print themselves date-only.
    const printed = v.toISOString();
    return /^\d{4}-\d{2}-\d{2}$/.test(printed) ? printed : new Date(v.getTime()).toISOString();
  }
  const s = text(v);
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}${m[5] ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Parses front matter as data (never evaluated); a message instead when it is malformed or not a mapping. */
function parseFrontMatter(format: 'yaml' | 'toml', source: string): { data: FrontMatter } | { error: string } {
  try {
    const data: unknown = format === 'yaml' ? parseYaml(source, { schema: 'core', maxAliasCount: 50, prettyErrors: false }) : parseToml(source);
    if (data === null || data === undefined) return { data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) return { error: 'the front matter is not a list of fields' };
    return { data: data as FrontMatter };
  } catch (error) {
    return { error: firstLineOf(error, 200) };
  }
}

/**
 * Converts Markdown to blocks.
 *
 * Promises: one block per heading, paragraph, list-item paragraph, quoted
 * paragraph and code block, in document order, with inline markup removed and
 * soft line breaks turned into spaces (hard breaks stay line breaks). Images
 * and HTML are dropped; code is kept as body text. Link URLs never enter the
 * text.
 */
export function markdownToBlocks(md: string): MarkdownArticle {
  // mdast keeps line endings as written inside text nodes; make them LF first.
  const source = md.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });

  let fm: FrontMatter = {};
  let frontMatterError: MarkdownArticle['frontMatterError'];
  const first = tree.children[0] as { type: string; value?: string } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml')) {
    const parsed = parseFrontMatter(first.type, first.value ?? '');
    if ('data' in parsed) fm = parsed.data;
    else frontMatterError = { format: first.type === 'yaml' ? 'YAML' : 'TOML', message: parsed.error };
  }
  let title = text(field(fm, 'title', 'headline'));

  const definitions = new Map<string, string>();
  const footnotes = new Map<string, FootnoteDefinition>();
  const collectDefinitions = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
    if (node.type === 'footnoteDefinition') footnotes.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) collectDefinitions(child);
  };
  collectDefinitions(tree);
  /** Footnotes in the order they are first referenced, numbered from 1. */
  const footnoteNumbers = new Map<string, number>();
  let struckOut = 0;

  const blocks: TextBlock[] = [];
  const links: { text: string; url: string }[] = [];
  let firstHeading: string | undefined;
  let firstH1: string | undefined;

  const inline = (nodes: readonly PhrasingContent[]): string => {
    let out = '';
    // Raw HTML is never interpreted; and what sits between an inline
    // <script>/<style>/<template> and its closing tag is code, not article
    // text (`<svg><script>…</script></svg>` on one line is inline HTML).
    let hiddenUntil: string | null = null;
    for (const node of nodes) {
      if (node.type === 'html') {
        const tag = /^<\s*(\/)?\s*(script|style|template|noscript)\b/i.exec(node.value);
        if (tag?.[2] && !tag[1] && !/<\s*\/\s*(script|style|template|noscript)\s*>\s*$/i.test(node.value)) hiddenUntil = tag[2].toLowerCase();
        else if (tag?.[1] && tag[2]?.toLowerCase() === hiddenUntil) hiddenUntil = null;
        continue;
      }
      if (hiddenUntil) continue;
      switch (node.type) {
        case 'text':
          // A soft line ending inside a paragraph renders as a space.
          out += node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
          break;
        case 'inlineCode':
          out += node.value;
          break;
        case 'break':
          out += '\n';
          break;
        case 'emphasis':
        case 'strong':
          out += inline(node.children);
          break;
        case 'delete':
          struckOut++;
          break;
        case 'link':
        case 'linkReference': {
          const text = inline(node.children);
          const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
          if (url && SAFE_URL.test(url.trim())) links.push({ text: text.trim(), url: url.trim() });
          out += text;
          break;
        }
        case 'footnoteReference': {
          if (!footnotes.has(node.identifier)) {
            out += `[^${node.label ?? node.identifier}]`;
            break;
          }
          let n = footnoteNumbers.get(node.identifier);
          if (n === undefined) footnoteNumbers.set(node.identifier, (n = footnoteNumbers.size + 1));
          out += `[${n}]`;
          break;
        }
        case 'image':
        case 'imageReference':
          break;
        default: {
          // Phrasing nodes from extensions this parser is not given; kept generic on purpose.
          const other = node as { children?: PhrasingContent[]; value?: unknown };
          if (other.children) out += inline(other.children);
          else if (typeof other.value === 'string') out += other.value;
        }
      }
    }
    return out;
  };

  const push = (kind: ParagraphKind, text: string): void => {
    const clean = text.replace(/[ \t]{2,}/g, ' ').trim();
    if (clean !== '') blocks.push({ kind, text: clean });
  };

  const walk = (node: Nodes, context: ParagraphKind | null): void => {
    // TOML front matter (a node type mdast's own types do not list) is metadata, read above.
    if ((node as { type: string }).type === 'toml') return;
    switch (node.type) {
      case 'heading': {
        const text = inline(node.children).trim();
        if (context === null && text !== '') {
          firstHeading ??= text;
          if (node.depth === 1) firstH1 ??= text;
        }
        push(context ?? 'heading', text);
        return;
      }
      case 'paragraph':
        push(context ?? 'body', inline(node.children));
        return;
      case 'code':
        // Kept as it is: code in an article is usually quoted output or data.
        if (node.value.trim() !== '') blocks.push({ kind: context ?? 'body', text: node.value });
        return;
      case 'blockquote':
        for (const child of node.children) walk(child, context ?? 'quote');
        return;
      case 'list':
        for (const child of node.children) walk(child, context === 'quote' ? 'quote' : 'list-item');
        return;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => inline(cell.children).replace(/[\t\n]+/g, ' ').trim());
          if (cells.some((c) => c !== '')) blocks.push({ kind: context === 'quote' ? 'quote' : 'table-row', text: cells.join('\t') });
        }
        return;
      case 'footnoteDefinition':
        // Written after the article, in reference order (below).
        return;
      case 'html':
      case 'definition':
      case 'thematicBreak':
      case 'image':
      case 'imageReference':
      case 'yaml':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child, context);
    }
  };
  walk(tree, null);

  // The notes: "[n] text", one list item each, in the order the text refers to them.
  for (const [identifier, n] of footnoteNumbers) {
    const definition = footnotes.get(identifier)!;
    const at = blocks.length;
    for (const child of definition.children) walk(child, 'list-item');
    const firstNote = blocks[at];
    if (firstNote) blocks[at] = { kind: 'list-item', text: `[${n}] ${firstNote.text}` };
  }

  title ??= firstH1 ?? firstHeading;
  const byline = names(field(fm, 'author', 'authors', 'byline', 'creator'));
  const publishedAt = isoDate(field(fm, 'date', 'published', 'publishedAt', 'published_at', 'pubDate', 'datePublished'));
  const url = text(field(fm, 'canonical_url', 'canonical', 'canonicalURL', 'url', 'source_url', 'source', 'link'));
  const sourceUrl = url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
  const language = text(field(fm, 'lang', 'language', 'locale'))?.toLowerCase().split(/[-_]/)[0];
  return {
    blocks,
    links,
    ...definedOnly({
      title,
      byline,
      publishedAt,
      sourceUrl,
      language: language !== undefined && /^[a-z]{2,3}$/.test(language) ? language : undefined,
      struckOut: struckOut > 0 ? struckOut : undefined,
      frontMatterError,
    }),
  };
}

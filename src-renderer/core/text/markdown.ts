/**
 * Markdown → text blocks with kinds, through mdast (CommonMark, no HTML
 * interpretation). The article keeps its structure (headings, paragraphs, list
 * items, block quotes) and loses its markup: `**12%**` becomes "12%", a link
 * keeps its words in the text and its URL in `links`, images disappear, raw
 * HTML is dropped without being parsed (it never runs, and its tags would be
 * noise in the text).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, Nodes, PhrasingContent } from 'mdast';
import type { ParagraphKind } from '../model';
import type { TextBlock } from './normalize';

export interface MarkdownArticle {
  readonly blocks: TextBlock[];
  /** Links with their visible text. Only http(s) and mailto URLs are kept. */
  readonly links: { text: string; url: string }[];
  /** From YAML front matter `title:`, else the first level-1 heading, else the first heading. */
  readonly title?: string;
}

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** YAML front matter ("---" … "---" at the very top), which mdast would otherwise read as a heading. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function frontMatterTitle(yaml: string): string | undefined {
  const m = /^title:[ \t]*(.+)$/m.exec(yaml);
  if (!m?.[1]) return undefined;
  const value = m[1].trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return value === '' ? undefined : value;
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
  let source = md.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let title: string | undefined;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    title = frontMatterTitle(front[1] ?? '');
    source = source.slice(front[0].length);
  }

  const tree = fromMarkdown(source);
  const definitions = new Map<string, string>();
  const collectDefinitions = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
    if ('children' in node) for (const child of node.children) collectDefinitions(child);
  };
  collectDefinitions(tree);

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
        case 'delete':
          out += inline(node.children);
          break;
        case 'link':
        case 'linkReference': {
          const text = inline(node.children);
          const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
          if (url && SAFE_URL.test(url.trim())) links.push({ text: text.trim(), url: url.trim() });
          out += text;
          break;
        }
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
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
      case 'html':
      case 'definition':
      case 'thematicBreak':
      case 'image':
      case 'imageReference':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child, context);
    }
  };
  walk(tree, null);

  title ??= firstH1 ?? firstHeading;
  return title === undefined ? { blocks, links } : { blocks, links, title };
}

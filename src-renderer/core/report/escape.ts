/**
 * Escaping for the report formats. Every piece of user text (titles, notes,
 * quotes, source titles, flag messages, settings) passes through one of these
 * before it reaches a report; fixed markup never does.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and for quoted attribute values
 * (also valid XML, so it serves the inline SVG). After it, no user text can
 * open a tag, close an attribute or start an entity.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for CommonMark inline content: a backslash before every
 * character that could start markup (emphasis, code, links, raw HTML,
 * entities, table pipes), and before what would start a block at the
 * beginning of a line (headings, lists, quotes, rules). Newlines become
 * spaces: callers that want lines split them first.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, '\\$&')
    // Block starters only matter at the start of the string (a line, once embedded).
    .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A link destination for CommonMark, in the `<...>` form so parentheses and
 * spaces cannot end it early. The URL has already passed checkUrl; this only
 * percent-encodes the few characters the `<...>` form forbids.
 */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

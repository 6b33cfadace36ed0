/**
 * Whitespace runs of long texts, replaced in time linear in the text.
 */

/**
 * The runs to replace: those that are not already one space. Matching the
 * single spaces too (`/\s+/g`) replaces every space of the text by itself,
 * one regex replacement per word: 0.7 s on an 8 MiB line, the largest cost
 * of its analysis. The first alternative comes first, so that a run is taken
 * whole from its start.
 */
const RUN = /\s{2,}|[^\S ]/g;

/**
 * `text` with every run of whitespace (`\s`: spaces, tabs, line breaks,
 * no-break and other Unicode spaces) made one space: what
 * `text.replace(/\s+/g, ' ')` gives, without a replacement per word.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(RUN, ' ');
}

/**
 * A title cut to fit a notice or a dialog heading: a source title can be a
 * thousand characters long, a notice has a line or two. Cuts between
 * graphemes, so no emoji or accented letter is split.
 */
// Made on first use: creating a segmenter loads ICU's break data, a cost a
// cold start should not pay for a notice it does not show.
let segmenter: Intl.Segmenter | undefined;

export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

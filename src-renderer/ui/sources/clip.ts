/**
 * A title cut to fit a notice or a dialog heading: a source title can be a
 * thousand characters long, a notice has a line or two. Cuts between
 * graphemes, so no emoji or accented letter is split.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

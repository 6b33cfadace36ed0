/**
 * The text model of DESIGN.md ("Text model and offsets"): a revision's
 * canonical text and its paragraphs, produced once at import.
 *
 * Canonical text: line breaks are LF, the text is NFC, no line ends in
 * whitespace, there are no leading or trailing blank lines, and blank lines
 * never come two in a row (runs of three or more line breaks become one blank
 * line). Paragraph spans point into it and never include separators or the
 * indentation before a paragraph.
 *
 * Paragraphs of plain text, in order of precedence:
 * 1. Hard-wrapped text (see `looksHardWrapped`) is reflowed: the lines of a
 *    blank-line-separated block are joined with spaces into one paragraph
 *    (list items and a title line at the top of a block stay separate). This
 *    changes the text, which is fine: it happens once, before any offset exists.
 * 2. Otherwise every non-empty line is a paragraph. That covers both files with
 *    one paragraph per line and files with blank lines between paragraphs.
 *
 * Paragraph kinds are told apart by shape and position only (see `classify`):
 * list-item and quote by their opening marks, caption by agency caption style
 * or a photo credit, heading by being a short unpunctuated line introducing a
 * longer paragraph. Everything else is body: a wrong "body" costs nothing, a
 * wrong "heading" hides a sentence from claim suggestions.
 */
import { u16 } from './offsets';
import { splitSentences } from './sentences';
import type { Paragraph, ParagraphKind } from '../model';

/** A block of structured input (from HTML, Markdown or .docx) with its kind. */
export interface TextBlock {
  readonly kind: ParagraphKind;
  readonly text: string;
}

/** A canonical text and its paragraphs. */
export interface NormalizedText {
  readonly text: string;
  readonly paragraphs: Paragraph[];
}

/** Line terminators other than LF that must become LF (or, for U+2029 and form feed, a blank line). */
function unifyLineBreaks(s: string): string {
  return s.replace(/\r\n?|\u2028|\u0085/g, '\n').replace(/[\u2029\f]/g, '\n\n');
}

/** Splits into lines with trailing whitespace removed. trimEnd, not a regex, so long runs of spaces stay linear. */
function cleanLines(raw: string): string[] {
  const s = unifyLineBreaks(raw.replace(/^\ufeff/, '')).normalize('NFC');
  return s.split('\n').map((line) => line.trimEnd());
}

const LIST_ITEM = /^\s*(?:[-*•‣◦▪–]\s+|\d{1,3}[.)]\s+|[a-z]\)\s+)\S/u;
/** Ends a sentence: terminal punctuation, optionally inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;]["'»”’)\]]*$/u;

/** Whether a paragraph starts with a list marker ("- ", "• ", "1. ", "a) "). */
export function isListItem(p: string): boolean {
  return LIST_ITEM.test(p);
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"', '»': '«' };

/** A paragraph that is a quotation and nothing else: `> …`, or `«…»` with no words after the closing mark. */
function isQuote(p: string): boolean {
  const s = p.trimStart();
  if (s.startsWith('>')) return true;
  const close = QUOTE_PAIRS[s[0] ?? ''];
  if (!close) return false;
  const body = s.replace(/[.!?…]$/u, '');
  if (!body.endsWith(close) || body.length < 3) return false;
  // The first closing mark must be the last character: «A», dit-il. is body text.
  return body.indexOf(close, 1) === body.length - 1;
}

const MONTHS = [
  // fr
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  // en
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan\\.?', 'feb\\.?', 'mar\\.?', 'apr\\.?', 'jun\\.?', 'jul\\.?', 'aug\\.?', 'sept?\\.?', 'oct\\.?', 'nov\\.?', 'dec\\.?',
  // es
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  // de
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
].join('|');
const WEEKDAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
const DATE =
  `(?:\\d{1,2}(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(?:${MONTHS})\\s+(?:de\\s+|del\\s+)?\\d{4}` +
  `|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}` +
  `|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
/**
 * Agency caption style: "Who, doing what, where, <date>." — the date closes the
 * caption after a comma (", le 23 novembre 2025.", ", Nov. 23, 2025.").
 */
const CAPTION_DATE_END = new RegExp(`,\\s*(?:(?:le|the|on|el|am)\\s+)?(?:(?:${WEEKDAYS}),?\\s+)?${DATE}\\s*[.)]?$`, 'iu');
/** A photo credit: "Photo: …", "(Photo AFP)", "© Reuters", "Jean Dupont / AFP". */
const PHOTO_CREDIT =
  /^(?:photo|foto|image|illustration|crédit|credit|crédito|bild)\s*[:：]|\((?:photo|foto|crédit|credit|crédito|bild)\b[^)]*\)\s*\.?$|©|\/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Keystone|dpa|EFE)\b/iu;
const DATE_ONLY = new RegExp(`^(?:(?:${WEEKDAYS}),?\\s+)?${DATE}$`, 'iu');
/** "By Staff Reporter", "Par Jean Dupont", "Avec AFP": short lines that are bylines, not headings. */
const BYLINE = /^(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|[Aa]vec|[Ww]ith|[Mm]it|[Cc]on)\s+\p{Lu}/u;

/** A byline or a dateline standing alone: "By Staff Reporter", "23 novembre 2025". */
export const isMetaLine = (p: string): boolean => {
  const s = p.trim();
  return s.length <= 80 && (BYLINE.test(s) || DATE_ONLY.test(s));
};

/** A line that could be a heading: short, capitalised, no final punctuation (a question mark is allowed). */
function headingShape(p: string): boolean {
  const s = p.trim();
  if (s.length === 0 || s.length > 120) return false;
  if (s.split(/\s+/).length > 16) return false;
  if (!/^[«“„"']?[\p{Lu}\p{Lt}\p{N}]/u.test(s)) return false;
  if (/[.,;:!…\-–—]["'»”’)]*$/u.test(s)) return false;
  if (!/\p{L}/u.test(s)) return false;
  if (BYLINE.test(s) || DATE_ONLY.test(s) || LIST_ITEM.test(s)) return false;
  return true;
}

/**
 * The headline of a plain-text article: a first line, shorter than the
 * paragraph after it, that does not end like a sentence (headlines carry no
 * full stop) — quotation marks included ("“Gilets jaunes”: Macron demande
 * un appel “au calme”" is a headline, not a quotation).
 */
function isTitleLine(p: string, next: string): boolean {
  return headlineShape(p) && next.trim().length > p.trim().length;
}

/**
 * Whether a line is shaped like a headline: one line of at most 30 words,
 * capitalised, not ending like a sentence (a question or exclamation mark
 * aside), and not a byline, a dateline, a list item or a photo credit.
 */
export function headlineShape(p: string): boolean {
  const s = p.trim();
  if (s.length === 0 || s.length > 200 || s.includes('\n') || s.split(/\s+/).length > 30) return false;
  if (!/^[«“„"'‘]?[\p{Lu}\p{Lt}\p{N}]/u.test(s)) return false;
  if (/[.,;:!?…]["'»”’)]*$/u.test(s) && !/[?!]$/u.test(s)) return false;
  return !(BYLINE.test(s) || DATE_ONLY.test(s) || LIST_ITEM.test(s) || PHOTO_CREDIT.test(s));
}

/**
 * Kinds of plain-text paragraphs, by shape and position:
 * - heading: the first line when it is a headline (see `isTitleLine`).
 * - list-item: starts with a list marker.
 * - quote: `> …`, or a whole paragraph inside quotation marks.
 * - caption: a photo credit anywhere; or, in the lead (before any body
 *   paragraph), one sentence ending ", <date>." and followed by more text — the
 *   agency caption style of a photo placed above the article.
 * - heading: a heading-shaped line (see `headingShape`) that introduces a longer
 *   paragraph; a run of three or more such lines is a list, not headings.
 * - body: everything else.
 */
export function classify(paragraphs: readonly string[]): ParagraphKind[] {
  const shape = paragraphs.map(headingShape);
  // Length of the run of heading-shaped paragraphs each one belongs to, in one pass each way (linear on long lists).
  const runBefore = shape.map(() => 0);
  const runAfter = shape.map(() => 0);
  for (let i = 0; i < shape.length; i++) runBefore[i] = shape[i] ? (i > 0 ? (runBefore[i - 1] ?? 0) : 0) + 1 : 0;
  for (let i = shape.length - 1; i >= 0; i--) runAfter[i] = shape[i] ? (runAfter[i + 1] ?? 0) + 1 : 0;
  const kinds: ParagraphKind[] = [];
  let leadOver = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? '';
    const hasNext = i + 1 < paragraphs.length;
    let kind: ParagraphKind = 'body';
    if (i === 0 && hasNext && isTitleLine(p, paragraphs[1] ?? '')) kind = 'heading';
    else if (isListItem(p)) kind = 'list-item';
    else if (isQuote(p)) kind = 'quote';
    else if (p.length <= 400 && PHOTO_CREDIT.test(p)) kind = 'caption';
    else if (!leadOver && hasNext && p.length <= 400 && CAPTION_DATE_END.test(p) && splitSentences(p, 'und').length === 1) kind = 'caption';
    else if (shape[i]) {
      const runLength = (runBefore[i] ?? 1) + (runAfter[i] ?? 1) - 1;
      // What the heading introduces: the next paragraph that is not a byline or a dateline.
      let next = i + (runAfter[i] ?? 1);
      while (next < paragraphs.length && isMetaLine(paragraphs[next] ?? '')) next++;
      const following = paragraphs[next];
      if (runLength <= 2 && following !== undefined && following.length > p.trim().length) kind = 'heading';
    }
    if (kind === 'body' || kind === 'quote' || kind === 'list-item') leadOver = true;
    kinds.push(kind);
  }
  return kinds;
}

/** Code-unit length at the 90th percentile: the wrap width of a hard-wrapped file, robust to a few long URLs. */
function wrapWidth(lengths: number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(0.9 * (sorted.length - 1))] ?? 0;
}

/**
 * Whether the text is hard-wrapped (lines broken at a fixed width inside
 * paragraphs, as in e-mail and old wire copy). All three must hold:
 * - the wrap width is between 40 and 100 characters (nobody wraps narrower;
 *   one-paragraph-per-line files have much longer lines);
 * - at least half of the line breaks inside blocks fall where no sentence ends;
 * - at least a fifth of them are followed by a lowercase letter: the break fell
 *   inside a sentence. Lists of short titles fail this test.
 */
function looksHardWrapped(blocks: readonly (readonly string[])[]): boolean {
  const lengths = blocks.flat().map((l) => l.length);
  const width = wrapWidth(lengths);
  if (width < 40 || width > 100) return false;
  let pairs = 0;
  let midSentence = 0;
  let lowercase = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      const line = block[i] ?? '';
      const next = (block[i + 1] ?? '').trimStart();
      if (LIST_ITEM.test(next)) continue;
      pairs++;
      if (!SENTENCE_END.test(line)) midSentence++;
      if (/^\p{Ll}/u.test(next)) lowercase++;
    }
  }
  return pairs >= 2 && midSentence / pairs >= 0.5 && lowercase / pairs >= 0.2;
}

/**
 * Joins hard-wrapped lines. A word hyphenated across lines ("inter-\nnational")
 * keeps its hyphen but loses the space. Only the previous line is looked at
 * (the joined text ends with it): testing the text joined so far made a long
 * hard-wrapped paragraph quadratic.
 */
function joinLines(lines: readonly string[]): string {
  const out: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (out.length > 0 && !(HYPHENATED.test(previous) && /^\p{Ll}/u.test(line))) out.push(' ');
    out.push(line);
    previous = line;
  }
  return out.join('');
}

/** A line ending in a letter and a hyphen: a word cut across lines. */
const HYPHENATED = /\p{L}-$/u;

/**
 * Reflows one block of a hard-wrapped text into paragraphs. New paragraphs
 * start at list markers and after a title line at the top of the block. When
 * the whole text is one block (no blank lines at all), a short line ending a
 * sentence with room left for the next line's first word, or an indented
 * line, also starts a paragraph.
 */
function reflowBlock(block: readonly string[], width: number, singleBlock: boolean): string[] {
  const groups: string[][] = [];
  for (let i = 0; i < block.length; i++) {
    const line = block[i] ?? '';
    const prev = block[i - 1];
    const current = groups[groups.length - 1];
    const indent = (s: string): number => s.length - s.trimStart().length;
    // A sentence-final line that had room for the next line's first word was ended on purpose.
    const firstWord = line.trimStart().split(/\s/, 1)[0] ?? '';
    const endedEarly = prev !== undefined && SENTENCE_END.test(prev) && prev.length + 1 + firstWord.length <= width;
    const startsNew =
      current === undefined ||
      LIST_ITEM.test(line) ||
      (current.length === 1 && i === 1 && headingShape(prev ?? '') && (prev ?? '').length < 0.6 * width && /^\s*\p{Lu}/u.test(line)) ||
      (singleBlock && prev !== undefined && (endedEarly || indent(line) > indent(prev)));
    if (startsNew) groups.push([line]);
    else current.push(line);
  }
  return groups.map(joinLines);
}

/** Assembles paragraphs (each with the separator before it) into a text with spans. */
function assemble(parts: readonly { readonly text: string; readonly separator: string; readonly kind?: ParagraphKind }[], kinds: readonly ParagraphKind[]): NormalizedText {
  let text = '';
  const paragraphs: Paragraph[] = [];
  parts.forEach((part, i) => {
    if (text !== '') text += part.separator;
    const indent = part.text.length - part.text.trimStart().length;
    const start = text.length + indent;
    text += part.text;
    paragraphs.push({ index: i, kind: part.kind ?? kinds[i] ?? 'body', start: u16(start), end: u16(text.length) });
  });
  return { text, paragraphs };
}

/**
 * Normalises raw text (e.g. from `decodeBytes` or the clipboard) into the
 * canonical text of a revision and its paragraphs.
 *
 * Promises: the result satisfies the canonical-text invariants above;
 * paragraphs are in order, non-empty, non-overlapping, and each lies on one
 * line unless the text was reflowed (then paragraphs of one block are
 * separated by LF and blocks by a blank line). An input with no text gives
 * `{ text: '', paragraphs: [] }`. Idempotent on its own output text.
 */
export function normalizeText(raw: string): NormalizedText {
  const lines = cleanLines(raw);
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === '') current = null;
    else if (current) current.push(line);
    else blocks.push((current = [line]));
  }
  if (blocks.length === 0) return { text: '', paragraphs: [] };

  const parts: { text: string; separator: string }[] = [];
  if (looksHardWrapped(blocks)) {
    // The longest line is the wrap width: every line was filled up to it unless it was ended on purpose.
    let width = 0;
    for (const block of blocks) for (const line of block) width = Math.max(width, line.length);
    for (const block of blocks) {
      reflowBlock(block, width, blocks.length === 1).forEach((text, i) => parts.push({ text, separator: i === 0 ? '\n\n' : '\n' }));
    }
  } else {
    for (const block of blocks) block.forEach((text, i) => parts.push({ text, separator: i === 0 ? '\n\n' : '\n' }));
  }
  return assemble(parts, classify(parts.map((p) => p.text.trim())));
}

/**
 * Builds the canonical text from structured blocks (HTML, Markdown, .docx):
 * blocks are joined by one blank line and keep their kinds.
 *
 * Promises: each block's text gets the same clean-up as plain text (LF, NFC,
 * no trailing whitespace) and loses blank lines inside it, so that a block is
 * exactly one paragraph; empty blocks are dropped. The result satisfies the
 * canonical-text invariants.
 */
export function fromBlocks(blocks: readonly TextBlock[]): NormalizedText {
  const parts: { text: string; separator: string; kind: ParagraphKind }[] = [];
  for (const block of blocks) {
    const text = cleanLines(block.text)
      .map((line, i) => (i === 0 ? line.trimStart() : line))
      .filter((line) => line.trim() !== '')
      .join('\n');
    const trimmed = text.trimStart();
    if (trimmed !== '') parts.push({ text: trimmed, separator: '\n\n', kind: block.kind });
  }
  return assemble(parts, []);
}

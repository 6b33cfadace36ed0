/**
 * An article's title, and the paragraph of the text that is that title.
 *
 * The title comes from, in order: the document's metadata (a page's
 * `og:title`, a .docx's or PDF's title, Markdown front matter, the title the
 * editor typed); else a headline that opens the text (after any photo
 * caption, credit, byline or dateline); else the first sentence of the first
 * body paragraph; else the file name. A photo caption is never the title:
 * it describes a picture, not the story. Long titles are cut at a word
 * boundary, never inside a word.
 *
 * The paragraph that is the title (`titleParagraphIndex`) is shown once, as
 * the title, and is read as a heading by the analysis: a headline is never
 * suggested as a claim, nor flagged as an unsourced passage.
 */
import type { Paragraph } from '../model';
import { snapToGraphemes } from './graphemes';
import { headlineShape, isMetaLine } from './normalize';
import { u16 } from './offsets';
import { splitSentences } from './sentences';

/** Titles longer than this are cut at a word boundary (a library row, a report heading and a file name stay readable). */
export const MAX_TITLE_LENGTH = 120;

/** How many paragraphs of captions, credits, bylines and datelines may come before the opening line. */
const MAX_LEAD_IN = 4;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `s` cut to MAX_TITLE_LENGTH at a word boundary with an ellipsis, or null when its opening has no word boundary to cut at. */
function cutAtWord(s: string): string | null {
  if (s.length <= MAX_TITLE_LENGTH) return s;
  const room = s.slice(0, MAX_TITLE_LENGTH - 1);
  // The cut falls on a space, or on the space that ends the window.
  const space = /\s/u.test(s[MAX_TITLE_LENGTH - 1] ?? '') ? room.length : room.lastIndexOf(' ');
  if (space <= 0) return null;
  const kept = room.slice(0, space).replace(/[\s,;:.–—-]+$/u, '');
  return kept === '' ? null : `${kept}…`;
}

/**
 * A title on one line, at most MAX_TITLE_LENGTH code units: cut at the last
 * word boundary that fits, with an ellipsis. Only a single word longer than
 * that (a URL, a run of letters with no space) is cut inside, at a grapheme
 * boundary.
 */
export function clampTitle(title: string): string {
  const s = squash(title);
  const cut = cutAtWord(s);
  if (cut !== null) return cut;
  return `${s.slice(0, snapToGraphemes(s, MAX_TITLE_LENGTH - 1))}…`;
}

const paragraphText = (text: string, p: Paragraph): string => text.slice(p.start, p.end);

/**
 * The index of the paragraph the text opens with once leading photo
 * captions, credits, bylines and datelines are skipped; -1 when there is none.
 */
function openingIndex(paragraphs: readonly Paragraph[], text: string): number {
  for (let i = 0; i < paragraphs.length && i <= MAX_LEAD_IN; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'caption') continue;
    if (p.end - p.start <= 80 && isMetaLine(paragraphText(text, p))) continue;
    return i;
  }
  return -1;
}

/**
 * Whether paragraph `i` is a headline line: a heading, or a body line shaped
 * like a headline (no final full stop) with more text after it — pasted text
 * whose headline is longer than its standfirst is read as body by the
 * paragraph classifier.
 */
function isHeadlineLine(paragraphs: readonly Paragraph[], text: string, i: number): boolean {
  const p = paragraphs[i];
  if (!p) return false;
  if (p.kind === 'heading') return true;
  return p.kind === 'body' && i + 1 < paragraphs.length && p.end - p.start <= 200 && headlineShape(paragraphText(text, p));
}

/** The first sentence of paragraph `p`, read from its opening only (a one-line file may be megabytes long). */
function firstSentence(text: string, p: Paragraph, language: string): string {
  const first = splitSentences(text, language, { start: p.start, end: u16(Math.min(p.end, p.start + 4 * MAX_TITLE_LENGTH)) })[0] ?? p;
  return text.slice(first.start, first.end);
}

/** The file name without its folder and extension, with `_` as spaces ("bridge_repairs.txt" → "bridge repairs"). */
function fileTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return squash(base.replace(/\.[^.]{1,10}$/u, '').replace(/_+/g, ' '));
}

/** Where a title can come from besides the text. */
export interface TitleSources {
  /** The title the document's metadata gives (or the editor typed); blank counts as absent. */
  readonly metadata?: string | undefined;
  /** The imported file's name: the title of last resort. */
  readonly fileName?: string | undefined;
  /** The text's language, for its sentences ('und' if unknown). */
  readonly language?: string | undefined;
}

/**
 * The title of an article (see the module comment for the order of the
 * rules). Promises: one line, at most MAX_TITLE_LENGTH code units, never cut
 * inside a word when the text offers a word boundary; empty only when there
 * is no metadata, no text and no file name.
 */
export function pickTitle(text: string, paragraphs: readonly Paragraph[], sources: TitleSources = {}): string {
  const metadata = squash(sources.metadata ?? '');
  if (metadata) return clampTitle(metadata);
  const opening = openingIndex(paragraphs, text);
  if (opening !== -1 && isHeadlineLine(paragraphs, text, opening)) return clampTitle(paragraphText(text, paragraphs[opening]!));
  const language = sources.language ?? 'und';
  const body = paragraphs.find((p) => p.kind === 'body' && !(p.end - p.start <= 80 && isMetaLine(paragraphText(text, p))));
  if (body) {
    const cut = cutAtWord(squash(firstSentence(text, body, language)));
    if (cut) return cut;
  }
  const named = fileTitle(sources.fileName ?? '');
  if (named) return clampTitle(named);
  // Pasted text with no body paragraph (a list, a quotation): its first sentence all the same.
  const first = body ?? paragraphs[opening === -1 ? 0 : opening];
  return first ? clampTitle(firstSentence(text, first, language)) : '';
}

/**
 * The paragraph that is the article's title, or -1: the opening headline
 * line (see `pickTitle`) when its words are the title's, whatever their
 * spacing and case — or begin with them, when the title was cut with an
 * ellipsis. A sentence of the body that gave the title stays body text.
 */
export function titleParagraphIndex(paragraphs: readonly Paragraph[], text: string, title: string): number {
  const wanted = squash(title).toLocaleLowerCase();
  if (!wanted) return -1;
  const i = openingIndex(paragraphs, text);
  if (i === -1 || !isHeadlineLine(paragraphs, text, i)) return -1;
  const p = paragraphs[i]!;
  if (p.end - p.start > 4 * MAX_TITLE_LENGTH) return -1;
  const got = squash(paragraphText(text, p)).toLocaleLowerCase();
  if (got === wanted) return i;
  const cut = wanted.endsWith('…') ? wanted.slice(0, -1).trimEnd() : '';
  return cut.length > 0 && got.length > MAX_TITLE_LENGTH && got.startsWith(cut) ? i : -1;
}

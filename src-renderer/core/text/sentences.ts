/**
 * Sentence segmentation: `Intl.Segmenter` (Unicode UAX #29 through ICU), then
 * corrected for what UAX #29 gets wrong in news copy:
 *
 * - Titles and abbreviations followed by a capitalised word ("M. Rubio",
 *   "Dr. Who", "Sra. García", "U.S. President", "z. B. Berlin"): UAX #29
 *   breaks after any full stop + space + capital; ICU's suppression lists are
 *   not reachable through Intl.Segmenter. We merge the two pieces back.
 * - Initials ("Donald J. Trump"): a single capital letter and a full stop.
 * - German ordinals ("am 3. Oktober"), for German (and undetermined) text only.
 * - French spacing around closing guillemets: in "« Bonjour. » Puis", UAX #29
 *   breaks after ". " and gives "»" to the next sentence; it is moved back.
 *
 * Abbreviations that often end a sentence ("etc.", "Inc.", "p.m.") are NOT in
 * the lists: after them a capital usually does start a new sentence, and
 * UAX #29 already keeps a lowercase continuation together.
 */
import { u16, type Span } from './offsets';
import type { Paragraph } from '../model';

/** Abbreviations after which a capitalised word or a number continues the sentence. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Hon.', 'Pres.',
    'Sgt.', 'Capt.', 'Lt.', 'Col.', 'Maj.', 'Cmdr.', 'Adm.', 'Supt.', 'Insp.', 'Jr.', 'Sr.',
    'U.S.', 'U.K.', 'U.N.', 'E.U.', 'e.g.', 'i.e.', 'vs.', 'cf.', 'No.', 'Nos.', 'Fig.', 'approx.', 'Vol.', 'Ch.',
    // AP style months, as in "Nov. 23, 2025".
    'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ],
  fr: [
    'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Me.', 'Mgr.', 'Dr.', 'Pr.', 'St.', 'Ste.',
    'p.', 'pp.', 'art.', 'av.', 'cf.', 'env.', 'vol.', 'chap.', 'éd.', 'ex.', 'n°.', 'J.-C.', 'apr.', 'boul.',
  ],
  es: [
    'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Sras.', 'Dr.', 'Dra.', 'Lic.', 'Ing.', 'Prof.', 'Ud.', 'Uds.', 'Vd.', 'Vds.',
    'D.', 'Dña.', 'Excmo.', 'Excma.', 'Gral.', 'núm.', 'pág.', 'págs.', 'art.', 'aprox.', 'p. ej.', 'EE. UU.', 'EE.UU.',
    'a. C.', 'd. C.', 'Avda.', 'cap.',
  ],
  de: [
    'Hr.', 'Hrn.', 'Fr.', 'Dr.', 'Prof.', 'St.', 'z. B.', 'z.B.', 'd. h.', 'd.h.', 'u. a.', 'u.a.', 'vgl.', 'Nr.', 'S.',
    'ca.', 'bzw.', 'evtl.', 'ggf.', 'inkl.', 'Mio.', 'Mrd.', 'Jh.', 'Abs.', 'Art.', 'Bd.', 'Str.', 'v. a.', 'o. ä.',
  ],
};

/** English titles turn up in every language's news copy ("Mr. Smith" in a French article). */
const SHARED = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.'];

const ALL_ABBREVIATIONS: readonly string[] = [...new Set(Object.values(ABBREVIATIONS).flat())];

/** Closing quotation marks and brackets that belong to the sentence before them. */
const CLOSERS = new Set(['»', '”', '’', ')', ']', '›']);

/** How much of the sentence so far the corrections look at (abbreviations, quote parity). */
const TAIL = 2000;

/**
 * Texts longer than this are segmented in chunks. Iterating an
 * `Intl.Segmenter` costs time proportional to the whole input for every
 * segment in V8 (Node 20: a 64 KB paragraph takes ~10x longer per character
 * than a 1 KB one, and a 5 MB single-line article would take minutes), so long
 * paragraphs are cut where UAX #29 breaks anyway: after a full stop, question
 * or exclamation mark and spaces, before a capital letter.
 */
const CHUNK = 1024;

const NATURAL_BREAK = /[.!?]["'»”’)\]]*\s+(?=[\p{Lu}\p{Lt}«“„"])|\n/gu;

/**
 * The end of the first natural break (see NATURAL_BREAK) that starts at or
 * after `from` and ends at or before `to`, or -1. Only `slice[from, to + 2)`
 * is read (the break, and the capital after it, which may be a surrogate
 * pair): searching the rest of the text for every chunk made splitting a
 * long line without punctuation quadratic.
 */
function naturalBreak(slice: string, from: number, to: number): number {
  const window = slice.slice(from, to + 2);
  NATURAL_BREAK.lastIndex = 0;
  const m = NATURAL_BREAK.exec(window);
  if (!m) return -1;
  const end = from + m.index + m[0].length;
  return end <= to ? end : -1;
}

/** The first space in `slice[from, to)`, or -1 (never reads past `to`). */
function spaceIn(slice: string, from: number, to: number): number {
  for (let i = from; i < to && i < slice.length; i++) if (slice.charCodeAt(i) === 0x20) return i;
  return -1;
}

/**
 * What may end a sentence in UAX #29 and in ICU's tailorings: sentence
 * terminals (and the full-stop-like ATerm characters), paragraph and line
 * separators, and the Greek question marks `;` and `U+037E`. A chunk without
 * any of them is one sentence piece: the segmenter is not run on it (about
 * 40 µs per chunk, most of the cost of splitting a long line without
 * punctuation). A test checks every code point outside this class against
 * the segmenter.
 */
export const MAY_END_SENTENCE = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e;\u037e\n\r\v\f\u0085\u2028\u2029]/gu;

/**
 * UAX #29 sentence pieces of `slice` as [start, end) pairs, segmenting chunks
 * of about CHUNK characters. A chunk ends at a natural break when there is one
 * between CHUNK and 2·CHUNK characters ahead; otherwise at a space (or, with no
 * space at all, anywhere not inside a surrogate pair), and the two pieces
 * around such a forced cut are joined again.
 */
function rawPieces(slice: string, segmenter: Intl.Segmenter): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  let forcedBefore = false;
  // The first character at or after `pos` that may end a sentence (searched
  // again only once passed: linear in the slice).
  let mayEnd = -1;
  while (pos < slice.length) {
    if (mayEnd < pos) {
      MAY_END_SENTENCE.lastIndex = pos;
      mayEnd = MAY_END_SENTENCE.exec(slice)?.index ?? slice.length;
    }
    let end = slice.length;
    let forced = false;
    if (slice.length - pos > 2 * CHUNK) {
      const natural = naturalBreak(slice, pos + CHUNK, pos + 2 * CHUNK);
      if (natural >= 0) {
        end = natural;
      } else {
        forced = true;
        const space = spaceIn(slice, pos + CHUNK, pos + 2 * CHUNK);
        end = space >= 0 ? space + 1 : pos + 2 * CHUNK;
        const c = slice.charCodeAt(end - 1);
        if (c >= 0xd800 && c <= 0xdbff) end++;
      }
    }
    // The segments of the chunk, or the chunk whole when nothing in it may end a sentence.
    const segments = mayEnd < end ? segmenter.segment(slice.slice(pos, end)) : [{ index: 0, segment: slice.slice(pos, end) }];
    let first = true;
    for (const seg of segments) {
      const piece: [number, number] = [pos + seg.index, pos + seg.index + seg.segment.length];
      const last = out[out.length - 1];
      if (first && forcedBefore && last) last[1] = piece[1];
      else out.push(piece);
      first = false;
    }
    pos = end;
    forcedBefore = forced;
  }
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language === 'und' ? undefined : language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** 'fr-FR' → 'fr'; anything unknown → 'und'. */
function primaryLanguage(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** True when `piece` (a sentence so far, trailing spaces removed) ends with `abbr` as a whole token. */
function endsWithToken(piece: string, abbr: string): boolean {
  if (!piece.endsWith(abbr)) return false;
  const before = piece[piece.length - abbr.length - 1];
  return before === undefined || isSpace(before) || /[«“„"'([‘‹—–-]/u.test(before);
}

/** True when a spaced abbreviation ("z. B.", "p. ej.") straddles the break: "z." | "B. Berlin". */
function splitAcross(prev: string, next: string, abbr: string): boolean {
  for (let j = abbr.indexOf(' '); j > 0; j = abbr.indexOf(' ', j + 1)) {
    if (endsWithToken(prev, abbr.slice(0, j)) && next.startsWith(abbr.slice(j + 1))) return true;
  }
  return false;
}

/** Whether the break between `prev` (trimmed) and `next` (trimmed start) should be undone. */
function continues(prev: string, next: string, abbreviations: readonly string[], language: string): boolean {
  const first = next[0];
  if (first === undefined) return false;
  // A sentence does not start with a lowercase letter (UAX #29 agrees, except after closing punctuation).
  if (/\p{Ll}/u.test(first)) return true;
  if (!/[\p{Lu}\p{Lt}\p{N}«“„"'(]/u.test(first)) return false;
  if (abbreviations.some((a) => endsWithToken(prev, a) || splitAcross(prev, next, a))) return true;
  // Initials: "Donald J. Trump", "M. Rubio". A sentence ending in "plan B." is the price.
  if (/(?:^|[\s(«“])\p{Lu}\.$/u.test(prev)) return true;
  // German ordinals: "am 3. Oktober", "der 2. Weltkrieg".
  if ((language === 'de' || language === 'und') && /(?:^|\s)\d{1,2}\.$/u.test(prev) && /\p{Lu}/u.test(first)) return true;
  return false;
}

/**
 * Splits `text` (or the part of it inside `within`) into sentences.
 *
 * Promises: spans are in order, do not overlap, lie inside `within`, are
 * trimmed of whitespace at both ends and are never empty. A line break always
 * ends a sentence (UAX #29 treats it as a paragraph separator), so sentences
 * never cross paragraphs. `language` is a BCP 47 tag; 'und' uses the
 * abbreviations of every supported language.
 */
export function splitSentences(text: string, language: string, within?: Span): Span[] {
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  if (to <= from) return [];
  const lang = primaryLanguage(language);
  const own = ABBREVIATIONS[lang];
  const abbreviations = own ? [...own, ...SHARED] : ALL_ABBREVIATIONS;
  const slice = text.slice(from, to);
  const pieces = rawPieces(slice, sentenceSegmenter(lang));

  // Undo breaks after abbreviations and initials; give leading closers back.
  // Only the end of the sentence so far is looked at, so a huge sentence stays linear.
  const merged: [number, number][] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const tail = slice.slice(Math.max(prev[0], prev[1] - TAIL), prev[1]);
      const prevText = tail.trimEnd();
      const nextText = slice.slice(piece[0], piece[1]);
      const lineBreak = /\n\s*$/.test(tail);
      if (!lineBreak && continues(prevText, nextText.trimStart(), abbreviations, lang)) {
        prev[1] = piece[1];
        continue;
      }
      let k = 0;
      const openQuote = oddQuotes(prevText);
      while (k < nextText.length && (CLOSERS.has(nextText[k] ?? '') || (nextText[k] === '"' && openQuote))) k++;
      if (k > 0 && !lineBreak) {
        prev[1] = piece[0] + k;
        piece[0] += k;
      }
    }
    merged.push(piece);
  }

  const out: Span[] = [];
  for (const [s, e] of merged) {
    let a = s;
    let b = e;
    while (a < b && isSpace(slice[a])) a++;
    while (b > a && isSpace(slice[b - 1])) b--;
    if (b > a) out.push({ start: u16(from + a), end: u16(from + b) });
  }
  return out;
}

const oddQuotes = (s: string): boolean => (s.match(/"/g)?.length ?? 0) % 2 === 1;

/** A sentence of the text: a span with the 0-based index of its paragraph. */
export type SentenceSpan = Span & { readonly paragraph: number };

/**
 * The sentences of every paragraph, in order, each tagged with the index of
 * its paragraph. Promises: no sentence crosses a paragraph boundary.
 */
export function sentencesOf(text: string, paragraphs: readonly Paragraph[], language: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(text, language, p)) out.push({ start: s.start, end: s.end, paragraph: p.index });
  }
  return out;
}

/**
 * What every flag-producing rule shares: the text normalisation used to
 * compare passages, stable fingerprints, ordering, and the default English
 * translator.
 */
import type { Flag } from '../model';
import { hashString } from '../text/hash';
import { createTranslator, type Translate } from '../i18n/index';
import { compareText } from '../text/compare';
import { collapseWhitespace } from '../text/whitespace';

/** A flag before its fingerprint is computed. */
export type FlagDraft = Omit<Flag, 'fingerprint'>;

/** English messages, the default of every function that takes a `Translate`. */
export const ENGLISH: Translate = createTranslator('en');

/**
 * The comparison key of a passage: two passages with the same key are the
 * same text for an editor. Case, runs of whitespace (including no-break
 * spaces), the typographic variants of quotation marks, apostrophes, dashes
 * and ellipses, spaces around punctuation (French « », ; : ? ! spacing) and a
 * final full stop are normalised away. Quotation marks themselves and the
 * words are kept: quoting someone or not is an edit an editor should see (as
 * a near-duplicate with its diff), not the same text.
 */
export function matchKey(text: string): string {
  if (text.length >= LONG_PASSAGE && lastLong?.text === text) return lastLong.key;
  const mapped = text.toLowerCase().replace(VARIANTS, (c) => CANONICAL[c] ?? c);
  const key = withoutFinalStops(collapseWhitespace(mapped).replace(PUNCTUATION_SPACING, '$1')).trim();
  if (text.length >= LONG_PASSAGE) lastLong = { text, key };
  return key;
}

/**
 * The last passage of at least LONG_PASSAGE code units that was keyed, with
 * its key. One analysis keys the same long passage several times: a
 * paragraph that is one sentence (a line without punctuation, up to the
 * 20 MiB import limit) as a paragraph, as a sentence, for the passage index
 * and for its flag's fingerprint; comparing two strings is a fraction of
 * the cost of keying one. Short passages, the common case, are not kept.
 */
let lastLong: { readonly text: string; readonly key: string } | undefined;
const LONG_PASSAGE = 65_536;

// One pass per concern, each a single regex: this runs on every paragraph and
// sentence of a 1 MB article, and on whole texts (a flagged paragraph's
// fingerprint, the passage index) of up to the 20 MiB import limit.
const CANONICAL: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'«»“”„‟〝〞＂'].map((c) => [c, '"'])),
  ...Object.fromEntries([...'‘’‚‛′`´'].map((c) => [c, "'"])),
  ...Object.fromEntries([...'‐‑‒–—―−'].map((c) => [c, '-'])),
  '…': '...',
};
const VARIANTS = /[«»“”„‟〝〞＂‘’‚‛′`´‐‑‒–—―−…]/g;
/** After whitespace runs became single spaces, a space on either side of a punctuation mark disappears. */
const PUNCTUATION_SPACING = / ?(\p{P}) ?/gu;
const FINAL_STOPS = new Set(['.', '!', '?', ';', ':']);

/**
 * `text` without its final run of `. ! ? ; :`. A loop from the end, not
 * `/[.!?;:]+$/`: the regex tries every position of every run of stops and
 * fails at the end of the run, quadratic in a long run (2 s for 40,000
 * dots followed by a letter).
 */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && FINAL_STOPS.has(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a text has at least `n` words (letters, marks and digits); stops counting at `n`. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  let count = 0;
  while (re.exec(text) !== null) if (++count >= n) return true;
  return false;
}

/**
 * Adds fingerprints and sorts by position. A fingerprint hashes the kind, the
 * rule, the normalised flagged text and the occurrence index of that text
 * among flags of the same kind and rule — not offsets — so it survives edits
 * elsewhere in the article, and a dismissal keyed on it survives revisions.
 */
export function withFingerprints(drafts: readonly FlagDraft[]): Flag[] {
  const sorted = [...drafts].sort(compareFlags);
  const seen = new Map<string, number>();
  return sorted.map((draft) => {
    const base = `${draft.kind}\u0000${draft.rule}\u0000${matchKey(draft.text)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...draft, fingerprint: hashString(`${base}\u0000${occurrence}`) };
  });
}

/** Orders flags by start, then end, then kind and rule, so output is deterministic. */
export function compareFlags(a: FlagDraft, b: FlagDraft): number {
  return a.start - b.start || a.end - b.end || compareText(a.kind, b.kind) || compareText(a.rule, b.rule);
}

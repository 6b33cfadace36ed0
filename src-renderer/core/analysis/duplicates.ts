/**
 * Duplicated passages inside one article: exact repeats of paragraphs (runs
 * of consecutive repeats merged into one block), near-duplicate paragraphs
 * with a word diff, and repeated sentences not already inside a flagged
 * paragraph. Cross-article repeats are in `./cross-article.ts` and
 * re-exported here.
 *
 * Cost: each paragraph and sentence is normalised and hashed once (a Map from
 * normalised text to first occurrence), near-duplicates go through an
 * inverted index (see `./near-duplicates.ts`), and `diffWords` runs on the
 * flagged pairs only — linear in the text, no all-pairs diff.
 */
import type { Flag, Paragraph } from '../model';
import type { Translate } from '../i18n/index';
import { u16, type Span } from '../text/offsets';
import type { SentenceSpan } from '../text/sentences';
import { ENGLISH, matchKey, withFingerprints, hasWords, type FlagDraft } from './flag-builder';
import { DIFF_BUDGET_MS, findNearDuplicates, wordDiff } from './near-duplicates';

export { NEAR_DUPLICATE_THRESHOLD, SHINGLE_SIZE, MIN_SHINGLES } from './near-duplicates';
export { crossArticleFlags, paragraphKeys, passageKeys, MIN_PASSAGE_WORDS, type CrossArticleHit, type PassageKey } from './cross-article';

/** A paragraph needs this many words to be reported as an exact repeat (short lines like "Photo: AFP" repeat legitimately). */
export const MIN_PARAGRAPH_WORDS = 5;

/** A sentence needs this many words to be reported as a repeat ("He declined to comment." may recur). */
export const MIN_SENTENCE_WORDS = 6;

export interface DuplicateInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceSpan[];
}

/**
 * Every duplicate flag of one text, sorted by position, with fingerprints:
 * - `duplicate-passage` (rule `duplicate-passage/paragraphs`): a run of
 *   consecutive paragraphs repeating an earlier run, one flag per run, with
 *   `paragraphs` (0-based ranges) and `original`;
 * - `near-duplicate` (rule `near-duplicate/shingles`): a paragraph whose
 *   shingle similarity with an earlier one is at least
 *   `NEAR_DUPLICATE_THRESHOLD`, with `similarity`, `original` and `diff`
 *   (omitted if the diff times out, or once all diffs together took
 *   `DIFF_BUDGET_MS`);
 * - `duplicate-passage` (rule `duplicate-passage/sentence`): a sentence that
 *   repeats an earlier one, outside the paragraphs flagged above.
 * Messages number paragraphs from 1, as an editor counts them.
 */
export function duplicateFlags(input: DuplicateInput, t: Translate = ENGLISH): Flag[] {
  const { text, paragraphs } = input;
  const drafts: FlagDraft[] = [];
  const slice = (s: Span): string => text.slice(s.start, s.end);
  // Paragraph positions already reported as repeats: their sentences are covered.
  const covered = new Set<number>();

  // --- Exact paragraph repeats, merged into blocks ---
  const keys = paragraphs.map((p) => {
    const body = slice(p);
    return hasWords(body, MIN_PARAGRAPH_WORDS) ? matchKey(body) : null;
  });
  const first = new Map<string, number>();
  const originalOf: (number | undefined)[] = keys.map((key, i) => {
    if (key === null) return undefined;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    return earlier;
  });
  for (let i = 0; i < paragraphs.length; ) {
    const o = originalOf[i];
    if (o === undefined) {
      i++;
      continue;
    }
    // Extend while the next paragraphs repeat the paragraphs after the
    // original, and the original run stays before the repeat (so "A A A"
    // gives two single repeats, not "2–3 repeat 1–2").
    let length = 1;
    while (i + length < paragraphs.length && o + length < i && keys[i + length] !== null && keys[i + length] === keys[o + length]) length++;
    const repeatFirst = paragraphs[i]!;
    const repeatLast = paragraphs[i + length - 1]!;
    const originalFirst = paragraphs[o]!;
    const originalLast = paragraphs[o + length - 1]!;
    const message =
      length === 1
        ? t('analysis.duplicateParagraph', { paragraph: repeatFirst.index + 1, original: originalFirst.index + 1 })
        : t('analysis.duplicateBlock', {
            from: repeatFirst.index + 1,
            to: repeatLast.index + 1,
            originalFrom: originalFirst.index + 1,
            originalTo: originalLast.index + 1,
          });
    drafts.push({
      kind: 'duplicate-passage',
      rule: 'duplicate-passage/paragraphs',
      severity: 'error',
      start: repeatFirst.start,
      end: repeatLast.end,
      text: text.slice(repeatFirst.start, repeatLast.end),
      message,
      original: { start: originalFirst.start, end: originalLast.end, text: text.slice(originalFirst.start, originalLast.end) },
      similarity: 1,
      paragraphs: { repeat: [repeatFirst.index, repeatLast.index], original: [originalFirst.index, originalLast.index] },
    });
    for (let k = 0; k < length; k++) covered.add(i + k);
    i += length;
  }

  // --- Near-duplicate paragraphs ---
  const candidates = paragraphs.map((p, i) => (covered.has(i) ? null : slice(p)));
  const diffDeadline = Date.now() + DIFF_BUDGET_MS;
  for (const pair of findNearDuplicates(candidates)) {
    const repeat = paragraphs[pair.repeat]!;
    const original = paragraphs[pair.original]!;
    const repeatText = slice(repeat);
    const originalText = slice(original);
    const diff = Date.now() < diffDeadline ? wordDiff(originalText, repeatText) : undefined;
    drafts.push({
      kind: 'near-duplicate',
      rule: 'near-duplicate/shingles',
      severity: 'warning',
      start: repeat.start,
      end: repeat.end,
      text: repeatText,
      message: t('analysis.nearDuplicate', {
        paragraph: repeat.index + 1,
        original: original.index + 1,
        similarity: Math.round(pair.similarity * 100),
      }),
      original: { start: original.start, end: original.end, text: originalText },
      similarity: Math.round(pair.similarity * 1000) / 1000,
      paragraphs: { repeat: [repeat.index, repeat.index], original: [original.index, original.index] },
      ...(diff === undefined ? {} : { diff }),
    });
    covered.add(pair.repeat);
  }

  // --- Repeated sentences outside the paragraphs flagged above ---
  const coveredIndices = new Set([...covered].map((i) => paragraphs[i]?.index));
  const firstSentence = new Map<string, SentenceSpan>();
  for (const sentence of input.sentences) {
    const body = slice(sentence);
    if (!hasWords(body, MIN_SENTENCE_WORDS)) continue;
    const key = matchKey(body);
    const earlier = firstSentence.get(key);
    if (earlier === undefined) {
      firstSentence.set(key, sentence);
      continue;
    }
    if (coveredIndices.has(sentence.paragraph)) continue;
    drafts.push({
      kind: 'duplicate-passage',
      rule: 'duplicate-passage/sentence',
      severity: 'warning',
      start: sentence.start,
      end: sentence.end,
      text: body,
      message: t('analysis.duplicateSentence', { original: earlier.paragraph + 1 }),
      original: { start: u16(earlier.start), end: u16(earlier.end), text: slice(earlier) },
      similarity: 1,
    });
  }

  return withFingerprints(drafts);
}

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
import { DIFF_BUDGET_MS, findNearDuplicates, MIN_SHINGLES, NEAR_DUPLICATE_THRESHOLD, shingleSet, wordDiff } from './near-duplicates';

export { NEAR_DUPLICATE_THRESHOLD, NEAR_DUPLICATE_WORDS, SHINGLE_SIZE, MIN_SHINGLES } from './near-duplicates';
export { crossArticleFlags, paragraphKeys, passageKeys, MIN_PASSAGE_WORDS, type CrossArticleHit, type PassageKey } from './cross-article';

/** A paragraph needs this many words to be reported as an exact repeat (short lines like "Photo: AFP" repeat legitimately). */
export const MIN_PARAGRAPH_WORDS = 5;

/** A sentence needs this many words to be reported as a repeat ("He declined to comment." may recur). */
export const MIN_SENTENCE_WORDS = 6;

/** A sentence needs this many shingles (words − 2) to be compared for a near repeat. */
const MIN_SENTENCE_SHINGLES = 6;

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
  const shortKeys = paragraphs.map((p, i) => (keys[i] === null && hasWords(slice(p), 1) ? matchKey(slice(p)) : null));
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
    // A short paragraph (a subheading) repeated at the same place in both
    // runs belongs to the block; it only cannot start one.
    let length = 1;
    const same = (a: number, b: number) => (keys[a] ?? shortKeys[a]) !== null && (keys[a] ?? shortKeys[a]) === (keys[b] ?? shortKeys[b]);
    while (i + length < paragraphs.length && o + length < i && same(i + length, o + length)) length++;
    // A block never ends on a short paragraph: that one is the next section's heading.
    while (length > 1 && keys[i + length - 1] === null) length--;
    // Nor does it start on one, but a short paragraph right before the
    // repeat that also stands right before the original (a subheading, a
    // one-line remark) was pasted with the block.
    const back = i > 0 && o > 0 && keys[i - 1] === null && o + length < i && !covered.has(i - 1) && same(i - 1, o - 1) ? 1 : 0;
    const repeatFirst = paragraphs[i - back]!;
    const repeatLast = paragraphs[i + length - 1]!;
    const originalFirst = paragraphs[o - back]!;
    const originalLast = paragraphs[o + length - 1]!;
    const message =
      length + back === 1
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
    for (let k = -back; k < length; k++) covered.add(i + k);
    i += length;
  }

  // --- Near-duplicate paragraphs ---
  const candidates = paragraphs.map((p, i) => (covered.has(i) ? null : slice(p)));
  const diffDeadline = Date.now() + DIFF_BUDGET_MS;
  // Kept for a sentence that is its whole paragraph (see below).
  const paragraphSets = new Map<number, Uint32Array>();
  const keepSet = (body: string, i: number): Uint32Array => {
    const set = shingleSet(body);
    paragraphSets.set(paragraphs[i]!.index, set);
    return set;
  };
  for (const pair of findNearDuplicates(candidates, NEAR_DUPLICATE_THRESHOLD, MIN_SHINGLES, keepSet)) {
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
  const repeatedSentence = new Set<number>();
  input.sentences.forEach((sentence, k) => {
    const body = slice(sentence);
    if (!hasWords(body, MIN_SENTENCE_WORDS)) return;
    const key = matchKey(body);
    const earlier = firstSentence.get(key);
    if (earlier === undefined) {
      firstSentence.set(key, sentence);
      return;
    }
    repeatedSentence.add(k);
    if (coveredIndices.has(sentence.paragraph)) return;
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
  });

  // --- Nearly repeated sentences (a teaser sentence reworded in the lead), within and across paragraphs ---
  const sentenceTexts = input.sentences.map((sentence, k) =>
    repeatedSentence.has(k) || coveredIndices.has(sentence.paragraph) || !hasWords(slice(sentence), MIN_SENTENCE_WORDS) ? null : slice(sentence),
  );
  // A one-sentence paragraph has the shingles of its paragraph: computed
  // once (a line without punctuation is one sentence of up to 20 MiB).
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const sentenceSet = (body: string, k: number): Uint32Array => {
    const s = input.sentences[k]!;
    const p = byIndex.get(s.paragraph);
    const whole = p !== undefined && p.start === s.start && p.end === s.end;
    return (whole ? paragraphSets.get(s.paragraph) : undefined) ?? shingleSet(body);
  };
  for (const pair of findNearDuplicates(sentenceTexts, NEAR_DUPLICATE_THRESHOLD, MIN_SENTENCE_SHINGLES, sentenceSet)) {
    const repeat = input.sentences[pair.repeat]!;
    const original = input.sentences[pair.original]!;
    if (pair.similarity >= 1) continue;
    const diff = Date.now() < diffDeadline ? wordDiff(slice(original), slice(repeat)) : undefined;
    drafts.push({
      kind: 'near-duplicate',
      rule: 'near-duplicate/sentence',
      severity: 'warning',
      start: u16(repeat.start),
      end: u16(repeat.end),
      text: slice(repeat),
      message: t('analysis.nearDuplicateSentence', { original: original.paragraph + 1, similarity: Math.round(pair.similarity * 100) }),
      original: { start: u16(original.start), end: u16(original.end), text: slice(original) },
      similarity: Math.round(pair.similarity * 1000) / 1000,
      ...(diff === undefined ? {} : { diff }),
    });
  }

  return withFingerprints(drafts);
}

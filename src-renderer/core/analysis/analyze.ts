/**
 * The whole analysis of one revision text: sentences, flags and claim
 * suggestions. Pure and synchronous; the renderer runs it in a Web Worker,
 * the command line and the benchmarks call it directly.
 */
import type { Flag, Id, Paragraph, Suggestion } from '../model';
import type { Translate } from '../i18n/index';
import type { Span } from '../text/offsets';
import { sentencesOf } from '../text/sentences';
import { DEFAULT_THRESHOLD, scoreSentence } from './checkworthiness/index';
import { crossArticleFlags, duplicateFlags, paragraphKeys, type CrossArticleHit } from './duplicates';
import { compareFlags, ENGLISH } from './flag-builder';
import {
  unattributedQuoteFlags,
  unconfirmedReportFlags,
  unsourcedClaimFlags,
  unsourcedPassageFlags,
  vagueAttributionFlags,
  sentencesCoveredByClaims,
  type ClaimRef,
  type EvidenceCounts,
  type SourcingInput,
} from './sourcing';

export interface AnalysisInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** BCP 47 tag of the article language ('fr', 'en', 'es', 'de', or another / 'und'). */
  readonly language: string;
  /** The claims marked on this revision (positions into `text`); enables `unsourced-claim`. */
  readonly claims?: readonly ClaimRef[];
  /** Evidence links per claim id; a claim missing here has none. */
  readonly evidenceCountByClaim?: EvidenceCounts;
  /**
   * Rows storage found in the passage index for this text's paragraph hashes
   * (see `paragraphKeys`), keyed by hash; hits in `articleId` itself are ignored.
   */
  readonly crossArticle?: { readonly articleId?: Id; readonly lookups: ReadonlyMap<string, readonly CrossArticleHit[]> };
  /** Sentences scoring at least this are suggested as claims; DEFAULT_THRESHOLD of the scorer if absent. */
  readonly suggestionThreshold?: number;
}

export interface AnalysisResult {
  readonly language: string;
  readonly sentences: Span[];
  /** Sorted by start (then end, kind, rule). */
  readonly flags: Flag[];
  /** Sorted by start. */
  readonly suggestions: Suggestion[];
}

/**
 * Analyses a text. Promises: every offset is a UTF-16 offset into
 * `input.text`; flags carry a message from `t` (English by default) and a
 * fingerprint stable across revisions; suggestions are the sentences scoring
 * at least the threshold that do not overlap a marked claim. A language
 * without patterns still gets duplicate flags, claim flags and suggestions;
 * the word-based sourcing rules stay silent for it.
 */
export function analyzeText(input: AnalysisInput, t: Translate = ENGLISH): AnalysisResult {
  const { text, paragraphs, language } = input;
  const sentences = sentencesOf(text, paragraphs, language);
  const threshold = input.suggestionThreshold ?? DEFAULT_THRESHOLD;
  const claims = input.claims ?? [];
  const scored = sentences.map((s) => scoreSentence(text.slice(s.start, s.end), language));
  const sourcing: SourcingInput = { text, paragraphs, sentences, language };

  const duplicates = duplicateFlags({ text, paragraphs, sentences }, t);
  const repeated = new Set<number>();
  for (const f of duplicates) {
    if (f.paragraphs === undefined) continue;
    for (let p = f.paragraphs.repeat[0]; p <= f.paragraphs.repeat[1]; p++) repeated.add(p);
  }
  const flags: Flag[] = [
    ...duplicates,
    ...(input.crossArticle === undefined
      ? []
      : crossArticleFlags(text, paragraphKeys(text, paragraphs), input.crossArticle.lookups, input.crossArticle.articleId, t)),
    ...vagueAttributionFlags(sourcing, t),
    ...unconfirmedReportFlags(sourcing, t),
    ...unattributedQuoteFlags(sourcing, t),
    ...(input.claims === undefined ? [] : unsourcedClaimFlags(text, claims, input.evidenceCountByClaim ?? new Map(), t)),
    ...unsourcedPassageFlags(
      sourcing,
      scored.map((s) => s.score),
      { threshold, claims, skipParagraphs: repeated },
      t,
    ),
  ].sort(compareFlags);

  const claimed = sentencesCoveredByClaims(sentences, claims);
  const suggestions: Suggestion[] = [];
  sentences.forEach((s, i) => {
    const score = scored[i]!;
    if (score.score < threshold || claimed.has(i)) return;
    suggestions.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), score: Math.round(score.score * 1000) / 1000, reasons: score.reasons });
  });

  return { language, sentences: sentences.map((s) => ({ start: s.start, end: s.end })), flags, suggestions };
}

/**
 * The one analysis of an article: every flag and suggestion the app shows,
 * the report exports and the command line prints comes out of
 * `analyzeArticle`, in two stages:
 *
 * 1. `analyzeText` reads the revision text alone (sentences, duplicate and
 *    sourcing flags, claim suggestions, the paragraph hashes of the passage
 *    index). It is the expensive part, and depends only on the text, the
 *    language, the suggestion threshold and the message language, so a
 *    caller may keep it (the worker caches it per revision).
 * 2. `completeAnalysis` adds what the workspace knows: the claims marked on
 *    the revision (no suggestion nor `unsourced-passage` flag inside one, an
 *    `unsourced-claim` flag for one without evidence), repeats found in other
 *    articles, and the editor's decisions (dismissed flags, rejected
 *    suggestions). It costs O(claims · log sentences + flags).
 *
 * Pure and synchronous; plain serialisable data in and out.
 */
import type { Flag, Id, Paragraph, Suggestion } from '../model';
import type { Translate } from '../i18n/index';
import type { Span } from '../text/offsets';
import { sentencesOf, type SentenceSpan } from '../text/sentences';
import { DEFAULT_THRESHOLD, scoreSentence } from './checkworthiness/index';
import { crossArticleFlags, paragraphKeys, type CrossArticleHit, type PassageKey } from './cross-article';
import { applyDecisions, withoutRejected, type DecisionRef, type DismissedFlag } from './decisions';
import { duplicateFlags } from './duplicates';
import { compareFlags, ENGLISH } from './flag-builder';
import {
  sentencesCoveredByClaims,
  unattributedQuoteFlags,
  unconfirmedReportFlags,
  unsourcedClaimFlags,
  unsourcedPassageFlags,
  vagueAttributionFlags,
  type ClaimRef,
  type EvidenceCounts,
  type SourcingInput,
} from './sourcing';

/** What the text-only stage reads. */
export interface TextInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** BCP 47 tag of the article language ('fr', 'en', 'es', 'de', or another / 'und'). */
  readonly language: string;
  /** Sentences scoring at least this are suggested as claims; DEFAULT_THRESHOLD of the scorer if absent. */
  readonly suggestionThreshold?: number;
}

/** What the workspace adds to a text (see `completeAnalysis`). */
export interface WorkspaceFacts {
  /** The analysed article: cross-article hits in it (earlier revisions) are ignored. */
  readonly articleId?: Id;
  /** The claims anchored on the analysed revision; orphans are skipped. */
  readonly claims: readonly ClaimRef[];
  /** Evidence links per claim id; a claim missing here has none. */
  readonly evidenceCountByClaim: EvidenceCounts;
  /** Passage-index rows of other articles with one of this text's paragraph hashes, by hash. */
  readonly lookups: ReadonlyMap<string, readonly CrossArticleHit[]>;
  /** The editor's dismissals and rejected suggestions on this article. */
  readonly decisions: readonly DecisionRef[];
}

/** A text alone: no claim, no other article, no decision. */
export const NO_WORKSPACE: WorkspaceFacts = { claims: [], evidenceCountByClaim: new Map(), lookups: new Map(), decisions: [] };

/** The text-only stage's result. */
export interface TextAnalysis {
  readonly language: string;
  readonly sentences: readonly SentenceSpan[];
  /** Every flag the text alone gives, with fingerprints; sorted by start (then end, kind, rule). */
  readonly flags: readonly Flag[];
  /** Sentences at or above the threshold, sorted by start. */
  readonly suggestions: readonly Suggestion[];
  /** The paragraph hashes of the passage index, in text order. */
  readonly keys: readonly PassageKey[];
}

/** The complete analysis of an article's revision. */
export interface ArticleAnalysis {
  readonly language: string;
  readonly sentences: readonly Span[];
  /** Open flags (not dismissed), sorted by start (then end, kind, rule). */
  readonly flags: readonly Flag[];
  /** Flags the editor dismissed, with their reasons. */
  readonly dismissed: readonly DismissedFlag[];
  /** Suggested claims: not rejected, not inside a marked claim; sorted by start. */
  readonly suggestions: readonly Suggestion[];
  /** The paragraph hashes of the passage index, in text order. */
  readonly keys: readonly PassageKey[];
}

/**
 * Analyses a text alone. Promises: every offset is a UTF-16 offset into
 * `input.text`; flags carry a message from `t` and a fingerprint stable
 * across revisions; suggestions are the sentences scoring at least the
 * threshold. A language without patterns still gets duplicate flags and
 * suggestions; the word-based sourcing rules stay silent for it.
 */
export function analyzeText(input: TextInput, t: Translate = ENGLISH): TextAnalysis {
  const { text, paragraphs, language } = input;
  const sentences = sentencesOf(text, paragraphs, language);
  const threshold = input.suggestionThreshold ?? DEFAULT_THRESHOLD;
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
    ...vagueAttributionFlags(sourcing, t),
    ...unconfirmedReportFlags(sourcing, t),
    ...unattributedQuoteFlags(sourcing, t),
    ...unsourcedPassageFlags(
      sourcing,
      scored.map((s) => s.score),
      { threshold, skipParagraphs: repeated },
      t,
    ),
  ].sort(compareFlags);

  const suggestions: Suggestion[] = [];
  sentences.forEach((s, i) => {
    const score = scored[i]!;
    if (score.score < threshold) return;
    suggestions.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), score: Math.round(score.score * 1000) / 1000, reasons: score.reasons });
  });

  return { language, sentences, flags, suggestions, keys: paragraphKeys(text, paragraphs) };
}

/**
 * The complete analysis of a revision from its text-only analysis and what
 * the workspace knows (see the top of this file). `text` is the text `base`
 * was computed from.
 */
export function completeAnalysis(base: TextAnalysis, text: string, facts: WorkspaceFacts, t: Translate = ENGLISH): ArticleAnalysis {
  const claims = facts.claims;
  const covered = claims.length ? sentencesCoveredByClaims(base.sentences, claims) : new Set<number>();
  const coveredStarts = new Set<number>();
  for (const i of covered) {
    const s = base.sentences[i];
    if (s) coveredStarts.add(s.start);
  }
  // A claimed sentence needs evidence, not an attribution: its flag is
  // `unsourced-claim`. Fingerprints were computed among all passages, so
  // dropping one leaves the others' (and their dismissals) unchanged.
  const textFlags = coveredStarts.size ? base.flags.filter((f) => f.kind !== 'unsourced-passage' || !coveredStarts.has(f.start)) : base.flags;
  const flags = [
    ...textFlags,
    ...crossArticleFlags(text, base.keys, facts.lookups, facts.articleId, t),
    ...unsourcedClaimFlags(text, claims, facts.evidenceCountByClaim, t),
  ].sort(compareFlags);
  const split = applyDecisions(flags, facts.decisions);
  const unclaimed = coveredStarts.size ? base.suggestions.filter((s) => !coveredStarts.has(s.start)) : base.suggestions;
  return {
    language: base.language,
    sentences: base.sentences.map((s) => ({ start: s.start, end: s.end })),
    flags: split.open,
    dismissed: split.dismissed,
    suggestions: withoutRejected(unclaimed, facts.decisions),
    keys: base.keys,
  };
}

/**
 * Analyses an article's revision: `analyzeText` then `completeAnalysis`.
 * `reuse` is a text analysis already made of the same input (same text,
 * language, threshold and message language); the caller vouches for it.
 */
export function analyzeArticle(input: TextInput, facts: WorkspaceFacts = NO_WORKSPACE, t: Translate = ENGLISH, reuse?: TextAnalysis): ArticleAnalysis {
  return completeAnalysis(reuse ?? analyzeText(input, t), input.text, facts, t);
}

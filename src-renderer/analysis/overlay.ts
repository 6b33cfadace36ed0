/**
 * What the main thread adds to the worker's text-only analysis: the findings
 * that depend on the workspace rather than on the text. Pure functions.
 *
 * `completeAnalysis(base, ...)` returns exactly what core `analyzeText`
 * returns when given the claims, the evidence counts and the cross-article
 * lookups (tests/storage/flags-overlay.test.ts checks it), fingerprints
 * included, so that a dismissal made in the app matches the flag the report
 * export computes. It costs O(claims · log sentences + flags): it runs on
 * every claim or evidence change without going back to the worker.
 */
import type { AnalysisResult } from '../core/analysis/analyze';
import { crossArticleFlags, type CrossArticleHit, type PassageKey } from '../core/analysis/cross-article';
import { compareFlags, matchKey, withFingerprints, type FlagDraft } from '../core/analysis/flag-builder';
import { sentencesCoveredByClaims, unsourcedClaimFlags, type ClaimRef, type EvidenceCounts } from '../core/analysis/sourcing';
import type { Translate } from '../core/i18n';
import type { Flag, FlagDecision, Id, Paragraph, PassageIndexEntry, Suggestion } from '../core/model';
import { hashString } from '../core/text/hash';
import { u16 } from '../core/text/offsets';

export { applyDecisions, type DismissedFlag, type SplitFlags } from '../core/report';

export interface WorkspaceFacts {
  readonly articleId: Id;
  readonly text: string;
  /** The claims anchored on the analysed revision (orphans are skipped). */
  readonly claims: readonly ClaimRef[];
  readonly evidenceCountByClaim: EvidenceCounts;
  /** Passage-index rows of other articles, by hash (storage `findCrossArticleHits`). */
  readonly lookups: ReadonlyMap<string, readonly CrossArticleHit[]>;
}

function draftOf(flag: Flag): FlagDraft {
  const { fingerprint: _omit, ...draft } = flag;
  return draft;
}

/**
 * The full analysis of a revision from its text-only analysis (made without
 * claims) and the workspace facts: `unsourced-claim` flags for claims with
 * no evidence, `cross-article-duplicate` flags, and no suggestion nor
 * `unsourced-passage` flag in a sentence a claim covers.
 */
export function completeAnalysis(base: AnalysisResult, keys: readonly PassageKey[], facts: WorkspaceFacts, t: Translate): AnalysisResult {
  const covered = sentencesCoveredByClaims(base.sentences, facts.claims);
  const coveredStarts = new Set<number>();
  for (const i of covered) {
    const s = base.sentences[i];
    if (s) coveredStarts.add(s.start);
  }
  const passages: FlagDraft[] = [];
  const others: Flag[] = [];
  for (const flag of base.flags) {
    if (flag.kind !== 'unsourced-passage') others.push(flag);
    else if (!coveredStarts.has(flag.start)) passages.push(draftOf(flag));
  }
  // Fingerprints count identical texts among flags of one rule: with some
  // passages gone they are recomputed, as analyzeText computes them.
  const flags = [
    ...others,
    ...(coveredStarts.size ? withFingerprints(passages) : base.flags.filter((f) => f.kind === 'unsourced-passage')),
    ...crossArticleFlags(facts.text, keys, facts.lookups, facts.articleId, t),
    ...unsourcedClaimFlags(facts.text, facts.claims, facts.evidenceCountByClaim, t),
  ].sort(compareFlags);
  const suggestions = coveredStarts.size ? base.suggestions.filter((s) => !coveredStarts.has(s.start)) : base.suggestions;
  return { language: base.language, sentences: base.sentences, flags, suggestions };
}

/** The passage-index rows of a revision from the hashes the worker computed (same as core `passageKeys`). */
export function indexEntries(articleId: Id, revisionId: Id, keys: readonly PassageKey[]): PassageIndexEntry[] {
  return keys.map((k) => ({ hash: k.hash, articleId, revisionId, paragraphIndex: k.paragraphIndex, start: k.start, end: k.end }));
}

/** The fingerprint under which a rejected suggestion is stored: the same sentence stays rejected in later revisions. */
export function suggestionFingerprint(text: string): string {
  return `suggestion:${hashString(matchKey(text))}`;
}

/** The suggestions the editor has not rejected, at or above `threshold`. */
export function visibleSuggestions(suggestions: readonly Suggestion[], decisions: readonly FlagDecision[], threshold: number): Suggestion[] {
  const rejected = new Set(decisions.filter((d) => d.fingerprint.startsWith('suggestion:')).map((d) => d.fingerprint));
  return suggestions.filter((s) => s.score >= threshold && (rejected.size === 0 || !rejected.has(suggestionFingerprint(s.text))));
}

/**
 * The text and paragraphs of a revision without its paragraphs `from`..`to`
 * (0-based, inclusive), e.g. a repeated block. The separator after the block
 * goes with it (or the one before, for a block at the end), so the text
 * stays normalised; kinds are kept and the later paragraphs shift. Null when
 * the range is not in the revision or would remove every paragraph.
 */
export function withoutParagraphs(text: string, paragraphs: readonly Paragraph[], from: number, to: number): { text: string; paragraphs: Paragraph[] } | null {
  const first = paragraphs.findIndex((p) => p.index === from);
  const last = paragraphs.findIndex((p) => p.index === to);
  if (first < 0 || last < first) return null;
  const next = paragraphs[last + 1];
  const previous = paragraphs[first - 1];
  let cutStart: number;
  let cutEnd: number;
  if (next) {
    cutStart = paragraphs[first]!.start;
    cutEnd = next.start;
  } else if (previous) {
    cutStart = previous.end;
    cutEnd = paragraphs[last]!.end;
  } else {
    return null;
  }
  const removed = cutEnd - cutStart;
  const kept = [...paragraphs.slice(0, first), ...paragraphs.slice(last + 1)];
  return {
    text: text.slice(0, cutStart) + text.slice(cutEnd),
    paragraphs: kept.map((p, i) => (p.start >= cutEnd ? { ...p, index: i, start: u16(p.start - removed), end: u16(p.end - removed) } : { ...p, index: i })),
  };
}

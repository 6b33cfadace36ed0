/**
 * The one analysis of an article: every flag and suggestion the app shows,
 * the report exports and the command line prints comes out of
 * `analyzeArticle`, in two stages:
 *
 * 1. `analyzeText` reads the revision text alone (sentences, duplicate and
 *    sourcing flags, claim suggestions, the paragraph hashes of the passage
 *    index). It is the expensive part, and depends only on the text, the
 *    article's title, the language, the suggestion threshold and the
 *    message language, so a caller may keep it (the worker caches it per
 *    revision and title). The paragraph that is the title (see
 *    `titleParagraphIndex`) is read as the heading it is: never suggested,
 *    never flagged as unsourced.
 * 2. `completeAnalysis` adds what the workspace knows: the claims marked on
 *    the revision (no suggestion nor `unsourced-passage` flag inside one, an
 *    `unsourced-claim` flag for one without evidence), repeats found in other
 *    articles, and the editor's decisions (dismissed flags, rejected
 *    suggestions). It costs O(claims · log sentences + flags).
 *
 * Pure and synchronous; plain serialisable data in and out.
 */
import type { Flag, Id, Paragraph, Suggestion, SuggestionReason } from '../model';
import type { Translate } from '../i18n/index';
import type { Span } from '../text/offsets';
import { sentencesOf, type SentenceSpan } from '../text/sentences';
import { titleParagraphIndex } from '../text/title';
import { DEFAULT_THRESHOLD, scoreSentence, type CheckWorthiness } from './checkworthiness/index';
import { crossArticleFlags, paragraphKeys, type CrossArticleHit, type PassageKey } from './cross-article';
import { applyDecisions, withoutRejected, type DecisionRef, type DismissedFlag } from './decisions';
import { duplicateFlags } from './duplicates';
import { compareFlags, ENGLISH, hasWords } from './flag-builder';
import { compiledLanguage, firstEndingAfter, type Range, type SentenceFrame } from './attribution';
import { hasSpan } from './patterns';
import {
  attributionOf,
  findQuotations,
  sentencesCoveredByClaims,
  statesFigure,
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
  /** The most suggestions the editor wants per article (a quarter of the sentences at most in any case). */
  readonly suggestionLimit?: number;
  /** The article's title: the opening line that is this title is a heading, whatever kind the import gave it. */
  readonly title?: string;
}

/** `paragraphs` with the one that is the article's title (if any) as a heading. */
function withTitleHeading(input: TextInput): readonly Paragraph[] {
  const { text, paragraphs, title } = input;
  const i = title ? titleParagraphIndex(paragraphs, text, title) : -1;
  const p = paragraphs[i];
  if (!p || p.kind === 'heading') return paragraphs;
  const copy = paragraphs.slice();
  copy[i] = { ...p, kind: 'heading' };
  return copy;
}

/** Suggestions take at most this share of an article's sentences: they triage, they do not underline everything. */
export const SUGGESTION_SHARE = 0.25;
/** The editor's default limit of suggestions per article. */
export const DEFAULT_SUGGESTION_LIMIT = 20;
/** How much a flagged sourcing problem raises a sentence's rank: the sentences most worth checking are those badly sourced. */
const SOURCING_BOOST = 0.2;
/**
 * A sentence at least this share of which is direct quotation is mostly
 * someone's words: an opinion, a promise, a forecast, the tail of a quote.
 * Unless the quoted words give a figure, what can be checked is only that
 * the speaker said it, so it ranks lower by QUOTATION_PENALTY (enough to
 * leave the suggestions when its score was only moderately high).
 */
const QUOTATION_SHARE = 0.5;
const QUOTATION_PENALTY = 0.45;
/**
 * A sentence built on a modal of forecast or hypothesis ("would", "could",
 * "pourrait", "würde"), or on what a plan contains ("plans include", "der
 * Plan sieht vor"; both `SourcingLanguage.conjectures`), with no figure in it
 * says what may happen: little to check yet. It ranks lower by this much,
 * enough to leave the suggestions unless it scored high for other reasons.
 * Not in the lead's opening sentence: there a conditional is the news (what
 * a plan or a proposal would do), not speculation. A figure is what
 * `statesFigure` counts: a number in a name ("Radio 4", "G7") or a year is none.
 */
const CONJECTURE_PENALTY = 0.5;
/**
 * A named speaker's sentence built on a word of evaluation or necessity
 * (`SourcingLanguage.views`: "said patents were a problem", "said it was
 * essential") with no figure gives that speaker's view: what can be checked
 * is only that it was said. It ranks lower by this much.
 */
const VIEW_PENALTY = 0.4;
/**
 * The opening sentence of an article's first body paragraph states its news
 * (the lead): it ranks higher by this much.
 */
const LEAD_BOOST = 0.2;

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
  /** Suggestion candidates (at or above the threshold), sorted by start, ranked among themselves. */
  readonly suggestions: readonly Suggestion[];
  /** How many suggestions the article gets at most (see `SUGGESTION_SHARE`). */
  readonly suggestionBudget: number;
  /** The paragraph hashes of the passage index, in text order. */
  readonly keys: readonly PassageKey[];
}

/** The complete analysis of an article's revision: the text-only stage's language and passage keys, and what the workspace decides. */
export interface ArticleAnalysis extends Pick<TextAnalysis, 'language' | 'keys'> {
  readonly sentences: readonly Span[];
  /** Open flags (not dismissed), sorted by start (then end, kind, rule). */
  readonly flags: readonly Flag[];
  /** Flags the editor dismissed, with their reasons. */
  readonly dismissed: readonly DismissedFlag[];
  /** Suggested claims within the article's budget: not rejected, not inside a marked claim; sorted by start, ranked by score. */
  readonly suggestions: readonly Suggestion[];
}

/**
 * Analyses a text alone. Promises: every offset is a UTF-16 offset into
 * `input.text`; flags carry a message from `t` and a fingerprint stable
 * across revisions; suggestions are the sentences scoring at least the
 * threshold. A language without patterns still gets duplicate flags and
 * suggestions; the word-based sourcing rules stay silent for it.
 */
export function analyzeText(given: TextInput, t: Translate = ENGLISH): TextAnalysis {
  const paragraphs = withTitleHeading(given);
  const input = paragraphs === given.paragraphs ? given : { ...given, paragraphs };
  const { text, language } = input;
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
    ...unsourcedPassageFlags(sourcing, { skipParagraphs: repeated }, t),
  ].sort(compareFlags);

  // The quotations the sourcing rules found (computed once per text), else found here for a language without patterns.
  const attribution = attributionOf(sourcing);
  const quotes = attribution?.quotes ?? findQuotations(text, paragraphs, language);
  const suggestions = rankSuggestions(input, sentences, scored, flags, quotes, threshold, attribution?.frames);
  const limit = input.suggestionLimit ?? DEFAULT_SUGGESTION_LIMIT;
  const suggestionBudget = Math.max(0, Math.min(limit, Math.max(1, Math.floor(sentences.length * SUGGESTION_SHARE))));
  return { language, sentences, flags, suggestions, suggestionBudget, keys: paragraphKeys(text, paragraphs) };
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
    suggestions: withinBudget(withoutRejected(unclaimed, facts.decisions), base.suggestionBudget),
    keys: base.keys,
  };
}

const SOURCING_REASON: Partial<Record<Flag['kind'], SuggestionReason>> = {
  'vague-attribution': 'vague-source',
  'unconfirmed-report': 'unconfirmed',
  'unsourced-passage': 'unsourced',
};

/**
 * The suggestion candidates of a text: sentences of body paragraphs (never a
 * heading, a caption, a dateline, a question, or a repeated copy) scoring at
 * least the threshold once a flagged sourcing problem in them has raised
 * their score, each with its reasons; ranked by that score.
 */
function rankSuggestions(
  input: TextInput,
  sentences: readonly SentenceSpan[],
  scored: readonly CheckWorthiness[],
  flags: readonly Flag[],
  quotes: readonly Range[],
  threshold: number,
  frames: readonly SentenceFrame[] | undefined,
): Suggestion[] {
  const { text, paragraphs } = input;
  const kinds = new Map(paragraphs.map((p) => [p.index, p.kind]));
  const sourcing = new Map<number, SuggestionReason[]>();
  const repeated = new Set<number>();
  let k = 0;
  for (const f of flags) {
    while (k < sentences.length && sentences[k]!.end <= f.start) k++;
    for (let i = k; i < sentences.length && sentences[i]!.start < f.end; i++) {
      if (f.kind === 'duplicate-passage' || f.kind === 'near-duplicate') repeated.add(i);
      const reason = SOURCING_REASON[f.kind];
      if (reason) sourcing.set(i, [...(sourcing.get(i) ?? []), reason]);
    }
  }
  const language = compiledLanguage(input.language);
  const lead = openingOfLead(text, paragraphs, sentences);
  const candidates: Omit<Suggestion, 'rank'>[] = [];
  sentences.forEach((s, i) => {
    const kind = kinds.get(s.paragraph);
    if (kind === 'heading' || kind === 'caption' || repeated.has(i)) return;
    const body = text.slice(s.start, s.end);
    if (!hasWords(body, 5) || DATELINE.test(body) || /\?[\s"'»”’)]*$/u.test(body)) return;
    const extra = [...new Set(sourcing.get(i) ?? [])];
    const quoted = quotedWords(text, quotes, s);
    const mostlyQuoted = quoted.share >= QUOTATION_SHARE && !(language !== undefined ? statesFigure(language, quoted.words) : /\p{N}/u.test(quoted.words));
    const figure = language !== undefined ? statesFigure(language, body) : /\p{N}/u.test(body);
    const conjecture = language !== undefined && !figure && i !== lead && hasSpan(language.conjectures, body);
    const view = language !== undefined && !figure && frames?.[i]?.own === 'named' && hasSpan(language.views, body);
    // A view, a forecast or a quotation is checkable only as having been
    // said: who said it (name, title, reporting verb) must not lift it.
    const saidOnly = mostlyQuoted || conjecture || view;
    const raised =
      (saidOnly ? scored[i]!.withoutSpeaker : scored[i]!.score) +
      (i === lead ? LEAD_BOOST : 0) +
      (extra.length ? SOURCING_BOOST : 0) -
      (mostlyQuoted ? QUOTATION_PENALTY : 0) -
      (conjecture ? CONJECTURE_PENALTY : 0) -
      (view ? VIEW_PENALTY : 0);
    const score = Math.min(1, Math.max(0, raised));
    if (score < threshold) return;
    candidates.push({ start: s.start, end: s.end, text: body, score: Math.round(score * 1000) / 1000, reasons: [...extra, ...scored[i]!.reasons] });
  });
  return withRanks(candidates);
}

/**
 * Index of the opening sentence of the lead, or -1: the first paragraph that
 * is neither a heading nor a caption and ends like prose (a title or a
 * dateline pasted as plain text has no full stop).
 */
function openingOfLead(text: string, paragraphs: readonly Paragraph[], sentences: readonly SentenceSpan[]): number {
  const lead = paragraphs.find((p) => p.kind !== 'heading' && p.kind !== 'caption' && PROSE_END.test(text.slice(Math.max(p.start, p.end - 8), p.end)))?.index;
  return lead === undefined ? -1 : sentences.findIndex((s) => s.paragraph === lead);
}

const PROSE_END = /[.!…][\s"'»”’)]*$/u;

/** The words of sentence `s` inside the sorted, disjoint `quotes`, and their share of the sentence (the tail of a quotation opened before it counts). */
function quotedWords(text: string, quotes: readonly Range[], s: Range): { readonly share: number; readonly words: string } {
  let inside = 0;
  let words = '';
  for (let k = firstEndingAfter(quotes, s.start); k < quotes.length && quotes[k]!.start < s.end; k++) {
    const from = Math.max(quotes[k]!.start, s.start);
    const to = Math.min(quotes[k]!.end, s.end);
    inside += to - from;
    words += `${text.slice(from, to)} `;
  }
  return { share: s.end > s.start ? inside / (s.end - s.start) : 0, words };
}

/** "PARIS, 3 December (Reuters) -", "BERLIN (dpa)": a dateline states where and when, not a claim. */
const DATELINE = /^[\p{Lu}\s.'-]{2,40}(?:,[^.]{0,40})?\((?:AFP|AP|Reuters|dpa|EFE|ANSA|Belga|AFP\/[^)]*|[^)]{1,20})\)\s*[-–—]?\s*$/u;

/** Ranks suggestions by score (position breaking ties), returned sorted by start. */
function withRanks(list: readonly Omit<Suggestion, 'rank'>[]): Suggestion[] {
  const order = [...list].sort((a, b) => b.score - a.score || a.start - b.start);
  const rank = new Map(order.map((s, i) => [s.start, i + 1]));
  return list.map((s) => ({ ...s, rank: rank.get(s.start)! }));
}

/** The `budget` best-ranked suggestions, re-ranked among themselves, sorted by start. */
function withinBudget(list: readonly Suggestion[], budget: number): Suggestion[] {
  if (list.length <= budget) return withRanks(list);
  const kept = new Set([...list].sort((a, b) => a.rank - b.rank).slice(0, budget).map((s) => s.start));
  return withRanks(list.filter((s) => kept.has(s.start)));
}

/**
 * Analyses an article's revision: `analyzeText` then `completeAnalysis`.
 * `reuse` is a text analysis already made of the same input (same text,
 * language, threshold and message language); the caller vouches for it.
 */
export function analyzeArticle(input: TextInput, facts: WorkspaceFacts = NO_WORKSPACE, t: Translate = ENGLISH, reuse?: TextAnalysis): ArticleAnalysis {
  return completeAnalysis(reuse ?? analyzeText(input, t), input.text, facts, t);
}

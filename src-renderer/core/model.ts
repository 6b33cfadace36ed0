/**
 * The domain model shared by every layer: plain, serialisable data.
 * Stored in IndexedDB by storage/, produced and consumed by core/.
 * Dates are ISO 8601 strings so that records survive JSON round trips.
 */
import type { Span, Utf16Offset } from './text/offsets';

export type Id = string;
export type IsoDate = string;

export type ParagraphKind = 'heading' | 'caption' | 'body' | 'quote' | 'list-item';

/** A paragraph of a revision: a span of its text, with a kind. */
export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: ParagraphKind;
}

export type ArticleFormat = 'txt' | 'markdown' | 'html' | 'docx' | 'paste' | 'review';

export interface ImportInfo {
  readonly fileName?: string;
  readonly format: ArticleFormat;
  /** The encoding the bytes were decoded from, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
  readonly encoding?: string;
  /** Messages shown on the article, e.g. "decoded as Windows-1252". */
  readonly warnings: readonly string[];
  readonly byteLength?: number;
  /** Links found in the source (Markdown/HTML), kept as metadata rather than text. */
  readonly links?: readonly { readonly text: string; readonly url: string }[];
}

export interface Article {
  readonly id: Id;
  title: string;
  /** BCP 47 primary language subtag: 'fr', 'en', 'es', 'de', or 'und'. */
  language: string;
  sourceUrl?: string;
  publishedAt?: IsoDate;
  byline?: string;
  readonly createdAt: IsoDate;
  updatedAt: IsoDate;
  currentRevisionId: Id;
  /** A hash of the current revision's text, to notice re-imports of the same text. */
  textHash: string;
  /**
   * The highest claim number ever issued in this article: the next claim gets
   * this plus one. A counter, not the largest number of the live claims, so
   * that a deleted claim's number is never issued again. Absent: none yet.
   */
  lastClaimNumber?: number;
  /** The overall verdict of the article (a verdict id of the rating scale), for the report header. */
  verdict?: string;
  /** The overall finding in a few sentences, for the report header. */
  verdictSummary?: string;
}

export type RevisionOrigin = 'import' | 'edit' | 'fix';

/** An immutable version of an article's text. Every offset points into `text`. */
export interface Revision {
  readonly id: Id;
  readonly articleId: Id;
  /** 1 for the first revision of an article, then 2, 3, ... */
  readonly number: number;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly origin: RevisionOrigin;
  readonly createdAt: IsoDate;
  readonly importInfo: ImportInfo;
}

/** W3C Web Annotation TextPositionSelector, in UTF-16 offsets (exports convert to code points). */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}

/** W3C Web Annotation TextQuoteSelector with up to 32 characters of context each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface ClaimTarget {
  readonly position: TextPositionSelector;
  readonly quote: TextQuoteSelector;
}

export type ClaimStatus = 'open' | 'in-review' | 'checked';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['open', 'in-review', 'checked'];

/** schema.org's two kinds of author: who made a claim. */
export type ClaimantType = 'Person' | 'Organization';
export const CLAIMANT_TYPES: readonly ClaimantType[] = ['Person', 'Organization'];

/** Who made a claim: a person or an organisation, reused across claims (settings keep the list). */
export interface Claimant {
  readonly name: string;
  readonly type: ClaimantType;
}

/** The second reader's approval of a verdict (settings can require it before Checked). */
export interface Approval {
  readonly by: string;
  readonly at: IsoDate;
  /** The verdict approved: a later verdict needs approving again. */
  readonly verdict: string;
}

export interface Claim {
  readonly id: Id;
  readonly articleId: Id;
  /**
   * "Claim 7": assigned when the claim is created (the article's
   * `lastClaimNumber` plus one), unique in its article, never reused nor
   * renumbered — the same on screen, in notes, in every report and in
   * published URLs, whatever is added, deleted or re-anchored.
   */
  readonly number: number;
  /** The revision that `target.position` points into. */
  revisionId: Id;
  target: ClaimTarget;
  /** Set when re-anchoring found no acceptable match in the current revision. */
  orphan?: { readonly sinceRevisionId: Id };
  status: ClaimStatus;
  /** A verdict id from the rating scale ('not-rated' by default). */
  verdict: string;
  /** The words the verdict judged: the claim's text when its verdict was last set or confirmed. */
  ratedText?: string;
  /** Who set or last confirmed the verdict (a second editor approves it). */
  ratedBy?: string;
  /**
   * The claim's text no longer reads as `ratedText` (re-anchored on a
   * reworded passage, or its span changed): the verdict stands, but needs
   * confirming or changing before the claim is reported as checked.
   */
  stale?: { readonly since: IsoDate; readonly revisionId: Id };
  approval?: Approval;
  /** Who made the claim. */
  claimant?: Claimant;
  /** Where the claim was made, when not in the article itself (an http(s) URL). */
  appearanceUrl?: string;
  /** When the claim was made (ISO date), when not the article's date. */
  appearanceDate?: IsoDate;
  /** One line saying what the claim says (ClaimReview `claimReviewed`); absent or '' = the claim's text. */
  summary?: string;
  /** What we found: the public explanation of the verdict (the note stays private). */
  rationale?: string;
  /** Why no source is needed to mark the claim Checked (e.g. "the claimant's own published figures"). */
  noSourceReason?: string;
  note: string;
  tags: string[];
  origin: 'manual' | 'suggested';
  readonly createdAt: IsoDate;
  updatedAt: IsoDate;
  createdBy: string;
  updatedBy: string;
}

/** A claim field whose changes the history records. */
export type ClaimEventField =
  | 'text'
  | 'verdict'
  | 'status'
  | 'note'
  | 'rationale'
  | 'summary'
  | 'claimant'
  | 'appearanceUrl'
  | 'appearanceDate'
  | 'tags'
  | 'noSourceReason'
  | 'stale'
  | 'approval'
  | 'evidence';

/** A linked source as the history remembers it (the source itself may be renamed or deleted later). */
export interface EvidenceRef {
  readonly sourceId: Id;
  readonly title: string;
  readonly stance: Stance;
}

/** A value before or after a change: text, tags, a claimant, a source link; absent = none. */
export type ClaimEventValue = string | readonly string[] | Claimant | EvidenceRef;

export interface FieldChange {
  readonly field: ClaimEventField;
  readonly before?: ClaimEventValue;
  readonly after?: ClaimEventValue;
}

/**
 * What happened: the editor's change ('edited'), its undo or redo, the
 * claim's creation, the app moving it onto a new revision ('reanchored'),
 * the verdict confirmed on new wording or approved by a second editor, a
 * source linked, changed or unlinked ('evidence').
 */
export type ClaimEventKind = 'created' | 'edited' | 'undo' | 'redo' | 'reanchored' | 'confirmed' | 'approved' | 'evidence';
export const CLAIM_EVENT_KINDS: readonly ClaimEventKind[] = ['created', 'edited', 'undo', 'redo', 'reanchored', 'confirmed', 'approved', 'evidence'];

/** One entry of a claim's history, written in the same transaction as the change it records. */
export interface ClaimEvent {
  readonly id: Id;
  readonly claimId: Id;
  readonly articleId: Id;
  /** The editor's name as set in Settings ('' when unset). */
  readonly editor: string;
  readonly at: IsoDate;
  readonly kind: ClaimEventKind;
  readonly changes: readonly FieldChange[];
}

export type SourceKind =
  | 'official-document'
  | 'official-statement'
  | 'data-set'
  | 'news-report'
  | 'expert'
  | 'academic-paper'
  | 'social-media-post'
  | 'other';

export interface Source {
  readonly id: Id;
  /** A validated http(s) URL, or '' for a source without one (an interview, a print document). */
  url: string;
  /**
   * The URL normalised for de-duplication (core/sources/url.ts); unique.
   * Absent when the source has no URL, so that such sources never collide.
   */
  normalizedUrl?: string;
  title: string;
  publisher: string;
  author?: string;
  publishedAt?: IsoDate;
  accessedAt?: IsoDate;
  kind: SourceKind;
  /** 0 = not rated, 1 (unreliable) .. 5 (authoritative). */
  reliability: number;
  notes: string;
  archiveUrl?: string;
  readonly createdAt: IsoDate;
  updatedAt: IsoDate;
}

export type Stance = 'supports' | 'contradicts' | 'context';

export interface Evidence {
  readonly id: Id;
  readonly claimId: Id;
  readonly sourceId: Id;
  stance: Stance;
  quote?: string;
  locator?: string;
  note?: string;
  readonly createdAt: IsoDate;
}

export interface FlagDecision {
  readonly id: Id;
  readonly articleId: Id;
  readonly fingerprint: string;
  decision: 'dismissed';
  reason: string;
  readonly createdAt: IsoDate;
}

/** A hash of a paragraph (or shingle) for cross-article duplicate search. */
export interface PassageIndexEntry {
  readonly hash: string;
  readonly articleId: Id;
  readonly revisionId: Id;
  readonly paragraphIndex: number;
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}

export interface SettingRecord {
  readonly key: string;
  value: unknown;
}

/** One entry of the rating scale. `ordinal` orders true..false; null for non-ordinal verdicts. */
export interface Verdict {
  readonly id: string;
  label: string;
  ordinal: number | null;
  /** The label per language (e.g. { fr: 'Trompeur' }) for reports in that language; `label` otherwise. */
  labels?: Partial<Record<'en' | 'fr', string>>;
}

export const DEFAULT_VERDICTS: readonly Verdict[] = [
  { id: 'not-rated', label: 'Not rated', ordinal: null },
  { id: 'true', label: 'True', ordinal: 5 },
  { id: 'mostly-true', label: 'Mostly true', ordinal: 4 },
  { id: 'half-true', label: 'Half true', ordinal: 3 },
  { id: 'mostly-false', label: 'Mostly false', ordinal: 2 },
  { id: 'false', label: 'False', ordinal: 1 },
  { id: 'misleading', label: 'Misleading', ordinal: null },
  { id: 'unverifiable', label: 'Unverifiable', ordinal: null },
];

// ---- Derived analysis data (recomputed, never the source of truth) ----

export type FlagKind =
  | 'duplicate-passage'
  | 'near-duplicate'
  | 'cross-article-duplicate'
  | 'unsourced-claim'
  | 'unsourced-passage'
  | 'vague-attribution'
  | 'unconfirmed-report'
  | 'unattributed-quote';

export type Severity = 'info' | 'warning' | 'error';

/** One piece of a word-level diff, as `diff`'s change objects reduce to. */
export interface DiffPart {
  readonly value: string;
  readonly added?: boolean;
  readonly removed?: boolean;
}

export interface Flag {
  readonly kind: FlagKind;
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
  readonly text: string;
  readonly severity: Severity;
  /** A sentence an editor understands. */
  readonly message: string;
  readonly rule: string;
  /** Stable across re-analysis and revisions: dismissals are keyed on it. */
  readonly fingerprint: string;
  /** For duplicates: the earlier passage that this one repeats. */
  readonly original?: { readonly start: Utf16Offset; readonly end: Utf16Offset; readonly text: string };
  readonly similarity?: number;
  readonly diff?: readonly DiffPart[];
  /** For cross-article duplicates: the other article, and its paragraph (0-based) of the first shared passage. */
  readonly otherArticle?: { readonly articleId: Id; readonly title: string; readonly paragraphIndex: number };
  /** For cross-article duplicates: every paragraph shared with `otherArticle`, in text order (indices 0-based). */
  readonly passages?: readonly { readonly start: Utf16Offset; readonly end: Utf16Offset; readonly paragraphIndex: number; readonly otherParagraphIndex: number }[];
  /** For duplicate blocks: paragraph indices (0-based) of the repeat and the original. */
  readonly paragraphs?: { readonly repeat: readonly [number, number]; readonly original: readonly [number, number] };
  /** For unsourced-claim flags. */
  readonly claimId?: Id;
}

export type SuggestionReason =
  | 'number'
  | 'quantity'
  | 'date'
  | 'named-entity'
  | 'comparison'
  | 'superlative'
  | 'reporting-verb'
  | 'quotation'
  | 'causal'
  | 'predictive'
  | 'vague-source'
  | 'unconfirmed'
  | 'unsourced';

export interface Suggestion {
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
  readonly text: string;
  /** In [0, 1]: the check-worthiness score, raised for a sentence whose sourcing is flagged. */
  readonly score: number;
  readonly reasons: readonly SuggestionReason[];
  /** 1 for the suggestion most worth checking, then 2, 3…: the order of the ranked list. */
  readonly rank: number;
}

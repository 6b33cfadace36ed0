/**
 * The domain model shared by every layer: plain, serialisable data.
 * Stored in IndexedDB by storage/, produced and consumed by core/.
 * Dates are ISO 8601 strings so that records survive JSON round trips.
 */
import type { Span, Utf16Offset } from './text/offsets';

export type Id = string;
export type IsoDate = string;

/**
 * What a paragraph is. `table-row` is one row of a table, its cells separated
 * by tabs (each row is one paragraph, so claims anchor in it like in text);
 * `aside` is a fact box or sidebar kept apart from the article's running text.
 */
export type ParagraphKind = 'heading' | 'caption' | 'body' | 'quote' | 'list-item' | 'table-row' | 'aside';

/** A paragraph of a revision: a span of its text, with a kind. */
export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: ParagraphKind;
}

export type ArticleFormat = 'txt' | 'markdown' | 'html' | 'docx' | 'pdf' | 'paste' | 'review';

/**
 * A comment the imported document carried (a Word comment): a note about a
 * span of the text, never part of the text. `start`/`end` point into the
 * revision's text where the commented words were found; absent when they
 * were not (the comment is still shown, with its quote).
 */
export interface DocumentComment {
  readonly start?: Utf16Offset;
  readonly end?: Utf16Offset;
  /** The commented words as the document had them. */
  readonly quote: string;
  readonly text: string;
  readonly author?: string;
  /** ISO 8601. */
  readonly date?: string;
}

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
  /** Comments of the document (Word), attached to the spans they are about. */
  readonly comments?: readonly DocumentComment[];
}

export interface Article {
  readonly id: Id;
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  readonly version?: number;
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
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  readonly version?: number;
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

/**
 * A name as CSL-JSON writes it: a person's family and given names (with
 * particles and suffix), or a `literal` for an organisation or a name that
 * must not be split.
 */
export interface PersonName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  'comma-suffix'?: string | number | boolean;
  'static-ordering'?: string | number | boolean;
  'parse-names'?: string | number | boolean;
  literal?: string;
}

/** A CSL-JSON date: `date-parts` [[year, month?, day?]] (two for a range), or a literal / raw string. */
export interface CslDateValue {
  'date-parts'?: (number | string)[][];
  season?: number | string;
  circa?: string | number | boolean;
  literal?: string;
  raw?: string;
}

/**
 * What a reference manager knows about a source beyond the workbench's own
 * fields, kept so that CSL-JSON goes out as it came in (core/sources/csl.ts).
 * Keys of `variables`, `names` and `dates` are standard CSL variables only
 * (the import checks them against the CSL 1.0.2 lists).
 */
export interface CslExtras {
  /** The item's id in the reference manager (e.g. a Zotero item URI). */
  id?: string;
  /** The CSL type, when it says more than the kind (webpage, book, chapter...). */
  type?: string;
  /** The CSL variable `publisher` was read from, when not the kind's usual one. */
  publisherField?: 'container-title' | 'publisher' | 'authority';
  /** The source's URL was made from its DOI (the item had none). */
  urlFromDoi?: boolean;
  /** Standard text and number variables: DOI, ISBN, ISSN, volume, issue, page, edition, publisher-place, number... */
  variables?: Partial<Record<string, string | number>>;
  /** Standard name variables other than author: editor, translator, container-author... */
  names?: Partial<Record<string, PersonName[]>>;
  /** Standard date variables the source has no field for, or richer than its ISO date (seasons, ranges, circa). */
  dates?: Partial<Record<string, CslDateValue>>;
  /** CSL `categories`. */
  categories?: string[];
  /** CSL `custom`: the reference manager's own key-value pairs, kept as they came. */
  custom?: Record<string, unknown>;
}

export interface Source {
  readonly id: Id;
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  readonly version?: number;
  /** A validated http(s) URL, or '' for a source without one (an interview, a print document). */
  url: string;
  /**
   * The URL normalised for de-duplication (core/sources/url.ts); unique.
   * Absent when the source has no URL, so that such sources never collide.
   */
  normalizedUrl?: string;
  title: string;
  publisher: string;
  /** The authors as one line ("Dan Sabbagh; Julian Borger"); derived from `authors` when those are given. */
  author?: string;
  /** The authors as structured names (CSL `author`), when known. */
  authors?: PersonName[];
  publishedAt?: IsoDate;
  accessedAt?: IsoDate;
  kind: SourceKind;
  /** 0 = not rated, 1 (unreliable) .. 5 (authoritative). */
  reliability: number;
  notes: string;
  archiveUrl?: string;
  /** Bibliographic details kept from (or for) CSL-JSON exchange. */
  csl?: CslExtras;
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

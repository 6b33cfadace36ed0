/**
 * The domain model shared by every layer: plain, serialisable data.
 * Stored in IndexedDB by storage/, produced and consumed by core/.
 * Dates are ISO 8601 strings so that records survive JSON round trips.
 *
 * The stored records (Article, Revision, Claim, Source, Evidence, Flag…) are
 * not written out here: each is the output type of its schema in
 * ./schema/records.ts, the one definition of its fields (documented there),
 * which every file crossing into the workspace is read through; the types
 * are declared there too. This module re-exports them, and keeps the
 * vocabularies (kinds, statuses) the schemas pick from.
 */
export type {
  Paragraph,
  DocumentComment,
  ImportInfo,
  Article,
  Revision,
  TextPositionSelector,
  TextQuoteSelector,
  ClaimTarget,
  Claimant,
  Approval,
  Claim,
  EvidenceRef,
  ClaimEventValue,
  FieldChange,
  ClaimEvent,
  Source,
  Evidence,
  FlagDecision,
  PassageIndexEntry,
  Verdict,
  DiffPart,
  Flag,
} from './schema/records';
export type { PersonName, CslDateValue, CslExtras } from './sources/csl-schema';
import type { Verdict } from './schema/records';
import type { Utf16Offset } from './text/offsets';

export type Id = string;
export type IsoDate = string;

/**
 * What a paragraph is. `table-row` is one row of a table, its cells separated
 * by tabs (each row is one paragraph, so claims anchor in it like in text);
 * `aside` is a fact box or sidebar kept apart from the article's running text.
 */
export type ParagraphKind = 'heading' | 'caption' | 'body' | 'quote' | 'list-item' | 'table-row' | 'aside';

export type ArticleFormat = 'txt' | 'markdown' | 'html' | 'docx' | 'pdf' | 'paste' | 'review';

export type RevisionOrigin = 'import' | 'edit' | 'fix';

export type ClaimStatus = 'open' | 'in-review' | 'checked';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['open', 'in-review', 'checked'];

/** schema.org's two kinds of author: who made a claim. */
export type ClaimantType = 'Person' | 'Organization';
export const CLAIMANT_TYPES: readonly ClaimantType[] = ['Person', 'Organization'];

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

/**
 * What happened: the editor's change ('edited'), its undo or redo, the
 * claim's creation, the app moving it onto a new revision ('reanchored'),
 * the verdict confirmed on new wording or approved by a second editor, a
 * source linked, changed or unlinked ('evidence').
 */
export type ClaimEventKind = 'created' | 'edited' | 'undo' | 'redo' | 'reanchored' | 'confirmed' | 'approved' | 'evidence';
export const CLAIM_EVENT_KINDS: readonly ClaimEventKind[] = ['created', 'edited', 'undo', 'redo', 'reanchored', 'confirmed', 'approved', 'evidence'];

export type SourceKind =
  | 'official-document'
  | 'official-statement'
  | 'data-set'
  | 'news-report'
  | 'expert'
  | 'academic-paper'
  | 'social-media-post'
  | 'other';

export type Stance = 'supports' | 'contradicts' | 'context';

export interface SettingRecord {
  readonly key: string;
  value: unknown;
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

/**
 * The domain model shared by every layer: plain, serialisable data.
 * Stored in IndexedDB by storage/, produced and consumed by core/.
 * Dates are ISO 8601 strings so that records survive JSON round trips.
 *
 * The stored records (Article, Revision, Claim, Source, Evidence, Flag…) are
 * not written out here: each is the output type of its schema in
 * ./schema/records.ts, the one definition of its fields (documented there),
 * which every file crossing into the workspace is read through. This module
 * names them, and keeps the vocabularies (kinds, statuses) the schemas pick from.
 */
import type * as v from 'valibot';
import type * as schemas from './schema/records';
import type * as csl from './sources/csl-schema';
import type { Utf16Offset } from './text/offsets';

export type Id = string;
export type IsoDate = string;

/**
 * What a paragraph is. `table-row` is one row of a table, its cells separated
 * by tabs (each row is one paragraph, so claims anchor in it like in text);
 * `aside` is a fact box or sidebar kept apart from the article's running text.
 */
export type ParagraphKind = 'heading' | 'caption' | 'body' | 'quote' | 'list-item' | 'table-row' | 'aside';

/** A paragraph of a revision: a span of its text, with a kind. */
export type Paragraph = v.InferOutput<typeof schemas.ParagraphSchema>;

export type ArticleFormat = 'txt' | 'markdown' | 'html' | 'docx' | 'pdf' | 'paste' | 'review';

/** A comment the imported document carried (a Word comment), about a span of the text. */
export type DocumentComment = v.InferOutput<typeof schemas.CommentSchema>;

export type ImportInfo = v.InferOutput<typeof schemas.ImportInfoSchema>;

export type Article = v.InferOutput<typeof schemas.ArticleSchema>;

export type RevisionOrigin = 'import' | 'edit' | 'fix';

/** An immutable version of an article's text. Every offset points into `text`. */
export type Revision = v.InferOutput<typeof schemas.RevisionSchema>;

/** W3C Web Annotation TextPositionSelector, in UTF-16 offsets (exports convert to code points). */
export type TextPositionSelector = v.InferOutput<typeof schemas.PositionSelectorSchema>;

/** W3C Web Annotation TextQuoteSelector with up to 32 characters of context each side. */
export type TextQuoteSelector = v.InferOutput<typeof schemas.QuoteSelectorSchema>;

export type ClaimTarget = v.InferOutput<typeof schemas.TargetSchema>;

export type ClaimStatus = 'open' | 'in-review' | 'checked';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['open', 'in-review', 'checked'];

/** schema.org's two kinds of author: who made a claim. */
export type ClaimantType = 'Person' | 'Organization';
export const CLAIMANT_TYPES: readonly ClaimantType[] = ['Person', 'Organization'];

/** Who made a claim: a person or an organisation, reused across claims (settings keep the list). */
export type Claimant = v.InferOutput<typeof schemas.ClaimantSchema>;

/** The second reader's approval of a verdict (settings can require it before Checked). */
export type Approval = v.InferOutput<typeof schemas.ApprovalSchema>;

export type Claim = v.InferOutput<typeof schemas.ClaimSchema>;

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
export type EvidenceRef = v.InferOutput<typeof schemas.EvidenceRefSchema>;

/** A value before or after a change: text, tags, a claimant, a source link; absent = none. */
export type ClaimEventValue = v.InferOutput<typeof schemas.EventValueSchema>;

export type FieldChange = v.InferOutput<typeof schemas.FieldChangeSchema>;

/**
 * What happened: the editor's change ('edited'), its undo or redo, the
 * claim's creation, the app moving it onto a new revision ('reanchored'),
 * the verdict confirmed on new wording or approved by a second editor, a
 * source linked, changed or unlinked ('evidence').
 */
export type ClaimEventKind = 'created' | 'edited' | 'undo' | 'redo' | 'reanchored' | 'confirmed' | 'approved' | 'evidence';
export const CLAIM_EVENT_KINDS: readonly ClaimEventKind[] = ['created', 'edited', 'undo', 'redo', 'reanchored', 'confirmed', 'approved', 'evidence'];

/** One entry of a claim's history, written in the same transaction as the change it records. */
export type ClaimEvent = v.InferOutput<typeof schemas.ClaimEventSchema>;

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
 * must not be split (PersonNameFieldsSchema, core/sources/csl-schema.ts).
 */
export type PersonName = v.InferOutput<typeof csl.PersonNameFieldsSchema>;

/** A CSL-JSON date: `date-parts` [[year, month?, day?]] (two for a range), or a literal / raw string (CslDateFieldsSchema, core/sources/csl-schema.ts). */
export type CslDateValue = v.InferOutput<typeof csl.CslDateFieldsSchema>;

/**
 * What a reference manager knows about a source beyond the workbench's own
 * fields, kept so that CSL-JSON goes out as it came in (core/sources/csl.ts):
 * id, type, standard variables, names and dates, categories, custom
 * (CslExtrasFieldsSchema, core/sources/csl-schema.ts).
 */
export type CslExtras = v.InferOutput<typeof csl.CslExtrasFieldsSchema>;

export type Source = v.InferOutput<typeof schemas.SourceSchema>;

export type Stance = 'supports' | 'contradicts' | 'context';

export type Evidence = v.InferOutput<typeof schemas.EvidenceSchema>;

export type FlagDecision = v.InferOutput<typeof schemas.FlagDecisionSchema>;

/** A hash of a paragraph (or shingle) for cross-article duplicate search. */
export type PassageIndexEntry = v.InferOutput<typeof schemas.PassageIndexEntrySchema>;

export interface SettingRecord {
  readonly key: string;
  value: unknown;
}

/** One entry of the rating scale. `ordinal` orders true..false; null for non-ordinal verdicts. */
export type Verdict = v.InferOutput<typeof schemas.VerdictSchema>;

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
export type DiffPart = v.InferOutput<typeof schemas.DiffPartSchema>;

export type Flag = v.InferOutput<typeof schemas.FlagSchema>;

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

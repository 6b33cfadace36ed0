/**
 * The one definition of what a stored record may hold, field by field
 * (valibot): every file that crosses into the workspace — a backup, a JSON
 * review — is read through these schemas, so a value the app cannot show
 * (a null paragraph, markup as a paragraph kind, `__proto__` as a source
 * kind, 9999-99-99 as a date) is refused with a message naming the field,
 * never stored as is. Objects are rebuilt from the fields the model knows:
 * extra properties, `__proto__` keys included, are dropped.
 *
 * Relations between records (offsets inside their text, ids that exist)
 * are checked by the readers of each format (`./relations.ts`).
 */
import * as v from 'valibot';
import {
  CLAIM_EVENT_KINDS,
  CLAIM_STATUSES,
  CLAIMANT_TYPES,
  type ArticleFormat,
  type ClaimEventField,
  type ParagraphKind,
  type RevisionOrigin,
  type Severity,
} from '../model';
import { readCslExtras } from '../sources/csl';
import { CslNameListSchema } from '../sources/csl-schema';
import { FLAG_KINDS } from '../flag-kinds';
import { SOURCE_KINDS, STANCES } from '../sources/source-draft';
import { checkUrl } from '../sources/url';
import { u16, type Utf16Offset } from '../text/offsets';

/** The problem a failed check reports (the valibot message): an expected type, or a kind of problem. */
export type Expected = 'text' | 'number' | 'boolean' | 'date' | 'list' | 'object' | 'pair' | 'one-of' | 'url' | 'id' | 'count' | 'score' | 'reliability';

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['heading', 'caption', 'body', 'quote', 'list-item', 'table-row', 'aside'];
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['txt', 'markdown', 'html', 'docx', 'pdf', 'paste', 'review'];
export const REVISION_ORIGINS: readonly RevisionOrigin[] = ['import', 'edit', 'fix'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
export { FLAG_KINDS } from '../flag-kinds';

const MAX_TEXT = 20 * 1024 * 1024;

const text = () => v.pipe(v.string('text' satisfies Expected), v.maxLength(MAX_TEXT, 'text' satisfies Expected));
const id = () => v.pipe(v.string('id' satisfies Expected), v.minLength(1, 'id' satisfies Expected), v.maxLength(200, 'id' satisfies Expected));
const count = (min = 0) => v.pipe(v.number('count' satisfies Expected), v.integer('count' satisfies Expected), v.minValue(min, 'count' satisfies Expected));
const offset = () => v.pipe(count(), v.transform((n): Utf16Offset => u16(n)));
const oneOf = <T extends string>(values: readonly T[]) => v.picklist(values as T[], 'one-of' satisfies Expected);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'list' satisfies Expected);
const obj = <T extends v.ObjectEntries>(entries: T) => v.object(entries, 'object' satisfies Expected);
/**
 * The same schema, its output typed read-only (`Readonly<T>`, `readonly T[]`):
 * a type-level mark only, valibot's `readonly` action changes nothing at run
 * time. As a required entry of an object it also makes that field read-only.
 */
export const frozen = <T extends v.GenericSchema<unknown, object>>(schema: T) => v.pipe(schema, v.readonly());
/**
 * An entry of an object that is read-only in the inferred type: a field set
 * once when the record is made (its id, its creation date) and never rewritten.
 * Not for optional fields: valibot would make them required (so `version`
 * stays writable in the type).
 */
const fixed = <T extends v.GenericSchema>(schema: T) => v.pipe(schema, v.readonly());

/** ISO 8601 date or date-time with a real calendar date (no 9999-99-99). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0'] = m.slice(1).map((x) => x ?? '0') as string[];
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return false;
  return !Number.isNaN(Date.parse(value));
}

const date = () => v.pipe(v.string('date' satisfies Expected), v.check(isRealDate, 'date' satisfies Expected));

/** A web address that passes checkUrl (http/https only: no `javascript:` smuggled in). */
const webUrl = () => v.pipe(v.string('url' satisfies Expected), v.check((u) => checkUrl(u).ok, 'url' satisfies Expected));
/** A web address, or '' for a source without one. */
const webUrlOrEmpty = () => v.pipe(v.string('url' satisfies Expected), v.check((u) => u === '' || checkUrl(u).ok, 'url' satisfies Expected));

export const ParagraphSchema = frozen(obj({
  index: count(),
  kind: oneOf(PARAGRAPH_KINDS),
  start: offset(),
  end: offset(),
}));

/** A link found in the source (Markdown/HTML), kept as metadata rather than text. */
const LinkSchema = frozen(obj({
  text: text(),
  // The readers keep http(s) and mailto links only.
  url: v.pipe(v.string('url' satisfies Expected), v.check((u) => checkUrl(u).ok || /^mailto:[^\s<>"'\\]+$/i.test(u), 'url' satisfies Expected)),
}));

/**
 * A comment the imported document carried (a Word comment): a note about a
 * span of the text, never part of the text. `start`/`end` point into the
 * revision's text where the commented words were found; absent when they
 * were not (the comment is still shown, with its quote).
 */
export const CommentSchema = frozen(obj({
  /** The commented words as the document had them. */
  quote: text(),
  text: text(),
  start: v.optional(offset()),
  end: v.optional(offset()),
  author: v.optional(text()),
  /** ISO 8601. */
  date: v.optional(date()),
}));

export const ImportInfoSchema = frozen(obj({
  format: oneOf(ARTICLE_FORMATS),
  /** Messages shown on the article, e.g. "decoded as Windows-1252". */
  warnings: frozen(list(text())),
  fileName: v.optional(text()),
  /** The encoding the bytes were decoded from, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
  encoding: v.optional(text()),
  byteLength: v.optional(count()),
  /** Links found in the source (Markdown/HTML), kept as metadata rather than text. */
  links: v.optional(frozen(list(LinkSchema))),
  /** Comments of the document (Word), attached to the spans they are about. */
  comments: v.optional(frozen(list(CommentSchema))),
}));

/** A verdict id of the rating scale. */
const verdictId = () => v.pipe(id(), v.maxLength(40, 'id' satisfies Expected));

export const ArticleSchema = obj({
  id: fixed(id()),
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  version: v.optional(count(1)),
  title: text(),
  /** BCP 47 primary language subtag: 'fr', 'en', 'es', 'de', or 'und'. */
  language: v.pipe(text(), v.maxLength(35, 'text' satisfies Expected)),
  sourceUrl: v.optional(webUrl()),
  publishedAt: v.optional(date()),
  byline: v.optional(text()),
  createdAt: fixed(date()),
  updatedAt: date(),
  currentRevisionId: id(),
  /** A hash of the current revision's text, to notice re-imports of the same text. */
  textHash: text(),
  /**
   * The highest claim number ever issued in this article: the next claim gets
   * this plus one. A counter, not the largest number of the live claims, so
   * that a deleted claim's number is never issued again. Absent: none yet.
   */
  lastClaimNumber: v.optional(count()),
  /** The overall verdict of the article (a verdict id of the rating scale), for the report header. */
  verdict: v.optional(verdictId()),
  /** The overall finding in a few sentences, for the report header. */
  verdictSummary: v.optional(text()),
});

export const RevisionSchema = frozen(obj({
  id: id(),
  articleId: id(),
  /** 1 for the first revision of an article, then 2, 3, ... */
  number: count(1),
  text: text(),
  paragraphs: frozen(list(ParagraphSchema)),
  origin: oneOf(REVISION_ORIGINS),
  createdAt: date(),
  importInfo: ImportInfoSchema,
}));

export const PositionSelectorSchema = frozen(obj({ type: v.literal('TextPositionSelector', 'one-of' satisfies Expected), start: offset(), end: offset() }));
export const QuoteSelectorSchema = frozen(obj({ type: v.literal('TextQuoteSelector', 'one-of' satisfies Expected), exact: text(), prefix: text(), suffix: text() }));

export const TargetSchema = frozen(obj({
  position: PositionSelectorSchema,
  quote: QuoteSelectorSchema,
}));

const name = () => v.pipe(text(), v.maxLength(200, 'text' satisfies Expected));

export const ClaimantSchema = frozen(obj({
  name: v.pipe(name(), v.check((n) => n.trim() !== '', 'text' satisfies Expected)),
  type: oneOf(CLAIMANT_TYPES),
}));

export const ApprovalSchema = frozen(obj({
  by: name(),
  at: date(),
  /** The verdict approved: a later verdict needs approving again. */
  verdict: verdictId(),
}));

export const ClaimSchema = obj({
  id: fixed(id()),
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  version: v.optional(count(1)),
  articleId: fixed(id()),
  /**
   * "Claim 7": assigned when the claim is created (the article's
   * `lastClaimNumber` plus one), unique in its article, never reused nor
   * renumbered — the same on screen, in notes, in every report and in
   * published URLs, whatever is added, deleted or re-anchored. A positive
   * whole number; its uniqueness is checked by the readers of each format.
   */
  number: fixed(count(1)),
  /** The revision that `target.position` points into. */
  revisionId: id(),
  target: TargetSchema,
  /** Set when re-anchoring found no acceptable match in the current revision. */
  orphan: v.optional(frozen(obj({ sinceRevisionId: id() }))),
  status: oneOf(CLAIM_STATUSES),
  /** A verdict id from the rating scale ('not-rated' by default). */
  verdict: verdictId(),
  /** The words the verdict judged: the claim's text when its verdict was last set or confirmed. */
  ratedText: v.optional(text()),
  /** Who set or last confirmed the verdict (a second editor approves it). */
  ratedBy: v.optional(name()),
  /**
   * The claim's text no longer reads as `ratedText` (re-anchored on a
   * reworded passage, or its span changed): the verdict stands, but needs
   * confirming or changing before the claim is reported as checked.
   */
  stale: v.optional(frozen(obj({ since: date(), revisionId: id() }))),
  approval: v.optional(ApprovalSchema),
  /** Who made the claim. */
  claimant: v.optional(ClaimantSchema),
  /** Where the claim was made, when not in the article itself (an http(s) URL). */
  appearanceUrl: v.optional(webUrl()),
  /** When the claim was made (ISO date), when not the article's date. */
  appearanceDate: v.optional(date()),
  /** One line saying what the claim says (ClaimReview `claimReviewed`); absent or '' = the claim's text. */
  summary: v.optional(text()),
  /** What we found: the public explanation of the verdict (the note stays private). */
  rationale: v.optional(text()),
  /** Why no source is needed to mark the claim Checked (e.g. "the claimant's own published figures"). */
  noSourceReason: v.optional(text()),
  note: text(),
  tags: list(v.pipe(text(), v.maxLength(100, 'text' satisfies Expected))),
  origin: oneOf(['manual', 'suggested'] as const),
  createdAt: fixed(date()),
  updatedAt: date(),
  createdBy: text(),
  updatedBy: text(),
});

export const CLAIM_EVENT_FIELDS: readonly ClaimEventField[] = [
  'text', 'verdict', 'status', 'note', 'rationale', 'summary', 'claimant', 'appearanceUrl', 'appearanceDate', 'tags', 'noSourceReason', 'stale', 'approval', 'evidence',
];

export const EvidenceRefSchema = frozen(obj({ sourceId: id(), title: text(), stance: oneOf(STANCES) }));

export const EventValueSchema = v.union(
  [
    text(),
    frozen(list(v.pipe(text(), v.maxLength(100, 'text' satisfies Expected)))),
    ClaimantSchema,
    EvidenceRefSchema,
  ],
  'text' satisfies Expected,
);

export const FieldChangeSchema = frozen(obj({
  field: oneOf(CLAIM_EVENT_FIELDS),
  before: v.optional(EventValueSchema),
  after: v.optional(EventValueSchema),
}));

export const ClaimEventSchema = frozen(obj({
  id: id(),
  claimId: id(),
  articleId: id(),
  /** The editor's name as set in Settings ('' when unset). */
  editor: name(),
  at: date(),
  kind: oneOf(CLAIM_EVENT_KINDS),
  changes: frozen(list(FieldChangeSchema)),
}));

export const SourceSchema = obj({
  id: fixed(id()),
  /**
   * Counts the writes to this record (absent on records written before
   * versions: read as 1; storage/versions.ts). A write names the version it
   * was based on and is refused if the record moved on since (another
   * window, a restore).
   */
  version: v.optional(count(1)),
  /** A validated http(s) URL, or '' for a source without one (an interview, a print document). */
  url: webUrlOrEmpty(),
  /**
   * The URL normalised for de-duplication (core/sources/url.ts); unique.
   * Absent when the source has no URL, so that such sources never collide.
   */
  normalizedUrl: v.optional(text()),
  title: text(),
  publisher: text(),
  /** The authors as one line ("Dan Sabbagh; Julian Borger"); derived from `authors` when those are given. */
  author: v.optional(text()),
  // Structured names and CSL details are read leniently, as a CSL-JSON import reads them
  // (core/sources/csl-schema.ts): unknown parts and non-standard variables are dropped.
  /** The authors as structured names (CSL `author`), when known: the readable ones. */
  authors: v.optional(v.pipe(list(v.unknown()), CslNameListSchema)),
  /** Bibliographic details kept from (or for) CSL-JSON exchange. */
  csl: v.optional(v.pipe(v.unknown(), v.transform((value) => readCslExtras(value)))),
  publishedAt: v.optional(date()),
  accessedAt: v.optional(date()),
  kind: oneOf(SOURCE_KINDS),
  /** 0 = not rated, 1 (unreliable) .. 5 (authoritative). */
  reliability: v.pipe(v.number('reliability' satisfies Expected), v.integer('reliability' satisfies Expected), v.minValue(0, 'reliability' satisfies Expected), v.maxValue(5, 'reliability' satisfies Expected)),
  notes: text(),
  archiveUrl: v.optional(webUrl()),
  createdAt: fixed(date()),
  updatedAt: date(),
});

export const EvidenceSchema = obj({
  id: fixed(id()),
  claimId: fixed(id()),
  sourceId: fixed(id()),
  stance: oneOf(STANCES),
  quote: v.optional(text()),
  locator: v.optional(text()),
  note: v.optional(text()),
  createdAt: fixed(date()),
});

export const FlagDecisionSchema = obj({
  id: fixed(id()),
  articleId: fixed(id()),
  fingerprint: fixed(text()),
  decision: v.literal('dismissed', 'one-of' satisfies Expected),
  reason: text(),
  createdAt: fixed(date()),
});

export const PassageIndexEntrySchema = frozen(obj({
  hash: text(),
  articleId: id(),
  revisionId: id(),
  paragraphIndex: count(),
  start: offset(),
  end: offset(),
}));

export const VerdictSchema = obj({
  id: fixed(v.pipe(id(), v.regex(/^[a-z0-9-]{1,40}$/, 'id' satisfies Expected))),
  label: v.pipe(text(), v.minLength(1, 'text' satisfies Expected), v.maxLength(60, 'text' satisfies Expected)),
  ordinal: v.nullable(v.pipe(v.number('number' satisfies Expected), v.integer('number' satisfies Expected)), null),
  /** The label per language (e.g. { fr: 'Trompeur' }) for reports in that language; `label` otherwise. */
  labels: v.optional(obj({ en: v.optional(v.pipe(text(), v.maxLength(60, 'text' satisfies Expected))), fr: v.optional(v.pipe(text(), v.maxLength(60, 'text' satisfies Expected))) })),
});

const PairSchema = frozen(v.tuple([count(), count()], 'pair' satisfies Expected));

export const DiffPartSchema = frozen(obj({
  value: text(),
  added: v.optional(v.boolean('boolean' satisfies Expected)),
  removed: v.optional(v.boolean('boolean' satisfies Expected)),
}));

export const FlagSchema = frozen(obj({
  kind: oneOf(FLAG_KINDS),
  start: offset(),
  end: offset(),
  text: text(),
  severity: oneOf(SEVERITIES),
  /** A sentence an editor understands. */
  message: text(),
  rule: text(),
  /** Stable across re-analysis and revisions: dismissals are keyed on it. */
  fingerprint: text(),
  /** For duplicates: the earlier passage that this one repeats. */
  original: v.optional(frozen(obj({ start: offset(), end: offset(), text: text() }))),
  similarity: v.optional(v.pipe(v.number('score' satisfies Expected), v.minValue(0, 'score' satisfies Expected), v.maxValue(1, 'score' satisfies Expected))),
  diff: v.optional(frozen(list(DiffPartSchema))),
  /** For cross-article duplicates: the other article, and its paragraph (0-based) of the first shared passage. */
  otherArticle: v.optional(frozen(obj({ articleId: id(), title: text(), paragraphIndex: count() }))),
  /** For cross-article duplicates: every paragraph shared with `otherArticle`, in text order (indices 0-based). */
  passages: v.optional(frozen(list(frozen(obj({ start: offset(), end: offset(), paragraphIndex: count(), otherParagraphIndex: count() }))))),
  /** For duplicate blocks: paragraph indices (0-based) of the repeat and the original. */
  paragraphs: v.optional(frozen(obj({ repeat: PairSchema, original: PairSchema }))),
  /** For unsourced-claim flags. */
  claimId: v.optional(id()),
}));

/** A flag the editor dismissed, with the reason they gave (a review file lists them). */
export const DismissedFlagSchema = frozen(obj({
  flag: FlagSchema,
  reason: text(),
  decidedAt: date(),
}));

/** A check that failed: where (a JSON path such as `$.claims[3].status`), and what was expected. */
export interface SchemaProblem {
  readonly path: string;
  /** 'missing' when the field is absent. */
  readonly expected: Expected | 'missing';
  /** For 'one-of': the allowed values. */
  readonly values?: readonly string[];
}

/** The first problem of a failed parse, with its path from `root`. */
export function firstProblem(issues: readonly v.BaseIssue<unknown>[], root = '$'): SchemaProblem {
  const issue = issues[0]!;
  let path = root;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  if (issue.input === undefined || issue.input === null) return { path, expected: 'missing' };
  const expected = issue.message as Expected;
  // valibot writes the allowed values as `("a" | "b")`.
  const values = expected === 'one-of' && typeof issue.expected === 'string' ? [...issue.expected.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : undefined;
  return { path, expected, ...(values && { values }) };
}

/** Parses `value` with `schema`: the output, or the first problem. */
export function parseWith<S extends v.GenericSchema>(schema: S, value: unknown, root = '$'): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: SchemaProblem } {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, problem: firstProblem(result.issues, root) };
}

// ---- The stored records: each the output type of its schema above (core/model.ts names them for the app) ----

/** A paragraph of a revision: a span of its text, with a kind. */
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
/** A comment the imported document carried (a Word comment), about a span of the text. */
export type DocumentComment = v.InferOutput<typeof CommentSchema>;
export type ImportInfo = v.InferOutput<typeof ImportInfoSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
/** An immutable version of an article's text. Every offset points into `text`. */
export type Revision = v.InferOutput<typeof RevisionSchema>;
/** W3C Web Annotation TextPositionSelector, in UTF-16 offsets (exports convert to code points). */
export type TextPositionSelector = v.InferOutput<typeof PositionSelectorSchema>;
/** W3C Web Annotation TextQuoteSelector with up to 32 characters of context each side. */
export type TextQuoteSelector = v.InferOutput<typeof QuoteSelectorSchema>;
export type ClaimTarget = v.InferOutput<typeof TargetSchema>;
/** Who made a claim: a person or an organisation, reused across claims (settings keep the list). */
export type Claimant = v.InferOutput<typeof ClaimantSchema>;
/** The second reader's approval of a verdict (settings can require it before Checked). */
export type Approval = v.InferOutput<typeof ApprovalSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
/** A linked source as the history remembers it (the source itself may be renamed or deleted later). */
export type EvidenceRef = v.InferOutput<typeof EvidenceRefSchema>;
/** A value before or after a change: text, tags, a claimant, a source link; absent = none. */
export type ClaimEventValue = v.InferOutput<typeof EventValueSchema>;
export type FieldChange = v.InferOutput<typeof FieldChangeSchema>;
/** One entry of a claim's history, written in the same transaction as the change it records. */
export type ClaimEvent = v.InferOutput<typeof ClaimEventSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type FlagDecision = v.InferOutput<typeof FlagDecisionSchema>;
/** A hash of a paragraph (or shingle) for cross-article duplicate search. */
export type PassageIndexEntry = v.InferOutput<typeof PassageIndexEntrySchema>;
/** One entry of the rating scale. `ordinal` orders true..false; null for non-ordinal verdicts. */
export type Verdict = v.InferOutput<typeof VerdictSchema>;
/** One piece of a word-level diff, as `diff`'s change objects reduce to. */
export type DiffPart = v.InferOutput<typeof DiffPartSchema>;
export type Flag = v.InferOutput<typeof FlagSchema>;

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
  type Article,
  type ArticleFormat,
  type Claim,
  type ClaimEvent,
  type ClaimEventField,
  type DiffPart,
  type Evidence,
  type Flag,
  type FlagDecision,
  type ImportInfo,
  type Paragraph,
  type ParagraphKind,
  type PassageIndexEntry,
  type PersonName,
  type Revision,
  type RevisionOrigin,
  type Severity,
  type Source,
  type Verdict,
} from '../model';
import { readCslExtras } from '../sources/csl';
import { FLAG_KINDS } from '../flag-kinds';
import { readName } from '../sources/names';
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

export const ParagraphSchema = obj({
  index: count(),
  kind: oneOf(PARAGRAPH_KINDS),
  start: offset(),
  end: offset(),
});

const LinkSchema = obj({
  text: text(),
  // The readers keep http(s) and mailto links only.
  url: v.pipe(v.string('url' satisfies Expected), v.check((u) => checkUrl(u).ok || /^mailto:[^\s<>"'\\]+$/i.test(u), 'url' satisfies Expected)),
});

/** A Word comment: its span is where the commented words were found, if they were. */
const CommentSchema = obj({
  quote: text(),
  text: text(),
  start: v.optional(offset()),
  end: v.optional(offset()),
  author: v.optional(text()),
  date: v.optional(date()),
});

export const ImportInfoSchema = obj({
  format: oneOf(ARTICLE_FORMATS),
  warnings: list(text()),
  fileName: v.optional(text()),
  encoding: v.optional(text()),
  byteLength: v.optional(count()),
  links: v.optional(list(LinkSchema)),
  comments: v.optional(list(CommentSchema)),
});

/** A verdict id of the rating scale. */
const verdictId = () => v.pipe(id(), v.maxLength(40, 'id' satisfies Expected));

export const ArticleSchema = obj({
  id: id(),
  version: v.optional(count(1)),
  title: text(),
  language: v.pipe(text(), v.maxLength(35, 'text' satisfies Expected)),
  sourceUrl: v.optional(webUrl()),
  publishedAt: v.optional(date()),
  byline: v.optional(text()),
  createdAt: date(),
  updatedAt: date(),
  currentRevisionId: id(),
  textHash: text(),
  lastClaimNumber: v.optional(count()),
  verdict: v.optional(verdictId()),
  verdictSummary: v.optional(text()),
});

export const RevisionSchema = obj({
  id: id(),
  articleId: id(),
  number: count(1),
  text: text(),
  paragraphs: list(ParagraphSchema),
  origin: oneOf(REVISION_ORIGINS),
  createdAt: date(),
  importInfo: ImportInfoSchema,
});

export const TargetSchema = obj({
  position: obj({ type: v.literal('TextPositionSelector', 'one-of' satisfies Expected), start: offset(), end: offset() }),
  quote: obj({ type: v.literal('TextQuoteSelector', 'one-of' satisfies Expected), exact: text(), prefix: text(), suffix: text() }),
});

const name = () => v.pipe(text(), v.maxLength(200, 'text' satisfies Expected));

export const ClaimantSchema = obj({
  name: v.pipe(name(), v.check((n) => n.trim() !== '', 'text' satisfies Expected)),
  type: oneOf(CLAIMANT_TYPES),
});

export const ClaimSchema = obj({
  id: id(),
  version: v.optional(count(1)),
  articleId: id(),
  // "Claim 7": a positive whole number, unique in the article (checked by the readers of each format).
  number: count(1),
  revisionId: id(),
  target: TargetSchema,
  orphan: v.optional(obj({ sinceRevisionId: id() })),
  status: oneOf(CLAIM_STATUSES),
  verdict: verdictId(),
  ratedText: v.optional(text()),
  ratedBy: v.optional(name()),
  stale: v.optional(obj({ since: date(), revisionId: id() })),
  approval: v.optional(obj({ by: name(), at: date(), verdict: verdictId() })),
  claimant: v.optional(ClaimantSchema),
  appearanceUrl: v.optional(webUrl()),
  appearanceDate: v.optional(date()),
  summary: v.optional(text()),
  rationale: v.optional(text()),
  noSourceReason: v.optional(text()),
  note: text(),
  tags: list(v.pipe(text(), v.maxLength(100, 'text' satisfies Expected))),
  origin: oneOf(['manual', 'suggested'] as const),
  createdAt: date(),
  updatedAt: date(),
  createdBy: text(),
  updatedBy: text(),
});

export const CLAIM_EVENT_FIELDS: readonly ClaimEventField[] = [
  'text', 'verdict', 'status', 'note', 'rationale', 'summary', 'claimant', 'appearanceUrl', 'appearanceDate', 'tags', 'noSourceReason', 'stale', 'approval', 'evidence',
];

const EventValueSchema = v.union(
  [
    text(),
    list(v.pipe(text(), v.maxLength(100, 'text' satisfies Expected))),
    ClaimantSchema,
    obj({ sourceId: id(), title: text(), stance: oneOf(STANCES) }),
  ],
  'text' satisfies Expected,
);

export const FieldChangeSchema = obj({
  field: oneOf(CLAIM_EVENT_FIELDS),
  before: v.optional(EventValueSchema),
  after: v.optional(EventValueSchema),
});

export const ClaimEventSchema = obj({
  id: id(),
  claimId: id(),
  articleId: id(),
  editor: name(),
  at: date(),
  kind: oneOf(CLAIM_EVENT_KINDS),
  changes: list(FieldChangeSchema),
});

export const SourceSchema = obj({
  id: id(),
  version: v.optional(count(1)),
  url: webUrlOrEmpty(),
  normalizedUrl: v.optional(text()),
  title: text(),
  publisher: text(),
  author: v.optional(text()),
  // Structured names and CSL details are read leniently, as a CSL-JSON import reads them
  // (core/sources/names.ts, csl.ts): unknown parts and non-standard variables are dropped.
  authors: v.optional(v.pipe(list(v.unknown()), v.transform((names) => names.map(readName).filter((n): n is PersonName => n !== null)))),
  csl: v.optional(v.pipe(v.unknown(), v.transform((value) => readCslExtras(value)))),
  publishedAt: v.optional(date()),
  accessedAt: v.optional(date()),
  kind: oneOf(SOURCE_KINDS),
  reliability: v.pipe(v.number('reliability' satisfies Expected), v.integer('reliability' satisfies Expected), v.minValue(0, 'reliability' satisfies Expected), v.maxValue(5, 'reliability' satisfies Expected)),
  notes: text(),
  archiveUrl: v.optional(webUrl()),
  createdAt: date(),
  updatedAt: date(),
});

export const EvidenceSchema = obj({
  id: id(),
  claimId: id(),
  sourceId: id(),
  stance: oneOf(STANCES),
  quote: v.optional(text()),
  locator: v.optional(text()),
  note: v.optional(text()),
  createdAt: date(),
});

export const FlagDecisionSchema = obj({
  id: id(),
  articleId: id(),
  fingerprint: text(),
  decision: v.literal('dismissed', 'one-of' satisfies Expected),
  reason: text(),
  createdAt: date(),
});

export const PassageIndexEntrySchema = obj({
  hash: text(),
  articleId: id(),
  revisionId: id(),
  paragraphIndex: count(),
  start: offset(),
  end: offset(),
});

export const VerdictSchema = obj({
  id: v.pipe(id(), v.regex(/^[a-z0-9-]{1,40}$/, 'id' satisfies Expected)),
  label: v.pipe(text(), v.minLength(1, 'text' satisfies Expected), v.maxLength(60, 'text' satisfies Expected)),
  ordinal: v.nullable(v.pipe(v.number('number' satisfies Expected), v.integer('number' satisfies Expected)), null),
  labels: v.optional(obj({ en: v.optional(v.pipe(text(), v.maxLength(60, 'text' satisfies Expected))), fr: v.optional(v.pipe(text(), v.maxLength(60, 'text' satisfies Expected))) })),
});

const PairSchema = v.pipe(v.tuple([count(), count()], 'pair' satisfies Expected));

export const DiffPartSchema = obj({
  value: text(),
  added: v.optional(v.boolean('boolean' satisfies Expected)),
  removed: v.optional(v.boolean('boolean' satisfies Expected)),
});

export const FlagSchema = obj({
  kind: oneOf(FLAG_KINDS),
  start: offset(),
  end: offset(),
  text: text(),
  severity: oneOf(SEVERITIES),
  message: text(),
  rule: text(),
  fingerprint: text(),
  original: v.optional(obj({ start: offset(), end: offset(), text: text() })),
  similarity: v.optional(v.pipe(v.number('score' satisfies Expected), v.minValue(0, 'score' satisfies Expected), v.maxValue(1, 'score' satisfies Expected))),
  diff: v.optional(list(DiffPartSchema)),
  otherArticle: v.optional(obj({ articleId: id(), title: text(), paragraphIndex: count() })),
  passages: v.optional(list(obj({ start: offset(), end: offset(), paragraphIndex: count(), otherParagraphIndex: count() }))),
  paragraphs: v.optional(obj({ repeat: PairSchema, original: PairSchema })),
  claimId: v.optional(id()),
});

// The schemas' outputs are the model's records: a field added to one without the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Check<T extends true> = T;
export type SchemasMatchModel = [
  Check<Same<v.InferOutput<typeof ParagraphSchema>, Writable<Paragraph>>>,
  Check<Same<v.InferOutput<typeof ArticleSchema>, Writable<Article>>>,
  Check<Same<Writable<v.InferOutput<typeof RevisionSchema>>, Writable<Omit<Revision, 'paragraphs' | 'importInfo'>> & { paragraphs: v.InferOutput<typeof ParagraphSchema>[]; importInfo: v.InferOutput<typeof ImportInfoSchema> }>>,
  Check<v.InferOutput<typeof ImportInfoSchema> extends ImportInfo ? true : false>,
  Check<v.InferOutput<typeof ClaimSchema> extends Claim ? true : false>,
  Check<Claim extends v.InferOutput<typeof ClaimSchema> ? true : false>,
  Check<v.InferOutput<typeof ClaimEventSchema> extends ClaimEvent ? true : false>,
  Check<v.InferOutput<typeof SourceSchema> extends Source ? true : false>,
  Check<v.InferOutput<typeof EvidenceSchema> extends Evidence ? true : false>,
  Check<v.InferOutput<typeof FlagDecisionSchema> extends FlagDecision ? true : false>,
  Check<v.InferOutput<typeof PassageIndexEntrySchema> extends PassageIndexEntry ? true : false>,
  Check<v.InferOutput<typeof VerdictSchema> extends Verdict ? true : false>,
  Check<v.InferOutput<typeof DiffPartSchema> extends DiffPart ? true : false>,
  Check<v.InferOutput<typeof FlagSchema> extends Flag ? true : false>,
];

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

/**
 * The reader of a JSON review export (see parseReviewJson): every record
 * through the one set of record schemas (core/schema/records.ts), so a file
 * cannot smuggle extra properties, `__proto__` keys or unknown enumeration
 * values into storage; then the relations the schemas cannot see — offsets
 * inside the text they point into, quotes matching their span, records of
 * this article, evidence and flags pointing at claims and sources present in
 * the file, unique ids.
 */
import * as v from 'valibot';
import type { Claim, Revision } from '../model';
import type { MessageKey, Params, Translate } from '../i18n';
import { LOCALE_CODES } from '../i18n';
import {
  ArticleSchema,
  ClaimEventSchema,
  ClaimSchema,
  DismissedFlagSchema,
  EvidenceSchema,
  FlagSchema,
  frozen,
  parseWith,
  RevisionSchema,
  SourceSchema,
  VerdictSchema,
  isRealDate,
  type SchemaProblem,
} from '../schema/records';
import { checkUrl } from '../sources/url';
import type { DismissedFlag } from '../analysis/decisions';
import { REVIEW_SCHEMA } from './schema-id';
import type { ReviewSnapshot } from './snapshot';

/** Which problem, where; turned into a sentence by `describe`. */
export class ReviewFormatError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params,
    /** Parameters whose values are message keys, translated when described. */
    readonly keyParams: Readonly<Record<string, MessageKey>> = {},
  ) {
    super(key);
  }

  /** The problem as a sentence in the translator's language. */
  describe(t: Translate): string {
    const params: Record<string, string | number> = { ...this.params };
    for (const [name, key] of Object.entries(this.keyParams)) params[name] = t(key);
    return t(this.key, params);
  }
}

/** The problems that are a value of the wrong type, and the name of the type expected. */
const TYPE_NAMES = {
  number: 'report.typeNumber',
  boolean: 'report.typeBoolean',
  date: 'report.typeDate',
  list: 'report.typeList',
  object: 'report.typeObject',
  pair: 'report.typePair',
  text: 'report.typeText',
  id: 'report.typeText',
} as const satisfies Partial<Record<SchemaProblem['expected'], MessageKey>>;

function isWrongType(expected: SchemaProblem['expected']): expected is keyof typeof TYPE_NAMES {
  return Object.hasOwn(TYPE_NAMES, expected);
}

/** A schema problem as the review reader's message. */
function toError(problem: SchemaProblem): ReviewFormatError {
  const { path, expected } = problem;
  if (isWrongType(expected)) return new ReviewFormatError('report.importWrongType', { path }, { expected: TYPE_NAMES[expected] });
  switch (expected) {
    case 'missing':
      return new ReviewFormatError('report.importMissing', { path });
    case 'one-of':
      return new ReviewFormatError('report.importNotOneOf', { path, values: (problem.values ?? []).join(', ') });
    case 'url':
      return new ReviewFormatError('report.importBadUrl', { path });
    case 'count':
      return new ReviewFormatError('report.importBadNumberMin', { path, min: 0 });
    case 'reliability':
      return new ReviewFormatError('report.importBadNumber', { path, min: 0, max: 5 });
    case 'score':
      return new ReviewFormatError('report.importBadNumber', { path, min: 0, max: 1 });
    default:
      return unreachable(expected);
  }
}

function unreachable(x: never): never {
  throw new Error(`A schema check without a known message: ${String(x)}`);
}

/** The settings a report shows or uses (reviewer, organisation, rating scale): the ReportSettings type. */
export const ReportSettingsSchema = frozen(v.object({
  reviewerName: v.string('text'),
  organisationName: v.string('text'),
  organisationUrl: v.optional(v.pipe(v.string('url'), v.check((u) => checkUrl(u).ok, 'url'))),
  /**
   * Where the fact-check will be published; may contain `{claim}` (claim
   * number) and `{slug}` (article title slug). A pattern: the builders check
   * what it expands to.
   */
  publicationUrl: v.optional(v.string('text')),
  verdicts: frozen(v.array(VerdictSchema, 'list')),
}, 'object'));

/**
 * The whole file, record by record; relations are checked afterwards. Its
 * output is the review snapshot (ReviewSnapshot, ./snapshot.ts): everything a
 * report needs about one article, frozen at export time.
 */
export const ReviewSchema = frozen(v.object({
  /** The format: every version the reader accepts (parseReviewJson has checked the tag) is read as the current one. */
  schema: v.pipe(v.string('text'), v.transform((): typeof REVIEW_SCHEMA => REVIEW_SCHEMA)),
  article: ArticleSchema,
  /** Every revision of the article, oldest first; the JSON export carries them all. */
  revisions: frozen(v.array(RevisionSchema, 'list')),
  /** The revision the report describes (normally the current one). */
  revision: RevisionSchema,
  claims: frozen(v.array(ClaimSchema, 'list')),
  sources: frozen(v.array(SourceSchema, 'list')),
  evidence: frozen(v.array(EvidenceSchema, 'list')),
  /** Every change to the claims (their history), oldest first; absent = none recorded (files written before the history was exported). */
  history: v.optional(frozen(v.array(ClaimEventSchema, 'list'))),
  /** Open (not dismissed) flags on `revision`. */
  flags: frozen(v.array(FlagSchema, 'list')),
  dismissed: frozen(v.array(DismissedFlagSchema, 'list')),
  /** The language of the report's fixed labels. */
  locale: v.picklist(LOCALE_CODES, 'one-of'),
  exportedAt: v.pipe(v.string('date'), v.check(isRealDate, 'date')),
  settings: ReportSettingsSchema,
}, 'object'));

/** `start <= end <= text.length`, or the message naming `path`. */
function within(span: { readonly start: number; readonly end: number }, path: string, revision: Pick<Revision, 'text' | 'number'>): void {
  if (span.start > span.end || span.end > revision.text.length) {
    // Offsets as plain digits (they are positions, not quantities); the length is a count.
    throw new ReviewFormatError('report.importOutsideText', { path, start: String(span.start), end: String(span.end), length: revision.text.length, revision: revision.number });
  }
}

function uniqueIds(records: readonly { readonly id: string }[], path: string): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) throw new ReviewFormatError('report.importDuplicateId', { path: `${path}[${i}].id`, id: record.id });
    seen.add(record.id);
  });
}

const dangling = (path: string, id: string, kind: MessageKey) => new ReviewFormatError('report.importDangling', { path, id }, { kind });

function checkRevision(revision: Revision, path: string, articleId: string): void {
  if (revision.articleId !== articleId) throw new ReviewFormatError('report.importWrongArticle', { path: `${path}.articleId`, id: revision.articleId });
  revision.paragraphs.forEach((p, i) => within(p, `${path}.paragraphs[${i}]`, revision));
}

function checkClaim(claim: Claim, path: string, articleId: string, revisions: ReadonlyMap<string, Revision>): void {
  if (claim.articleId !== articleId) throw new ReviewFormatError('report.importWrongArticle', { path: `${path}.articleId`, id: claim.articleId });
  const revision = revisions.get(claim.revisionId);
  if (!revision) throw dangling(`${path}.revisionId`, claim.revisionId, 'report.kindRevision');
  // An orphan's position is stale by definition (re-anchoring failed): only its quote identifies it.
  if (claim.orphan) return;
  const { start, end } = claim.target.position;
  within({ start, end }, `${path}.target.position`, revision);
  if (revision.text.slice(start, end) !== claim.target.quote.exact) {
    throw new ReviewFormatError('report.importQuoteMismatch', { path: `${path}.target.quote.exact`, revision: revision.number });
  }
}

/**
 * Reads every part of a review (its schema tag already checked by the
 * caller), or throws a ReviewFormatError naming the first problem and where.
 */
export function reviewFromJson(data: unknown): ReviewSnapshot {
  const parsed = parseWith(ReviewSchema, data);
  if (!parsed.ok) throw toError(parsed.problem);
  const o = parsed.value;
  const { article, revision, revisions, claims, evidence, sources, flags } = o;

  revisions.forEach((r, i) => checkRevision(r, `$.revisions[${i}]`, article.id));
  uniqueIds(revisions, '$.revisions');
  const revisionsById = new Map(revisions.map((r) => [r.id, r]));
  checkRevision(revision, '$.revision', article.id);
  const listed = revisionsById.get(revision.id);
  if (!listed) throw dangling('$.revision.id', revision.id, 'report.kindRevision');
  // `revision` repeats one entry of `revisions` for the reader's convenience; the two must agree.
  if (listed.text !== revision.text || listed.number !== revision.number) throw new ReviewFormatError('report.importRevisionMismatch', { path: '$.revision' });
  if (!revisionsById.has(article.currentRevisionId)) throw dangling('$.article.currentRevisionId', article.currentRevisionId, 'report.kindRevision');

  claims.forEach((c, i) => checkClaim(c, `$.claims[${i}]`, article.id, revisionsById));
  uniqueIds(claims, '$.claims');
  uniqueIds(sources, '$.sources');
  const claimIds = new Set(claims.map((c) => c.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  evidence.forEach((e, i) => {
    if (!claimIds.has(e.claimId)) throw dangling(`$.evidence[${i}].claimId`, e.claimId, 'report.kindClaim');
    if (!sourceIds.has(e.sourceId)) throw dangling(`$.evidence[${i}].sourceId`, e.sourceId, 'report.kindSource');
  });
  uniqueIds(evidence, '$.evidence');
  const history = o.history ?? [];
  history.forEach((e, i) => {
    if (!claimIds.has(e.claimId)) throw dangling(`$.history[${i}].claimId`, e.claimId, 'report.kindClaim');
    if (e.articleId !== article.id) throw new ReviewFormatError('report.importWrongArticle', { path: `$.history[${i}].articleId`, id: e.articleId });
  });
  uniqueIds(history, '$.history');

  const checkFlag = (flag: (typeof flags)[number], path: string) => {
    within(flag, path, revision);
    // A cross-article original lives in another article's text, which the file does not carry.
    if (flag.original && flag.kind !== 'cross-article-duplicate') within(flag.original, `${path}.original`, revision);
    if (flag.claimId !== undefined && !claimIds.has(flag.claimId)) throw dangling(`${path}.claimId`, flag.claimId, 'report.kindClaim');
  };
  flags.forEach((f, i) => checkFlag(f, `$.flags[${i}]`));
  const dismissed: DismissedFlag[] = o.dismissed.map((d, i) => {
    checkFlag(d.flag, `$.dismissed[${i}].flag`);
    return d;
  });
  uniqueIds(o.settings.verdicts, '$.settings.verdicts');

  return { schema: o.schema, exportedAt: o.exportedAt, article, revision, revisions, claims, evidence, history, sources, flags, dismissed, settings: o.settings, locale: o.locale };
}

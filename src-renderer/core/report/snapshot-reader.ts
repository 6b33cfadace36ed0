/**
 * Field-by-field reader of a JSON review export (see parseReviewJson).
 *
 * It rebuilds every record from the fields the model knows, so a file cannot
 * smuggle extra properties (or `__proto__` keys) into storage, and checks the
 * relations between records that the type system cannot: offsets inside the
 * text they point into, quotes matching their span, evidence pointing at
 * claims and sources present in the file, unique ids.
 */
import type {
  Article, ArticleFormat, Claim, DiffPart, Evidence, Flag, ImportInfo, Paragraph,
  ParagraphKind, PersonName, Revision, RevisionOrigin, Severity, Source, Verdict,
} from '../model';
import type { MessageKey, Params, Translate } from '../i18n';
import { isLocale, LOCALES } from '../i18n';
import { u16 } from '../text/offsets';
import { checkUrl } from '../sources/url';
import { SOURCE_KINDS, STANCES } from '../sources/source-draft';
import { readCslExtras } from '../sources/csl';
import { readName } from '../sources/names';
import { CLAIM_STATUSES } from '../model';
import { FLAG_KIND_ORDER } from './report-data';
import type { DismissedFlag } from '../analysis/decisions';
import type { ReportSettings, ReviewSnapshot } from './snapshot';

type Obj = Readonly<Record<string, unknown>>;

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

const wrongType = (path: string, expected: MessageKey): ReviewFormatError =>
  new ReviewFormatError('report.importWrongType', { path }, { expected });

const FLAG_KINDS = FLAG_KIND_ORDER;
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['heading', 'caption', 'body', 'quote', 'list-item', 'table-row', 'aside'];
const FORMATS: readonly ArticleFormat[] = ['txt', 'markdown', 'html', 'docx', 'pdf', 'paste', 'review'];
const ORIGINS: readonly RevisionOrigin[] = ['import', 'edit', 'fix'];
const STATUSES = CLAIM_STATUSES;

// ---- Primitive readers: each returns the value or throws a ReviewFormatError naming the path. ----

function asObj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw wrongType(path, 'report.typeObject');
  return value as Obj;
}

function field(o: Obj, key: string, path: string): unknown {
  const value = Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
  if (value === undefined || value === null) throw new ReviewFormatError('report.importMissing', { path: `${path}.${key}` });
  return value;
}

function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined && o[key] !== null;
}

function str(o: Obj, key: string, path: string): string {
  const value = field(o, key, path);
  if (typeof value !== 'string') throw wrongType(`${path}.${key}`, 'report.typeText');
  return value;
}

function optStr(o: Obj, key: string, path: string): string | undefined {
  return has(o, key) ? str(o, key, path) : undefined;
}

function int(o: Obj, key: string, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = field(o, key, path);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw max === Number.MAX_SAFE_INTEGER
      ? new ReviewFormatError('report.importBadNumberMin', { path: `${path}.${key}`, min })
      : new ReviewFormatError('report.importBadNumber', { path: `${path}.${key}`, min, max });
  }
  return value;
}

function num(o: Obj, key: string, path: string): number {
  const value = field(o, key, path);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(`${path}.${key}`, 'report.typeNumber');
  return value;
}

function optBool(o: Obj, key: string, path: string): boolean | undefined {
  if (!has(o, key)) return undefined;
  const value = o[key];
  if (typeof value !== 'boolean') throw wrongType(`${path}.${key}`, 'report.typeBoolean');
  return value;
}

// ISO 8601 date or date-time, the only form the model stores.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function date(o: Obj, key: string, path: string): string {
  const value = str(o, key, path);
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw wrongType(`${path}.${key}`, 'report.typeDate');
  return value;
}

function optDate(o: Obj, key: string, path: string): string | undefined {
  return has(o, key) ? date(o, key, path) : undefined;
}

function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const value = field(o, key, path);
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new ReviewFormatError('report.importNotOneOf', { path: `${path}.${key}`, values: values.join(', ') });
  }
  return value as T;
}

function list(o: Obj, key: string, path: string): readonly unknown[] {
  const value = field(o, key, path);
  if (!Array.isArray(value)) throw wrongType(`${path}.${key}`, 'report.typeList');
  return value;
}

function strList(o: Obj, key: string, path: string): string[] {
  return list(o, key, path).map((item, i) => {
    if (typeof item !== 'string') throw wrongType(`${path}.${key}[${i}]`, 'report.typeText');
    return item;
  });
}

/** A URL field: empty, or a web address that passes checkUrl (no `javascript:` smuggled in). */
function webUrl(o: Obj, key: string, path: string, allowEmpty: boolean): string {
  const value = str(o, key, path);
  if (value === '' && allowEmpty) return value;
  if (!checkUrl(value).ok) throw new ReviewFormatError('report.importBadUrl', { path: `${path}.${key}` });
  return value;
}

function optWebUrl(o: Obj, key: string, path: string): string | undefined {
  return has(o, key) ? webUrl(o, key, path, false) : undefined;
}

/** Reads `start`/`end` and checks `start <= end <= text.length`. */
function spanIn(o: Obj, path: string, text: string, revisionNumber: number): { start: number; end: number } {
  const start = int(o, 'start', path);
  const end = int(o, 'end', path);
  if (start > end || end > text.length) {
    // Offsets as plain digits (they are positions, not quantities); the length is a count.
    throw new ReviewFormatError('report.importOutsideText', { path, start: String(start), end: String(end), length: text.length, revision: revisionNumber });
  }
  return { start, end };
}

function uniqueIds(records: readonly { readonly id: string }[], path: string): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) throw new ReviewFormatError('report.importDuplicateId', { path: `${path}[${i}].id`, id: record.id });
    seen.add(record.id);
  });
}

// ---- Records ----

function readArticle(value: unknown, path: string): Article {
  const o = asObj(value, path);
  const article: Article = {
    id: str(o, 'id', path),
    title: str(o, 'title', path),
    language: str(o, 'language', path),
    createdAt: date(o, 'createdAt', path),
    updatedAt: date(o, 'updatedAt', path),
    currentRevisionId: str(o, 'currentRevisionId', path),
    textHash: str(o, 'textHash', path),
  };
  const sourceUrl = optWebUrl(o, 'sourceUrl', path);
  const publishedAt = optDate(o, 'publishedAt', path);
  const byline = optStr(o, 'byline', path);
  if (sourceUrl !== undefined) article.sourceUrl = sourceUrl;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (byline !== undefined) article.byline = byline;
  return article;
}

function readImportInfo(value: unknown, path: string): ImportInfo {
  const o = asObj(value, path);
  const links = has(o, 'links')
    ? list(o, 'links', path).map((item, i) => {
        const p = `${path}.links[${i}]`;
        const link = asObj(item, p);
        const url = str(link, 'url', p);
        // The readers keep http(s) and mailto links only; anything else
        // (javascript:, data:...) in a file is tampering, refused like any bad URL.
        if (!checkUrl(url).ok && !/^mailto:[^\s<>"'\\]+$/i.test(url)) throw new ReviewFormatError('report.importBadUrl', { path: `${p}.url` });
        return { text: str(link, 'text', p), url };
      })
    : undefined;
  const comments = has(o, 'comments')
    ? list(o, 'comments', path).map((item, i) => {
        const p = `${path}.comments[${i}]`;
        const c = asObj(item, p);
        const start = has(c, 'start') ? int(c, 'start', p) : undefined;
        const end = has(c, 'end') ? int(c, 'end', p, start ?? 0) : undefined;
        const author = optStr(c, 'author', p);
        const date = optDate(c, 'date', p);
        return {
          quote: str(c, 'quote', p),
          text: str(c, 'text', p),
          ...(start !== undefined && end !== undefined && { start: u16(start), end: u16(end) }),
          ...(author !== undefined && { author }),
          ...(date !== undefined && { date }),
        };
      })
    : undefined;
  const fileName = optStr(o, 'fileName', path);
  const encoding = optStr(o, 'encoding', path);
  const byteLength = has(o, 'byteLength') ? int(o, 'byteLength', path) : undefined;
  return {
    format: oneOf(o, 'format', path, FORMATS),
    warnings: strList(o, 'warnings', path),
    ...(fileName !== undefined && { fileName }),
    ...(encoding !== undefined && { encoding }),
    ...(byteLength !== undefined && { byteLength }),
    ...(links !== undefined && { links }),
    ...(comments !== undefined && { comments }),
  };
}

function readRevision(value: unknown, path: string, articleId: string): Revision {
  const o = asObj(value, path);
  const text = str(o, 'text', path);
  const number = int(o, 'number', path, 1);
  const owner = str(o, 'articleId', path);
  if (owner !== articleId) throw new ReviewFormatError('report.importWrongArticle', { path: `${path}.articleId`, id: owner });
  const paragraphs: Paragraph[] = list(o, 'paragraphs', path).map((item, i) => {
    const p = `${path}.paragraphs[${i}]`;
    const para = asObj(item, p);
    const { start, end } = spanIn(para, p, text, number);
    return { index: int(para, 'index', p), kind: oneOf(para, 'kind', p, PARAGRAPH_KINDS), start: u16(start), end: u16(end) };
  });
  return {
    id: str(o, 'id', path),
    articleId: owner,
    number,
    text,
    paragraphs,
    origin: oneOf(o, 'origin', path, ORIGINS),
    createdAt: date(o, 'createdAt', path),
    importInfo: readImportInfo(field(o, 'importInfo', path), `${path}.importInfo`),
  };
}

function readClaim(value: unknown, path: string, articleId: string, revisions: ReadonlyMap<string, Revision>): Claim {
  const o = asObj(value, path);
  const owner = str(o, 'articleId', path);
  if (owner !== articleId) throw new ReviewFormatError('report.importWrongArticle', { path: `${path}.articleId`, id: owner });
  const revisionId = str(o, 'revisionId', path);
  const revision = revisions.get(revisionId);
  if (!revision) {
    throw new ReviewFormatError('report.importDangling', { path: `${path}.revisionId`, id: revisionId }, { kind: 'report.kindRevision' });
  }
  const orphan = has(o, 'orphan') ? { sinceRevisionId: str(asObj(o['orphan'], `${path}.orphan`), 'sinceRevisionId', `${path}.orphan`) } : undefined;
  const targetPath = `${path}.target`;
  const target = asObj(field(o, 'target', path), targetPath);
  const positionPath = `${targetPath}.position`;
  const position = asObj(field(target, 'position', targetPath), positionPath);
  const quotePath = `${targetPath}.quote`;
  const quote = asObj(field(target, 'quote', targetPath), quotePath);
  oneOf(position, 'type', positionPath, ['TextPositionSelector'] as const);
  oneOf(quote, 'type', quotePath, ['TextQuoteSelector'] as const);
  const exact = str(quote, 'exact', quotePath);
  let start: number;
  let end: number;
  if (orphan) {
    // An orphan's position is stale by definition (re-anchoring failed), so
    // only its shape is checked; its quote is what identifies it.
    start = int(position, 'start', positionPath);
    end = int(position, 'end', positionPath);
  } else {
    ({ start, end } = spanIn(position, positionPath, revision.text, revision.number));
    if (revision.text.slice(start, end) !== exact) {
      throw new ReviewFormatError('report.importQuoteMismatch', { path: `${quotePath}.exact`, revision: revision.number });
    }
  }
  return {
    id: str(o, 'id', path),
    articleId: owner,
    revisionId,
    target: {
      position: { type: 'TextPositionSelector', start: u16(start), end: u16(end) },
      quote: { type: 'TextQuoteSelector', exact, prefix: str(quote, 'prefix', quotePath), suffix: str(quote, 'suffix', quotePath) },
    },
    ...(orphan && { orphan }),
    status: oneOf(o, 'status', path, STATUSES),
    verdict: str(o, 'verdict', path),
    note: str(o, 'note', path),
    tags: strList(o, 'tags', path),
    origin: oneOf(o, 'origin', path, ['manual', 'suggested'] as const),
    createdAt: date(o, 'createdAt', path),
    updatedAt: date(o, 'updatedAt', path),
    createdBy: str(o, 'createdBy', path),
    updatedBy: str(o, 'updatedBy', path),
  };
}

function readSource(value: unknown, path: string): Source {
  const o = asObj(value, path);
  const source: Source = {
    id: str(o, 'id', path),
    url: webUrl(o, 'url', path, true),
    title: str(o, 'title', path),
    publisher: str(o, 'publisher', path),
    kind: oneOf(o, 'kind', path, SOURCE_KINDS),
    reliability: int(o, 'reliability', path, 0, 5),
    notes: str(o, 'notes', path),
    createdAt: date(o, 'createdAt', path),
    updatedAt: date(o, 'updatedAt', path),
  };
  // A source without a URL has no normalised form (model.ts); older exports
  // wrote '' for it. Either way the importer recomputes it from `url`.
  const normalizedUrl = optStr(o, 'normalizedUrl', path);
  if (normalizedUrl !== undefined) source.normalizedUrl = normalizedUrl;
  const author = optStr(o, 'author', path);
  const publishedAt = optDate(o, 'publishedAt', path);
  const accessedAt = optDate(o, 'accessedAt', path);
  const archiveUrl = optWebUrl(o, 'archiveUrl', path);
  if (author !== undefined) source.author = author;
  if (publishedAt !== undefined) source.publishedAt = publishedAt;
  if (accessedAt !== undefined) source.accessedAt = accessedAt;
  if (archiveUrl !== undefined) source.archiveUrl = archiveUrl;
  if (has(o, 'authors')) {
    const authors = o['authors'];
    if (!Array.isArray(authors)) throw wrongType(`${path}.authors`, 'report.typeList');
    const names = authors.map(readName).filter((n): n is PersonName => n !== null);
    if (names.length > 0) source.authors = names;
  }
  const csl = has(o, 'csl') ? readCslExtras(o['csl']) : undefined;
  if (csl !== undefined) source.csl = csl;
  return source;
}

function readEvidence(value: unknown, path: string, claimIds: ReadonlySet<string>, sourceIds: ReadonlySet<string>): Evidence {
  const o = asObj(value, path);
  const claimId = str(o, 'claimId', path);
  const sourceId = str(o, 'sourceId', path);
  if (!claimIds.has(claimId)) {
    throw new ReviewFormatError('report.importDangling', { path: `${path}.claimId`, id: claimId }, { kind: 'report.kindClaim' });
  }
  if (!sourceIds.has(sourceId)) {
    throw new ReviewFormatError('report.importDangling', { path: `${path}.sourceId`, id: sourceId }, { kind: 'report.kindSource' });
  }
  const quote = optStr(o, 'quote', path);
  const locator = optStr(o, 'locator', path);
  const note = optStr(o, 'note', path);
  return {
    id: str(o, 'id', path),
    claimId,
    sourceId,
    stance: oneOf(o, 'stance', path, STANCES),
    ...(quote !== undefined && { quote }),
    ...(locator !== undefined && { locator }),
    ...(note !== undefined && { note }),
    createdAt: date(o, 'createdAt', path),
  };
}

function readPair(value: unknown, path: string): readonly [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n) && n >= 0)) {
    throw wrongType(path, 'report.typePair');
  }
  return [value[0] as number, value[1] as number];
}

function readFlag(value: unknown, path: string, revision: Revision, claimIds: ReadonlySet<string>): Flag {
  const o = asObj(value, path);
  const kind = oneOf(o, 'kind', path, FLAG_KINDS);
  const { start, end } = spanIn(o, path, revision.text, revision.number);
  let original: Flag['original'];
  if (has(o, 'original')) {
    const p = `${path}.original`;
    const orig = asObj(o['original'], p);
    // A cross-article original lives in another article's text, which the file does not carry.
    const span = kind === 'cross-article-duplicate'
      ? { start: int(orig, 'start', p), end: int(orig, 'end', p) }
      : spanIn(orig, p, revision.text, revision.number);
    original = { start: u16(span.start), end: u16(span.end), text: str(orig, 'text', p) };
  }
  const diff: DiffPart[] | undefined = has(o, 'diff')
    ? list(o, 'diff', path).map((item, i) => {
        const p = `${path}.diff[${i}]`;
        const part = asObj(item, p);
        const added = optBool(part, 'added', p);
        const removed = optBool(part, 'removed', p);
        return { value: str(part, 'value', p), ...(added !== undefined && { added }), ...(removed !== undefined && { removed }) };
      })
    : undefined;
  let otherArticle: Flag['otherArticle'];
  if (has(o, 'otherArticle')) {
    const p = `${path}.otherArticle`;
    const other = asObj(o['otherArticle'], p);
    otherArticle = { articleId: str(other, 'articleId', p), title: str(other, 'title', p), paragraphIndex: int(other, 'paragraphIndex', p) };
  }
  let paragraphs: Flag['paragraphs'];
  if (has(o, 'paragraphs')) {
    const p = `${path}.paragraphs`;
    const paras = asObj(o['paragraphs'], p);
    paragraphs = { repeat: readPair(field(paras, 'repeat', p), `${p}.repeat`), original: readPair(field(paras, 'original', p), `${p}.original`) };
  }
  const claimId = optStr(o, 'claimId', path);
  if (claimId !== undefined && !claimIds.has(claimId)) {
    throw new ReviewFormatError('report.importDangling', { path: `${path}.claimId`, id: claimId }, { kind: 'report.kindClaim' });
  }
  const similarity = has(o, 'similarity') ? num(o, 'similarity', path) : undefined;
  return {
    kind,
    start: u16(start),
    end: u16(end),
    text: str(o, 'text', path),
    severity: oneOf(o, 'severity', path, SEVERITIES),
    message: str(o, 'message', path),
    rule: str(o, 'rule', path),
    fingerprint: str(o, 'fingerprint', path),
    ...(original && { original }),
    ...(similarity !== undefined && { similarity }),
    ...(diff && { diff }),
    ...(otherArticle && { otherArticle }),
    ...(paragraphs && { paragraphs }),
    ...(claimId !== undefined && { claimId }),
  };
}

function readSettings(value: unknown, path: string): ReportSettings {
  const o = asObj(value, path);
  const verdicts: Verdict[] = list(o, 'verdicts', path).map((item, i) => {
    const p = `${path}.verdicts[${i}]`;
    const v = asObj(item, p);
    const ordinal = has(v, 'ordinal') ? num(v, 'ordinal', p) : null;
    return { id: str(v, 'id', p), label: str(v, 'label', p), ordinal };
  });
  uniqueIds(verdicts, `${path}.verdicts`);
  const organisationUrl = optWebUrl(o, 'organisationUrl', path);
  // The publication URL is a pattern ({claim}, {slug}); builders check what it expands to.
  const publicationUrl = optStr(o, 'publicationUrl', path);
  return {
    reviewerName: str(o, 'reviewerName', path),
    organisationName: str(o, 'organisationName', path),
    ...(organisationUrl !== undefined && { organisationUrl }),
    ...(publicationUrl !== undefined && { publicationUrl }),
    verdicts,
  };
}

/** Reads every part of a snapshot except its schema tag (already checked by the caller). */
export function readSnapshot(o: Obj): Omit<ReviewSnapshot, 'schema'> {
  const article = readArticle(field(o, 'article', '$'), '$.article');
  const revisions = list(o, 'revisions', '$').map((item, i) => readRevision(item, `$.revisions[${i}]`, article.id));
  uniqueIds(revisions, '$.revisions');
  const revisionsById = new Map(revisions.map((r) => [r.id, r]));
  const revision = readRevision(field(o, 'revision', '$'), '$.revision', article.id);
  const listed = revisionsById.get(revision.id);
  if (!listed) {
    throw new ReviewFormatError('report.importDangling', { path: '$.revision.id', id: revision.id }, { kind: 'report.kindRevision' });
  }
  // `revision` repeats one entry of `revisions` for the reader's convenience; the two must agree.
  if (listed.text !== revision.text || listed.number !== revision.number) {
    throw new ReviewFormatError('report.importRevisionMismatch', { path: '$.revision' });
  }
  if (!revisionsById.has(article.currentRevisionId)) {
    throw new ReviewFormatError('report.importDangling', { path: '$.article.currentRevisionId', id: article.currentRevisionId }, { kind: 'report.kindRevision' });
  }
  const claims = list(o, 'claims', '$').map((item, i) => readClaim(item, `$.claims[${i}]`, article.id, revisionsById));
  uniqueIds(claims, '$.claims');
  const sources = list(o, 'sources', '$').map((item, i) => readSource(item, `$.sources[${i}]`));
  uniqueIds(sources, '$.sources');
  const claimIds = new Set(claims.map((c) => c.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  const evidence = list(o, 'evidence', '$').map((item, i) => readEvidence(item, `$.evidence[${i}]`, claimIds, sourceIds));
  uniqueIds(evidence, '$.evidence');
  const flags = list(o, 'flags', '$').map((item, i) => readFlag(item, `$.flags[${i}]`, revision, claimIds));
  const dismissed: DismissedFlag[] = list(o, 'dismissed', '$').map((item, i) => {
    const p = `$.dismissed[${i}]`;
    const d = asObj(item, p);
    return { flag: readFlag(field(d, 'flag', p), `${p}.flag`, revision, claimIds), reason: str(d, 'reason', p), decidedAt: date(d, 'decidedAt', p) };
  });
  const locale = field(o, 'locale', '$');
  if (!isLocale(locale)) throw new ReviewFormatError('report.importNotOneOf', { path: '$.locale', values: Object.keys(LOCALES).join(', ') });
  return {
    exportedAt: date(o, 'exportedAt', '$'),
    article,
    revision,
    revisions,
    claims,
    evidence,
    sources,
    flags,
    dismissed,
    settings: readSettings(field(o, 'settings', '$'), '$.settings'),
    locale,
  };
}

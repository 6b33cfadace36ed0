/**
 * CSL-JSON exchange of the source library: what Zotero, Mendeley and pandoc
 * read and write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html,
 * schema: citation-style-language/schema csl-data.json).
 *
 * Field mapping:
 * | Source            | CSL-JSON                                                         |
 * | ----------------- | ---------------------------------------------------------------- |
 * | title             | title                                                            |
 * | publisher         | container-title for news reports, academic papers and social     |
 * |                   | media posts (the outlet, journal, platform); publisher otherwise |
 * | author            | author: [{ literal }] (one name as typed; imports join names "; ")|
 * | publishedAt       | issued { date-parts, raw when the ISO date has a time }          |
 * | accessedAt        | accessed (same)                                                  |
 * | url               | URL                                                              |
 * | kind              | type (table below), and `workbench-kind:` in note                |
 * | reliability       | `workbench-reliability:` in note                                 |
 * | archiveUrl        | `workbench-archive-url:` in note                                 |
 * | notes             | note, before the workbench lines                                 |
 *
 * Why `note`: CSL has no field for our kind, reliability or archived copy, and
 * `note` is what Zotero shows as "Extra" and keeps through its own import and
 * export, so a library survives a trip through a reference manager; the CSL
 * type alone cannot give our kind back (two kinds map to no exact type).
 *
 * Kind ↔ type. Export: official-document → report (a government or agency
 * publication; `legislation` is only for laws), official-statement → speech
 * (CSL has no press-release type; speech is "said publicly"), data-set →
 * dataset, news-report → article-newspaper, expert → interview,
 * academic-paper → article-journal, social-media-post → post, other →
 * document. Import without a `workbench-kind:` line reads more types, see
 * KIND_OF_CSL_TYPE.
 */
import type { Source, SourceKind } from '../model';
import { checkUrl } from './url';
import { isReliability, isSourceKind, type SourceDraft } from './source-draft';

export type { SourceDraft } from './source-draft';

/** A CSL-JSON name: a structured personal name or a literal (organisations). */
export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** A CSL-JSON date: `date-parts` [[year, month?, day?]], or a `raw` string. */
export interface CslDate {
  'date-parts'?: (number | string)[][];
  raw?: string;
  literal?: string;
}

/** The CSL-JSON fields this workbench writes. Imports accept any CSL item. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  'container-title'?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
}

export type CslProblemCode =
  | 'not-json'
  | 'not-a-list'
  | 'not-an-object'
  | 'no-title-or-url'
  | 'bad-field'
  | 'url-refused'
  | 'bad-date'
  | 'bad-kind'
  | 'bad-reliability';

/**
 * A problem with one item. `index` is the item's 0-based position in the
 * list, or -1 for the file as a whole; `field` names the CSL field concerned.
 */
export interface CslProblem {
  readonly index: number;
  readonly code: CslProblemCode;
  readonly field?: string;
  /** English, for logs; the UI uses the catalogue (core/sources/messages.ts). */
  readonly message: string;
}

export interface CslImport {
  /** One draft per item that could be read, in file order. */
  readonly sources: SourceDraft[];
  /** Items that were skipped (or the file, index -1), with why. */
  readonly errors: CslProblem[];
  /** Items that were kept without one of their fields, with why. */
  readonly warnings: CslProblem[];
}

const CSL_TYPE_OF_KIND: Readonly<Record<SourceKind, string>> = {
  'official-document': 'report',
  'official-statement': 'speech',
  'data-set': 'dataset',
  'news-report': 'article-newspaper',
  expert: 'interview',
  'academic-paper': 'article-journal',
  'social-media-post': 'post',
  other: 'document',
};

/** How an item without a `workbench-kind:` line is classified; any other type is 'other'. */
export const KIND_OF_CSL_TYPE: Readonly<Record<string, SourceKind>> = {
  report: 'official-document',
  legislation: 'official-document',
  bill: 'official-document',
  regulation: 'official-document',
  hearing: 'official-document',
  treaty: 'official-document',
  legal_case: 'official-document',
  standard: 'official-document',
  speech: 'official-statement',
  dataset: 'data-set',
  'article-newspaper': 'news-report',
  'article-magazine': 'news-report',
  broadcast: 'news-report',
  interview: 'expert',
  personal_communication: 'expert',
  'article-journal': 'academic-paper',
  'paper-conference': 'academic-paper',
  thesis: 'academic-paper',
  article: 'academic-paper', // CSL 1.0.2: preprints and working papers
  post: 'social-media-post',
  'post-weblog': 'social-media-post',
};

/** Kinds whose publisher is the outlet that carries them (CSL container-title). */
const OUTLET_KINDS: ReadonlySet<SourceKind> = new Set(['news-report', 'academic-paper', 'social-media-post']);

const META_PREFIX = 'workbench-';
// Only our own keys, so that a note of the editor's ending in some other
// "workbench-...:" line is left alone.
const META_LINE = /^workbench-(kind|reliability|archive-url): ?(.*)$/;

// ---- export ----

function toCslDate(iso: string): CslDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return { raw: iso };
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  // date-parts carry at most a day; `raw` keeps a time so the round trip is exact.
  return m[0] === iso ? { 'date-parts': [parts] } : { 'date-parts': [parts], raw: iso };
}

/**
 * The library as CSL-JSON items, in the given order, one per source, with the
 * source id as item id. Importing them with cslToSources gives back the same
 * drafts (see the mapping above); empty optional fields are left out.
 */
export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  return sources.map((s) => {
    const item: CslItem = { id: s.id, type: CSL_TYPE_OF_KIND[s.kind], title: s.title };
    if (s.publisher !== '') item[OUTLET_KINDS.has(s.kind) ? 'container-title' : 'publisher'] = s.publisher;
    if (s.author !== undefined && s.author !== '') item.author = [{ literal: s.author }];
    if (s.publishedAt !== undefined && s.publishedAt !== '') item.issued = toCslDate(s.publishedAt);
    if (s.accessedAt !== undefined && s.accessedAt !== '') item.accessed = toCslDate(s.accessedAt);
    if (s.url !== '') item.URL = s.url;
    const meta = [`${META_PREFIX}kind: ${s.kind}`, `${META_PREFIX}reliability: ${s.reliability}`];
    if (s.archiveUrl !== undefined && s.archiveUrl !== '') meta.push(`${META_PREFIX}archive-url: ${s.archiveUrl}`);
    item.note = s.notes === '' ? meta.join('\n') : `${s.notes}\n${meta.join('\n')}`;
    return item;
  });
}

// ---- import ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a note into the editor's notes and the trailing `workbench-*:` lines. */
function splitNote(note: string): { notes: string; meta: Map<string, string> } {
  const lines = note.split('\n');
  const meta = new Map<string, string>();
  while (lines.length > 0) {
    // A tool on Windows may have turned the line breaks into CRLF.
    const m = META_LINE.exec((lines[lines.length - 1] ?? '').replace(/\r$/, ''));
    if (!m?.[1]) break;
    if (!meta.has(m[1])) meta.set(m[1], m[2] ?? '');
    lines.pop();
  }
  const notes = lines.join('\n');
  return { notes: meta.size > 0 ? notes.replace(/\r$/, '') : notes, meta };
}

function formatName(name: unknown): string | null {
  if (!isRecord(name)) return null;
  if (typeof name.literal === 'string' && name.literal.trim() !== '') return name.literal;
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim());
  return parts.length > 0 ? parts.join(' ') : null;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function datePartsToIso(dateParts: unknown): string | null {
  if (!Array.isArray(dateParts) || !Array.isArray(dateParts[0])) return null;
  const nums = (dateParts[0] as unknown[]).map((p) =>
    typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p.trim()) ? Number(p) : NaN,
  );
  const [year, month, day] = nums;
  if (year === undefined || !Number.isInteger(year) || year < 1 || year > 9999) return null;
  let iso = String(year).padStart(4, '0');
  // Months 13–24 are CSL seasons: keep the year only.
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return iso;
  iso += `-${String(month).padStart(2, '0')}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > daysInMonth) return iso;
  return `${iso}-${String(day).padStart(2, '0')}`;
}

/** A CSL date as an ISO 8601 string; undefined when absent; null when unreadable. */
function fromCslDate(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const fromParts = datePartsToIso(value['date-parts']);
  const raw = typeof value.raw === 'string' ? value.raw.trim() : '';
  // `raw` wins when it refines date-parts (adds a time), as our export writes it.
  if (ISO_DATE.test(raw) && (fromParts === null || raw.startsWith(fromParts))) return raw;
  return fromParts;
}

function readItem(item: unknown, index: number, warnings: CslProblem[]): SourceDraft | CslProblem {
  if (!isRecord(item)) {
    return { index, code: 'not-an-object', message: `Item ${index + 1} is not a CSL-JSON item (an object).` };
  }
  const warn = (code: CslProblemCode, field: string, message: string): void => {
    warnings.push({ index, code, field, message: `Item ${index + 1}: ${message}` });
  };
  const text = (field: string): string | undefined => {
    const value = item[field];
    if (value === undefined || typeof value === 'string') return value;
    // Zotero writes some fields as numbers; a number is still readable text.
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    warn('bad-field', field, `the field "${field}" is not text and was left out.`);
    return undefined;
  };

  let url = '';
  const rawUrl = text('URL')?.trim() ?? '';
  if (rawUrl !== '') {
    const checked = checkUrl(rawUrl);
    if (checked.ok) url = checked.url;
    else warn('url-refused', 'URL', `the address was left out: ${checked.message}`);
  }
  const title = text('title');
  if ((title ?? '').trim() === '' && url === '') {
    return { index, code: 'no-title-or-url', message: `Item ${index + 1} has neither a title nor a usable web address.` };
  }

  const note = text('note') ?? '';
  const { notes, meta } = splitNote(note);

  let kind: SourceKind = 'other';
  const type = text('type');
  if (type !== undefined) kind = KIND_OF_CSL_TYPE[type] ?? 'other';
  const metaKind = meta.get('kind');
  if (metaKind !== undefined) {
    if (isSourceKind(metaKind)) kind = metaKind;
    else warn('bad-kind', 'note', `the kind "${metaKind}" is unknown; the CSL type was used.`);
  }

  let reliability = 0;
  const metaReliability = meta.get('reliability');
  if (metaReliability !== undefined) {
    const n = /^\d$/.test(metaReliability) ? Number(metaReliability) : NaN;
    if (isReliability(n)) reliability = n;
    else warn('bad-reliability', 'note', `the reliability "${metaReliability}" is not 0 to 5; it was left unrated.`);
  }

  const container = text('container-title');
  const publisherField = text('publisher');
  const authority = text('authority');
  const candidates = OUTLET_KINDS.has(kind) ? [container, publisherField, authority] : [publisherField, container, authority];
  const publisher = candidates.find((p) => p !== undefined && p.trim() !== '') ?? '';

  const draft: SourceDraft = { url, title: title ?? url, publisher, kind, reliability, notes };

  const authors = item.author;
  if (authors !== undefined) {
    const names = Array.isArray(authors) ? authors.map(formatName) : [null];
    if (names.some((n) => n === null)) warn('bad-field', 'author', 'some author names could not be read and were left out.');
    const readable = names.filter((n): n is string => n !== null);
    if (readable.length > 0) draft.author = readable.join('; ');
  }

  for (const [field, key] of [['issued', 'publishedAt'], ['accessed', 'accessedAt']] as const) {
    const date = fromCslDate(item[field]);
    if (date === null) warn('bad-date', field, `the date in "${field}" could not be read and was left out.`);
    else if (date !== undefined) draft[key] = date;
  }

  const archive = meta.get('archive-url');
  if (archive !== undefined) {
    const checked = checkUrl(archive);
    if (checked.ok) draft.archiveUrl = checked.url;
    else warn('url-refused', 'note', `the archived copy's address was left out: ${checked.message}`);
  }
  return draft;
}

/**
 * Reads CSL-JSON: a list of items (the usual file), a single item, or the
 * file's text (parsed here). Never throws. Each item becomes a draft, or an
 * entry in `errors` when it is not an object or has neither title nor usable
 * URL; other items are kept, and fields that cannot be used (a refused URL, an
 * unreadable date) are left out with an entry in `warnings`. An item without
 * a title is titled with its URL. URLs are stored in checkUrl's form.
 */
export function cslToSources(json: unknown): CslImport {
  const sources: SourceDraft[] = [];
  const errors: CslProblem[] = [];
  const warnings: CslProblem[] = [];
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      errors.push({ index: -1, code: 'not-json', message: `The file is not valid JSON: ${reason}` });
      return { sources, errors, warnings };
    }
  }
  const items = Array.isArray(data) ? (data as unknown[]) : isRecord(data) ? [data] : null;
  if (items === null) {
    errors.push({ index: -1, code: 'not-a-list', message: 'The file is not CSL-JSON: expected a list of items.' });
    return { sources, errors, warnings };
  }
  items.forEach((item, index) => {
    const result = readItem(item, index, warnings);
    if ('code' in result) errors.push(result);
    else sources.push(result);
  });
  return { sources, errors, warnings };
}

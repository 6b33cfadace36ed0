/**
 * CSL-JSON exchange of the source library: what Zotero, Mendeley and pandoc
 * read and write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html,
 * schema: citation-style-language/schema csl-data.json, CSL 1.0.2).
 *
 * Nothing a reference manager wrote is lost: an item comes back out of the
 * workbench field for field, with the editor's changes applied.
 *
 * Field mapping:
 * | Source            | CSL-JSON                                                         |
 * | ----------------- | ---------------------------------------------------------------- |
 * | title             | title                                                            |
 * | publisher         | container-title for news reports, academic papers and social     |
 * |                   | media posts (the outlet, journal, platform); publisher otherwise |
 * |                   | (or the variable it was read from, csl.publisherField)           |
 * | authors (author)  | author: family/given names, `literal` for organisations          |
 * | publishedAt       | issued { date-parts, raw when the ISO date has a time }          |
 * | accessedAt        | accessed (same)                                                  |
 * | url               | URL (an item with only a DOI gets https://doi.org/… as its url,  |
 * |                   | and no URL is written back for it)                               |
 * | kind              | type (KIND_OF_CSL_TYPE both ways; csl.type keeps the exact type; |
 * |                   | an old `workbench-kind:` line in note wins on import)            |
 * | reliability       | `workbench-reliability:` in note (when rated)                    |
 * | archiveUrl        | `workbench-archive-url:` in note                                 |
 * | notes             | note, before the workbench lines                                 |
 * | csl               | id, every other standard variable (DOI, ISBN, ISSN, volume,      |
 * |                   | issue, page, edition, editor, container-title, publisher-place,  |
 * |                   | number...), dates richer than an ISO date, categories, custom    |
 *
 * Why `note`: CSL has no field for our reliability or archived copy, and
 * `note` is what Zotero shows as "Extra" and keeps through its own import and
 * export, so a library survives a trip through a reference manager. The kind
 * needs no line: every CSL type has one kind and every kind a type that gives
 * it back (files from earlier versions, which wrote `workbench-kind:`, are
 * still read, the line winning over the type).
 *
 * Kind ↔ type. Export: the item's own CSL type when it still means the
 * source's kind, else official-document → report (a government or agency
 * publication; `legislation` is only for laws), official-statement → speech
 * (CSL has no press-release type; speech is "said publicly"), data-set →
 * dataset, news-report → article-newspaper, expert → interview,
 * academic-paper → article-journal, social-media-post → post, other →
 * document. Import: every CSL type has a kind (KIND_OF_CSL_TYPE); a type that
 * is not CSL's (including `__proto__` or `constructor`) is read as "other"
 * with a warning.
 *
 * Lookups keyed by the file's content use Maps and Sets, never plain objects.
 */
import type { CslDateValue, CslExtras, PersonName, Source, SourceKind } from '../model';
import { innermostMessage } from '../errors';
import { checkUrl } from './url';
import { isReliability, isSourceKind, type SourceDraft } from './source-draft';
import { CSL_TYPE_SET, DATE_VARIABLES, NAME_VARIABLES, NUMBER_VARIABLES, OWN_FIELDS, TEXT_VARIABLES } from './csl-variables';
import { displayNames, parseAuthorLine, readName } from './names';
import { CslCategoriesSchema, CslCustomSchema, CslDateSchema, CslExtrasSchema, CslTypeSchema, isRecord, readWith, type CslItemShape } from './csl-schema';

export type { SourceDraft } from './source-draft';

/** A CSL-JSON name: a structured personal name or a literal (organisations). */
export type CslName = PersonName;

/** A CSL-JSON date: `date-parts` [[year, month?, day?]], or a `raw` or `literal` string. */
export type CslDate = CslDateValue;

/** A CSL-JSON item as this workbench writes it (inferred from CslItemSchema, ./csl-schema.ts): the schema's variables only. */
export type CslItem = CslItemShape;

export type CslProblemCode =
  | 'not-json'
  | 'not-a-list'
  | 'not-an-object'
  | 'no-title-or-url'
  | 'bad-field'
  | 'url-refused'
  | 'bad-date'
  | 'bad-kind'
  | 'bad-reliability'
  | 'bad-type'
  | 'unknown-field';

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


const CSL_TYPE_OF_KIND: ReadonlyMap<SourceKind, string> = new Map<SourceKind, string>([
  ['official-document', 'report'],
  ['official-statement', 'speech'],
  ['data-set', 'dataset'],
  ['news-report', 'article-newspaper'],
  ['expert', 'interview'],
  ['academic-paper', 'article-journal'],
  ['social-media-post', 'post'],
  ['other', 'document'],
]);

/** The kind of every CSL type (a Map: lookups are keyed by file content). */
export const KIND_OF_CSL_TYPE: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['report', 'official-document'], ['legislation', 'official-document'], ['bill', 'official-document'], ['regulation', 'official-document'],
  ['hearing', 'official-document'], ['treaty', 'official-document'], ['legal_case', 'official-document'], ['standard', 'official-document'],
  ['patent', 'official-document'],
  ['speech', 'official-statement'],
  ['dataset', 'data-set'],
  ['article-newspaper', 'news-report'], ['article-magazine', 'news-report'], ['broadcast', 'news-report'],
  ['interview', 'expert'], ['personal_communication', 'expert'],
  ['article-journal', 'academic-paper'], ['paper-conference', 'academic-paper'], ['thesis', 'academic-paper'],
  ['article', 'academic-paper'], // CSL 1.0.2: preprints and working papers
  ['post', 'social-media-post'], ['post-weblog', 'social-media-post'],
  // Everything else CSL knows is a kind of document the workbench has no closer kind for.
  ...[
    'book', 'chapter', 'classic', 'collection', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure',
    'graphic', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'performance', 'periodical', 'review',
    'review-book', 'software', 'song', 'webpage',
  ].map((type) => [type, 'other'] as [string, SourceKind]),
]);

/** Kinds whose publisher is the outlet that carries them (CSL container-title). */
const OUTLET_KINDS: ReadonlySet<SourceKind> = new Set(['news-report', 'academic-paper', 'social-media-post']);

/** Where the publisher is read from, in order, for a kind. */
const publisherCandidates = (kind: SourceKind): readonly ('container-title' | 'publisher' | 'authority')[] =>
  OUTLET_KINDS.has(kind) ? ['container-title', 'publisher', 'authority'] : ['publisher', 'container-title', 'authority'];

const META_PREFIX = 'workbench-';
// Only our own keys, so that a note of the editor's ending in some other
// "workbench-...:" line is left alone.
const META_LINE = /^workbench-(kind|reliability|archive-url): ?(.*)$/;

/** The CSL type an item of this source is exported with. */
export function cslTypeOf(source: Pick<Source, 'kind' | 'csl'>): string {
  const type = source.csl?.type;
  if (type !== undefined && CSL_TYPE_SET.has(type) && KIND_OF_CSL_TYPE.get(type) === source.kind) return type;
  return CSL_TYPE_OF_KIND.get(source.kind) ?? 'document';
}

/** The CSL variable a source's `publisher` is written to. */
export function publisherVariable(source: Pick<Source, 'kind' | 'csl'>): 'container-title' | 'publisher' | 'authority' {
  return source.csl?.publisherField ?? publisherCandidates(source.kind)[0]!;
}

/** The https://doi.org/ address of a DOI ("10.1038/…", "doi:10.1038/…" or already a doi.org URL). */
export function doiUrl(doi: string): string | null {
  const m = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i.exec(doi.trim());
  if (!m?.[1]) return null;
  const checked = checkUrl(`https://doi.org/${m[1]}`);
  return checked.ok ? checked.url : null;
}

// ---- dates ----

function toCslDate(iso: string): CslDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return { raw: iso };
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  // date-parts carry at most a day; `raw` keeps a time so the round trip is exact.
  return m[0] === iso ? { 'date-parts': [parts] } : { 'date-parts': [parts], raw: iso };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** The ISO 8601 form of a CSL date, or null when it has none (a literal "n.d.", unreadable parts). */
function isoOfCslDate(value: CslDateValue): string | null {
  const fromParts = datePartsToIso(value['date-parts']);
  const raw = typeof value.raw === 'string' ? value.raw.trim() : '';
  // `raw` wins when it refines date-parts (adds a time), as our export writes it.
  if (ISO_DATE.test(raw) && (fromParts === null || raw.startsWith(fromParts))) return raw;
  return fromParts;
}

/** A CSL date from untrusted data, with only the schema's keys of the schema's types (CslDateSchema); null when unusable. */
function readCslDate(value: unknown): CslDateValue | null {
  return readWith(CslDateSchema, value);
}

// ---- export ----

/** The item ids of a library: each source's own CSL id when it is unique, else the source id. */
function itemIds(sources: readonly Source[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sources) if (s.csl?.id !== undefined) counts.set(String(s.csl.id), (counts.get(String(s.csl.id)) ?? 0) + 1);
  const sourceIds = new Set(sources.map((s) => s.id));
  return sources.map((s) => {
    const id = s.csl?.id;
    return id !== undefined && counts.get(String(id)) === 1 && (!sourceIds.has(String(id)) || String(id) === s.id) ? String(id) : s.id;
  });
}

function exportDate(iso: string | undefined, kept: CslDateValue | undefined): CslDate | undefined {
  // The date as the reference manager wrote it, as long as the editor has not changed it.
  if (kept && (isoOfCslDate(kept) ?? undefined) === (iso || undefined)) return kept;
  return iso ? toCslDate(iso) : undefined;
}

/**
 * The library as CSL-JSON items, in the given order, one per source.
 * Importing them with cslToSources gives back the same sources; a source
 * that came from CSL-JSON goes out as it came in, with the editor's changes.
 * Every item validates against the CSL-JSON 1.0.2 schema.
 */
export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  const ids = itemIds(sources);
  return sources.map((s, i) => {
    const csl: CslExtras = s.csl ?? {};
    const item: CslItem = { id: ids[i]!, type: cslTypeOf(s) };
    item.title = s.title;
    // The other standard variables first: the workbench's own fields below win over them.
    const publisherField = publisherVariable(s);
    for (const [name, value] of Object.entries(csl.variables ?? {})) {
      if ((TEXT_VARIABLES.has(name) || NUMBER_VARIABLES.has(name)) && name !== publisherField && value !== undefined) item[name] = value;
    }
    if (s.publisher !== '') item[publisherField] = s.publisher;
    const authors = s.authors && s.authors.length > 0 ? s.authors : s.author ? parseAuthorLine(s.author) : [];
    if (authors.length > 0) item.author = authors.map((n) => ({ ...n }));
    for (const [name, names] of Object.entries(csl.names ?? {})) if (NAME_VARIABLES.has(name) && names && names.length > 0) item[name] = names.map((n) => ({ ...n }));
    const issued = exportDate(s.publishedAt, csl.dates?.['issued']);
    if (issued) item.issued = issued;
    const accessed = exportDate(s.accessedAt, csl.dates?.['accessed']);
    if (accessed) item.accessed = accessed;
    for (const [name, date] of Object.entries(csl.dates ?? {})) if (DATE_VARIABLES.has(name) && date) item[name] = date;
    const doi = typeof csl.variables?.['DOI'] === 'string' ? doiUrl(csl.variables['DOI']) : null;
    if (s.url !== '' && !(csl.urlFromDoi && s.url === doi)) item.URL = s.url;
    if (csl.categories && csl.categories.length > 0) item.categories = [...csl.categories];
    if (csl.custom && Object.keys(csl.custom).length > 0) item.custom = JSON.parse(JSON.stringify(csl.custom)) as Record<string, unknown>;
    const meta: string[] = [];
    if (s.reliability !== 0) meta.push(`${META_PREFIX}reliability: ${s.reliability}`);
    if (s.archiveUrl !== undefined && s.archiveUrl !== '') meta.push(`${META_PREFIX}archive-url: ${s.archiveUrl}`);
    const note = [s.notes, ...meta].filter((x) => x !== '').join('\n');
    if (note !== '') item.note = note;
    return item;
  });
}

// ---- import ----

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

function readItem(item: unknown, index: number, warnings: CslProblem[]): SourceDraft | CslProblem {
  if (!isRecord(item)) {
    return { index, code: 'not-an-object', message: `Item ${index + 1} is not a CSL-JSON item (an object).` };
  }
  const warn = (code: CslProblemCode, field: string, message: string): void => {
    warnings.push({ index, code, field, message: `Item ${index + 1}: ${message}` });
  };
  const get = (field: string): unknown => (Object.hasOwn(item, field) ? item[field] : undefined);
  const text = (field: string): string | undefined => {
    const value = get(field);
    if (value === undefined || typeof value === 'string') return value;
    // Zotero writes some fields as numbers; a number is still readable text.
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    warn('bad-field', field, `the field "${field}" is not text and was left out.`);
    return undefined;
  };
  const csl: CslExtras = {};

  const rawId = get('id');
  if (typeof rawId === 'string' && rawId !== '') csl.id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) csl.id = String(rawId);

  let kind: SourceKind = 'other';
  const type = get('type');
  if (type !== undefined) {
    const cslType = readWith(CslTypeSchema, type);
    if (cslType !== null) {
      csl.type = cslType;
      kind = KIND_OF_CSL_TYPE.get(cslType) ?? 'other';
    } else {
      warn('bad-type', 'type', `the type ${JSON.stringify(type)?.slice(0, 40) ?? String(type)} is not a CSL type; the item was read as a document.`);
    }
  }

  let url = '';
  const rawUrl = text('URL')?.trim() ?? '';
  if (rawUrl !== '') {
    const checked = checkUrl(rawUrl);
    if (checked.ok) url = checked.url;
    else warn('url-refused', 'URL', `the address was left out: ${checked.message}`);
  }
  const rawDoi = get('DOI');
  if (url === '' && rawUrl === '' && typeof rawDoi === 'string') {
    const fromDoi = doiUrl(rawDoi);
    if (fromDoi) {
      url = fromDoi;
      csl.urlFromDoi = true;
    }
  }
  const title = text('title');
  if ((title ?? '').trim() === '' && url === '') {
    return { index, code: 'no-title-or-url', message: `Item ${index + 1} has neither a title nor a usable web address.` };
  }

  const note = text('note') ?? '';
  const { notes, meta } = splitNote(note);
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

  // Every other standard variable is kept as it came; the rest is named in a warning.
  const variables: Record<string, string | number> = {};
  const names: Record<string, PersonName[]> = {};
  const dates: Record<string, CslDateValue> = {};
  for (const key of Object.keys(item)) {
    const value = item[key];
    if (OWN_FIELDS.has(key) || value === undefined || value === null) continue;
    if (TEXT_VARIABLES.has(key)) {
      const v = text(key);
      if (v !== undefined && v.trim() !== '') variables[key] = v;
    } else if (NUMBER_VARIABLES.has(key)) {
      if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number' && Number.isFinite(value)) variables[key] = value as string | number;
      else warn('bad-field', key, `the field "${key}" is not a number or text and was left out.`);
    } else if (NAME_VARIABLES.has(key)) {
      const list = Array.isArray(value) ? value.map(readName) : [null];
      if (list.some((n) => n === null)) warn('bad-field', key, `some names in "${key}" could not be read and were left out.`);
      const readable = list.filter((n): n is PersonName => n !== null);
      if (readable.length > 0) names[key] = readable;
    } else if (DATE_VARIABLES.has(key)) {
      const date = readCslDate(value);
      if (date) dates[key] = date;
      else warn('bad-date', key, `the date in "${key}" could not be read and was left out.`);
    } else {
      warn('unknown-field', key, `"${key.slice(0, 60)}" is not a CSL variable and was left out.`);
    }
  }

  const candidates = publisherCandidates(kind);
  const publisherField = candidates.find((f) => typeof variables[f] === 'string' && (variables[f] as string).trim() !== '');
  const publisher = publisherField ? String(variables[publisherField]) : '';
  if (publisherField) {
    delete variables[publisherField];
    if (publisherField !== candidates[0]) csl.publisherField = publisherField;
  }

  const draft: SourceDraft = { url, title: title ?? url, publisher, kind, reliability, notes };

  const authors = get('author');
  if (authors !== undefined) {
    const list = Array.isArray(authors) ? authors.map(readName) : [null];
    if (list.some((n) => n === null)) warn('bad-field', 'author', 'some author names could not be read and were left out.');
    const readable = list.filter((n): n is PersonName => n !== null);
    if (readable.length > 0) {
      draft.authors = readable;
      draft.author = displayNames(readable);
    }
  }

  for (const [field, key] of [['issued', 'publishedAt'], ['accessed', 'accessedAt']] as const) {
    const value = get(field);
    if (value === undefined) continue;
    const date = readCslDate(value);
    if (!date) {
      warn('bad-date', field, `the date in "${field}" could not be read and was left out.`);
      continue;
    }
    const iso = isoOfCslDate(date);
    if (iso !== null) draft[key] = iso;
    // Kept as written unless our own export would write the same thing.
    if (iso === null || !sameJson(toCslDate(iso), date)) dates[field] = date;
  }

  const rawCategories = get('categories');
  const categories = readWith(CslCategoriesSchema, rawCategories);
  if (categories !== null) {
    if (categories.length > 0) csl.categories = categories;
  } else if (rawCategories !== undefined) {
    warn('bad-field', 'categories', 'the field "categories" is not a list of text and was left out.');
  }
  const rawCustom = get('custom');
  const custom = readWith(CslCustomSchema, rawCustom);
  if (custom !== null) csl.custom = custom;
  else if (rawCustom !== undefined) warn('bad-field', 'custom', 'the field "custom" is not an object and was left out.');

  if (Object.keys(variables).length > 0) csl.variables = variables;
  if (Object.keys(names).length > 0) csl.names = names;
  if (Object.keys(dates).length > 0) csl.dates = dates;

  const archive = meta.get('archive-url');
  if (archive !== undefined) {
    const checked = checkUrl(archive);
    if (checked.ok) draft.archiveUrl = checked.url;
    else warn('url-refused', 'note', `the archived copy's address was left out: ${checked.message}`);
  }
  // The kind's usual type needs no keeping: it is what the export writes anyway.
  if (csl.type !== undefined && csl.type === CSL_TYPE_OF_KIND.get(kind)) delete csl.type;
  if (Object.keys(csl).length > 0) draft.csl = csl;
  return draft;
}

/**
 * Reads CSL-JSON: a list of items (the usual file), a single item, or the
 * file's text (parsed here). Never throws. Each item becomes a draft, or an
 * entry in `errors` when it is not an object or has neither title nor usable
 * URL; other items are kept, and fields that cannot be used (a refused URL, an
 * unreadable date, a type or variable CSL does not define) are left out with
 * an entry in `warnings`. An item without a title is titled with its URL.
 * URLs are stored in checkUrl's form. Every standard CSL variable the
 * workbench has no field for is kept in the draft's `csl`.
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
      const reason = innermostMessage(e);
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

/**
 * The `csl` of a stored or exported source read back from untrusted data (a
 * review export): only standard CSL variables, names and dates of the
 * schema's shapes are kept; undefined when nothing is left (CslExtrasSchema,
 * ./csl-schema.ts).
 */
export function readCslExtras(value: unknown): CslExtras | undefined {
  return readWith(CslExtrasSchema, value) ?? undefined;
}

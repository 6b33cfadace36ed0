/**
 * The library view of the workspace: every article with its claim count, and
 * search over titles and the text of each article's current revision.
 *
 * Search is a plain scan, which is fine for the hundreds of articles a desk
 * keeps: revisions are immutable, so the folded (case- and accent-insensitive)
 * text of each one is computed once and cached by revision id, and only the
 * revisions not yet cached are read from IndexedDB on each search.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, Revision } from '../core/model';
import { checkUrl, normalizeUrl } from '../core/sources/url';
import { getDb } from './db';

/** Where a query was found in an article's current text, cut to a short excerpt. */
export interface TextMatch {
  readonly before: string;
  readonly hit: string;
  readonly after: string;
  /** UTF-16 offset of `hit` in the revision text. */
  readonly start: number;
}

export interface LibraryEntry {
  readonly article: Article;
  readonly claimCount: number;
  /** Set when the search query occurs in the title. */
  readonly titleMatch?: boolean;
  /** Set when the search query occurs in the current text. */
  readonly textMatch?: TextMatch;
}

// ---- Folding: lower case, no diacritics, one apostrophe — length-preserving ----

let foldTable: Uint16Array | null = null;

/**
 * The folded form of one UTF-16 code unit: lower-cased, stripped of combining
 * marks (é → e, Ç → c), typographic apostrophes and quotes made plain. Only
 * folds that give exactly one code unit are taken, so folding never changes
 * a string's length and offsets in the folded text are offsets in the original.
 */
function foldUnit(c: number): number {
  foldTable ??= new Uint16Array(65536);
  const cached = foldTable[c];
  if (cached) return cached;
  let folded = c;
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') folded = 0x27;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (base.length === 1) folded = base.charCodeAt(0);
      else {
        const lower = ch.toLowerCase();
        if (lower.length === 1) folded = lower.charCodeAt(0);
      }
    }
  }
  // 0 marks "not computed yet"; U+0000 folds to itself and is simply recomputed.
  foldTable[c] = folded;
  return folded;
}

/** Case- and accent-insensitive form of `s`, of the same length (see foldUnit). */
export function foldForSearch(s: string): string {
  const out = new Array<string>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out.join('');
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query.normalize('NFC'))
    .split(/\s+/u)
    .filter((w) => w !== '');
}

// ---- Cache of folded revision texts ----

/** Upper bound of cached folded text, in UTF-16 code units (about 64 MB). */
const CACHE_LIMIT = 32 * 1024 * 1024;
const folded = new Map<string, string>();
let cachedUnits = 0;

function remember(revisionId: string, text: string): string {
  const value = foldForSearch(text);
  folded.set(revisionId, value);
  cachedUnits += value.length;
  // Map iteration is insertion order: drop the oldest first.
  for (const [id, v] of folded) {
    if (cachedUnits <= CACHE_LIMIT || id === revisionId) break;
    folded.delete(id);
    cachedUnits -= v.length;
  }
  return value;
}

async function foldedTexts(revisionIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const id of revisionIds) {
    const hit = folded.get(id);
    if (hit === undefined) missing.push(id);
    else out.set(id, hit);
  }
  if (missing.length) {
    const revisions = await getDb().revisions.bulkGet(missing);
    revisions.forEach((r, i) => {
      const id = missing[i];
      if (r && id) out.set(id, remember(id, r.text));
    });
  }
  return out;
}

/** For tests. */
export function clearSearchCacheForTesting(): void {
  folded.clear();
  cachedUnits = 0;
}

// ---- Queries ----

/** Number of claims of each article (orphans included), read from the index only. */
export async function claimCountsByArticle(): Promise<Map<string, number>> {
  const keys = await getDb().claims.orderBy('articleId').keys();
  const counts = new Map<string, number>();
  for (const key of keys) {
    const id = String(key);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 80;

/** A short excerpt of `text` around [start, end), cut at spaces where it can be. */
export function excerptAround(text: string, start: number, end: number): TextMatch {
  let from = Math.max(0, start - EXCERPT_BEFORE);
  let to = Math.min(text.length, end + EXCERPT_AFTER);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  // Never cut a surrogate pair in half.
  if (from > 0 && /[\udc00-\udfff]/.test(text.charAt(from))) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text.charAt(to))) to++;
  const clean = (s: string) => s.replace(/\s+/gu, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, start)),
    hit: clean(text.slice(start, end)),
    after: clean(text.slice(end, to)) + (to < text.length ? '…' : ''),
    start,
  };
}

/**
 * The library, newest first. With a query, only the articles whose title or
 * current text contain every word of it (ignoring case and accents), each
 * with an excerpt of the text where the first word found in it occurs.
 */
export async function listLibrary(query = ''): Promise<LibraryEntry[]> {
  const db = getDb();
  const [articles, counts] = await Promise.all([db.articles.orderBy('createdAt').reverse().toArray(), claimCountsByArticle()]);
  const terms = queryTerms(query);
  if (terms.length === 0) return articles.map((article) => ({ article, claimCount: counts.get(article.id) ?? 0 }));

  const texts = await foldedTexts(articles.map((a) => a.currentRevisionId));
  const matches: { article: Article; titleMatch: boolean; hit: { start: number; end: number } | null }[] = [];
  for (const article of articles) {
    // A damaged record must not break the search of the whole library (its item shows the damage).
    const title = typeof article.title === 'string' ? foldForSearch(article.title.normalize('NFC')) : '';
    const text = texts.get(article.currentRevisionId) ?? '';
    let hit: { start: number; end: number } | null = null;
    let all = true;
    for (const term of terms) {
      const inText = text.indexOf(term);
      if (inText === -1 && !title.includes(term)) {
        all = false;
        break;
      }
      if (inText !== -1 && !hit) hit = { start: inText, end: inText + term.length };
    }
    if (!all) continue;
    const titleMatch = terms.every((term) => title.includes(term));
    matches.push({ article, titleMatch, hit });
  }

  // Excerpts need the original text; read only the revisions of articles
  // that matched through their text.
  const needText = matches.filter((m) => m.hit).map((m) => m.article.currentRevisionId);
  const originals = new Map<string, Revision>();
  if (needText.length) {
    for (const r of await db.revisions.bulkGet(needText)) if (r) originals.set(r.id, r);
  }
  return matches.map(({ article, titleMatch, hit }) => {
    const revision = originals.get(article.currentRevisionId);
    const entry: LibraryEntry = { article, claimCount: counts.get(article.id) ?? 0, ...(titleMatch ? { titleMatch } : {}) };
    return hit && revision ? { ...entry, textMatch: excerptAround(revision.text, hit.start, hit.end) } : entry;
  });
}

/** Why an article of the library is taken to be the one being imported. */
export type KnownBecause = 'same-article' | 'same-text' | 'earlier-revision' | 'later-revision' | 'same-url';

export interface KnownArticle {
  readonly article: Article;
  /** The strongest reason, in the order of KnownBecause. */
  readonly because: KnownBecause;
  /** For 'earlier-revision': the number of the library's revision with this text. */
  readonly revisionNumber?: number;
}

/** What is being imported: its text, its earlier texts (a review carries them), its address, its id in a review. */
export interface ImportedIdentity {
  readonly text: string;
  readonly earlierTexts?: readonly string[];
  readonly sourceUrl?: string;
  readonly articleId?: string;
}

const STRENGTH: readonly KnownBecause[] = ['same-article', 'same-text', 'earlier-revision', 'later-revision', 'same-url'];

function urlKey(url: string | undefined): string {
  if (!url?.trim()) return '';
  const checked = checkUrl(url);
  return checked.ok ? normalizeUrl(checked.url) : '';
}

/**
 * The articles of the library that the import is most likely a copy of,
 * strongest reason first (then oldest first): the same article (a review
 * exported from this workspace), the same text as its current revision, the
 * text of one of its earlier revisions (the original file of an article
 * since revised), a current text that is one of the import's earlier texts,
 * or the same source address. Earlier revisions are found by a scan of the
 * revisions (length first, then the text): an import is rare, and a desk's
 * library is hundreds of articles, not millions.
 */
export async function findKnownArticles(imported: ImportedIdentity): Promise<KnownArticle[]> {
  const db = getDb();
  const articles = await db.articles.toArray();
  const found = new Map<string, KnownArticle>();
  const note = (article: Article, because: KnownBecause, revisionNumber?: number) => {
    const known = found.get(article.id);
    if (known && STRENGTH.indexOf(known.because) <= STRENGTH.indexOf(because)) return;
    found.set(article.id, { article, because, ...(revisionNumber !== undefined && { revisionNumber }) });
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  if (imported.articleId && byId.has(imported.articleId)) note(byId.get(imported.articleId)!, 'same-article');
  const earlier = new Set(imported.earlierTexts ?? []);
  const lengths = new Set([imported.text.length, ...[...earlier].map((t) => t.length)]);
  await db.revisions
    .filter((r) => lengths.has(r.text.length))
    .each((r) => {
      const article = byId.get(r.articleId);
      if (!article) return;
      const current = article.currentRevisionId === r.id;
      if (r.text === imported.text) note(article, current ? 'same-text' : 'earlier-revision', current ? undefined : r.number);
      else if (current && earlier.has(r.text)) note(article, 'later-revision');
    });
  const key = urlKey(imported.sourceUrl);
  if (key) for (const article of articles) if (urlKey(article.sourceUrl) === key) note(article, 'same-url');
  return [...found.values()].sort((a, b) => STRENGTH.indexOf(a.because) - STRENGTH.indexOf(b.because) || a.article.createdAt.localeCompare(b.article.createdAt));
}

/** Live library list (re-runs when articles, revisions or claims change). */
export function useLibrary(query: string): LibraryEntry[] | undefined {
  return useLiveQuery(() => listLibrary(query), [query]);
}

/** Live number of articles in the workspace. */
export function useArticleCount(): number | undefined {
  return useLiveQuery(() => getDb().articles.count(), []);
}

/**
 * Repeats across the articles of the library. Pure: this module computes the
 * keys that storage writes to the `passageIndex` table and turns the rows
 * storage finds for them into flags; storage does the lookups.
 */
import type { Flag, Id, Paragraph, PassageIndexEntry, Revision } from '../model';
import type { Translate } from '../i18n/index';
import { hashString } from '../text/hash';
import type { Utf16Offset } from '../text/offsets';
import { compareText } from '../text/compare';
import { ENGLISH, matchKey, hasWords } from './flag-builder';

/**
 * Paragraphs shorter than this are not indexed: a byline, a dateline or
 * "Photo: AFP" recurs across articles without being a copied passage.
 */
export const MIN_PASSAGE_WORDS = 8;

/** The key of one paragraph: the hash of its normalised text (see `matchKey`). */
export interface PassageKey {
  readonly hash: string;
  readonly paragraphIndex: number;
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}

/** Where another article of the library has the same paragraph. */
export interface CrossArticleHit {
  readonly articleId: Id;
  readonly title: string;
  /** 0-based. */
  readonly paragraphIndex: number;
}

/** The key of each paragraph long enough to be indexed, in text order. */
export function paragraphKeys(text: string, paragraphs: readonly Paragraph[]): PassageKey[] {
  const keys: PassageKey[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (!hasWords(body, MIN_PASSAGE_WORDS)) continue;
    keys.push({ hash: hashString(`passage\u0000${matchKey(body)}`), paragraphIndex: p.index, start: p.start, end: p.end });
  }
  return keys;
}

/**
 * The `passageIndex` rows of a revision: one per paragraph long enough to be
 * indexed, keyed by the same hash `paragraphKeys` gives, so two articles with
 * the same paragraph (up to case, spacing and quote style) share a row hash.
 */
export function passageKeys(revision: Pick<Revision, 'id' | 'articleId' | 'text' | 'paragraphs'>): PassageIndexEntry[] {
  return passageEntries(revision.articleId, revision.id, paragraphKeys(revision.text, revision.paragraphs));
}

/** The `passageIndex` rows of a revision from its paragraph keys (as `analyzeText` returns them). */
export function passageEntries(articleId: Id, revisionId: Id, keys: readonly PassageKey[]): PassageIndexEntry[] {
  return keys.map((k) => ({ hash: k.hash, articleId, revisionId, paragraphIndex: k.paragraphIndex, start: k.start, end: k.end }));
}

/**
 * One `cross-article-duplicate` flag per OTHER ARTICLE that shares
 * paragraphs with this text, however many it shares: two articles built on
 * the same wire copy are one finding ("12 paragraphs also in «Title»"), not
 * twelve that drown the rest. `lookups` maps a hash to its hits; hits in
 * `ownArticleId` (earlier revisions of the same article) are ignored. The
 * flag's span is the first shared paragraph (where the reader shows it);
 * `passages` lists every shared paragraph, with its number in the other
 * article. Flags come in text order (by first shared paragraph); the
 * fingerprint is the other article's, so a dismissal ("same agency copy")
 * holds whatever is edited on either side.
 */
export function crossArticleFlags(
  text: string,
  keys: readonly PassageKey[],
  lookups: ReadonlyMap<string, readonly CrossArticleHit[]>,
  ownArticleId?: Id,
  t: Translate = ENGLISH,
): Flag[] {
  const byArticle = new Map<Id, { title: string; passages: { start: Utf16Offset; end: Utf16Offset; paragraphIndex: number; otherParagraphIndex: number }[] }>();
  for (const key of keys) {
    const seen = new Set<Id>();
    for (const hit of lookups.get(key.hash) ?? []) {
      // One entry per other article and paragraph of ours (the other may repeat the paragraph itself).
      if (hit.articleId === ownArticleId || seen.has(hit.articleId)) continue;
      seen.add(hit.articleId);
      let entry = byArticle.get(hit.articleId);
      if (!entry) byArticle.set(hit.articleId, (entry = { title: hit.title, passages: [] }));
      entry.passages.push({ start: key.start, end: key.end, paragraphIndex: key.paragraphIndex, otherParagraphIndex: hit.paragraphIndex });
    }
  }
  const flags: Flag[] = [];
  for (const [articleId, { title, passages }] of byArticle) {
    const first = passages[0]!;
    const params = { title, paragraph: first.otherParagraphIndex + 1, count: passages.length };
    const rule = 'cross-article-duplicate/article';
    flags.push({
      kind: 'cross-article-duplicate',
      rule,
      severity: 'info',
      start: first.start,
      end: first.end,
      text: text.slice(first.start, first.end),
      message: passages.length === 1 ? t('analysis.crossArticle', params) : t('analysis.crossArticleMany', params),
      otherArticle: { articleId, title, paragraphIndex: first.otherParagraphIndex },
      passages,
      fingerprint: hashString(`cross-article-duplicate\u0000${rule}\u0000${articleId}`),
    });
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.otherArticle!.title, b.otherArticle!.title) || compareText(a.fingerprint, b.fingerprint));
}

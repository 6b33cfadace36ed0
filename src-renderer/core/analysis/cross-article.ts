/**
 * Repeats across the articles of the library. Pure: this module computes the
 * keys that storage writes to the `passageIndex` table and turns the rows
 * storage finds for them into flags; storage does the lookups.
 */
import type { Flag, Id, Paragraph, PassageIndexEntry, Revision } from '../model';
import type { Translate } from '../i18n/index';
import { hashString } from '../text/hash';
import type { Utf16Offset } from '../text/offsets';
import { ENGLISH, matchKey, withFingerprints, hasWords, type FlagDraft } from './flag-builder';

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
 * One `cross-article-duplicate` flag per paragraph of this text whose hash
 * storage found in other articles ("This paragraph also appears in «Title»,
 * paragraph 4"). `lookups` maps a hash to its hits; hits in `ownArticleId`
 * (earlier revisions of the same article) are ignored. The first remaining
 * hit is named and the others counted; `otherArticle` holds the named one.
 */
export function crossArticleFlags(
  text: string,
  keys: readonly PassageKey[],
  lookups: ReadonlyMap<string, readonly CrossArticleHit[]>,
  ownArticleId?: Id,
  t: Translate = ENGLISH,
): Flag[] {
  const drafts: FlagDraft[] = [];
  for (const key of keys) {
    const hits = (lookups.get(key.hash) ?? []).filter((h) => h.articleId !== ownArticleId);
    const hit = hits[0];
    if (hit === undefined) continue;
    const others = new Set(hits.map((h) => h.articleId)).size - 1;
    const params = { title: hit.title, paragraph: hit.paragraphIndex + 1, count: others };
    drafts.push({
      kind: 'cross-article-duplicate',
      rule: 'cross-article-duplicate/paragraph',
      severity: 'info',
      start: key.start,
      end: key.end,
      text: text.slice(key.start, key.end),
      message: others > 0 ? t('analysis.crossArticleMore', params) : t('analysis.crossArticle', params),
      otherArticle: { articleId: hit.articleId, title: hit.title, paragraphIndex: hit.paragraphIndex },
    });
  }
  return withFingerprints(drafts);
}

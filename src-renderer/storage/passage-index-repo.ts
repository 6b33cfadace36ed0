/**
 * The `passageIndex` table: one row per indexable paragraph of each
 * article's CURRENT revision, keyed by the hash core/analysis gives it
 * (`passageKeys`), so that a paragraph repeated in another article of the
 * library is found with one indexed query instead of reading every text.
 *
 * The index is derived data, rebuilt from the text whenever it is missing or
 * stale: it is written through `runBackgroundWrite` (like the session
 * state), not `runWrite`, because it is not something the editor did: it
 * never shows "Saving…", but a failure (a full disk) is shown in the status
 * bar instead of a "Saved" that would not be true.
 *
 * When rows are written:
 * - `watchPassageIndex` follows the articles table and re-indexes an article
 *   as soon as its current revision changes (a new article, a new revision),
 *   so the library is indexed as it grows;
 * - `ensurePassageIndex` re-indexes an article when it is opened and its rows
 *   are missing or belong to an older revision (lazy backfill of workspaces
 *   created before the index was filled, or changed while the app was closed).
 * Readers never trust a row blindly: `findCrossArticleHits` ignores rows that
 * do not belong to their article's current revision.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { passageKeys, type CrossArticleHit } from '../core/analysis/cross-article';
import type { Id, PassageIndexEntry } from '../core/model';
import { getDb } from './db';
import { runBackgroundWrite } from './save-status';
import { compareText } from '../core/text/compare';

/**
 * Replaces every row of `articleId` with `entries` (the rows of its current
 * revision) in ONE transaction: a reader never sees a mix of two revisions.
 */
export async function replacePassageIndex(articleId: Id, entries: readonly PassageIndexEntry[]): Promise<void> {
  const db = getDb();
  if (entries.some((e) => e.articleId !== articleId)) throw new Error('Passage index rows of another article.');
  await db.transaction('rw', db.passageIndex, async () => {
    await db.passageIndex.where('articleId').equals(articleId).delete();
    // bulkPut: two identical paragraphs at the same index cannot happen, but
    // a put never fails on a key the delete above already removed.
    if (entries.length) await db.passageIndex.bulkPut([...entries]);
  });
}

/** The revision the article's rows were computed from, or undefined when it has none. */
export async function indexedRevisionOf(articleId: Id): Promise<Id | undefined> {
  return (await getDb().passageIndex.where('articleId').equals(articleId).first())?.revisionId;
}

/**
 * Makes sure the article's rows are those of `revisionId`. `entries` may
 * hand over rows already computed (the analysis worker computes the same
 * hashes); otherwise they are computed from the revision. Returns true when
 * it wrote. An article without any indexable paragraph has no rows: it is
 * re-checked (cheaply) every time, which is harmless.
 */
export async function ensurePassageIndex(articleId: Id, revisionId: Id, entries?: readonly PassageIndexEntry[]): Promise<boolean> {
  if ((await indexedRevisionOf(articleId)) === revisionId) return false;
  const db = getDb();
  // Checked and written in one transaction: a revision added meanwhile is
  // either seen here (and nothing is written) or comes after, and re-indexes.
  return runBackgroundWrite('passage-index', () =>
    db.transaction('rw', [db.articles, db.revisions, db.passageIndex], async () => {
      const article = await db.articles.get(articleId);
      if (!article || article.currentRevisionId !== revisionId) return false;
      let rows = entries;
      if (!rows) {
        const revision = await db.revisions.get(revisionId);
        if (!revision) return false;
        rows = passageKeys(revision);
      }
      await replacePassageIndex(articleId, rows);
      return true;
    }),
  );
}

/**
 * The rows of OTHER articles with one of `hashes`, grouped by hash, as
 * core/analysis `crossArticleFlags` expects them (with the other article's
 * title). Rows of an article's older revision (a stale index) are ignored.
 */
export async function findCrossArticleHits(articleId: Id, hashes: readonly string[]): Promise<Map<string, CrossArticleHit[]>> {
  const lookups = new Map<string, CrossArticleHit[]>();
  if (hashes.length === 0) return lookups;
  const db = getDb();
  return db.transaction('r', db.passageIndex, db.articles, async () => {
    const rows = (await db.passageIndex.where('hash').anyOf([...new Set(hashes)]).toArray()).filter((r) => r.articleId !== articleId);
    if (rows.length === 0) return lookups;
    const articles = await db.articles.bulkGet([...new Set(rows.map((r) => r.articleId))]);
    const current = new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    rows.sort((a, b) => compareText(a.articleId, b.articleId) || a.paragraphIndex - b.paragraphIndex);
    for (const row of rows) {
      const article = current.get(row.articleId);
      if (!article || article.currentRevisionId !== row.revisionId) continue;
      const list = lookups.get(row.hash);
      const hit: CrossArticleHit = { articleId: row.articleId, title: article.title, paragraphIndex: row.paragraphIndex };
      if (list) list.push(hit);
      else lookups.set(row.hash, [hit]);
    }
    return lookups;
  });
}

/**
 * Live `findCrossArticleHits`: follows the index and the titles of other
 * articles. Undefined while loading (or without an article).
 */
export function useCrossArticleHits(articleId: Id | undefined, hashes: readonly string[] | undefined): Map<string, CrossArticleHit[]> | undefined {
  return useLiveQuery(async () => (articleId && hashes ? findCrossArticleHits(articleId, hashes) : undefined), [articleId, hashes]);
}

/**
 * Keeps the index of every article that changes from now on up to date:
 * when an article appears or its current revision changes, its rows are
 * replaced by those of the new revision. Articles as they were when the
 * watch started are left to `ensurePassageIndex` (backfilled when opened),
 * so starting the app never reads every text of a large library.
 * `ready` settles once the articles as they are now have been read: what
 * changes after it is indexed.
 */
export interface PassageIndexWatch {
  readonly ready: Promise<void>;
  stop(): void;
}

export function watchPassageIndex(onError: (error: unknown) => void = () => undefined): PassageIndexWatch {
  let seen: Map<Id, Id> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const subscription: Subscription = liveQuery(async () =>
    (await getDb().articles.toArray()).map((a) => [a.id, a.currentRevisionId] as const),
  ).subscribe({
    next: (pairs) => {
      const next = new Map(pairs);
      const previous = seen;
      seen = next;
      markReady();
      if (!previous) return;
      for (const [articleId, revisionId] of next) {
        if (previous.get(articleId) === revisionId) continue;
        // One at a time, in order: a quick second revision must not be overwritten by the first.
        queue = queue.then(() => ensurePassageIndex(articleId, revisionId).then(() => undefined)).catch(onError);
      }
    },
    error: (error: unknown) => {
      markReady();
      onError(error);
    },
  });
  return { ready, stop: () => subscription.unsubscribe() };
}

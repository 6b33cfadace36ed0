/** Articles and their revisions. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article, Claim, ClaimEvent, Evidence, FlagDecision, ImportInfo, Paragraph, PassageIndexEntry, Revision, RevisionOrigin } from '../core/model';
import { hashString } from '../core/text/hash';
import { getDb } from './db';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';
import { checkBasedOn, StaleWriteError, versionOf } from './errors';
import { holdSharedQuery, KEEP_MS, useSharedLiveQuery } from './shared-live';

export interface NewArticle {
  title: string;
  language: string;
  text: string;
  paragraphs: readonly Paragraph[];
  importInfo: ImportInfo;
  sourceUrl?: string;
  publishedAt?: string;
  byline?: string;
}

/** Creates an article and its first revision in one transaction. */
export async function createArticle(input: NewArticle): Promise<Article> {
  const db = getDb();
  const now = nowIso();
  const revision: Revision = {
    id: newId(),
    articleId: newId(),
    number: 1,
    text: input.text,
    paragraphs: input.paragraphs,
    origin: 'import',
    createdAt: now,
    importInfo: input.importInfo,
  };
  const article: Article = {
    id: revision.articleId,
    title: input.title,
    language: input.language,
    createdAt: now,
    updatedAt: now,
    currentRevisionId: revision.id,
    textHash: hashString(input.text),
    ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(input.byline ? { byline: input.byline } : {}),
  };
  await runWrite('article:create', () =>
    db.transaction('rw', db.articles, db.revisions, async () => {
      await db.revisions.add(revision);
      await db.articles.add(article);
    }),
  );
  return article;
}

export async function getArticle(id: string): Promise<Article | undefined> {
  return getDb().articles.get(id);
}

export async function getRevision(id: string): Promise<Revision | undefined> {
  return getDb().revisions.get(id);
}

export async function listRevisions(articleId: string): Promise<Revision[]> {
  return getDb().revisions.where('[articleId+number]').between([articleId, 0], [articleId, Infinity]).toArray();
}

export type ArticlePatch = Partial<Pick<Article, 'title' | 'language' | 'sourceUrl' | 'publishedAt' | 'byline' | 'verdict' | 'verdictSummary'>>;

/**
 * Renames or edits metadata of an article in one transaction. With
 * `basedOn` (the version the editor's form was filled from), an article
 * written since is left as it is (StaleWriteError with it as stored).
 */
export async function updateArticle(id: string, patch: ArticlePatch, basedOn?: number): Promise<void> {
  const db = getDb();
  await runWrite('article:update', () =>
    db.transaction('rw', db.articles, async () => {
      const article = await db.articles.get(id);
      if (!article) throw new Error('The article no longer exists.');
      checkBasedOn(article, basedOn);
      const next: Article = { ...article, ...patch, updatedAt: nowIso() };
      for (const key of ['sourceUrl', 'publishedAt', 'byline', 'verdict', 'verdictSummary'] as const) if (next[key] === '' || next[key] === undefined) delete next[key];
      await db.articles.put(next);
    }),
  );
}

/** Metadata an import brings: it fills what the article lacks, never replaces what it has. */
export type ArticleFill = Partial<Pick<Article, 'sourceUrl' | 'publishedAt' | 'byline'>>;

/** The article with `fill` in the fields it lacks; null when nothing changes. */
function filled(article: Article, fill: ArticleFill): Article | null {
  const next: Article = { ...article };
  let changed = false;
  for (const key of ['sourceUrl', 'publishedAt', 'byline'] as const) {
    const value = fill[key]?.trim();
    if (value && !article[key]) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? next : null;
}

/** Fills the article's missing metadata from `fill`, inside the caller's transaction (over articles). */
export async function fillArticleInTransaction(articleId: string, fill: ArticleFill): Promise<void> {
  const db = getDb();
  const article = await db.articles.get(articleId);
  const next = article && filled(article, fill);
  if (next) await db.articles.put({ ...next, updatedAt: nowIso() });
}

/**
 * "Merge into the existing article" for a re-imported article file: its
 * text is already there (current or earlier revision), so only the
 * metadata the article lacks is taken. One transaction.
 */
export async function mergeArticleMetadata(articleId: string, fill: ArticleFill): Promise<void> {
  const db = getDb();
  await runWrite('article:merge', () =>
    db.transaction('rw', db.articles, async () => {
      if (!(await db.articles.get(articleId))) throw new Error('The article no longer exists.');
      await fillArticleInTransaction(articleId, fill);
    }),
  );
}

/** Everything that belongs to one article, as deleted (for undo). */
export interface DeletedArticle {
  article: Article;
  revisions: Revision[];
  claims: Claim[];
  claimEvents?: ClaimEvent[];
  evidence: Evidence[];
  flagDecisions: FlagDecision[];
  passageIndex: PassageIndexEntry[];
}

/**
 * Every row that belongs to article `id`, as stored (nothing checked or
 * parsed: also what "Export raw" saves of an article that cannot be shown).
 * Null when there is no such article. Call inside a transaction over these tables.
 */
export async function articleRows(id: string): Promise<DeletedArticle | null> {
  const db = getDb();
  const article = await db.articles.get(id);
  if (!article) return null;
  const revisions = await db.revisions.where('articleId').equals(id).toArray();
  const claims = await db.claims.where('articleId').equals(id).toArray();
  const claimIds = claims.map((c) => c.id);
  const evidence = claimIds.length ? await db.evidence.where('claimId').anyOf(claimIds).toArray() : [];
  const flagDecisions = await db.flagDecisions.where('articleId').equals(id).toArray();
  const passageIndex = await db.passageIndex.where('articleId').equals(id).toArray();
  const claimEvents = await db.claimEvents.where('articleId').equals(id).toArray();
  return { article, revisions, claims, claimEvents, evidence, flagDecisions, passageIndex };
}

/** Deletes an article with its revisions, claims (and their history), evidence, decisions and index entries, in one transaction. */
export async function deleteArticle(id: string): Promise<DeletedArticle | null> {
  const db = getDb();
  return runWrite('article:delete', () =>
    db.transaction('rw', [db.articles, db.revisions, db.claims, db.claimEvents, db.evidence, db.flagDecisions, db.passageIndex], async () => {
      const rows = await articleRows(id);
      if (!rows) return null;
      await db.claimEvents.bulkDelete((rows.claimEvents ?? []).map((e) => e.id));
      await db.evidence.bulkDelete(rows.evidence.map((e) => e.id));
      await db.claims.bulkDelete(rows.claims.map((c) => c.id));
      await db.flagDecisions.bulkDelete(rows.flagDecisions.map((d) => d.id));
      await db.passageIndex.where('articleId').equals(id).delete();
      await db.revisions.bulkDelete(rows.revisions.map((r) => r.id));
      await db.articles.delete(id);
      return rows;
    }),
  );
}

/** Puts a deleted article back exactly as it was (undo of delete). */
export async function restoreArticle(deleted: DeletedArticle): Promise<void> {
  const db = getDb();
  await runWrite('article:restore', () =>
    db.transaction('rw', [db.articles, db.revisions, db.claims, db.claimEvents, db.evidence, db.flagDecisions, db.passageIndex], async () => {
      await db.revisions.bulkAdd(deleted.revisions);
      await db.articles.add(deleted.article);
      await db.claims.bulkAdd(deleted.claims);
      await db.claimEvents.bulkAdd(deleted.claimEvents ?? []);
      await db.evidence.bulkAdd(deleted.evidence);
      await db.flagDecisions.bulkAdd(deleted.flagDecisions);
      await db.passageIndex.bulkPut(deleted.passageIndex);
    }),
  );
}

export interface NewRevision {
  text: string;
  paragraphs: readonly Paragraph[];
  origin: RevisionOrigin;
  importInfo: ImportInfo;
  /**
   * The revision the new text was edited from: when another window (or a
   * restore) made another revision current since, nothing is written
   * (StaleWriteError with the article as stored).
   */
  basedOnRevision?: string;
}

/** The tables `addRevisionInTransaction` and its re-anchoring write: a caller's transaction must include them. */
export const REVISION_TABLES = ['articles', 'revisions', 'claims', 'claimEvents', 'settings', 'passageIndex'] as const;

/**
 * Adds a revision and makes it current, inside the caller's transaction
 * (over REVISION_TABLES at least). Returns the new revision.
 */
export async function addRevisionInTransaction(articleId: string, input: NewRevision): Promise<Revision> {
  const db = getDb();
  const article = await db.articles.get(articleId);
  if (!article) throw new Error('The article no longer exists.');
  if (input.basedOnRevision !== undefined && article.currentRevisionId !== input.basedOnRevision) throw new StaleWriteError(article, versionOf(article));
  const last = await db.revisions.where('[articleId+number]').between([articleId, 0], [articleId, Infinity]).last();
  const revision: Revision = {
    id: newId(),
    articleId,
    number: (last?.number ?? 0) + 1,
    text: input.text,
    paragraphs: input.paragraphs,
    origin: input.origin,
    createdAt: nowIso(),
    importInfo: input.importInfo,
  };
  await db.revisions.add(revision);
  await db.articles.put({ ...article, currentRevisionId: revision.id, textHash: hashString(input.text), updatedAt: nowIso() });
  return revision;
}

/**
 * Adds a revision and makes it current, in one transaction. `inTransaction`
 * runs inside the same transaction (e.g. to re-anchor claims, and record
 * it in their history: it may write claims, claimEvents and read settings),
 * so that the revision and the claims moved onto it are saved together or
 * not at all.
 */
export async function addRevision(
  articleId: string,
  input: NewRevision,
  inTransaction?: (revision: Revision) => Promise<void>,
): Promise<Revision> {
  const db = getDb();
  return runWrite('revision:add', () =>
    db.transaction('rw', REVISION_TABLES.map((name) => db.table(name)), async () => {
      const revision = await addRevisionInTransaction(articleId, input);
      if (inTransaction) await inTransaction(revision);
      return revision;
    }),
  );
}

/** Live list of articles, newest first. */
export function useArticles(): Article[] | undefined {
  return useLiveQuery(() => getDb().articles.orderBy('createdAt').reverse().toArray(), []);
}

const readArticle = async (id: string): Promise<Article | null> => (await getDb().articles.get(id)) ?? null;
const readRevision = async (id: string): Promise<Revision | null> => (await getDb().revisions.get(id)) ?? null;

/** Live article (null when there is none or no id; undefined while it is read), one query however many panes show it. */
export function useArticle(id: string | undefined): Article | undefined | null {
  const value = useSharedLiveQuery(id === undefined ? undefined : `article:${id}`, () => readArticle(id!));
  return id === undefined ? null : value;
}

/** Live revision (null when there is none or no id; undefined while it is read), one query however many panes show it. */
export function useRevision(id: string | undefined): Revision | undefined | null {
  const value = useSharedLiveQuery(id === undefined ? undefined : `revision:${id}`, () => readRevision(id!));
  return id === undefined ? null : value;
}

/**
 * Starts reading an article being opened, and its current text, before any
 * pane has rendered it: the text (the long read) then starts as soon as the
 * article record says which revision is current, not after a render. The
 * panes that show them find the reads under way (storage/shared-live.ts).
 */
export function prefetchArticle(id: string): void {
  void getDb()
    .articles.get(id)
    .then((article) => {
      if (!article) return;
      const release = holdSharedQuery(`revision:${article.currentRevisionId}`, () => readRevision(article.currentRevisionId));
      setTimeout(release, KEEP_MS);
    })
    // A failed read is the panes' to show (they read it again); nothing is lost here.
    .catch(() => undefined);
}

/** Live number of revisions of an article (the current one is usually the last). */
export function useRevisionCount(articleId: string | undefined): number | undefined {
  return useLiveQuery(
    async () => (articleId ? getDb().revisions.where('[articleId+number]').between([articleId, 0], [articleId, Infinity]).count() : 0),
    [articleId],
  );
}

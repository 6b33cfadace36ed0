/**
 * Issue 18, point 5: every article, claim and source write counts
 * (storage/versions.ts), and a write based on an older version is refused
 * inside its transaction — nothing written, the stored record returned —
 * whether the record moved on because of another window or a restore.
 */
import './backup-env';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { addRevision, createArticle, updateArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim, restoreClaimFields, updateClaim } from '../../src-renderer/storage/claims-repo';
import { createSource, updateSource } from '../../src-renderer/storage/sources-repo';
import { createBackup, restoreBackup } from '../../src-renderer/storage/backup';
import { StaleWriteError } from '../../src-renderer/storage/errors';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { versionAfterPut } from '../../src-renderer/storage/versions';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article, Claim, Source } from '../../src-renderer/core/model';
import type { SourceDraft } from '../../src-renderer/core/sources/source-draft';
import { ArticleSchema, ClaimSchema, parseWith } from '../../src-renderer/core/schema/records';

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
});

const TEXT = 'The council approved the plan by seven votes to two on Tuesday.';

async function anArticle(): Promise<Article> {
  const n = normalizeText(TEXT);
  return createArticle({ title: 'Bridge vote', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
}

async function aClaim(): Promise<Claim> {
  const a = await anArticle();
  return createClaim({ articleId: a.id, revisionId: a.currentRevisionId, target: createTarget(TEXT, 4, 11) }, 'Ada');
}

const draft = (over: Partial<SourceDraft> = {}): SourceDraft => ({ url: 'https://council.example.gov/minutes', title: 'Minutes', publisher: 'City council', kind: 'official-document', reliability: 0, notes: '', ...over });

async function refusal<T>(write: Promise<unknown>): Promise<StaleWriteError<T>> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaleWriteError);
  return error as StaleWriteError<T>;
}

const stored = async (id: string) => (await db.claims.get(id))!;

describe('record versions', () => {
  it('start at 1 and count every write, undo included', async () => {
    const claim = await aClaim();
    expect((await stored(claim.id)).version).toBe(1);
    const change = await updateClaim(claim.id, { note: 'a' }, 'Ada', 'claim:note', 'edited', 1);
    expect(change.version).toBe(2);
    expect((await stored(claim.id)).version).toBe(2);
    await restoreClaimFields(claim.id, change.before);
    expect((await stored(claim.id)).version).toBe(3);
  });

  it('a record written before versions counts as 1, and its next write makes it 2', async () => {
    const claim = await aClaim();
    await db.transaction('rw', db.claims, async () => {
      const { version: _dropped, ...legacy } = await stored(claim.id);
      // Written the way an old build wrote it: the add keeps what it is given.
      await db.claims.delete(claim.id);
      await db.claims.add(legacy as Claim);
    });
    expect((await stored(claim.id)).version).toBe(1);
    await updateClaim(claim.id, { note: 'from an old row' }, 'Ada', 'claim:note', 'edited', 1);
    expect((await stored(claim.id)).version).toBe(2);
  });

  it('never go back, whatever object a write path builds (a source rebuilt from its fields)', async () => {
    const created = await createSource(draft());
    if (!created.ok) throw new Error('not created');
    const id = created.source.id;
    for (let i = 0; i < 3; i++) {
      const r = await updateSource(id, draft({ title: `Minutes ${i}` }));
      expect(r.ok).toBe(true);
    }
    expect((await db.sources.get(id))?.version).toBe(4);
    expect(versionAfterPut({ version: 9 }, { title: 'no version' })).toBe(10);
    expect(versionAfterPut(undefined, {})).toBe(1);
    expect(versionAfterPut({ version: 3 }, { version: 1_700_000_000_000 })).toBe(1_700_000_000_001);
  });

  it('the record schemas accept a version and refuse one that is not a count from 1', async () => {
    const claim = await stored((await aClaim()).id);
    expect(parseWith(ClaimSchema, claim).ok).toBe(true);
    expect(parseWith(ClaimSchema, { ...claim, version: 0 }).ok).toBe(false);
    expect(parseWith(ClaimSchema, { ...claim, version: '2' }).ok).toBe(false);
    const article = (await db.articles.get(claim.articleId))!;
    expect(parseWith(ArticleSchema, article).ok).toBe(true);
    expect(parseWith(ArticleSchema, { ...article, version: 1.5 }).ok).toBe(false);
  });
});

describe('a claim write based on an older version', () => {
  it('is refused with the stored claim, and nothing is written (two windows on one note)', async () => {
    const claim = await aClaim();
    // Window A and window B both opened the claim at version 1; A saves first.
    await updateClaim(claim.id, { note: 'A: checked with the clerk' }, 'Ada', 'claim:note', 'edited', 1);
    const stale = await refusal<Claim>(updateClaim(claim.id, { note: 'B: waiting for the minutes' }, 'Bob', 'claim:note', 'edited', 1));
    expect(stale.stored.note).toBe('A: checked with the clerk');
    expect(stale.stored.version).toBe(2);
    expect((await stored(claim.id)).note).toBe('A: checked with the clerk');
    expect((await stored(claim.id)).updatedBy).toBe('Ada');
    // Not a failed write waiting for Retry: the editor chooses instead.
    expect(getSaveState().kind).not.toBe('failed');
    // "Keep mine": B writes again, based on what it was shown.
    await updateClaim(claim.id, { note: 'B: waiting for the minutes' }, 'Bob', 'claim:note', 'edited', stale.stored.version);
    expect((await stored(claim.id)).note).toBe('B: waiting for the minutes');
  });

  it('is refused after a restore replaced the claim, even one restored with the same count', async () => {
    const claim = await aClaim();
    const backup = await createBackup(db);
    // The inspector has the claim open at version 1; the editor restores the backup meanwhile.
    expect((await restoreBackup(backup.text, 'replace', db)).ok).toBe(true);
    const stale = await refusal<Claim>(updateClaim(claim.id, { note: 'typed before the restore' }, 'Ada', 'claim:note', 'edited', 1));
    expect(stale.stored.note).toBe('');
    expect((await stored(claim.id)).note).toBe('');
  });

  it('is refused after a merge restore brought in a newer copy of the claim', async () => {
    const claim = await aClaim();
    await updateClaim(claim.id, { note: 'in the backup' }, 'Ada', 'claim:note', 'edited', 1);
    const backup = await createBackup(db);
    await restoreClaimFields(claim.id, { note: 'older', updatedAt: '2000-01-01T00:00:00.000Z', updatedBy: 'Ada' });
    const version = (await stored(claim.id)).version!;
    expect((await restoreBackup(backup.text, 'merge', db)).ok).toBe(true);
    const stale = await refusal<Claim>(updateClaim(claim.id, { note: 'mine' }, 'Ada', 'claim:note', 'edited', version));
    expect(stale.stored.note).toBe('in the backup');
  });

  it('a write without a version (a recovered draft) still goes through', async () => {
    const claim = await aClaim();
    await updateClaim(claim.id, { note: 'x' }, 'Ada', 'claim:note', 'edited', 1);
    await updateClaim(claim.id, { note: 'y' }, 'Ada');
    expect((await stored(claim.id)).note).toBe('y');
  });
});

describe('article and source writes based on an older version', () => {
  it('an article’s details saved in another window refuse this window’s older form', async () => {
    const article = await anArticle();
    const opened = (await db.articles.get(article.id))!;
    await updateArticle(article.id, { title: 'Bridge vote: 7–2' }, opened.version);
    const stale = await refusal<Article>(updateArticle(article.id, { title: 'Council backs repairs' }, opened.version));
    expect(stale.stored.title).toBe('Bridge vote: 7–2');
    expect((await db.articles.get(article.id))?.title).toBe('Bridge vote: 7–2');
    await updateArticle(article.id, { title: 'Council backs repairs' }, stale.stored.version);
    expect((await db.articles.get(article.id))?.title).toBe('Council backs repairs');
  });

  it('a text edited from a revision another window replaced is refused; nothing is added', async () => {
    const article = await anArticle();
    const edit = (text: string, basedOnRevision: string) => {
      const n = normalizeText(text);
      return addRevision(article.id, { text: n.text, paragraphs: n.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] }, basedOnRevision });
    };
    const theirs = await edit(`${TEXT} Work starts in March.`, article.currentRevisionId);
    const stale = await refusal<Article>(edit(`${TEXT} Work starts in May.`, article.currentRevisionId));
    expect(stale.stored.currentRevisionId).toBe(theirs.id);
    expect(await db.revisions.where('articleId').equals(article.id).count()).toBe(2);
    // "Keep mine": saved on top of theirs, which stays in the history.
    await edit(`${TEXT} Work starts in May.`, theirs.id);
    expect(await db.revisions.where('articleId').equals(article.id).count()).toBe(3);
  });

  it('a source edited in another window refuses this window’s older form', async () => {
    const created = await createSource(draft());
    if (!created.ok) throw new Error('not created');
    const opened: Source = (await db.sources.get(created.source.id))!;
    expect((await updateSource(opened.id, draft({ title: 'Minutes of 3 June' }), opened.version)).ok).toBe(true);
    const stale = await refusal<Source>(updateSource(opened.id, draft({ publisher: 'Council clerk' }), opened.version));
    expect(stale.stored.title).toBe('Minutes of 3 June');
    expect((await db.sources.get(opened.id))?.publisher).toBe('City council');
  });

  it('an article open across a merge restore that brought a newer copy cannot be overwritten unawares', async () => {
    const article = await anArticle();
    await updateArticle(article.id, { byline: 'In the backup' });
    const backup = await createBackup(db);
    await db.articles.put({ ...(await db.articles.get(article.id))!, byline: 'older', updatedAt: '2000-01-01T00:00:00.000Z' });
    const opened = (await db.articles.get(article.id))!;
    expect((await restoreBackup(backup.text, 'merge', db)).ok).toBe(true);
    const stale = await refusal<Article>(updateArticle(article.id, { byline: 'mine' }, opened.version));
    expect(stale.stored.byline).toBe('In the backup');
    expect((await db.articles.get(article.id))?.byline).toBe('In the backup');
  });

  it('an article open across a restore cannot be overwritten unawares', async () => {
    const article = await anArticle();
    const opened = (await db.articles.get(article.id))!;
    const backup = await createBackup(db);
    expect((await restoreBackup(backup.text, 'replace', db)).ok).toBe(true);
    await refusal<Article>(updateArticle(article.id, { byline: 'typed before the restore' }, opened.version));
    expect((await db.articles.get(article.id))?.byline).toBeUndefined();
  });
});

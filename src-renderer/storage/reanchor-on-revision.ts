/**
 * A new revision of an article, with its claims carried over: the revision
 * is added and every claim re-anchored onto it in ONE transaction, so that a
 * crash or a failed write never leaves claims pointing at offsets of a text
 * that is no longer current.
 *
 * Orphans keep the revision and target where they were last found (so a
 * later revision that brings the sentence back can find them again) and are
 * tried again on every new revision; `orphan.sinceRevisionId` records the
 * first revision they were missing from.
 *
 * A claim whose words changed (a fuzzy match: the passage was edited) has
 * the change recorded in its history, by the editor who made the revision;
 * if it was rated on other words, its verdict is kept but marked stale and
 * the claim goes back to In review (core/claim-rules `afterTextChange`)
 * until an editor confirms or changes it. A claim merely moved keeps its
 * words: its offsets change silently.
 */
import type { reanchorTargets as ReanchorTargets, ReanchorStatus } from '../core/anchoring/reanchor';
import { afterTextChange } from '../core/claim-rules';
import type { Claim, Revision } from '../core/model';
import { addRevision, fillArticleInTransaction, type ArticleFill, type NewRevision } from './articles-repo';
import { editorInTransaction, recordClaimChange } from './claim-events-repo';
import { getDb } from './db';
import { nowIso } from './ids';

export type ReanchorSummary = Record<ReanchorStatus, number> & {
  /** Rated claims whose words changed: their verdicts need confirming. */
  stale: number;
};

export interface RevisionWithReanchoring {
  revision: Revision;
  summary: ReanchorSummary;
}

/** A summary with nothing counted yet. */
export function emptySummary(): ReanchorSummary {
  return { unchanged: 0, moved: 0, fuzzy: 0, orphan: 0, stale: 0 };
}

/**
 * Re-anchors every claim of the article onto `rev` (its new current
 * revision), inside the caller's transaction (over claims, revisions,
 * claimEvents and settings at least), counting the outcomes in `summary`.
 */
export async function reanchorClaimsInTransaction(articleId: string, rev: Revision, summary: ReanchorSummary, reanchorTargets: typeof ReanchorTargets): Promise<void> {
  const db = getDb();
  const editor = await editorInTransaction(db);
  const at = nowIso();
  const changed: [Claim, Claim][] = [];
  const claims = await db.claims.where('articleId').equals(articleId).toArray();
  const byRevision = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byRevision.get(claim.revisionId);
    if (list) list.push(claim);
    else byRevision.set(claim.revisionId, [claim]);
  }
  const revisions = await db.revisions.bulkGet([...byRevision.keys()]);
  const updated: Claim[] = [];
  [...byRevision.values()].forEach((group, i) => {
    // A claim whose revision is gone can only be found by its quote.
    const oldText = revisions[i]?.text ?? '';
    const results = reanchorTargets(oldText, rev.text, group.map((c) => c.target));
    group.forEach((claim, j) => {
      const result = results[j] ?? { status: 'orphan' as const };
      summary[result.status]++;
      if (result.status === 'orphan' || !result.target) {
        if (!claim.orphan) updated.push({ ...claim, orphan: { sinceRevisionId: rev.id } });
        return;
      }
      let next: Claim = { ...claim, revisionId: rev.id, target: result.target };
      delete next.orphan;
      if (result.target.quote.exact !== claim.target.quote.exact) {
        const rules = afterTextChange(claim, result.target.quote.exact, rev.id, at);
        next = { ...next, ...rules, updatedAt: at, updatedBy: editor };
        for (const key of Object.keys(rules) as (keyof typeof rules)[]) if (rules[key] === undefined) delete next[key];
        if (next.stale && !claim.stale) summary.stale++;
        changed.push([claim, next]);
      }
      updated.push(next);
    });
  });
  if (updated.length) await db.claims.bulkPut(updated);
  for (const [before, after] of changed) await recordClaimChange(db, before, after, editor, 'reanchored');
}

/**
 * Adds `input` as the article's new current revision and re-anchors every
 * claim of the article onto it (core/anchoring `reanchorTargets`: positions
 * mapped through a diff, then a quote search with context; below the
 * threshold a claim becomes an orphan, never attached to a look-alike).
 * `fill` (a re-imported file's metadata) fills what the article lacks, in
 * the same transaction.
 */
export async function addRevisionWithReanchoring(articleId: string, input: NewRevision, fill?: ArticleFill): Promise<RevisionWithReanchoring> {
  // The re-anchoring engine loads with the first new revision, before the
  // transaction (an IndexedDB transaction ends if it waits on anything else).
  const { reanchorTargets } = await import('../core/anchoring/reanchor');
  const summary = emptySummary();
  const revision = await addRevision(articleId, input, async (rev) => {
    await reanchorClaimsInTransaction(articleId, rev, summary, reanchorTargets);
    if (fill) await fillArticleInTransaction(articleId, fill);
  });
  return { revision, summary };
}

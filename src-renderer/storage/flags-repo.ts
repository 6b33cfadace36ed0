/**
 * The editor's decisions on analysis findings (`flagDecisions`): a flag
 * dismissed with a reason, or a suggested claim rejected. Flags are derived
 * data, recomputed on every analysis; a decision is keyed by the flag's
 * fingerprint (stable across re-analysis and revisions), so it keeps
 * applying to the same finding. A rejected suggestion is stored the same way,
 * under a fingerprint 'suggestion:<hash of its normalised text>' — the
 * schema stays at version 1.
 *
 * Every write is one user action: one `runWrite`, one transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { SUGGESTION_PREFIX } from '../core/analysis/decisions';
import type { FlagDecision, Id } from '../core/model';
import { getDb } from './db';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';

/**
 * Dismisses a finding (or rejects a suggestion) in one transaction. A finding
 * already dismissed keeps its record and date and gets the new reason.
 * Returns the decision as stored.
 */
export async function dismissFlag(articleId: Id, fingerprint: string, reason: string): Promise<FlagDecision> {
  const db = getDb();
  return runWrite(fingerprint.startsWith(SUGGESTION_PREFIX) ? 'suggestion:reject' : 'flag:dismiss', () =>
    db.transaction('rw', db.articles, db.flagDecisions, async () => {
      if (!(await db.articles.get(articleId))) throw new Error('The article no longer exists.');
      const existing = await db.flagDecisions.where('[articleId+fingerprint]').equals([articleId, fingerprint]).first();
      const decision: FlagDecision = existing
        ? { ...existing, decision: 'dismissed', reason }
        : { id: newId(), articleId, fingerprint, decision: 'dismissed', reason, createdAt: nowIso() };
      await db.flagDecisions.put(decision);
      return decision;
    }),
  );
}

/**
 * Restores a dismissed finding (or a rejected suggestion) in one
 * transaction. Returns the decision it removed (to undo the restore), or
 * null when there was none.
 */
export async function restoreFlag(articleId: Id, fingerprint: string): Promise<FlagDecision | null> {
  const db = getDb();
  return runWrite(fingerprint.startsWith(SUGGESTION_PREFIX) ? 'suggestion:restore' : 'flag:restore', () =>
    db.transaction('rw', db.flagDecisions, async () => {
      const existing = await db.flagDecisions.where('[articleId+fingerprint]').equals([articleId, fingerprint]).first();
      if (!existing) return null;
      await db.flagDecisions.delete(existing.id);
      return existing;
    }),
  );
}

/** Puts a removed decision back exactly as it was (undo of a restore), in one transaction. */
export async function putBackDecision(decision: FlagDecision): Promise<void> {
  const db = getDb();
  await runWrite('flag:dismiss', () =>
    db.transaction('rw', db.articles, db.flagDecisions, async () => {
      if (!(await db.articles.get(decision.articleId))) throw new Error('The article no longer exists.');
      const existing = await db.flagDecisions.where('[articleId+fingerprint]').equals([decision.articleId, decision.fingerprint]).first();
      if (existing && existing.id !== decision.id) await db.flagDecisions.delete(existing.id);
      await db.flagDecisions.put(decision);
    }),
  );
}

/** Every decision on an article's findings. */
export async function getFlagDecisions(articleId: Id): Promise<FlagDecision[]> {
  return getDb().flagDecisions.where('articleId').equals(articleId).toArray();
}

/** Live decisions of an article; undefined while loading (or without an article). */
export function useFlagDecisions(articleId: Id | undefined): FlagDecision[] | undefined {
  return useLiveQuery(async () => (articleId ? getFlagDecisions(articleId) : undefined), [articleId]);
}

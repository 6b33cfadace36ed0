/**
 * Claims' history (the `claimEvents` table). Every repository that changes a
 * claim appends its event here, INSIDE its own transaction — so a change and
 * its record are saved together or not at all. Callers must include
 * `db.claimEvents` (and `db.settings`, for `editorInTransaction`) in the
 * transaction's tables.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { claimChanges, coalesce, compareEvents } from '../core/claim-history';
import type { Claim, ClaimEvent, ClaimEventKind, Evidence, EvidenceRef, FieldChange, Source } from '../core/model';
import { getDb, type WorkbenchDb } from './db';
import { newId, nowIso } from './ids';

/** The editor's name as Settings hold it, read in the caller's transaction ('' when unset). */
export async function editorInTransaction(db: WorkbenchDb): Promise<string> {
  const value = (await db.settings.get('editorName'))?.value;
  return typeof value === 'string' ? value : '';
}

/**
 * Appends an event to the history of `claim` (in the caller's transaction).
 * Events of one claim keep the order they were written in: one written in
 * the same millisecond as the last is dated a millisecond after it. A burst
 * of typing in one field is one event (core/claim-history `coalesce`).
 * Nothing is written for an empty list of changes, except for 'created'
 * and 'confirmed' (a verdict re-affirmed on the same words is worth saying).
 */
export async function appendClaimEvent(
  db: WorkbenchDb,
  claim: Pick<Claim, 'id' | 'articleId'>,
  editor: string,
  kind: ClaimEventKind,
  changes: readonly FieldChange[],
): Promise<ClaimEvent | null> {
  if (changes.length === 0 && kind !== 'created' && kind !== 'confirmed') return null;
  const last = await db.claimEvents.where('[claimId+at]').between([claim.id, Dexie.minKey], [claim.id, Dexie.maxKey]).last();
  let at = nowIso();
  if (last && at <= last.at) at = new Date(Date.parse(last.at) + 1).toISOString();
  const event: ClaimEvent = { id: newId(), claimId: claim.id, articleId: claim.articleId, editor, at, kind, changes };
  const merged = coalesce(last, event);
  if (merged) {
    await db.claimEvents.put(merged);
    return merged;
  }
  await db.claimEvents.add(event);
  return event;
}

/** Records what differs between two states of a claim (in the caller's transaction). */
export function recordClaimChange(db: WorkbenchDb, before: Claim, after: Claim, editor: string, kind: ClaimEventKind): Promise<ClaimEvent | null> {
  return appendClaimEvent(db, after, editor, kind, claimChanges(before, after));
}

/** A link as the claim's history remembers it (the source may be renamed or deleted later). */
function evidenceRef(evidence: Evidence, source: Pick<Source, 'title' | 'url'> | undefined): EvidenceRef {
  return { sourceId: evidence.sourceId, title: source?.title || source?.url || '', stance: evidence.stance };
}

/**
 * Records a link made (`before` absent), changed, or removed (`after`
 * absent) in its claim's history, in the caller's transaction (which must
 * include claims, sources, claimEvents and settings); the editor is the one
 * named in Settings. Nothing for a claim that no longer exists.
 */
export async function recordLink(db: WorkbenchDb, before: Evidence | undefined, after: Evidence | undefined): Promise<void> {
  const link = after ?? before;
  if (!link) return;
  const claim = await db.claims.get(link.claimId);
  if (!claim) return;
  const source = await db.sources.get(link.sourceId);
  const change: FieldChange = { field: 'evidence', ...(before && { before: evidenceRef(before, source) }), ...(after && { after: evidenceRef(after, source) }) };
  await appendClaimEvent(db, claim, await editorInTransaction(db), 'evidence', [change]);
}

/** The history of a claim, oldest first. */
export async function listClaimEvents(claimId: string): Promise<ClaimEvent[]> {
  const events = await getDb().claimEvents.where('[claimId+at]').between([claimId, Dexie.minKey], [claimId, Dexie.maxKey]).toArray();
  return events.sort(compareEvents);
}

/** Live: the history of a claim, oldest first; undefined while loading. */
export function useClaimEvents(claimId: string | undefined): ClaimEvent[] | undefined {
  return useLiveQuery(async () => (claimId ? listClaimEvents(claimId) : []), [claimId]);
}

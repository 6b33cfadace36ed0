/**
 * Evidence: the links between claims and sources, each with a stance, and
 * optionally the quoted excerpt of the source, a locator (page, section,
 * timestamp) and a note.
 *
 * A claim cites many sources and a source many claims, but a source at most
 * once per claim: the schema's unique [claimId+sourceId] index enforces it,
 * and each write checks first so the refusal is a value the form can show.
 * Creating a source and linking it is ONE transaction: an editor never ends
 * up with a new source but no link, or the reverse.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence, Source, Stance } from '../core/model';
import type { SourceDraft } from '../core/sources/source-draft';
import { recordLink } from './claim-events-repo';
import { getDb } from './db';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';
import { addSourceInTransaction, guarded, type SourceRefusal } from './sources-repo';

export { getSourcesByIds } from './sources-repo';

/** The editable fields of a link. Empty strings are stored as absent fields. */
export interface EvidenceFields {
  stance: Stance;
  quote?: string;
  locator?: string;
  note?: string;
}

/** Why a link could not be made or changed. */
export type EvidenceRefusal =
  | SourceRefusal
  /** `source` is absent when only the unique index noticed. */
  | { readonly ok: false; readonly reason: 'already-linked'; readonly source?: Source }
  | { readonly ok: false; readonly reason: 'claim-missing' }
  | { readonly ok: false; readonly reason: 'source-missing' };

/** A link target: a source of the library, or a new one to create with the link. */
export type LinkTarget = { readonly sourceId: string } | { readonly draft: SourceDraft };

export type LinkResult =
  | { readonly ok: true; readonly evidence: Evidence; readonly source: Source; readonly createdSource: boolean }
  | EvidenceRefusal;

class LinkRefused extends Error {
  constructor(readonly refusal: EvidenceRefusal) {
    super(refusal.reason);
    this.name = 'LinkRefused';
  }
}

function refuseLink(refusal: EvidenceRefusal): never {
  throw new LinkRefused(refusal);
}

/** Links, with their text trimmed and empty optional fields absent. */
function tidy(fields: EvidenceFields): EvidenceFields {
  const out: EvidenceFields = { stance: fields.stance };
  for (const key of ['quote', 'locator', 'note'] as const) {
    const value = fields[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Runs a link write whose expected refusals are values (see `guarded`).
 * `onConstraint` says which refusal a unique-index violation means for this
 * write: the checks inside the transaction make it a race with another window.
 */
async function guardedLink<T>(label: string, write: () => Promise<T>, onConstraint: () => EvidenceRefusal): Promise<T | EvidenceRefusal> {
  return guarded(
    label,
    async () => {
      try {
        return await write();
      } catch (error) {
        if (error instanceof LinkRefused) return error.refusal;
        throw error;
      }
    },
    onConstraint,
  );
}

/**
 * Links a claim to a source, creating the source first when `target` is a
 * draft, in ONE transaction. Refused: a claim or source that no longer
 * exists, a source already linked to this claim, a draft whose address is
 * already in the library (the form offers that source instead), an invalid
 * draft.
 */
export async function linkSource(claimId: string, target: LinkTarget, fields: EvidenceFields): Promise<LinkResult> {
  const db = getDb();
  return guardedLink('evidence:link', () =>
    db.transaction('rw', [db.claims, db.sources, db.evidence, db.claimEvents, db.settings], async () => {
      if (!(await db.claims.get(claimId))) refuseLink({ ok: false, reason: 'claim-missing' });
      let source: Source;
      let createdSource = false;
      if ('draft' in target) {
        source = await addSourceInTransaction(target.draft);
        createdSource = true;
      } else {
        const found = await db.sources.get(target.sourceId);
        if (!found) refuseLink({ ok: false, reason: 'source-missing' });
        source = found;
        const linked = await db.evidence.where('[claimId+sourceId]').equals([claimId, source.id]).first();
        if (linked) refuseLink({ ok: false, reason: 'already-linked', source });
      }
      const evidence: Evidence = { id: newId(), claimId, sourceId: source.id, ...tidy(fields), createdAt: nowIso() };
      await db.evidence.add(evidence);
      await recordLink(db, undefined, evidence);
      return { ok: true as const, evidence, source, createdSource };
    }),
    // A new source cannot already be linked, so only its address can collide.
    () => ('draft' in target ? { ok: false, reason: 'duplicate-url' } : { ok: false, reason: 'already-linked' }),
  );
}

/** Changes the stance, quote, locator and note of a link; returns it before and after (for undo). */
export async function updateEvidence(
  id: string,
  fields: EvidenceFields,
): Promise<{ readonly ok: true; readonly before: Evidence; readonly after: Evidence } | { readonly ok: false; readonly reason: 'missing' }> {
  const db = getDb();
  return runWrite('evidence:update', () =>
    db.transaction('rw', [db.claims, db.sources, db.evidence, db.claimEvents, db.settings], async () => {
      const before = await db.evidence.get(id);
      if (!before) return { ok: false as const, reason: 'missing' as const };
      const after: Evidence = { id, claimId: before.claimId, sourceId: before.sourceId, ...tidy(fields), createdAt: before.createdAt };
      await db.evidence.put(after);
      if (after.stance !== before.stance) await recordLink(db, before, after);
      return { ok: true as const, before, after };
    }),
  );
}

/** Puts a link's fields back exactly (undo of an edit); false when the link is gone. */
export async function restoreEvidenceFields(before: Evidence): Promise<boolean> {
  const db = getDb();
  return runWrite('evidence:restore-fields', () =>
    db.transaction('rw', [db.claims, db.sources, db.evidence, db.claimEvents, db.settings], async () => {
      const current = await db.evidence.get(before.id);
      if (!current) return false;
      await db.evidence.put(before);
      if (current.stance !== before.stance) await recordLink(db, current, before);
      return true;
    }),
  );
}

/** Removes a link, in one transaction; returns it (for undo), or null when it was already gone. */
export async function unlinkEvidence(id: string): Promise<Evidence | null> {
  const db = getDb();
  return runWrite('evidence:unlink', () =>
    db.transaction('rw', [db.claims, db.sources, db.evidence, db.claimEvents, db.settings], async () => {
      const evidence = await db.evidence.get(id);
      if (!evidence) return null;
      await db.evidence.delete(id);
      await recordLink(db, evidence, undefined);
      return evidence;
    }),
  );
}

/**
 * Puts an unlinked link back exactly as it was (undo of unlink). Refused when
 * its claim or source has been deleted since, or the source has been linked
 * to the claim again.
 */
export async function relinkEvidence(evidence: Evidence): Promise<{ readonly ok: true } | EvidenceRefusal> {
  const db = getDb();
  return guardedLink('evidence:relink', () =>
    db.transaction('rw', [db.claims, db.sources, db.evidence, db.claimEvents, db.settings], async () => {
      if (!(await db.claims.get(evidence.claimId))) refuseLink({ ok: false, reason: 'claim-missing' });
      const source = await db.sources.get(evidence.sourceId);
      if (!source) refuseLink({ ok: false, reason: 'source-missing' });
      const linked = await db.evidence.where('[claimId+sourceId]').equals([evidence.claimId, evidence.sourceId]).first();
      if (linked && linked.id !== evidence.id) refuseLink({ ok: false, reason: 'already-linked', source });
      await db.evidence.put(evidence);
      if (!linked) await recordLink(db, undefined, evidence);
      return { ok: true as const };
    }),
    () => ({ ok: false, reason: 'already-linked' }),
  );
}

// ---- Reading ----

/** One link of a claim with its source. */
export interface ClaimEvidenceEntry {
  readonly evidence: Evidence;
  readonly source: Source;
}

async function queryClaimEvidence(claimId: string): Promise<ClaimEvidenceEntry[]> {
  const db = getDb();
  const evidence = await db.evidence.where('claimId').equals(claimId).toArray();
  const sources = await db.sources.bulkGet(evidence.map((e) => e.sourceId));
  const entries: ClaimEvidenceEntry[] = [];
  evidence.forEach((e, i) => {
    const source = sources[i];
    if (source) entries.push({ evidence: e, source });
  });
  return entries.sort((a, b) => a.evidence.createdAt.localeCompare(b.evidence.createdAt) || a.evidence.id.localeCompare(b.evidence.id));
}

/** Live: the sources linked to a claim, oldest link first; undefined while loading. */
export function useClaimEvidence(claimId: string | undefined): ClaimEvidenceEntry[] | undefined {
  return useLiveQuery(async () => (claimId ? queryClaimEvidence(claimId) : []), [claimId]);
}

/** How many sources each of `claimIds` is linked to; claims without a source are absent. */
export async function countEvidenceByClaim(claimIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (claimIds.length === 0) return counts;
  // Index keys only: the links' claim ids, without reading the records.
  const keys = await getDb().evidence.where('claimId').anyOf([...claimIds]).keys();
  for (const key of keys) {
    const id = String(key);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}


/**
 * Claims: the statements an editor highlights in an article, with their
 * judgement (status, verdict, note, tags).
 *
 * Every function that writes is ONE user action: one `runWrite`, one Dexie
 * transaction, all or nothing. The functions that change fields return what
 * the fields were before and after, so that the undo history can put either
 * state back exactly (`restoreClaimFields`), including who changed the claim
 * and when.
 */
import Dexie from 'dexie';
import {
  afterConfirm,
  afterTextChange,
  afterVerdictChange,
  approvalRefusal,
  checkedBlockers,
  entersChecked,
  type ApprovalRefusal,
  type CheckedBlocker,
  type RuleFields,
} from '../core/claim-rules';
import type { Claim, ClaimEvent, ClaimEventKind, ClaimStatus, ClaimTarget, Evidence } from '../core/model';
import { isValidClaimant, withClaimant, type Settings } from '../core/settings';
import { appendClaimEvent, recordClaimChange } from './claim-events-repo';
import { getDb, type WorkbenchDb } from './db';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';
import { checkBasedOn, versionOf } from './errors';
import { showPendingClaim } from './claims-live';
import { loadSettings } from './settings-repo';

/** The claim does not exist (any more): deleted, or its article was. */
export class ClaimMissingError extends Error {
  constructor(readonly claimId: string) {
    super(`The claim ${claimId} no longer exists.`);
    this.name = 'ClaimMissingError';
  }
}

/**
 * The claim cannot be marked Checked yet (core/claim-rules `checkedBlockers`):
 * the inspector explains the same reasons before the editor tries; this is
 * storage refusing a write that would break the rule anyway.
 */
export class CheckedRefusedError extends Error {
  constructor(readonly blockers: readonly CheckedBlocker[]) {
    super(`The claim cannot be marked Checked: ${blockers.join(', ')}.`);
    this.name = 'CheckedRefusedError';
  }
}

/** The editor cannot approve this verdict (core/claim-rules `approvalRefusal`). */
export class ApprovalRefusedError extends Error {
  constructor(readonly reason: ApprovalRefusal) {
    super(`The verdict cannot be approved: ${reason}.`);
    this.name = 'ApprovalRefusedError';
  }
}

export interface NewClaim {
  articleId: string;
  revisionId: string;
  target: ClaimTarget;
  origin?: Claim['origin'];
  status?: ClaimStatus;
  verdict?: string;
  note?: string;
  tags?: string[];
}

/** A claim being marked: on screen already where the article's claims are shown, written by `write`. */
export interface ClaimDraft {
  /** The claim as shown while it is written (absent when nothing shows the article's claims). */
  readonly shown?: Claim;
  /** Writes it (once); a failed write takes the shown claim off again. */
  write(): Promise<Claim>;
}

/**
 * Starts creating a claim on the article's current revision: it is shown at
 * once in the article's live claims, with the number the article's counter
 * promises, so that the highlight appears on the key press however long
 * the write queue and the disk take; `write` then stores it in one
 * transaction with the next number of its article: the article's counter
 * plus one (the counter moves on with it, so no number is ever issued
 * twice, even after a deletion) and the first entry of its history.
 */
export function draftClaim(input: NewClaim, editor: string): ClaimDraft {
  const db = getDb();
  const id = newId();
  const now = nowIso();
  const build = (number: number): Claim => newClaimRecord(input, editor, id, now, number);
  const pending = showPendingClaim(input.articleId, build);
  let written: Promise<Claim> | undefined;
  const write = (): Promise<Claim> =>
    runWrite('claim:create', () =>
      db.transaction('rw', [db.articles, db.claims, db.claimEvents], async () => {
        const article = await db.articles.get(input.articleId);
        if (!article) throw new Error('The article no longer exists.');
        if (article.currentRevisionId !== input.revisionId) throw new Error('The article has a newer revision: select the text again.');
        // The counter alone decides; the highest live number only guards against a counter a bug left behind.
        const highest = await db.claims.where('[articleId+number]').between([article.id, Dexie.minKey], [article.id, Dexie.maxKey]).last();
        const number = Math.max(article.lastClaimNumber ?? 0, highest?.number ?? 0) + 1;
        const claim = build(number);
        await db.articles.put({ ...article, lastClaimNumber: number });
        await db.claims.add(claim);
        await appendClaimEvent(db, claim, editor, 'created', []);
        return claim;
      }),
    ).then(
      (claim) => {
        pending?.written();
        return claim;
      },
      (error: unknown) => {
        pending?.drop();
        throw error;
      },
    );
  return {
    ...(pending && { shown: pending.claim }),
    write: () => (written ??= write()),
  };
}

/** Creates a claim (see `draftClaim`) and resolves once it is stored. */
export function createClaim(input: NewClaim, editor: string): Promise<Claim> {
  return draftClaim(input, editor).write();
}

/** The record of a new claim, as marked by `editor` at `now`. */
function newClaimRecord(input: NewClaim, editor: string, id: string, now: string, number: number): Claim {
  const claim: Claim = {
    id,
    articleId: input.articleId,
    number,
    revisionId: input.revisionId,
    target: input.target,
    status: input.status ?? 'open',
    verdict: input.verdict ?? 'not-rated',
    note: input.note ?? '',
    tags: input.tags ?? [],
    origin: input.origin ?? 'manual',
    createdAt: now,
    updatedAt: now,
    createdBy: editor,
    updatedBy: editor,
  };
  if (claim.verdict !== 'not-rated') Object.assign(claim, { ratedText: claim.target.quote.exact, ratedBy: editor });
  return claim;
}

/**
 * Creates several claims of one article's current revision as ONE action
 * (accepting the top suggestions): one transaction, all or none, numbered
 * in the order given from the article's counter on, each with the first
 * entry of its history. Refused (nothing written) when the article is gone
 * or has a newer revision than one of them.
 */
export async function createClaims(inputs: readonly NewClaim[], editor: string): Promise<Claim[]> {
  const first = inputs[0];
  if (!first) return [];
  if (inputs.some((input) => input.articleId !== first.articleId)) throw new Error('The claims of one action belong to one article.');
  const db = getDb();
  const now = nowIso();
  return runWrite('claim:create-many', () =>
    db.transaction('rw', [db.articles, db.claims, db.claimEvents], async () => {
      const article = await db.articles.get(first.articleId);
      if (!article) throw new Error('The article no longer exists.');
      if (inputs.some((input) => input.revisionId !== article.currentRevisionId)) throw new Error('The article has a newer revision: select the text again.');
      const highest = await db.claims.where('[articleId+number]').between([article.id, Dexie.minKey], [article.id, Dexie.maxKey]).last();
      const base = Math.max(article.lastClaimNumber ?? 0, highest?.number ?? 0);
      const claims = inputs.map((input, i) => newClaimRecord(input, editor, newId(), now, base + i + 1));
      await db.articles.put({ ...article, lastClaimNumber: base + claims.length });
      await db.claims.bulkAdd(claims);
      for (const claim of claims) await appendClaimEvent(db, claim, editor, 'created', []);
      return claims;
    }),
  );
}

/** A deleted claim with the evidence that was linked to it and its history (for undo). */
export interface DeletedClaim {
  claim: Claim;
  evidence: Evidence[];
  events?: ClaimEvent[];
}

/** Deletes a claim, its evidence links and its history in one transaction; null when it was already gone. */
export async function deleteClaim(id: string): Promise<DeletedClaim | null> {
  const db = getDb();
  return runWrite('claim:delete', () =>
    db.transaction('rw', db.claims, db.evidence, db.claimEvents, async () => {
      const claim = await db.claims.get(id);
      if (!claim) return null;
      const evidence = await db.evidence.where('claimId').equals(id).toArray();
      const events = await db.claimEvents.where('claimId').equals(id).toArray();
      await db.evidence.bulkDelete(evidence.map((e) => e.id));
      await db.claimEvents.bulkDelete(events.map((e) => e.id));
      await db.claims.delete(id);
      return { claim, evidence, events };
    }),
  );
}

/** Deletes several claims (see `deleteClaim`) in one transaction: the undo of `createClaims`. Gone ones are skipped. */
export async function deleteClaims(ids: readonly string[]): Promise<DeletedClaim[]> {
  const db = getDb();
  return runWrite('claim:delete-many', () =>
    db.transaction('rw', db.claims, db.evidence, db.claimEvents, async () => {
      const deleted: DeletedClaim[] = [];
      for (const claim of await db.claims.bulkGet([...ids])) {
        if (!claim) continue;
        const evidence = await db.evidence.where('claimId').equals(claim.id).toArray();
        const events = await db.claimEvents.where('claimId').equals(claim.id).toArray();
        await db.evidence.bulkDelete(evidence.map((e) => e.id));
        await db.claimEvents.bulkDelete(events.map((e) => e.id));
        await db.claims.delete(claim.id);
        deleted.push({ claim, evidence, events });
      }
      return deleted;
    }),
  );
}

/** Puts several deleted claims back (see `restoreClaim`) in one transaction: the redo of `createClaims`. */
export async function restoreClaims(deleted: readonly DeletedClaim[]): Promise<void> {
  const db = getDb();
  await runWrite('claim:restore-many', () =>
    db.transaction('rw', [db.articles, db.claims, db.evidence, db.sources, db.claimEvents], async () => {
      for (const item of deleted) await putBackClaim(db, item);
    }),
  );
}

/**
 * Puts a deleted claim back exactly as it was — its number included (the
 * counter never went back, so no other claim has taken it) — with its
 * evidence links and its history (undo of delete, redo of create). Links to
 * sources deleted in the meantime are not restored: they would point nowhere.
 */
export async function restoreClaim(deleted: DeletedClaim): Promise<void> {
  const db = getDb();
  await runWrite('claim:restore', () => db.transaction('rw', [db.articles, db.claims, db.evidence, db.sources, db.claimEvents], () => putBackClaim(db, deleted)));
}

/** Inside a transaction on articles, claims, evidence, sources and claimEvents: one deleted claim back. */
async function putBackClaim(db: WorkbenchDb, deleted: DeletedClaim): Promise<void> {
  const article = await db.articles.get(deleted.claim.articleId);
  if (!article) throw new Error('The article of this claim no longer exists.');
  if ((article.lastClaimNumber ?? 0) < deleted.claim.number) await db.articles.put({ ...article, lastClaimNumber: deleted.claim.number });
  await db.claims.put(deleted.claim);
  if (deleted.events?.length) await db.claimEvents.bulkPut(deleted.events);
  if (deleted.evidence.length === 0) return;
  const sources = await db.sources.bulkGet(deleted.evidence.map((e) => e.sourceId));
  await db.evidence.bulkPut(deleted.evidence.filter((_, i) => sources[i] !== undefined));
}

/** The fields of a claim an editor changes (the span is target + revisionId + orphan). */
export type EditableClaimFields = Partial<
  Pick<
    Claim,
    | 'status'
    | 'verdict'
    | 'note'
    | 'tags'
    | 'target'
    | 'revisionId'
    | 'orphan'
    | 'claimant'
    | 'appearanceUrl'
    | 'appearanceDate'
    | 'summary'
    | 'rationale'
    | 'noSourceReason'
  >
> &
  RuleFields;

/** Every field `EditableClaimFields` may hold: what undo snapshots compare. */
const EDITABLE_KEYS: readonly (keyof EditableClaimFields)[] = [
  'status', 'verdict', 'note', 'tags', 'target', 'revisionId', 'orphan', 'claimant', 'appearanceUrl', 'appearanceDate', 'summary', 'rationale',
  'noSourceReason', 'ratedText', 'ratedBy', 'stale', 'approval',
];

/**
 * A set of claim fields as they were at one moment, with who changed the
 * claim and when. A key present with the value `undefined` means "absent"
 * (e.g. no `orphan`).
 */
export type ClaimFieldsSnapshot = EditableClaimFields & Pick<Claim, 'updatedAt' | 'updatedBy'>;

export interface ClaimChange {
  before: ClaimFieldsSnapshot;
  after: ClaimFieldsSnapshot;
  /** The claim's version once changed (storage/versions.ts). */
  version?: number;
}

function pick(claim: Claim, keys: readonly (keyof EditableClaimFields)[]): ClaimFieldsSnapshot {
  const snap: Record<string, unknown> = { updatedAt: claim.updatedAt, updatedBy: claim.updatedBy };
  for (const key of keys) snap[key] = structuredClone(claim[key]);
  return snap as ClaimFieldsSnapshot;
}

/** Optional text fields: stored absent rather than empty. */
const OPTIONAL_TEXT: readonly string[] = ['summary', 'rationale', 'noSourceReason', 'appearanceUrl', 'appearanceDate'];

function apply(claim: Claim, fields: ClaimFieldsSnapshot): Claim {
  const next: Record<string, unknown> = { ...claim };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (value === '' && OPTIONAL_TEXT.includes(key))) delete next[key];
    else next[key] = structuredClone(value);
  }
  return next as unknown as Claim;
}

/** The keys whose values differ between two states of a claim. */
function changedKeys(a: Claim, b: Claim): (keyof EditableClaimFields)[] {
  return EDITABLE_KEYS.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

async function settingsInTransaction(db: WorkbenchDb): Promise<Pick<Settings, 'requireApproval' | 'claimants'>> {
  const [approval, claimants] = await db.settings.bulkGet(['requireApproval', 'claimants']);
  return {
    requireApproval: approval?.value === true,
    claimants: Array.isArray(claimants?.value) ? (claimants.value as Settings['claimants']).filter(isValidClaimant) : [],
  };
}

/**
 * The claim after the editor's `patch` and what the review's rules make of
 * it (core/claim-rules): a new verdict records the words it judges and who
 * gave it; a span on other words than those judged marks the verdict stale;
 * Checked is refused (CheckedRefusedError) while a blocker remains.
 */
async function applyRules(db: WorkbenchDb, claim: Claim, patch: EditableClaimFields, editor: string, at: string): Promise<Claim> {
  const settings = await settingsInTransaction(db);
  let next = apply(claim, { ...patch, updatedAt: at, updatedBy: editor });
  if (patch.verdict !== undefined && patch.verdict !== claim.verdict) {
    next = apply(next, { ...afterVerdictChange(claim, patch.verdict, editor, settings.requireApproval), updatedAt: at, updatedBy: editor });
  }
  if (patch.target && patch.target.quote.exact !== claim.target.quote.exact) {
    next = apply(next, { ...afterTextChange(next, patch.target.quote.exact, next.revisionId, at, claim.target.quote.exact), updatedAt: at, updatedBy: editor });
  }
  if (entersChecked(claim.status, next.status)) {
    const sources = await db.evidence.where('claimId').equals(claim.id).count();
    const blockers = checkedBlockers(next, sources, settings.requireApproval);
    if (blockers.length) throw new CheckedRefusedError(blockers);
  }
  if (patch.claimant) {
    const list = withClaimant(settings.claimants, patch.claimant);
    if (list) await db.settings.put({ key: 'claimants', value: list });
  }
  return next;
}

const RULE_TABLES = (db: WorkbenchDb) => [db.claims, db.claimEvents, db.settings, db.evidence];

/**
 * One user action on an existing claim (`label` for the save status): one
 * transaction on the tables the review's rules read, in which the claim is
 * read as stored and handed to `change`. ClaimMissingError when it is gone.
 */
function changeClaim<T>(label: string, id: string, change: (db: WorkbenchDb, claim: Claim) => Promise<T>): Promise<T> {
  const db = getDb();
  return runWrite(label, () =>
    db.transaction('rw', RULE_TABLES(db), async () => {
      const claim = await db.claims.get(id);
      if (!claim) throw new ClaimMissingError(id);
      return change(db, claim);
    }),
  );
}

/**
 * Changes fields of a claim in one transaction, recording the editor and the
 * time, the review's rules (see `applyRules`) and the change in the claim's
 * history. `patch` keys set to `undefined` (or '' for optional text) remove
 * the field (e.g. `orphan`). With `basedOn` (the version the editor's copy
 * was read at), a claim written since is left as it is: StaleWriteError
 * carries it as stored. Returns every field that changed, before and after,
 * for undo and redo, and the claim's new version.
 */
export async function updateClaim(
  id: string,
  patch: EditableClaimFields,
  editor: string,
  label = 'claim:update',
  kind: ClaimEventKind = 'edited',
  basedOn?: number,
): Promise<ClaimChange> {
  return changeClaim(label, id, async (db, claim) => {
    // Saved elsewhere since the editor's copy was read: nothing is written, the editor chooses.
    checkBasedOn(claim, basedOn);
    const next = await applyRules(db, claim, patch, editor, nowIso());
    const keys = [...new Set([...(Object.keys(patch) as (keyof EditableClaimFields)[]), ...changedKeys(claim, next)])];
    await db.claims.put(next);
    await recordClaimChange(db, claim, next, editor, kind);
    return { before: pick(claim, keys), after: pick(next, keys), version: versionOf(claim) + 1 };
  });
}

/**
 * Confirms the verdict of a stale claim on its current words (or re-affirms
 * it on the same words): they become the words judged, `editor` the one
 * who rated it. One transaction, recorded in the history.
 */
export function confirmVerdict(id: string, editor: string): Promise<ClaimChange> {
  return changeClaim('claim:confirm', id, async (db, claim) => {
    const fields = afterConfirm(claim, editor);
    const next = apply(claim, { ...fields, updatedAt: nowIso(), updatedBy: editor });
    const keys = Object.keys(fields) as (keyof EditableClaimFields)[];
    await db.claims.put(next);
    // The entry itself says "confirmed"; its change is the stale mark going, when there was one.
    await appendClaimEvent(db, next, editor, 'confirmed', claim.stale ? [{ field: 'stale', before: claim.ratedText ?? '' }] : []);
    return { before: pick(claim, keys), after: pick(next, keys) };
  });
}

/**
 * `editor` approves the claim's current verdict as the second reader.
 * Refused (ApprovalRefusedError) without an editor name, for a claim not
 * rated or stale, already approved, or by the editor who rated it.
 */
export function approveVerdict(id: string, editor: string): Promise<ClaimChange> {
  return changeClaim('claim:approve', id, async (db, claim) => {
    const refused = approvalRefusal(claim, editor);
    if (refused) throw new ApprovalRefusedError(refused);
    const at = nowIso();
    const next = apply(claim, { approval: { by: editor.trim(), at, verdict: claim.verdict }, updatedAt: at, updatedBy: editor });
    await db.claims.put(next);
    await recordClaimChange(db, claim, next, editor, 'approved');
    return { before: pick(claim, ['approval']), after: pick(next, ['approval']) };
  });
}

/**
 * Sets fields of a claim to exactly `fields` (undo/redo of an update), in
 * one transaction. A state the claim had before is put back as it was (the
 * Checked rule is not asked again); the history records the undo or redo
 * by `editor`.
 */
export async function restoreClaimFields(
  id: string,
  fields: ClaimFieldsSnapshot,
  label = 'claim:restore-fields',
  options: { readonly editor?: string; readonly kind?: 'undo' | 'redo' } = {},
): Promise<void> {
  await changeClaim(label, id, async (db, claim) => {
    const next = apply(claim, fields);
    await db.claims.put(next);
    await recordClaimChange(db, claim, next, options.editor ?? fields.updatedBy, options.kind ?? 'undo');
  });
}

/** How many claims in the workspace have this verdict (before removing it from the scale). */
export async function countClaimsWithVerdict(verdictId: string): Promise<number> {
  return getDb().claims.where('verdict').equals(verdictId).count();
}

// ---- Drafts: no keystroke lost when the window closes mid-save ----

/*
 * A note (or the claim's summary, rationale, or reason for needing no
 * source) is saved to IndexedDB a moment after the editor stops typing; a
 * write started while the page unloads may never commit. So every keystroke
 * also lands synchronously in localStorage, is cleared once the same text is
 * saved, and anything left over is written back when the app starts again.
 */
const DRAFT_PREFIX = 'factcheck-workbench:note-draft:';

/** The claim fields typed into a box, kept as drafts until saved. */
export type DraftField = 'note' | 'summary' | 'rationale' | 'noSourceReason';
const DRAFT_FIELDS: readonly DraftField[] = ['note', 'summary', 'rationale', 'noSourceReason'];

/** The draft's key: the claim id alone for a note (as drafts were always kept), the field first for the others. */
function draftKey(claimId: string, field: DraftField): string {
  return field === 'note' ? DRAFT_PREFIX + claimId : `${DRAFT_PREFIX}${field}:${claimId}`;
}

function drafts(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled: the debounced save still runs.
  }
}

/** Remembers the text in one of a claim's boxes (its note by default) before it is saved. */
export function saveNoteDraft(claimId: string, text: string, field: DraftField = 'note'): void {
  try {
    drafts()?.setItem(draftKey(claimId, field), text);
  } catch {
    // Quota: the debounced save still runs.
  }
}

/** Forgets the draft once `saved` is stored, unless the editor typed more since. */
export function clearNoteDraft(claimId: string, saved: string, field: DraftField = 'note'): void {
  const store = drafts();
  const key = draftKey(claimId, field);
  if (store?.getItem(key) === saved) store.removeItem(key);
}

/**
 * Saves the texts left unsaved when the app last closed (each in its own
 * transaction) and forgets the drafts. Returns how many were recovered.
 */
export async function recoverNoteDrafts(): Promise<number> {
  const store = drafts();
  if (!store) return 0;
  const found: [string, DraftField, string][] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    const rest = key.slice(DRAFT_PREFIX.length);
    const colon = rest.indexOf(':');
    const field = colon > 0 ? (rest.slice(0, colon) as DraftField) : 'note';
    if (!DRAFT_FIELDS.includes(field)) continue;
    found.push([colon > 0 ? rest.slice(colon + 1) : rest, field, store.getItem(key) ?? '']);
  }
  if (!found.length) return 0;
  const editor = (await loadSettings()).editorName;
  let recovered = 0;
  for (const [claimId, field, text] of found) {
    const claim = await getDb().claims.get(claimId);
    if (claim && (claim[field] ?? '') !== text) {
      await updateClaim(claimId, { [field]: text }, editor, 'claim:note-recover');
      recovered++;
    }
    clearNoteDraft(claimId, text, field);
  }
  return recovered;
}

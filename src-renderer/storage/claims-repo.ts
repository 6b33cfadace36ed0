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
import { liveQuery, type Subscription } from 'dexie';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useCallback, useSyncExternalStore } from 'react';
import type { Claim, ClaimStatus, ClaimTarget, Evidence } from '../core/model';
import { getDb } from './db';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';
import { countEvidenceByClaim } from './evidence-repo';
import { loadSettings } from './settings-repo';

/** The claim does not exist (any more): deleted, or its article was. */
export class ClaimMissingError extends Error {
  constructor(readonly claimId: string) {
    super(`The claim ${claimId} no longer exists.`);
    this.name = 'ClaimMissingError';
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

/** Creates a claim on the article's current revision, in one transaction. */
export async function createClaim(input: NewClaim, editor: string): Promise<Claim> {
  const db = getDb();
  const now = nowIso();
  const claim: Claim = {
    id: newId(),
    articleId: input.articleId,
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
  return runWrite('claim:create', () =>
    db.transaction('rw', db.articles, db.claims, async () => {
      const article = await db.articles.get(input.articleId);
      if (!article) throw new Error('The article no longer exists.');
      if (article.currentRevisionId !== input.revisionId) throw new Error('The article has a newer revision: select the text again.');
      await db.claims.add(claim);
      return claim;
    }),
  );
}

/** A deleted claim with the evidence that was linked to it (for undo). */
export interface DeletedClaim {
  claim: Claim;
  evidence: Evidence[];
}

/** Deletes a claim and its evidence links in one transaction; null when it was already gone. */
export async function deleteClaim(id: string): Promise<DeletedClaim | null> {
  const db = getDb();
  return runWrite('claim:delete', () =>
    db.transaction('rw', db.claims, db.evidence, async () => {
      const claim = await db.claims.get(id);
      if (!claim) return null;
      const evidence = await db.evidence.where('claimId').equals(id).toArray();
      await db.evidence.bulkDelete(evidence.map((e) => e.id));
      await db.claims.delete(id);
      return { claim, evidence };
    }),
  );
}

/**
 * Puts a deleted claim back exactly as it was, with its evidence links
 * (undo of delete, redo of create). Links to sources deleted in the
 * meantime are not restored: they would point nowhere.
 */
export async function restoreClaim(deleted: DeletedClaim): Promise<void> {
  const db = getDb();
  await runWrite('claim:restore', () =>
    db.transaction('rw', [db.articles, db.claims, db.evidence, db.sources], async () => {
      if (!(await db.articles.get(deleted.claim.articleId))) throw new Error('The article of this claim no longer exists.');
      await db.claims.put(deleted.claim);
      if (deleted.evidence.length === 0) return;
      const sources = await db.sources.bulkGet(deleted.evidence.map((e) => e.sourceId));
      await db.evidence.bulkPut(deleted.evidence.filter((_, i) => sources[i] !== undefined));
    }),
  );
}

/** The fields of a claim an editor changes (the span is target + revisionId + orphan). */
export type EditableClaimFields = Partial<Pick<Claim, 'status' | 'verdict' | 'note' | 'tags' | 'target' | 'revisionId' | 'orphan'>>;

/**
 * A set of claim fields as they were at one moment, with who changed the
 * claim and when. A key present with the value `undefined` means "absent"
 * (e.g. no `orphan`).
 */
export type ClaimFieldsSnapshot = EditableClaimFields & Pick<Claim, 'updatedAt' | 'updatedBy'>;

export interface ClaimChange {
  before: ClaimFieldsSnapshot;
  after: ClaimFieldsSnapshot;
}

function pick(claim: Claim, keys: readonly (keyof EditableClaimFields)[]): ClaimFieldsSnapshot {
  const snap: Record<string, unknown> = { updatedAt: claim.updatedAt, updatedBy: claim.updatedBy };
  for (const key of keys) snap[key] = structuredClone(claim[key]);
  return snap as ClaimFieldsSnapshot;
}

function apply(claim: Claim, fields: ClaimFieldsSnapshot): Claim {
  const next: Record<string, unknown> = { ...claim };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete next[key];
    else next[key] = structuredClone(value);
  }
  return next as unknown as Claim;
}

/**
 * Changes fields of a claim in one transaction, recording the editor and the
 * time. `patch` keys set to `undefined` remove the field (e.g. `orphan`).
 * Returns the changed fields before and after, for undo and redo.
 */
export async function updateClaim(id: string, patch: EditableClaimFields, editor: string, label = 'claim:update'): Promise<ClaimChange> {
  const db = getDb();
  const keys = Object.keys(patch) as (keyof EditableClaimFields)[];
  return runWrite(label, () =>
    db.transaction('rw', db.claims, async () => {
      const claim = await db.claims.get(id);
      if (!claim) throw new ClaimMissingError(id);
      const before = pick(claim, keys);
      const next = apply(claim, { ...patch, updatedAt: nowIso(), updatedBy: editor });
      await db.claims.put(next);
      return { before, after: pick(next, keys) };
    }),
  );
}

/** Sets fields of a claim to exactly `fields` (undo/redo of an update), in one transaction. */
export async function restoreClaimFields(id: string, fields: ClaimFieldsSnapshot, label = 'claim:restore-fields'): Promise<void> {
  const db = getDb();
  await runWrite(label, () =>
    db.transaction('rw', db.claims, async () => {
      const claim = await db.claims.get(id);
      if (!claim) throw new ClaimMissingError(id);
      await db.claims.put(apply(claim, fields));
    }),
  );
}


/** How many claims in the workspace have this verdict (before removing it from the scale). */
export async function countClaimsWithVerdict(verdictId: string): Promise<number> {
  return getDb().claims.where('verdict').equals(verdictId).count();
}

// ---- Note drafts: no keystroke lost when the window closes mid-save ----

/*
 * A note is saved to IndexedDB a moment after the editor stops typing; a
 * write started while the page unloads may never commit. So every keystroke
 * also lands synchronously in localStorage, is cleared once the same text is
 * saved, and anything left over is written back when the app starts again.
 */
const DRAFT_PREFIX = 'factcheck-workbench:note-draft:';

function drafts(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled: the debounced save still runs.
  }
}

/** Remembers the text in a claim's note box before it is saved. */
export function saveNoteDraft(claimId: string, note: string): void {
  try {
    drafts()?.setItem(DRAFT_PREFIX + claimId, note);
  } catch {
    // Quota: the debounced save still runs.
  }
}

/** Forgets the draft once `savedNote` is stored, unless the editor typed more since. */
export function clearNoteDraft(claimId: string, savedNote: string): void {
  const store = drafts();
  if (store?.getItem(DRAFT_PREFIX + claimId) === savedNote) store.removeItem(DRAFT_PREFIX + claimId);
}

/**
 * Saves the notes left unsaved when the app last closed (each in its own
 * transaction) and forgets the drafts. Returns how many notes were recovered.
 */
export async function recoverNoteDrafts(): Promise<number> {
  const store = drafts();
  if (!store) return 0;
  const found: [string, string][] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) found.push([key.slice(DRAFT_PREFIX.length), store.getItem(key) ?? '']);
  }
  if (!found.length) return 0;
  const editor = (await loadSettings()).editorName;
  let recovered = 0;
  for (const [claimId, note] of found) {
    const claim = await getDb().claims.get(claimId);
    if (claim && claim.note !== note) {
      await updateClaim(claimId, { note }, editor, 'claim:note-recover');
      recovered++;
    }
    clearNoteDraft(claimId, note);
  }
  return recovered;
}

// ---- Live claims of an article, shared by the reader, the list and the inspector ----

/** The claims of one article and how many sources each is linked to. */
export interface ArticleClaims {
  readonly articleId: string;
  readonly claims: readonly Claim[];
  /** Evidence rows per claim id (absent = 0). */
  readonly sourceCounts: ReadonlyMap<string, number>;
}

async function queryArticleClaims(articleId: string): Promise<ArticleClaims> {
  const db = getDb();
  const claims = await db.claims.where('articleId').equals(articleId).toArray();
  return { articleId, claims, sourceCounts: await countEvidenceByClaim(claims.map((c) => c.id)) };
}

interface SharedQuery {
  /** The query's latest value or error (a zustand store, like the UI's). */
  readonly store: StoreApi<{ readonly value?: ArticleClaims; readonly error?: unknown }>;
  subscription: Subscription;
  refs: number;
}

/**
 * One live query per open article, however many components read it: the
 * reader, the claims list and the inspector all show the same 2,000 claims,
 * and querying them three times would triple the cost of opening an article.
 */
const shared = new Map<string, SharedQuery>();

function acquire(articleId: string): SharedQuery {
  let entry = shared.get(articleId);
  if (!entry) {
    const store = createStore<{ readonly value?: ArticleClaims; readonly error?: unknown }>()(() => ({}));
    const created: SharedQuery = { store, refs: 0, subscription: undefined as unknown as Subscription };
    created.subscription = liveQuery(() => queryArticleClaims(articleId)).subscribe({
      next: (value) => store.setState({ value }, true),
      // Shown by the pane that needed the claims (its error boundary, with Retry), never only logged.
      error: (error: unknown) => store.setState({ error }, true),
    });
    shared.set(articleId, created);
    entry = created;
  }
  return entry;
}

function subscribeArticleClaims(articleId: string, listener: () => void): () => void {
  const entry = acquire(articleId);
  entry.refs++;
  const unsubscribe = entry.store.subscribe(listener);
  return () => {
    unsubscribe();
    if (--entry.refs === 0) {
      entry.subscription.unsubscribe();
      if (shared.get(articleId) === entry) shared.delete(articleId);
    }
  };
}

const NOTHING = {};

/**
 * Live claims (and source counts) of an article; undefined while loading or
 * without an article. A failed query throws, for the pane's error boundary
 * to show; its Retry remounts the pane, which starts the query afresh.
 */
export function useArticleClaims(articleId: string | undefined): ArticleClaims | undefined {
  const subscribe = useCallback((listener: () => void) => (articleId ? subscribeArticleClaims(articleId, listener) : () => undefined), [articleId]);
  const getSnapshot = useCallback(() => (articleId ? (shared.get(articleId)?.store.getState() ?? NOTHING) : NOTHING), [articleId]);
  const state: { readonly value?: ArticleClaims; readonly error?: unknown } = useSyncExternalStore(subscribe, getSnapshot);
  if (state.error !== undefined) {
    // Forget the failed query, so that the retry queries again.
    const entry = articleId ? shared.get(articleId) : undefined;
    if (entry && entry.store.getState() === state) {
      entry.subscription.unsubscribe();
      shared.delete(articleId!);
    }
    throw state.error;
  }
  return state.value;
}

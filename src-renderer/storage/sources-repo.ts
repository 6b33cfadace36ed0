/**
 * The workspace source library: create, edit, delete (with the links that
 * cite a source) and restore sources; import them in bulk from CSL-JSON or a
 * pasted list of addresses.
 *
 * No duplicate addresses: every source with a URL stores checkUrl's form as
 * `url` and normalizeUrl's as `normalizedUrl`, which the schema indexes as
 * unique. Each write looks for the key inside its transaction first, so a
 * duplicate is refused with the existing source named (a value, not an
 * error); the unique index is the backstop, and a ConstraintError it raises
 * is reported the same way.
 *
 * Every write is ONE user action: one `runWrite`, one Dexie transaction, all
 * or nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence, Source, Stance } from '../core/model';
import type { SourceDraft } from '../core/sources/source-draft';
import type { BulkUrl } from '../core/sources/bulk';
import { foldTitle } from '../core/sources/match';
import { displayNames, isEmptyName, parseAuthorLine } from '../core/sources/names';
import { checkUrl, hostOf, normalizeUrl, type UrlRefused } from '../core/sources/url';
import { recordLink } from './claim-events-repo';
import { getDb, type WorkbenchDb } from './db';
import { upsertSourceByUrl } from './source-upsert';
import { checkBasedOn, classifyStorageError } from './errors';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';

/** Why a source could not be stored. */
export type SourceRefusal =
  | { readonly ok: false; readonly reason: 'invalid-url'; readonly field: 'url' | 'archiveUrl'; readonly refused: UrlRefused }
  | { readonly ok: false; readonly reason: 'no-title-or-url' }
  /** Another source has the same normalised address; `existing` is it (absent when only the index noticed). */
  | { readonly ok: false; readonly reason: 'duplicate-url'; readonly existing?: Source }
  | { readonly ok: false; readonly reason: 'missing' };

export type SourceResult<T> = ({ readonly ok: true } & T) | SourceRefusal;

/** Thrown inside a transaction to abort it with a refusal; turned back into the value by `guarded`. */
class Refused extends Error {
  constructor(readonly refusal: SourceRefusal) {
    super(refusal.reason);
    this.name = 'Refused';
  }
}

/** Aborts the current transaction (nothing is written) and makes the write resolve with `refusal`. */
export function refuse(refusal: SourceRefusal): never {
  throw new Refused(refusal);
}

/**
 * Runs a write whose expected refusals are values: a `refuse()` inside the
 * transaction, or a ConstraintError from a unique index (`onConstraint`),
 * roll the transaction back and resolve with the refusal, so the status bar
 * does not report a failed save for what is the editor's mistake.
 */
export async function guarded<T, R>(label: string, write: () => Promise<T>, onConstraint: () => R): Promise<T | R | SourceRefusal> {
  return runWrite(label, async () => {
    try {
      return await write();
    } catch (error) {
      if (error instanceof Refused) return error.refusal;
      if (classifyStorageError(error) === 'constraint') return onConstraint();
      throw error;
    }
  });
}

/**
 * The title a source gets when it has none: its host and path as an editor
 * would read them, e.g. "www.who.int/news/item/42". Used for pasted address
 * lists until the editor gives a real title.
 */
export function titleFromUrl(url: string): string {
  const checked = checkUrl(url);
  if (!checked.ok) return url;
  const u = new URL(checked.url);
  let path = u.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: show the path as it is.
  }
  return `${checked.host}${path}${u.search}`;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A draft checked and tidied into the stored fields: URLs in checkUrl's form
 * with their normalised key, text trimmed, empty optional fields absent.
 */
export function prepareSource(draft: SourceDraft): { ok: true; fields: Omit<Source, 'id' | 'createdAt' | 'updatedAt'> } | SourceRefusal {
  let url = '';
  if (draft.url.trim() !== '') {
    const checked = checkUrl(draft.url);
    if (!checked.ok) return { ok: false, reason: 'invalid-url', field: 'url', refused: checked };
    url = checked.url;
  }
  let archiveUrl: string | undefined;
  if (clean(draft.archiveUrl)) {
    const checked = checkUrl(draft.archiveUrl ?? '');
    if (!checked.ok) return { ok: false, reason: 'invalid-url', field: 'archiveUrl', refused: checked };
    archiveUrl = checked.url;
  }
  const title = clean(draft.title) ?? (url ? titleFromUrl(url) : undefined);
  if (!title) return { ok: false, reason: 'no-title-or-url' };
  const fields: Omit<Source, 'id' | 'createdAt' | 'updatedAt'> = {
    url,
    title,
    publisher: clean(draft.publisher) ?? '',
    kind: draft.kind,
    reliability: draft.reliability,
    notes: draft.notes.trim(),
  };
  if (url) fields.normalizedUrl = normalizeUrl(url);
  // Structured names win: the one-line author is derived from them, so the two never disagree.
  const authors = (draft.authors ?? []).filter((n) => !isEmptyName(n));
  if (authors.length > 0) fields.authors = authors;
  const author = authors.length > 0 ? displayNames(authors) : clean(draft.author);
  if (author) fields.author = author;
  const publishedAt = clean(draft.publishedAt);
  if (publishedAt) fields.publishedAt = publishedAt;
  const accessedAt = clean(draft.accessedAt);
  if (accessedAt) fields.accessedAt = accessedAt;
  if (archiveUrl) fields.archiveUrl = archiveUrl;
  if (draft.csl && Object.keys(draft.csl).length > 0) fields.csl = draft.csl;
  return { ok: true, fields };
}

/** Refuses (aborting the transaction) a write whose address another source already has. */
const refuseDuplicate = (existing: Source): never => refuse({ ok: false, reason: 'duplicate-url', existing });

/**
 * Builds a new source from a draft and adds it, inside the caller's
 * transaction (which must include `sources`). Refuses (aborting the
 * transaction) an invalid draft or an address already in the library.
 */
export async function addSourceInTransaction(draft: SourceDraft): Promise<Source> {
  const prepared = prepareSource(draft);
  if (!prepared.ok) refuse(prepared);
  const now = nowIso();
  const { source } = await upsertSourceByUrl({ id: newId(), ...prepared.fields, createdAt: now, updatedAt: now }, { onMatch: refuseDuplicate });
  return source;
}

/** Adds a source to the library; refuses a duplicate address or an invalid draft. */
export async function createSource(draft: SourceDraft): Promise<SourceResult<{ source: Source }>> {
  const db = getDb();
  return guarded(
    'source:create',
    () => db.transaction('rw', db.sources, async () => ({ ok: true as const, source: await addSourceInTransaction(draft) })),
    () => ({ ok: false as const, reason: 'duplicate-url' as const }),
  );
}

/** Replaces the editable fields of a source; returns the source before and after (for undo). With `basedOn`, a source saved elsewhere since is refused (StaleWriteError). */
export async function updateSource(id: string, draft: SourceDraft, basedOn?: number): Promise<SourceResult<{ before: Source; after: Source }>> {
  const db = getDb();
  return guarded(
    'source:update',
    () =>
      db.transaction('rw', db.sources, async () => {
        const before = await db.sources.get(id);
        if (!before) refuse({ ok: false, reason: 'missing' });
        // Saved elsewhere since the form was filled: nothing is written (StaleWriteError), the editor chooses.
        checkBasedOn(before, basedOn);
        const prepared = prepareSource(draft);
        if (!prepared.ok) refuse(prepared);
        const { source: after } = await upsertSourceByUrl({ id, ...prepared.fields, createdAt: before.createdAt, updatedAt: nowIso() }, { onMatch: refuseDuplicate });
        return { ok: true as const, before, after };
      }),
    () => ({ ok: false as const, reason: 'duplicate-url' as const }),
  );
}

/** Puts a source's fields back exactly as they were (undo of an edit). */
export async function restoreSourceFields(before: Source): Promise<SourceResult<object>> {
  const db = getDb();
  return guarded(
    'source:restore-fields',
    () =>
      db.transaction('rw', db.sources, async () => {
        if (!(await db.sources.get(before.id))) refuse({ ok: false, reason: 'missing' });
        await upsertSourceByUrl(before, { onMatch: refuseDuplicate });
        return { ok: true as const };
      }),
    () => ({ ok: false as const, reason: 'duplicate-url' as const }),
  );
}

/** A deleted source and the evidence links that were removed with it (for undo). */
export interface DeletedSource {
  readonly source: Source;
  readonly evidence: readonly Evidence[];
}

export type DeleteSourceResult =
  | { readonly ok: true; readonly deleted: DeletedSource }
  /** Claims cite the source and the editor has not agreed to remove those links. */
  | { readonly ok: false; readonly reason: 'cited'; readonly citations: number }
  | { readonly ok: false; readonly reason: 'missing' };

/**
 * Deletes a source. While claims cite it the deletion is refused, unless
 * `removeLinks` says the editor confirmed removing those links: then the
 * source and its links go in one transaction, and the result holds both so
 * that `restoreSource` can put them back exactly.
 */
export async function deleteSource(id: string, options: { removeLinks: boolean }): Promise<DeleteSourceResult> {
  const db = getDb();
  return runWrite('source:delete', () =>
    db.transaction('rw', [db.sources, db.evidence, db.claims, db.claimEvents, db.settings], async (): Promise<DeleteSourceResult> => {
      const source = await db.sources.get(id);
      if (!source) return { ok: false, reason: 'missing' };
      const evidence = await db.evidence.where('sourceId').equals(id).toArray();
      if (evidence.length > 0 && !options.removeLinks) return { ok: false, reason: 'cited', citations: evidence.length };
      // Each claim's history says the source went (before the source itself, whose title it names).
      for (const link of evidence) await recordLink(db, link, undefined);
      await db.evidence.bulkDelete(evidence.map((e) => e.id));
      await db.sources.delete(id);
      return { ok: true, deleted: { source, evidence } };
    }),
  );
}

/**
 * Puts a deleted source back with its links (undo of delete), in one
 * transaction. Links whose claim was deleted in the meantime are not
 * restored (they would point nowhere); `links` says how many were. Refused
 * when another source has taken its address since.
 */
export async function restoreSource(deleted: DeletedSource): Promise<SourceResult<{ links: number }>> {
  const db = getDb();
  return guarded(
    'source:restore',
    () =>
      db.transaction('rw', [db.sources, db.evidence, db.claims, db.claimEvents, db.settings], async () => {
        await upsertSourceByUrl(deleted.source, { onMatch: refuseDuplicate });
        const claims = await db.claims.bulkGet(deleted.evidence.map((e) => e.claimId));
        const links = deleted.evidence.filter((_, i) => claims[i] !== undefined);
        await db.evidence.bulkPut(links);
        for (const link of links) await recordLink(db, undefined, link);
        return { ok: true as const, links: links.length };
      }),
    () => ({ ok: false as const, reason: 'duplicate-url' as const }),
  );
}

// ---- Bulk: CSL-JSON import and pasted address lists ----

/** What happened to each imported draft. */
export interface SourceImportOutcome {
  /** Sources created, with the index of the draft each came from. */
  readonly added: readonly { readonly index: number; readonly source: Source }[];
  /** Drafts that matched a source already in the library (or earlier in the same import). */
  readonly merged: readonly { readonly index: number; readonly source: Source }[];
  /** Drafts that could not be stored (e.g. an invalid archive address). */
  readonly refused: readonly { readonly index: number; readonly refusal: SourceRefusal }[];
}

/** The key under which a source without an address is the same as another: folded title and publisher. */
function noUrlKey(source: Pick<Source, 'title' | 'publisher'>): string {
  return `${foldTitle(source.title)}\u0000${foldTitle(source.publisher)}`;
}

/**
 * Fills the fields the existing source leaves empty with the imported ones;
 * what the editor already wrote is never overwritten.
 */
function mergeInto(existing: Source, incoming: Omit<Source, 'id' | 'createdAt' | 'updatedAt'>): Source | null {
  const next: Source = { ...existing };
  let changed = false;
  const fill = <K extends 'publisher' | 'notes'>(key: K) => {
    if (existing[key] === '' && incoming[key] !== '') {
      next[key] = incoming[key];
      changed = true;
    }
  };
  fill('publisher');
  fill('notes');
  for (const key of ['author', 'publishedAt', 'accessedAt', 'archiveUrl'] as const) {
    const value = incoming[key];
    if (existing[key] === undefined && value !== undefined) {
      next[key] = value;
      changed = true;
    }
  }
  // Structured names replace a one-line author: they say the same, with the parts a citation needs.
  // Names that only repeat the one-line author (the workbench's own export read back) change nothing.
  const sameAsLine = incoming.authors !== undefined && JSON.stringify(parseAuthorLine(existing.author ?? '')) === JSON.stringify(incoming.authors);
  if (existing.authors === undefined && incoming.authors !== undefined && !sameAsLine) {
    next.authors = incoming.authors;
    next.author = displayNames(incoming.authors);
    changed = true;
  }
  // The workbench's own id read back is no news either.
  const { id: cslId, ...csl } = incoming.csl ?? {};
  const incomingCsl = cslId !== undefined && cslId !== existing.id ? { id: cslId, ...csl } : csl;
  if (existing.csl === undefined && Object.keys(incomingCsl).length > 0) {
    next.csl = incomingCsl;
    changed = true;
  }
  if (existing.kind === 'other' && incoming.kind !== 'other') {
    next.kind = incoming.kind;
    changed = true;
  }
  if (existing.reliability === 0 && incoming.reliability !== 0) {
    next.reliability = incoming.reliability;
    changed = true;
  }
  return changed ? { ...next, updatedAt: nowIso() } : null;
}

/** One write of many sources (save status `label`), in ONE transaction over the sources table. */
function writeSources<T>(label: string, write: (db: WorkbenchDb) => Promise<T>): Promise<T> {
  const db = getDb();
  return runWrite(label, () => db.transaction('rw', db.sources, () => write(db)));
}

/**
 * Adds imported sources (CSL-JSON) in ONE transaction, merging instead of
 * duplicating: a draft whose normalised address is already in the library
 * (or earlier in the import) fills that source's empty fields; so does a
 * draft without address whose title and publisher match a source without
 * address.
 */
export async function importSourceDrafts(drafts: readonly SourceDraft[]): Promise<SourceImportOutcome> {
  return writeSources('source:import', async (db) => {
    const added: { index: number; source: Source }[] = [];
    const merged: { index: number; source: Source }[] = [];
    const refused: { index: number; refusal: SourceRefusal }[] = [];
    // Sources without an address are the same when title and publisher match; the others by address (upsertSourceByUrl).
    const byNoUrlKey = new Map<string, Source>();
    for (const s of await db.sources.filter((s) => !s.normalizedUrl).toArray()) byNoUrlKey.set(noUrlKey(s), s);
    const now = nowIso();
    const final = new Map<string, Source>();
    for (const [index, draft] of drafts.entries()) {
      const prepared = prepareSource(draft);
      if (!prepared.ok) {
        refused.push({ index, refusal: prepared });
        continue;
      }
      const fields = prepared.fields;
      if (!fields.normalizedUrl) {
        const key = noUrlKey(fields);
        const existing = byNoUrlKey.get(key);
        if (existing) {
          const next = mergeInto(existing, fields) ?? existing;
          if (next !== existing) await db.sources.put(next);
          byNoUrlKey.set(key, next);
          final.set(next.id, next);
          merged.push({ index, source: next });
          continue;
        }
      }
      const { source, matched } = await upsertSourceByUrl(
        { id: newId(), ...fields, createdAt: now, updatedAt: now },
        { onMatch: (existing) => mergeInto(existing, fields) },
      );
      final.set(source.id, source);
      if (!fields.normalizedUrl) byNoUrlKey.set(noUrlKey(source), source);
      (matched ? merged : added).push({ index, source });
    }
    // Sources merged after being added in this import carry their final form.
    return {
      added: added.map((a) => ({ index: a.index, source: final.get(a.source.id) ?? a.source })),
      merged,
      refused,
    };
  });
}

/** What a pasted address list did: sources created, and lines whose address was already in the library. */
export interface UrlListOutcome {
  readonly added: readonly { readonly line: number; readonly source: Source }[];
  readonly existing: readonly { readonly line: number; readonly source: Source }[];
}

/**
 * Creates one source per address (parseUrlList's valid lines) in ONE
 * transaction; addresses already in the library are left as they are and
 * reported. New sources are titled with their host and path until edited.
 */
export async function addSourcesFromUrls(urls: readonly BulkUrl[]): Promise<UrlListOutcome> {
  return writeSources('source:paste-urls', async () => {
    const added: { line: number; source: Source }[] = [];
    const existing: { line: number; source: Source }[] = [];
    const now = nowIso();
    for (const u of urls) {
      if (normalizeUrl(u.url) === '') continue;
      const candidate: Source = {
        id: newId(),
        url: u.url,
        title: titleFromUrl(u.url),
        publisher: '',
        kind: 'other',
        reliability: 0,
        notes: '',
        createdAt: now,
        updatedAt: now,
      };
      // An address twice in the list: the second line finds the source the first one created.
      const { source, matched } = await upsertSourceByUrl(candidate);
      (matched ? existing : added).push({ line: u.line, source });
    }
    return { added, existing };
  });
}

// ---- Reading ----

/** The sources with these ids, in the order given; ids that no longer exist are skipped. */
export async function getSourcesByIds(ids: readonly string[]): Promise<Source[]> {
  const found = await getDb().sources.bulkGet([...ids]);
  return found.filter((s): s is Source => s !== undefined);
}


/** The display host of a source's address ('' without one). */
export function sourceHost(source: Pick<Source, 'url'>): string {
  return source.url ? hostOf(source.url) : '';
}

/** Live list of every source of the library (in no particular order); undefined while loading. */
export function useSources(): Source[] | undefined {
  return useLiveQuery(() => getDb().sources.toArray(), []);
}

/** A claim that cites a source, with what the library shows of it. */
export interface Citation {
  readonly evidenceId: string;
  readonly claimId: string;
  readonly articleId: string;
  readonly articleTitle: string;
  /** The claim's text as marked (its TextQuoteSelector's `exact`). */
  readonly claimText: string;
  readonly stance: Stance;
  readonly orphan: boolean;
}

async function queryCitations(): Promise<Map<string, Citation[]>> {
  const db = getDb();
  const evidence = await db.evidence.toArray();
  const claimIds = [...new Set(evidence.map((e) => e.claimId))];
  const claims = await db.claims.bulkGet(claimIds);
  const claimById = new Map(claims.filter((c) => c !== undefined).map((c) => [c.id, c]));
  const articleIds = [...new Set([...claimById.values()].map((c) => c.articleId))];
  const articles = await db.articles.bulkGet(articleIds);
  const titleById = new Map(articles.filter((a) => a !== undefined).map((a) => [a.id, a.title]));
  const bySource = new Map<string, Citation[]>();
  for (const e of evidence) {
    const claim = claimById.get(e.claimId);
    if (!claim) continue;
    let list = bySource.get(e.sourceId);
    if (!list) bySource.set(e.sourceId, (list = []));
    list.push({
      evidenceId: e.id,
      claimId: claim.id,
      articleId: claim.articleId,
      articleTitle: titleById.get(claim.articleId) ?? '',
      claimText: claim.target.quote.exact,
      stance: e.stance,
      orphan: claim.orphan !== undefined,
    });
  }
  return bySource;
}

/** Live: for each source id, the claims that cite it (with their article titles); undefined while loading. */
export function useSourceCitations(): Map<string, Citation[]> | undefined {
  return useLiveQuery(queryCitations, []);
}

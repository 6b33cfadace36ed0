/**
 * "One source per normalised address", in one place. Every write that adds
 * or replaces a source — the source form, edits and undo, CSL-JSON and pasted
 * address lists, "Import review", a merged backup — goes through
 * upsertSourceByUrl, so the rule and its key (core/sources/url.ts
 * normalizeUrl, recomputed here, never trusted from the record) cannot drift
 * apart between them. The unique `normalizedUrl` index is the backstop.
 */
import type { Source } from '../core/model';
import { normalizeUrl } from '../core/sources/url';
import { getDb, type WorkbenchDb } from './db';

export interface UpsertOptions {
  /**
   * Another stored source already has the candidate's address: what it
   * becomes (null: kept as it is). May throw to refuse (and abort the
   * transaction). Default: kept as it is.
   */
  readonly onMatch?: (existing: Source) => Source | null;
  /** A source with the candidate's own id is stored: whether the candidate replaces it. Default: yes. */
  readonly replaceOwn?: (current: Source) => boolean;
  /** The database (default: the window's workspace); the caller's transaction must include `sources`. */
  readonly db?: WorkbenchDb;
}

export interface UpsertOutcome {
  /** The source now stored for the candidate: the candidate itself, or the one that already had its address. */
  readonly source: Source;
  /** True when another source already had the address (the candidate was not stored). */
  readonly matched: boolean;
  /** True when this call wrote a record (the candidate, or what `onMatch` made of the existing source). */
  readonly stored: boolean;
}

/** The candidate with the key of its address (normalizeUrl), or without one when it has no usable address. */
export function withUrlKey(source: Source): Source {
  const { normalizedUrl: _stored, ...rest } = source;
  const key = source.url ? normalizeUrl(source.url) : '';
  return key ? { ...rest, normalizedUrl: key } : rest;
}

/**
 * Stores `candidate` unless another source already has its normalised
 * address; then that source is reused (`onMatch` may fill it in or refuse).
 * Inside the caller's transaction on `sources`: later calls of the same
 * transaction see the sources stored by earlier ones.
 */
export async function upsertSourceByUrl(candidate: Source, options: UpsertOptions = {}): Promise<UpsertOutcome> {
  const db = options.db ?? getDb();
  const record = withUrlKey(candidate);
  const key = record.normalizedUrl;
  const holder = key ? await db.sources.where('normalizedUrl').equals(key).first() : undefined;
  if (holder && holder.id !== record.id) {
    const next = options.onMatch?.(holder) ?? null;
    if (next) await db.sources.put(next);
    return { source: next ?? holder, matched: true, stored: next !== null };
  }
  const current = holder ?? (await db.sources.get(record.id));
  if (current && options.replaceOwn && !options.replaceOwn(current)) return { source: current, matched: false, stored: false };
  await db.sources.put(record);
  return { source: record, matched: false, stored: true };
}

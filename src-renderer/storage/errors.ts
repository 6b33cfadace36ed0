/**
 * Telling the user what went wrong with a write, in words they can act on.
 * Quota and disk-full errors arrive in several disguises: a QuotaExceededError,
 * Dexie's wrapper around it, an AbortError whose inner error is the quota, or
 * — for a full disk — Chromium's "Failed to write blobs (IOError)" or the
 * operating system's ENOSPC. The two are told apart because the remedy
 * differs: a full disk needs space on the disk; a used-up quota may also be
 * the browser's limit for the site.
 */

import { errorChain } from '../core/errors';

export type StorageProblem = 'disk-full' | 'quota' | 'version' | 'constraint' | 'blocked' | 'unknown';

/** What a full disk says, whoever reports it (Chromium's blob writer, the OS, our own fault injection). */
const DISK_FULL = /disk (is )?full|no space|ENOSPC|IOError|failed to write blobs/i;

/** Classifies a storage error, looking through wrappers. */
export function classifyStorageError(error: unknown): StorageProblem {
  const errors = errorChain(error);
  const names = errors.map((e) => String(e.name ?? ''));
  const messages = errors.map((e) => String(e.message ?? '')).join(' ');
  if (DISK_FULL.test(messages) || names.some((n) => n === 'IOError')) return 'disk-full';
  if (names.some((n) => n === 'QuotaExceededError') || /quota/i.test(messages)) return 'quota';
  if (names.some((n) => n === 'VersionError')) return 'version';
  if (names.some((n) => n === 'ConstraintError')) return 'constraint';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'BlockedError')) return 'blocked';
  return 'unknown';
}

/**
 * A write refused because the record changed since the editor's copy was
 * read (another window saved it, or a restore replaced it). Thrown inside the
 * write's transaction, so nothing is written; `stored` is the record as it
 * now is, for "Changed in another window" to show beside the editor's text.
 * Not a failure waiting for Retry (storage/save-status): the editor chooses.
 */
export class StaleWriteError<T = unknown> extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    readonly stored: T,
    readonly basedOn: number,
  ) {
    super(`changed since version ${basedOn}`);
  }
}

/** The version of a record: records written before versions count as 1. */
export function versionOf(record: { readonly version?: number | undefined }): number {
  return record.version ?? 1;
}

/** Refuses (StaleWriteError) a write based on `basedOn` when `stored` has moved on; no check without `basedOn`. */
export function checkBasedOn<T extends { readonly version?: number | undefined }>(stored: T, basedOn: number | undefined): void {
  if (basedOn !== undefined && versionOf(stored) !== basedOn) throw new StaleWriteError(stored, basedOn);
}

/**
 * Runs `write` based on the version of `seen` (the record as the editor saw
 * it). Refused as stale: when `untouched(stored)` says the other save left
 * this write's field alone, the write is redone based on the stored version;
 * otherwise the StaleWriteError goes to the caller.
 */
export async function writeBasedOn<R, T extends { readonly version?: number | undefined }>(
  write: (basedOn: number) => Promise<R>,
  seen: T,
  untouched: (stored: T) => boolean,
): Promise<R> {
  try {
    return await write(versionOf(seen));
  } catch (error) {
    if (error instanceof StaleWriteError && untouched(error.stored as T)) return write(versionOf(error.stored as T));
    throw error;
  }
}

/**
 * The one way the code puts a thrown value into words: the innermost cause of
 * a wrapped error (Dexie wraps IndexedDB's, which wraps the disk's; an
 * `Error` may carry a `cause`), else the value itself as text. The UI's
 * `describeError` (ui/common/errors.ts) adds the editor's words on top;
 * storage, the worker, core's parsers and main report this plain detail.
 */

/** What an error or one of its wrappers may carry (Dexie uses `inner`, the standard `cause`). */
export interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly inner?: unknown;
  readonly cause?: unknown;
}

/** The error and the errors it wraps, outermost first (at most 8, never round a cycle). */
export function errorChain(error: unknown): ErrorLike[] {
  const seen: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && seen.length < 8 && !seen.includes(current as ErrorLike)) {
    seen.push(current as ErrorLike);
    const e = current as ErrorLike;
    current = e.inner ?? e.cause;
  }
  return seen;
}

/** The most specific message in an error chain, for details; `String(error)` when none has one. */
export function innermostMessage(error: unknown): string {
  const errors = errorChain(error);
  for (let i = errors.length - 1; i >= 0; i--) {
    const m = errors[i]?.message;
    if (typeof m === 'string' && m) return m;
  }
  return String(error);
}

/** The first line of {@link innermostMessage}, at most `max` characters: for a one-line report. */
export function firstLineOf(error: unknown, max: number): string {
  return innermostMessage(error).split('\n')[0]!.slice(0, max);
}

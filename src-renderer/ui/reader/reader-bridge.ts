/**
 * What other panes may ask of the reader: the text the editor has selected
 * (as a claim target on the current revision) and "show this claim".
 * The reader registers itself while it shows an article.
 */
import { createTarget } from '../../core/anchoring/selectors';
import type { ClaimTarget, Revision } from '../../core/model';
import { snapToWords } from '../../core/text/graphemes';

export interface ReaderApi {
  readonly articleId: string;
  readonly revision: Revision;
  /** The raw selection in the article as offsets into `revision.text`, or null. */
  readOffsets(): { start: number; end: number } | null;
  /** Scrolls the claim's highlight into view; `focus` moves keyboard focus to it. */
  reveal(claimId: string, focus: boolean): void;
  /** Drops the remembered selection once it has been used. */
  forgetSelection(): void;
}

let current: ReaderApi | null = null;

/** Registers the reader; returns the function that unregisters it. */
export function registerReader(api: ReaderApi): () => void {
  current = api;
  return () => {
    if (current === api) current = null;
  };
}

export type SelectedSpan =
  | { readonly ok: true; readonly articleId: string; readonly revisionId: string; readonly start: number; readonly end: number; readonly target: ClaimTarget }
  | { readonly ok: false; readonly reason: 'no-article' | 'no-selection' | 'no-words' };

/**
 * The reader's selection snapped to whole words (never splitting a
 * grapheme), with both W3C selectors built on the current revision.
 */
export function selectedSpan(): SelectedSpan {
  const reader = current;
  if (!reader) return { ok: false, reason: 'no-article' };
  const raw = reader.readOffsets();
  if (!raw) return { ok: false, reason: 'no-selection' };
  const snapped = snapToWords(reader.revision.text, raw.start, raw.end);
  if (!snapped) return { ok: false, reason: 'no-words' };
  return {
    ok: true,
    articleId: reader.articleId,
    revisionId: reader.revision.id,
    start: snapped.start,
    end: snapped.end,
    target: createTarget(reader.revision.text, snapped.start, snapped.end),
  };
}

/** Asks the reader to show a claim (no-op when no article is shown). */
export function revealClaim(claimId: string, focus: boolean): void {
  current?.reveal(claimId, focus);
}

/** Clears the text selection after it has been used. */
export function clearSelection(): void {
  current?.forgetSelection();
  document.getSelection()?.removeAllRanges();
}

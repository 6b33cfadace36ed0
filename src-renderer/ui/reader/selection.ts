/**
 * The editor's text selection in the reader, as a claim target: read through
 * the reader's registration in the workbench store.
 */
import { createTarget } from '../../core/anchoring/selectors';
import { snapToWords } from '../../core/text/graphemes';
import { useWorkbenchStore, type SelectedSpan } from '../app/store';

export type { SelectedSpan } from '../app/store';

/**
 * The reader's selection snapped to whole words (never splitting a
 * grapheme), with both W3C selectors built on the current revision.
 */
export function selectedSpan(): SelectedSpan {
  const reader = useWorkbenchStore.getState().reader;
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

/** Clears the text selection after it has been used. */
export function clearSelection(): void {
  useWorkbenchStore.getState().reader?.forgetSelection();
  document.getSelection()?.removeAllRanges();
}

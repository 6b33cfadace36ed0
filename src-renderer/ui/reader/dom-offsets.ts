/**
 * From a DOM selection in the reader to UTF-16 offsets into the revision's
 * text, and keyboard selection in the (non-editable) reader.
 *
 * Invariant the reader keeps: every element with `data-start` is one
 * paragraph whose text nodes, in document order, are exactly
 * `text.slice(data-start, data-end)`. Numbers and glyphs on highlights are
 * drawn with CSS `::before` content, which has no text node, so counting the
 * characters of a Range inside a paragraph gives the offset.
 */

const PARAGRAPH = '[data-start]';

function paragraphOf(node: Node, root: Element): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  const p = el?.closest<HTMLElement>(PARAGRAPH) ?? null;
  return p && root.contains(p) ? p : null;
}

function bounds(p: HTMLElement): { start: number; end: number } {
  return { start: Number(p.dataset['start']), end: Number(p.dataset['end']) };
}

/**
 * The text offset of a DOM boundary point. A point between paragraphs (or
 * in the title) moves to the next paragraph's start when it starts a
 * selection, to the previous paragraph's end when it ends one.
 */
export function pointToOffset(root: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const p = paragraphOf(node, root);
  if (p) {
    const r = document.createRange();
    r.setStart(p, 0);
    r.setEnd(node, offset);
    return bounds(p).start + r.toString().length;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>(PARAGRAPH));
  if (side === 'start') {
    for (const q of paragraphs) if (point.comparePoint(q, 0) >= 0) return bounds(q).start;
    const last = paragraphs.at(-1);
    return last ? bounds(last).end : null;
  }
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const q = paragraphs[i]!;
    if (point.comparePoint(q, q.childNodes.length) <= 0) return bounds(q).end;
  }
  const first = paragraphs[0];
  return first ? bounds(first).start : null;
}

/** The current selection inside `root` as raw offsets, or null when it is empty or elsewhere. */
export function selectionOffsets(root: Element): { start: number; end: number } | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * The DOM point of a text offset in a rendered paragraph, or null when that
 * paragraph is not in the DOM. `side` picks the paragraph when the offset is
 * on a boundary between two.
 */
export function offsetToPoint(root: Element, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH)) {
    const { start, end } = bounds(p);
    if (side === 'start' ? offset < start || offset >= end : offset <= start || offset > end) continue;
    let left = offset - start;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = (n as Text).data.length;
      if (left < len || (left === len && side === 'end')) return { node: n, offset: left };
      left -= len;
    }
    return { node: p, offset: p.childNodes.length };
  }
  return null;
}

/** Paragraph indexes (data-index of the paragraph row) holding the selection's ends. */
export function selectionParagraphIndexes(root: Element): number[] {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return [];
  const out: number[] = [];
  for (const node of [sel.anchorNode, sel.focusNode]) {
    if (!node) continue;
    const row = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-index]');
    if (row && root.contains(row)) out.push(Number(row.dataset['index']));
  }
  return out;
}

/** Where a keyboard selection starts when there is none: the focused highlight, else the first paragraph on screen. */
function caretStart(root: Element): { node: Node; offset: number } | null {
  const active = document.activeElement;
  const mark = active && root.contains(active) ? active.closest('mark') : null;
  if (mark) return { node: mark, offset: 0 };
  const box = root.getBoundingClientRect();
  for (const p of root.querySelectorAll<HTMLElement>(PARAGRAPH)) {
    if (p.getBoundingClientRect().bottom > Math.max(box.top, 0)) return { node: p, offset: 0 };
  }
  return null;
}

const MOVES: Record<string, { direction: 'forward' | 'backward'; granularity: string; word?: string }> = {
  ArrowRight: { direction: 'forward', granularity: 'character', word: 'word' },
  ArrowLeft: { direction: 'backward', granularity: 'character', word: 'word' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
  End: { direction: 'forward', granularity: 'lineboundary' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
};

/**
 * Keyboard selection in the reader, which is not editable and so has no
 * caret of its own: Shift+arrows (Ctrl/Alt for words, Home/End for line
 * ends) extend the selection from the focused highlight or the first
 * paragraph on screen; arrows without Shift move a selection's caret when
 * one exists. Returns true when it handled the key.
 */
export function handleSelectionKey(root: Element, e: KeyboardEvent): boolean {
  const move = MOVES[e.key];
  if (!move || e.metaKey) return false;
  const sel = document.getSelection();
  if (!sel) return false;
  const inside = sel.rangeCount > 0 && sel.anchorNode !== null && root.contains(sel.anchorNode);
  if (!e.shiftKey && !inside) return false;
  if (!inside) {
    const at = caretStart(root);
    if (!at) return false;
    sel.collapse(at.node, at.offset);
  }
  const granularity = (e.ctrlKey || e.altKey) && move.word ? move.word : move.granularity;
  // Selection.modify is non-standard but implemented by every engine we run in.
  (sel as Selection & { modify(alter: string, direction: string, granularity: string): void }).modify(e.shiftKey ? 'extend' : 'move', move.direction, granularity);
  const focus = sel.focusNode;
  const el = focus instanceof Element ? focus : focus?.parentElement;
  el?.scrollIntoView({ block: 'nearest' });
  return true;
}

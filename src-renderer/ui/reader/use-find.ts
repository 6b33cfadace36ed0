/**
 * Find in the article: matches are searched in the whole revision text,
 * whether the reader has every paragraph in the DOM or virtualises them;
 * going to one scrolls its paragraph into view (and keeps it mounted when
 * virtualised); the matches of the paragraphs in the DOM are painted with
 * the CSS Custom Highlight API (`::highlight`), so the article's DOM —
 * claims, flags, the selection — is never touched.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import type { Paragraph } from '../../core/model';
import type { Span } from '../../core/text/offsets';
import { useCommand } from '../app/commands';
import { paragraphIndexAt } from './paragraph-spans';
import { findMatches, firstMatchFrom, foldForFind } from './find';
import { firstIndexWhere } from '../../core/bisect';

interface FindInputs {
  text: string;
  paragraphs: readonly Paragraph[];
  articleRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The list of paragraph rows: each child has `data-index` and holds its paragraph (`data-start`). */
  listRef: RefObject<HTMLDivElement | null>;
  /** Brings a paragraph into view (mounting it if the list is virtualised). */
  scrollToParagraph(index: number): void;
  /** Paragraphs the reader keeps mounted when virtualised (the current match's joins them). */
  pinned: MutableRefObject<Set<number>>;
}

const MATCH = 'find-match';
const CURRENT = 'find-current';

/** The highlight registry, where the browser has one (Chromium does; jsdom does not). */
function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/** The rows in the DOM by paragraph index (all of them, or the virtualiser's). */
function rowsByIndex(list: HTMLElement): Map<number, Element> {
  const rows = new Map<number, Element>();
  for (const row of list.children) rows.set(Number((row as HTMLElement).dataset['index']), row);
  return rows;
}

/** A match as a DOM Range inside its paragraph element (`data-start` = where it begins in the text), or null. */
function rangeIn(paragraph: Element, paragraphStart: number, m: Span): Range | null {
  const range = document.createRange();
  let left = m.start - paragraphStart;
  let started = false;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.length;
    if (!started && left < len) {
      range.setStart(n, left);
      started = true;
      left += m.end - m.start;
    }
    if (started && left <= len) {
      range.setEnd(n, left);
      return range;
    }
    left -= len;
  }
  return null;
}

/** The first paragraph row whose bottom is below the top of the scroller: where the editor is reading. */
function readingIndex(list: HTMLElement, scroller: HTMLElement | null): number {
  const top = scroller?.getBoundingClientRect().top ?? 0;
  const rows = list.children;
  // Rows are in index order, top to bottom: bisect.
  const lo = firstIndexWhere(rows.length, (i) => rows[i]!.getBoundingClientRect().bottom > top);
  const row = rows[Math.min(lo, rows.length - 1)] as HTMLElement | undefined;
  return row ? Number(row.dataset['index']) : 0;
}

export function useFind({ text, paragraphs, articleRef, scrollRef, listRef, scrollToParagraph, pinned }: FindInputs) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const foldedText = useMemo(() => (open ? foldForFind(text) : ''), [open, text]);
  const matches = useMemo(() => (open ? findMatches(foldedText, query) : []), [open, foldedText, query]);
  // Set when the editor moved to a match: the next renders bring it into view once.
  const reveal = useRef(false);

  useCommand('find', () => {
    setOpen(true);
    // Focus (and select) the field once it is there.
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  });

  const goTo = useCallback(
    (index: number) => {
      setCurrent(index);
      const m = matches[index];
      if (!m) return;
      const paragraph = paragraphIndexAt(paragraphs, m.start);
      pinned.current.add(paragraph);
      reveal.current = true;
      scrollToParagraph(paragraph);
    },
    [matches, paragraphs, pinned, scrollToParagraph],
  );

  // A new query starts at the first match from where the editor is reading.
  const startedFor = useRef<readonly Span[] | null>(null);
  useEffect(() => {
    if (!open || startedFor.current === matches) return;
    startedFor.current = matches;
    const list = listRef.current;
    const from = list ? (paragraphs[readingIndex(list, scrollRef.current)]?.start ?? 0) : 0;
    const index = firstMatchFrom(matches, from);
    if (index === -1) setCurrent(-1);
    else goTo(index);
  }, [open, matches, goTo, paragraphs, listRef, scrollRef]);

  // Paint the matches of the paragraphs in the DOM after every render (a
  // re-rendered paragraph has new text nodes; scrolling a virtualised list
  // mounts others). Matches are at most MAX_MATCHES, rows looked up once.
  useLayoutEffect(() => {
    const highlights = registry();
    const list = listRef.current;
    if (!highlights) return;
    if (!open || !list || matches.length === 0) {
      highlights.delete(MATCH);
      highlights.delete(CURRENT);
      return;
    }
    const rows = rowsByIndex(list);
    const ranges: Range[] = [];
    let currentRange: Range | null = null;
    let index = 0;
    matches.forEach((m, i) => {
      // Matches are in text order: the paragraph index only moves forward.
      while (index + 1 < paragraphs.length && paragraphs[index]!.end <= m.start) index++;
      const p = paragraphs[index];
      const element = p && rows.get(index)?.querySelector(`[data-start="${p.start}"]`);
      const range = element ? rangeIn(element, p.start, m) : null;
      if (!range) return;
      if (i === current) currentRange = range;
      else ranges.push(range);
    });
    highlights.set(MATCH, new Highlight(...ranges));
    const shown = currentRange as Range | null;
    if (shown) highlights.set(CURRENT, new Highlight(shown));
    else highlights.delete(CURRENT);
    if (reveal.current && shown) {
      const box = scrollRef.current?.getBoundingClientRect();
      const r = shown.getBoundingClientRect();
      if (box && scrollRef.current && (r.top < box.top + 8 || r.bottom > box.bottom - 8)) {
        scrollRef.current.scrollTop += r.top - box.top - box.height / 3;
      }
      reveal.current = false;
    }
  });

  // Nothing stays painted once the reader goes.
  useEffect(
    () => () => {
      registry()?.delete(MATCH);
      registry()?.delete(CURRENT);
    },
    [],
  );

  const close = () => {
    setOpen(false);
    setQuery('');
    setCurrent(-1);
    articleRef.current?.focus();
  };

  return {
    open,
    inputRef,
    bar: {
      query,
      onQuery: setQuery,
      total: matches.length,
      current,
      onStep: (direction: 1 | -1) => {
        if (matches.length) goTo((current + direction + matches.length) % matches.length);
      },
      onClose: close,
    },
  };
}

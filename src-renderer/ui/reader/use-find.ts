/**
 * Find in the article, for the virtualised reader: matches are searched in
 * the whole revision text (mounted or not); going to one scrolls its
 * paragraph into the list and keeps it mounted; the matches of the mounted
 * paragraphs are painted with the CSS Custom Highlight API (`::highlight`),
 * so the article's DOM — claims, flags, the selection — is never touched.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { Paragraph } from '../../core/model';
import type { Span } from '../../core/text/offsets';
import { useCommand } from '../app/commands';
import { offsetToPoint } from './dom-offsets';
import { paragraphIndexAt } from './paragraph-spans';
import { findMatches, firstMatchFrom, foldForFind } from './find';

interface FindInputs {
  text: string;
  paragraphs: readonly Paragraph[];
  articleRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** Paragraphs the reader keeps mounted (the current match's joins them). */
  pinned: MutableRefObject<Set<number>>;
}

const MATCH = 'find-match';
const CURRENT = 'find-current';

/** The highlight registry, where the browser has one (Chromium does; jsdom does not). */
function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

function rangeOf(root: Element, m: Span): Range | null {
  const a = offsetToPoint(root, m.start, 'start');
  const b = offsetToPoint(root, m.end, 'end');
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

export function useFind({ text, paragraphs, articleRef, scrollRef, virtualizer, pinned }: FindInputs) {
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
      virtualizer.scrollToIndex(paragraph, { align: 'center' });
    },
    [matches, paragraphs, pinned, virtualizer],
  );

  // A new query starts at the first match from where the editor is reading.
  const startedFor = useRef<readonly Span[] | null>(null);
  useEffect(() => {
    if (!open || startedFor.current === matches) return;
    startedFor.current = matches;
    const first = virtualizer.getVirtualItems()[0];
    const from = first ? (paragraphs[first.index]?.start ?? 0) : 0;
    const index = firstMatchFrom(matches, from);
    if (index === -1) setCurrent(-1);
    else goTo(index);
  }, [open, matches, goTo, paragraphs, virtualizer]);

  // Paint the matches of the mounted paragraphs after every render (scrolling mounts others).
  useLayoutEffect(() => {
    const highlights = registry();
    const root = articleRef.current;
    if (!highlights) return;
    if (!open || !root || matches.length === 0) {
      highlights.delete(MATCH);
      highlights.delete(CURRENT);
      return;
    }
    const ranges: Range[] = [];
    let currentRange: Range | null = null;
    for (const item of virtualizer.getVirtualItems()) {
      const p = paragraphs[item.index];
      if (!p) continue;
      // Matches are in text order: find the first one in this paragraph by bisection.
      let lo = 0;
      let hi = matches.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (matches[mid]!.end <= p.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < matches.length && matches[i]!.start < p.end; i++) {
        const range = rangeOf(root, matches[i]!);
        if (!range) continue;
        if (i === current) currentRange = range;
        else ranges.push(range);
      }
    }
    highlights.set(MATCH, new Highlight(...ranges));
    if (currentRange) highlights.set(CURRENT, new Highlight(currentRange));
    else highlights.delete(CURRENT);
    if (reveal.current && currentRange) {
      const box = scrollRef.current?.getBoundingClientRect();
      const r = currentRange.getBoundingClientRect();
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

/**
 * The article text with its highlight layers.
 *
 * An article of up to FULL_DOM_MAX_PARAGRAPHS paragraphs has every
 * paragraph in the DOM, so the window's find bar (Ctrl/Cmd+F in Chromium and
 * Electron) and a screen reader's "read all" reach all of it; the paragraphs
 * off screen cost little because each row is `content-visibility: auto`
 * (laid out and painted only near the viewport, with a remembered or
 * estimated height meanwhile). A longer article is virtualised: only the
 * paragraphs on screen (plus a few either side, and those holding the
 * selection or the selected claim) are in the DOM, so a 1 MB article with
 * 2,000 claims opens and scrolls smoothly. The in-app Find searches the
 * whole text either way.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { titleParagraphIndex } from '../../core/text/title';
import { FindBar } from './FindBar';
import { useFind } from './use-find';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Paragraph, Revision } from '../../core/model';
import type { HighlightSpan } from './layers';
import { buildPieces, indexSpans, paragraphIndexAt, spanByKey, spanKey, type Piece, type SpanIndex } from './paragraph-spans';
import { handleSelectionKey, offsetToPoint, selectionOffsets, selectionParagraphIndexes } from './dom-offsets';
import { ArticleInfo } from '../library/ArticleInfo';
import { useCommand } from '../app/commands';
import { consumeReveal, markArticleShown, registerReader, revealClaim, useWorkbenchStore } from '../app/store';
import { startGuard } from '../app/start-guard';

export interface ArticleViewProps {
  /** The article's id, title and language (not the article record: a claim saved bumps its version, and the reader need not re-render for that). */
  articleId: string;
  title: string;
  language: string;
  revision: Revision;
  /** Every layer's spans (claims, suggestions, flags). */
  spans: readonly HighlightSpan[];
  /** The selected claim, revealed when the article opens. */
  selectedClaimId: string | undefined;
  /** The analysis is still running: its highlights may yet change (`aria-busy`). */
  analysing?: boolean;
  /** Dim everything but the claims and the open flags. */
  focusView?: boolean;
}

/**
 * Up to this many paragraphs, the whole article is in the DOM. A news
 * article has 10–60 paragraphs and a long feature or report a few hundred;
 * 400 paragraphs with their highlights are a few thousand elements, which
 * `content-visibility: auto` keeps cheap to open and scroll. Beyond it
 * (wire dumps, transcripts, the 1 MB benchmark articles with thousands of
 * paragraphs) the DOM would grow past what opens fast, and the list is
 * virtualised.
 */
export const FULL_DOM_MAX_PARAGRAPHS = 400;

/** Rough height of a paragraph before it is measured: ~80 characters a line. */
function estimateHeight(p: Paragraph): number {
  const lines = Math.max(1, Math.ceil((p.end - p.start) / 80));
  return lines * 28 + 17 + (p.kind === 'heading' ? 20 : 0);
}

/**
 * Memoised, and so are its rows: a claim saved re-renders the reader with
 * one new span, and only the paragraph holding it re-renders.
 */
export const ArticleView = memo(function ArticleView({ articleId, title, language, revision, spans, selectedClaimId, analysing = false, focusView = false }: ArticleViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const infoRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const pinned = useRef(new Set<number>());
  const paragraphs = revision.paragraphs;
  const virtual = paragraphs.length > FULL_DOM_MAX_PARAGRAPHS;
  // The body never repeats the title as a heading: an opening heading that is the title is shown as the title.
  const titleIndex = useMemo(() => titleParagraphIndex(paragraphs, revision.text, title), [paragraphs, revision.text, title]);
  // The reopened article rendered: this start is ready (runs only if nothing below threw).
  useEffect(() => startGuard().markReady(), []);

  // Only the paragraphs whose highlights changed get a new list (and re-render);
  // a span saved in place is swapped into the previous index (paragraph-spans).
  const lastIndex = useRef<SpanIndex | undefined>(undefined);
  const spanIndex = useMemo(() => indexSpans(paragraphs, spans, lastIndex.current), [paragraphs, spans]);
  lastIndex.current = spanIndex;
  const perParagraph = spanIndex.perParagraph;
  const claimStart = useCallback((id: string) => spanByKey(spanIndex, `claim:${id}`)?.start, [spanIndex]);

  const rangeExtractor = useCallback((range: Range) => {
    const base = defaultRangeExtractor(range);
    const extra = [...pinned.current].filter((i) => i < range.count && !base.includes(i));
    return extra.length ? [...base, ...extra].sort((a, b) => a - b) : base;
  }, []);

  // Always called (a hook), idle when every paragraph is in the DOM.
  const virtualizer = useVirtualizer({
    enabled: virtual,
    count: virtual ? paragraphs.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight(paragraphs[i]!),
    overscan: 8,
    scrollMargin,
    rangeExtractor,
    initialRect: { width: 800, height: typeof window === 'undefined' ? 900 : window.innerHeight },
  });

  // Where the paragraphs start below the title: the title wraps differently as the pane resizes.
  // (.reader-scroll is positioned, so offsetTop is measured from its top.)
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setScrollMargin(list.offsetTop);
    measure();
    const observer = new ResizeObserver(measure);
    if (list.previousElementSibling) observer.observe(list.previousElementSibling);
    if (infoRef.current) observer.observe(infoRef.current);
    return () => observer.disconnect();
  }, []);

  // The paragraph of the selected claim stays mounted, so that its focused
  // highlight is not destroyed when it scrolls out of view.
  const selectedSpan = selectedClaimId ? spanByKey(spanIndex, `claim:${selectedClaimId}`) : undefined;
  const selectedStart = selectedSpan?.start;
  const selectedEnd = selectedSpan?.end;
  const selectedIndex = useMemo(() => (selectedStart !== undefined ? paragraphIndexAt(paragraphs, selectedStart) : -1), [selectedStart, paragraphs]);

  // So do the paragraphs holding the ends of the text selection: a selection
  // whose start is unmounted would vanish. The selection is also remembered
  // as offsets: new highlights (analysis results arriving, a claim saved)
  // re-render a paragraph and replace the text nodes the DOM selection was
  // in; the editor's selection must survive that.
  const remembered = useRef<{ start: number; end: number } | null>(null);
  const userActed = useRef(false);
  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    const onSelection = () => {
      const next = new Set(selectionParagraphIndexes(root));
      if (selectedIndex >= 0) next.add(selectedIndex);
      pinned.current = next;
      const sel = document.getSelection();
      const offsets = selectionOffsets(root);
      if (offsets) remembered.current = offsets;
      // The editor selected something else, or clicked or typed in the article: forget.
      else if (userActed.current || (sel && !sel.isCollapsed)) remembered.current = null;
      userActed.current = false;
    };
    const onUser = () => {
      userActed.current = true;
    };
    // Pressing a button (Mark as claim, Re-attach to selection) keeps the
    // selection; clicking into the text or into a form field moves it.
    const onPointer = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target && (root.contains(target) || target.closest('input, textarea, select, [contenteditable="true"]'))) userActed.current = true;
    };
    onSelection();
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('pointerdown', onPointer, true);
    root.addEventListener('keydown', onUser);
    return () => {
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('pointerdown', onPointer, true);
      root.removeEventListener('keydown', onUser);
    };
  }, [selectedIndex]);

  // Put the remembered selection back after a re-render lost it.
  useLayoutEffect(() => {
    const root = articleRef.current;
    const want = remembered.current;
    const sel = document.getSelection();
    if (!root || !want || !sel) return;
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return; // Never steal a text field's caret.
    if (!sel.isCollapsed && selectionOffsets(root)) return;
    const a = offsetToPoint(root, want.start, 'start');
    const b = offsetToPoint(root, want.end, 'end');
    if (!a || !b) return;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    sel.removeAllRanges();
    sel.addRange(range);
  }, [perParagraph]);

  const items = virtualizer.getVirtualItems();

  /** Brings paragraph `index` to the middle of the reader: the virtualiser mounts it, or the browser scrolls to its row. */
  const scrollToParagraph = useCallback(
    (index: number) => {
      if (virtual) {
        virtualizer.scrollToIndex(index, { align: 'center' });
        return;
      }
      const row = listRef.current?.children[index];
      if (row instanceof HTMLElement) centreRow(row, scrollRef.current);
    },
    [virtual, virtualizer],
  );
  const find = useFind({ text: revision.text, paragraphs, articleRef, scrollRef, listRef, scrollToParagraph, pinned });

  /**
   * What other panes ask the reader to show (a claim, a flag, a suggestion):
   * the request waits in the store until its highlight is rendered — the
   * reader scrolls the virtualised list to it once, then every render (new
   * rows, the claim saved and loaded) looks again, with no polling.
   */
  const pending = useWorkbenchStore((st) => st.pendingReveal);
  const scrolledFor = useRef<number | null>(null);
  useEffect(() => {
    if (!pending) return;
    const start = pending.kind === 'claim' ? claimStart(pending.claimId) : pending.start;
    if (start === undefined) return; // The claim is not loaded yet: the next render looks again.
    const badgeKey = pending.kind === 'claim' ? `claim:${pending.claimId}` : pending.focusKey;
    const index = paragraphIndexAt(paragraphs, start);
    pinned.current.add(index);
    const paragraphStart = paragraphs[index]?.start;
    const target =
      (badgeKey ? articleRef.current?.querySelector<HTMLElement>(`[data-badge="${CSS.escape(badgeKey)}"]`) : null) ??
      (badgeKey || paragraphStart === undefined ? null : (articleRef.current?.querySelector<HTMLElement>(`[data-start="${paragraphStart}"]`) ?? null));
    if (target) {
      const box = scrollRef.current?.getBoundingClientRect();
      const r = target.getBoundingClientRect();
      if (box && (r.top < box.top || r.bottom > box.bottom)) centreRow(target, scrollRef.current);
      if (pending.focus && target.tabIndex >= 0) target.focus({ preventScroll: true });
      consumeReveal(pending.seq);
      return;
    }
    if (scrolledFor.current !== pending.seq) {
      scrolledFor.current = pending.seq;
      scrollToParagraph(index);
    }
  }, [pending, claimStart, paragraphs, scrollToParagraph, items, perParagraph]);

  useEffect(
    () =>
      registerReader({
        articleId,
        revision,
        readOffsets: () => (articleRef.current ? (selectionOffsets(articleRef.current) ?? remembered.current) : null),
        forgetSelection: () => {
          remembered.current = null;
        },
      }),
    [articleId, revision],
  );

  // Show the claim selected before a reload (no focus change: the editor may be elsewhere).
  const revealedOnOpen = useRef(false);
  useEffect(() => {
    if (revealedOnOpen.current) return;
    revealedOnOpen.current = true;
    if (selectedClaimId) revealClaim(selectedClaimId, false);
  }, [selectedClaimId]);

  useCommand('focus-reader', () => {
    const selected = articleRef.current?.querySelector<HTMLElement>('.hl-badge[aria-current="true"]');
    (selected ?? articleRef.current)?.focus();
  });

  // The first screen, highlights included, is in the DOM: the analysis may
  // start reading now (AnalysisHost), and the benchmarks compare this mark
  // with the frame they see.
  const painted = useRef(false);
  const rendered = virtual ? items.length : paragraphs.length;
  useEffect(() => {
    if (painted.current || rendered === 0) return;
    painted.current = true;
    performance.mark('reader-first-paint', { detail: { articleId } });
    markArticleShown(articleId);
  }, [rendered, articleId]);

  const tip = useMarkerTip();

  const onClick = (e: MouseEvent) => {
    const mark = (e.target as Element).closest<HTMLElement>('mark[data-span]');
    if (!mark) return;
    // The end of a drag that selected text is not a click on a highlight.
    if (document.getSelection()?.isCollapsed === false) return;
    spanByKey(spanIndex, mark.dataset['span'] ?? '')?.onActivate?.();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if ((e.key === 'Enter' || e.key === ' ') && target.dataset['badge']) {
      e.preventDefault();
      spanByKey(spanIndex, target.dataset['badge'])?.onActivate?.();
      return;
    }
    if (articleRef.current && handleSelectionKey(articleRef.current, e.nativeEvent)) e.preventDefault();
  };

  // The article's details do not change with its highlights: the same element, not re-rendered with them.
  const info = useMemo(() => <ArticleInfo showTitle={false} />, []);

  /** Row `index`; `offset` places a virtual row (undefined: every paragraph is in the DOM). */
  const row = (index: number, offset?: number, key?: string | number | bigint) => {
    const p = paragraphs[index]!;
    return (
      <ReaderRow
        key={typeof key === 'bigint' ? String(key) : (key ?? p.start)}
        index={index}
        offset={offset}
        measure={offset === undefined ? undefined : virtualizer.measureElement}
        paragraph={p}
        text={revision.text}
        spans={perParagraph[index] ?? NO_SPANS}
        selectedClaimId={selectedStart !== undefined && selectedEnd !== undefined && p.start < selectedEnd && p.end > selectedStart ? selectedClaimId : undefined}
        isTitle={index === titleIndex}
      />
    );
  };

  return (
    <>
    {find.open && <FindBar ref={find.inputRef} {...find.bar} />}
    <div className="reader-scroll" ref={scrollRef} onScroll={tip.clear}>
      <div className="reader-column">
        <div ref={infoRef} className="reader-info">
          {info}
        </div>
        {/* tabIndex: the text is focusable so that Shift+arrows can select in it. */}
        <article
          ref={articleRef}
          lang={language}
          tabIndex={0}
          className={focusView ? 'reader-article focus-view' : 'reader-article'}
          aria-busy={analysing}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={tip.show}
          onBlur={tip.hide}
          onMouseOver={tip.show}
          onMouseOut={tip.hide}
        >
          {titleIndex === -1 && (
            <h1 className="article-heading" dir="auto">
              {title}
            </h1>
          )}
          {virtual ? (
            <div ref={listRef} className="reader-list is-virtual" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => row(item.index, item.start - scrollMargin, item.key))}
            </div>
          ) : (
            <div ref={listRef} className="reader-list is-whole">
              {paragraphs.map((_, index) => row(index))}
            </div>
          )}
        </article>
      </div>
    </div>
    {tip.view}
    </>
  );
});

/**
 * What a margin marker says, shown beside it while it is hovered or focused
 * (its accessible name says the same to assistive technology). Drawn outside
 * the rows, which clip what they paint (content-visibility).
 */
function useMarkerTip() {
  const [tip, setTip] = useState<{ text: string; top: number; left: number } | null>(null);
  const show = useCallback((e: { target: EventTarget }) => {
    const marker = e.target instanceof Element ? e.target.closest<HTMLElement>('.hl-marker') : null;
    if (!marker) return;
    const r = marker.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, window.innerWidth - 330));
    setTip({ text: marker.getAttribute('aria-label') ?? '', top: r.bottom + 4, left });
  }, []);
  const hide = useCallback((e: { target: EventTarget }) => {
    if (e.target instanceof Element && e.target.closest('.hl-marker')) setTip(null);
  }, []);
  // The text scrolled under it: the tip would point at nothing.
  const clear = useCallback(() => setTip(null), []);
  const view = tip ? (
    <div className="marker-tip" aria-hidden="true" style={{ top: tip.top, left: tip.left }}>
      {tip.text}
    </div>
  ) : null;
  return { show, hide, clear, view };
}

const NO_SPANS: readonly HighlightSpan[] = [];

/**
 * Scrolls `el` to the middle of the reader. A row far away may still have
 * its estimated height (content-visibility), and rows laid out on the way
 * may move it: it is checked again on the next frame.
 */
function centreRow(el: HTMLElement, scroller: HTMLElement | null): void {
  el.scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => {
    const box = scroller?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (box && el.isConnected && (r.top < box.top || r.bottom > box.bottom)) el.scrollIntoView({ block: 'center' });
  });
}

interface ReaderRowProps extends ParagraphViewProps {
  index: number;
  /** A virtual row's place (px from the top of the list) and measuring ref; none when every paragraph is in the DOM. */
  offset: number | undefined;
  measure: ((el: Element | null) => void) | undefined;
}

/** One row of the reader; re-renders only when its paragraph's spans, the selection in it, or its place change. */
const ReaderRow = memo(function ReaderRow({ index, offset, measure, ...paragraph }: ReaderRowProps) {
  const p = paragraph.paragraph;
  // A whole-DOM row keeps its estimated height until first laid out; then the browser remembers the real one (`auto`).
  const style: CSSProperties = offset === undefined ? { containIntrinsicBlockSize: `auto ${estimateHeight(p)}px` } : { transform: `translateY(${offset}px)` };
  return (
    <div data-index={index} ref={measure} className="reader-row" style={style}>
      <ParagraphView {...paragraph} />
    </div>
  );
});

interface ParagraphViewProps {
  paragraph: Paragraph;
  text: string;
  spans: readonly HighlightSpan[];
  /** The selected claim, given only to the paragraphs it covers (the others need not re-render when it changes). */
  selectedClaimId?: string | undefined;
  /** The opening heading that is the article's title: shown as the title. */
  isTitle?: boolean;
}


/** One paragraph; re-renders only when its own spans change. */
const ParagraphView = memo(function ParagraphView({ paragraph: p, text, spans, selectedClaimId, isTitle = false }: ParagraphViewProps) {
  const pieces = useMemo(() => (spans.length ? buildPieces(p.start, p.end, spans) : null), [p.start, p.end, spans]);
  const Tag = isTitle ? 'h1' : p.kind === 'heading' ? 'h2' : p.kind === 'quote' ? 'blockquote' : 'p';
  const ref = useRef<HTMLElement>(null);
  // Markers of passages starting on the same line would cover each other: the second goes to the other margin.
  useLayoutEffect(() => {
    if (pieces) placeMarkers(ref.current);
  }, [pieces]);
  return (
    <Tag ref={ref as never} className={isTitle ? 'para article-heading' : `para para-${p.kind}`} dir="auto" data-start={p.start} data-end={p.end}>
      {pieces ? renderPieces(pieces, text, { selectedClaimId, lane: 0 }) : text.slice(p.start, p.end)}
    </Tag>
  );
});

/** How deep a piece sits, for drawing; passed down the piece tree of one paragraph. */
interface DrawContext {
  readonly selectedClaimId: string | undefined;
  /** Claims around this piece: a nested claim draws its underline one lane lower (as Recogito stacks them). */
  readonly lane: number;
}

/** Lanes beyond this are drawn in the last one (three nested claims on the same words are rare; deeper ones would reach the next line). */
const MAX_LANE = 2;
/**
 * Flag and suggestion markers sit in the margin beside the line where their
 * passage starts; a second one on the same line goes to the end margin
 * (`data-side`), so that neither covers the other. (Only the article's side
 * padding is painted: a row with content-visibility clips what lies beyond.)
 */
function placeMarkers(para: HTMLElement | null): void {
  if (!para) return;
  let lineTop = Number.NEGATIVE_INFINITY;
  let onLine = 0;
  for (const marker of para.querySelectorAll<HTMLElement>('.hl-marker')) {
    const top = marker.offsetTop;
    onLine = Math.abs(top - lineTop) < 4 ? onLine + 1 : 0;
    lineTop = top;
    if (onLine > 0) marker.dataset['side'] = 'end';
    else delete marker.dataset['side'];
  }
}

function renderPieces(pieces: readonly Piece[], text: string, ctx: DrawContext): ReactNode[] {
  return pieces.map((piece) => {
    if (piece.type === 'text') return text.slice(piece.start, piece.end);
    const s = piece.span;
    const key = spanKey(s);
    const selected = s.selected === true || (s.kind === 'claim' && s.id === ctx.selectedClaimId);
    const badge = piece.first && (s.kind === 'claim' || s.onActivate);
    // Claims carry their number inline, at the start of their words; flags and suggestions a marker in the margin.
    const inMargin = badge && s.kind !== 'claim';
    const lane = s.kind === 'claim' ? ctx.lane : undefined;
    const style = lane ? ({ '--lane': Math.min(MAX_LANE, lane) } as CSSProperties) : undefined;
    return (
      <mark key={`${key}@${piece.start}`} className={`hl hl-${s.kind} ${s.className}${selected ? ' is-selected' : ''}`} data-span={key} title={s.title} style={style}>
        {badge && (
          <span
            className={inMargin ? 'hl-badge hl-marker' : 'hl-badge'}
            role="button"
            tabIndex={0}
            aria-label={s.label}
            aria-current={selected ? 'true' : undefined}
            data-badge={key}
            data-n={s.number ?? ''}
          />
        )}
        {renderPieces(piece.children, text, s.kind === 'claim' ? { ...ctx, lane: ctx.lane + 1 } : ctx)}
      </mark>
    );
  });
}

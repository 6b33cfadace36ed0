/**
 * A list that renders only the items in view (and a few either side) in a
 * bounded scroll box: a list of 2,000 flags costs what its first screen
 * costs. Each item's root element receives `row` (its ref for measuring,
 * its place and its position in the set for screen readers, which cannot
 * count items that are not in the page).
 */
import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode, type Ref } from 'react';

/** What the root element of an item must carry (spread it onto the `<li>`). */
export interface RowProps {
  readonly ref: Ref<HTMLLIElement>;
  readonly 'data-index': number;
  readonly style: CSSProperties;
  readonly 'aria-setsize': number;
  readonly 'aria-posinset': number;
}

/**
 * The `RowProps` of `item`, one of `count` items, for a list that drives its
 * own virtualizer (a list that scrolls to its selection or refocuses a row)
 * rather than rendering through `VirtualList`.
 */
export function virtualRow(virtualizer: Virtualizer<HTMLDivElement, Element>, item: VirtualItem, count: number): RowProps {
  return {
    ref: virtualizer.measureElement,
    'data-index': item.index,
    style: { transform: `translateY(${item.start}px)` },
    'aria-setsize': count,
    'aria-posinset': item.index + 1,
  };
}

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string | number;
  /** A first guess at an item's height in pixels (each is measured once shown). */
  readonly estimateSize: number;
  readonly renderItem: (item: T, row: RowProps) => ReactNode;
  /** `ol` for a ranked list. */
  readonly ordered?: boolean;
  readonly className?: string;
  readonly 'aria-label'?: string;
}

export function VirtualList<T>({ items, itemKey, estimateSize, renderItem, ordered = false, className, 'aria-label': label }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (i) => itemKey(items[i]!),
    overscan: 4,
    initialRect: { width: 340, height: 600 },
  });
  const List = ordered ? 'ol' : 'ul';
  return (
    <div className="virtual-scroll" ref={scrollRef}>
      <List className={`virtual-list ${className ?? ''}`} aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => renderItem(items[v.index]!, virtualRow(virtualizer, v, items.length)))}
      </List>
    </div>
  );
}

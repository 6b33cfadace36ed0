/**
 * A toolbar that never wraps: what does not fit on its one row moves, last
 * first (or by `priority`), into a "More" menu at its end. Widths are
 * measured once per set of labels (a language change measures again), so
 * resizing the window only compares numbers.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DisclosureMenu, type MenuAction } from './DisclosureMenu';

export interface ToolbarItem {
  readonly key: string;
  /** What the toolbar shows. */
  readonly node: ReactNode;
  /** What the "More" menu shows instead; an item without it always stays on the row. */
  readonly action?: MenuAction;
  /** Items with the lowest priority leave the row first (default: their position, the last first). */
  readonly priority?: number;
  /** Pushed to the end of the row (the first such item takes the free space before it). */
  readonly end?: boolean;
  /** A thin line before it. */
  readonly separated?: boolean;
}

/** A toggle on the toolbar (see `toggleItem`). */
export interface ToggleItem {
  readonly key: string;
  readonly label: string;
  readonly pressed: boolean;
  readonly run: () => void;
  readonly disabled?: boolean;
  /** Shown on hover. */
  readonly title?: string;
  readonly priority?: number;
  readonly end?: boolean;
}

/** A toggle whose button on the row and entry in the "More" menu are one command: the same label, state and action in both. */
export function toggleItem({ key, label, pressed, run, disabled = false, title, ...place }: ToggleItem): ToolbarItem {
  return {
    key,
    ...place,
    node: (
      <button type="button" aria-pressed={pressed} disabled={disabled} title={title} onClick={run}>
        {label}
      </button>
    ),
    action: { key, label, pressed, disabled, title, run },
  };
}

export interface OverflowToolbarProps {
  label: string;
  moreLabel: string;
  moreListLabel: string;
  items: readonly ToolbarItem[];
  className?: string;
  /** Rendered before the items and never moved (e.g. the app's name). */
  lead?: ReactNode;
}

/** The keys of the items that leave the row for `available` px, given each item's width (and the gap). */
export function overflowKeys(items: readonly ToolbarItem[], widths: ReadonlyMap<string, number>, available: number, gap: number, moreWidth: number): Set<string> {
  const total = (list: readonly ToolbarItem[]) => list.reduce((sum, it) => sum + (widths.get(it.key) ?? 0) + gap, 0);
  if (total(items) <= available) return new Set();
  const movable = items
    .map((it, index) => ({ it, rank: it.priority ?? items.length - index }))
    .filter((x) => x.it.action)
    .sort((a, b) => a.rank - b.rank);
  const out = new Set<string>();
  let width = total(items) + moreWidth + gap;
  while (width > available && movable.length) {
    const { it } = movable.shift()!;
    out.add(it.key);
    width -= (widths.get(it.key) ?? 0) + gap;
  }
  return out;
}

export function OverflowToolbar({ label, moreLabel, moreListLabel, items, className, lead }: OverflowToolbarProps) {
  const rowRef = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [measuredFor, setMeasuredFor] = useState('');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  // What the fit depends on: the items' keys, priorities and menu labels (the labels, and so the
  // widths, change with the language: measure again then). The parent re-renders with a new items
  // array on every change of its own (a claim saved, an undo); that alone must not refit the row.
  const signature = items.map((it) => `${it.key}:${it.priority ?? ''}:${it.end ? 'end' : ''}=${it.action?.label ?? ''}`).join('|');
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const measure = () => {
      for (const el of row.querySelectorAll<HTMLElement>(':scope > [data-item]')) widths.current.set(el.dataset['item']!, el.getBoundingClientRect().width);
    };
    const fit = () => {
      const style = getComputedStyle(row);
      const gap = parseFloat(style.columnGap) || 0;
      const leadEl = row.querySelector<HTMLElement>(':scope > [data-lead]');
      const more = row.querySelector<HTMLElement>(':scope > [data-more]');
      const moreWidth = more?.getBoundingClientRect().width || 90;
      const available = row.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (leadEl ? leadEl.getBoundingClientRect().width + gap : 0);
      const next = overflowKeys(itemsRef.current, widths.current, available, gap, moreWidth);
      setHidden((prev) => (prev.size === next.size && [...next].every((k) => prev.has(k)) ? prev : next));
    };
    if (measuredFor !== signature) {
      // Measure with every item on the row, once per set of labels.
      if (hidden.size) {
        setHidden(new Set());
        return;
      }
      measure();
      setMeasuredFor(signature);
    }
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(row);
    return () => observer.disconnect();
  }, [signature, measuredFor, hidden]);

  const overflow = items.filter((it) => hidden.has(it.key) && it.action).map((it) => it.action!);
  let endSeen = false;
  return (
    <div ref={rowRef} className={`overflow-toolbar${className ? ` ${className}` : ''}`} role="toolbar" aria-label={label}>
      {lead !== undefined && <span data-lead="">{lead}</span>}
      {items.map((it) => {
        if (hidden.has(it.key)) return null;
        const pushes = it.end && !endSeen;
        if (it.end) endSeen = true;
        return (
          <span key={it.key} data-item={it.key} className={`toolbar-item${pushes ? ' toolbar-end' : ''}${it.separated ? ' toolbar-separated' : ''}`}>
            {it.node}
          </span>
        );
      })}
      {overflow.length > 0 && (
        <span data-more="" className={`toolbar-item${endSeen ? '' : ' toolbar-end'}`}>
          <DisclosureMenu label={moreLabel} listLabel={moreListLabel} items={overflow} className="toolbar-more" />
        </span>
      )}
    </div>
  );
}

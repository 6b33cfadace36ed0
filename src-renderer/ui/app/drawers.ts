/**
 * Below 1200 px the library becomes a drawer and the inspector an overlay
 * panel (styles.css, the narrow layout); a toolbar button opens each. Only
 * one is open at a time. Escape inside one closes it and returns focus to
 * its button; a click outside the library drawer closes it. Selecting
 * another claim opens the inspector, where its details are. On a wide
 * window the state is ignored (both panes are always shown).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';

export type Drawer = 'library' | 'inspector';

/** The width below which the side panes fold away (matches styles.css). */
export const NARROW_QUERY = '(max-width: 1199.98px)';

/** The media query, where the window has one (a test's DOM may not): without it, the wide layout. */
const narrowQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null);

function subscribeNarrow(onChange: () => void): () => void {
  const query = narrowQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the window is in its narrow layout (re-renders when that changes). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => narrowQuery()?.matches ?? false, () => false);
}

const toggleOf = (d: Drawer) => document.querySelector<HTMLElement>(`[aria-controls="pane-${d}"]`);

export function useDrawers(articleId: string | undefined, claimId: string | undefined) {
  const narrow = useNarrow();
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const current = narrow ? drawer : null;

  const closeDrawer = useCallback(() => {
    setDrawer((d) => {
      if (d) toggleOf(d)?.focus();
      return null;
    });
  }, []);
  const toggleDrawer = useCallback((d: Drawer) => setDrawer((cur) => (cur === d ? null : d)), []);

  // Opening a drawer moves focus into it (its first control), as a dialog would.
  useEffect(() => {
    if (!current) return;
    const pane = document.getElementById(`pane-${current}`);
    pane?.querySelector<HTMLElement>('button, input, select, textarea, [tabindex="0"]')?.focus({ preventScroll: true });
  }, [current]);

  // A click outside the library drawer (and its button) closes it.
  useEffect(() => {
    if (current !== 'library') return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!document.getElementById('pane-library')?.contains(target) && !toggleOf('library')?.contains(target)) setDrawer(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [current]);

  // Another claim selected in the same article: its details are in the inspector.
  const last = useRef({ articleId, claimId });
  useEffect(() => {
    const before = last.current;
    last.current = { articleId, claimId };
    if (narrow && claimId && before.articleId === articleId && before.claimId !== claimId) setDrawer('inspector');
  }, [narrow, articleId, claimId]);

  // Opening an article from the library drawer closes it: the reader is what the editor wants to see.
  useEffect(() => {
    setDrawer((d) => (d === 'library' ? null : d));
  }, [articleId]);

  return { drawer: current, toggleDrawer, closeDrawer };
}

/** Escape inside an open drawer closes it (unless something inside handled it, e.g. a popover). */
export function drawerKey(e: KeyboardEvent, close: () => void): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  if ((e.currentTarget as HTMLElement).dataset['drawerOpen'] !== 'true') return;
  e.preventDefault();
  close();
}

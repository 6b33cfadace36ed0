/**
 * "Go to": shows a span of the current revision in the reader and moves
 * focus to its highlight.
 *
 * The reader exposes `revealClaim` for claims only. For other spans this
 * dispatches a cancelable `workbench:reveal-span` event first (detail:
 * `{ start, end, focusKey }`): a reader that handles it (scrolls its
 * virtualised list to the paragraph and focuses the highlight whose
 * `data-badge` is `focusKey`) calls `preventDefault()`. Until it does, the
 * fallback below drives the reader's scroll container itself: it looks for
 * the paragraph among the rendered ones and, when it is not rendered
 * (virtualised), bisects the scroll position by the paragraphs' offsets.
 */

export const REVEAL_SPAN_EVENT = 'workbench:reveal-span';

export interface RevealSpanDetail {
  readonly start: number;
  readonly end: number;
  /** The `data-badge` value of the highlight to focus, e.g. "flag:ab12". */
  readonly focusKey?: string;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function paragraphAt(root: Element, offset: number): HTMLElement | null {
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(p.dataset['start']);
    const end = Number(p.dataset['end']);
    if (offset >= start && offset <= end) return p;
  }
  return null;
}

/** Where `offset` lies relative to the rendered paragraphs: -1 before them, 1 after, 0 among them (or unknown). */
function sideOf(root: Element, offset: number): -1 | 0 | 1 {
  const rendered = [...root.querySelectorAll<HTMLElement>('[data-start]')].map((p) => Number(p.dataset['start']));
  if (rendered.length === 0) return 0;
  if (offset < Math.min(...rendered)) return -1;
  if (offset > Math.max(...rendered)) return 1;
  return 0;
}

function focusHighlight(root: Element, focusKey: string | undefined, paragraph: HTMLElement): void {
  const badge = focusKey ? root.querySelector<HTMLElement>(`[data-badge="${CSS.escape(focusKey)}"]`) : null;
  const target = badge ?? paragraph;
  target.scrollIntoView({ block: 'center' });
  if (badge) badge.focus({ preventScroll: true });
}

/** Shows `[start, end)` in the reader; resolves false when the reader does not show it. */
export async function revealSpan(detail: RevealSpanDetail): Promise<boolean> {
  const event = new CustomEvent<RevealSpanDetail>(REVEAL_SPAN_EVENT, { detail, cancelable: true });
  if (!window.dispatchEvent(event)) return true;

  const scroller = document.querySelector<HTMLElement>('main .reader-scroll');
  const root = scroller?.querySelector('article');
  if (!scroller || !root) return false;
  let lo = 0;
  let hi = scroller.scrollHeight;
  for (let tries = 0; tries < 40; tries++) {
    const paragraph = paragraphAt(root, detail.start);
    if (paragraph) {
      focusHighlight(root, detail.focusKey, paragraph);
      await frame();
      // The row may have been re-measured once on screen: settle on the final position.
      const again = paragraphAt(root, detail.start);
      if (again && again !== paragraph) focusHighlight(root, detail.focusKey, again);
      return true;
    }
    const side = sideOf(root, detail.start);
    if (side < 0) hi = scroller.scrollTop;
    else if (side > 0) lo = scroller.scrollTop + 1;
    if (hi <= lo) return false;
    scroller.scrollTop = Math.floor((lo + hi) / 2);
    await frame();
  }
  return false;
}

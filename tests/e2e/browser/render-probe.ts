/**
 * Counts what React re-renders in the page, with the hook React offers
 * developer tools (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, called after every
 * commit, in production builds too): after each commit it walks the parts
 * of the tree that were rendered again (a subtree React bailed out of keeps
 * its old child fibers and is skipped) and counts the host elements whose
 * props were rendered again, by class name. Component names are minified in
 * the build; the elements a component renders are not, so a row or a
 * paragraph rendered again is seen by its element's class.
 */
import type { Page } from '@playwright/test';

/** Installs the probe; it takes effect on the next load of the page. */
export async function installRenderProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Fiber {
      tag: number;
      type: unknown;
      alternate: Fiber | null;
      child: Fiber | null;
      sibling: Fiber | null;
      memoizedProps: { className?: unknown } | null;
    }
    const HOST_ELEMENT = 5;
    const probe = { counting: false, rendered: {} as Record<string, number> };
    (window as unknown as { __renderProbe: typeof probe }).__renderProbe = probe;
    const walk = (first: Fiber | null): void => {
      for (let f = first; f; f = f.sibling) {
        const before = f.alternate;
        if (f.tag === HOST_ELEMENT && before && f.memoizedProps !== before.memoizedProps) {
          const cls = typeof f.memoizedProps?.className === 'string' ? f.memoizedProps.className : '';
          for (const c of cls.split(/\s+/).filter(Boolean)) probe.rendered[c] = (probe.rendered[c] ?? 0) + 1;
        }
        // The same child as before: React did not render this subtree again.
        if (!(before && f.child === before.child)) walk(f.child);
      }
    };
    let renderers = 0;
    (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => ++renderers,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        if (probe.counting) walk(root.current.child);
      },
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
    };
  });
}

/** Starts counting from zero. */
export async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as unknown as { __renderProbe: { counting: boolean; rendered: Record<string, number> } }).__renderProbe;
    probe.rendered = {};
    probe.counting = true;
  });
}

/** Elements rendered again since counting started, by class name (an element with two classes counts under each). */
export async function stopCounting(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __renderProbe: { counting: boolean; rendered: Record<string, number> } }).__renderProbe;
    probe.counting = false;
    return probe.rendered;
  });
}

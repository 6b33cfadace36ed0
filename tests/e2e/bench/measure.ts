/**
 * What every browser benchmark of `npm run bench` measures, the same way:
 * from an input event to the frame in which its result is painted.
 *
 * - The start is the input event itself: the `timeStamp` of the first
 *   trusted pointerdown, mousedown, keydown or click after the probe is
 *   armed (captured on `window`, before the app sees it). For a click that
 *   is the press, not the release.
 * - The end is the frame that paints the result: a MutationObserver checks
 *   the page after every DOM change; once the result is in the DOM and laid
 *   out (every `Painted` condition holds: the element exists, has a
 *   non-empty box, and if asked reads a given text or has the focus), a
 *   `requestAnimationFrame` callback waits for the next frame, and a message
 *   posted from it runs once that frame has been rendered. Its
 *   `performance.now()` is the end.
 * No mark the app sets is trusted: a mark says what the code thinks, the
 * frame is what the editor sees.
 *
 * Each benchmark writes `.bench/browser/<name>.json` (see `writeCase`),
 * which `npm run bench` collects; BENCH_RUNS says how many runs to make.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** One condition of "the result is painted"; all of a list must hold. */
export interface Painted {
  /** A CSS selector: the element must exist and have a non-empty box. */
  readonly selector: string;
  /** Its text content must be exactly this. */
  readonly text?: string;
  /** It must be the focused element. */
  readonly focused?: boolean;
  /** A form field's value must be exactly this. */
  readonly value?: string;
}

/** Runs the benchmark makes (BENCH_RUNS; 0 outside `npm run bench`, which skips the benchmarks). */
export const RUNS = Number(process.env['BENCH_RUNS'] ?? 0);

/**
 * Milliseconds from the input event `act` performs (a Playwright click or
 * key press) to the frame in which every `painted` condition holds.
 * Rejects when that does not happen within `timeoutMs`.
 */
export async function inputToPaint(page: Page, act: () => Promise<void>, painted: readonly Painted[], timeoutMs = 60_000): Promise<number> {
  await page.evaluate(
    ({ painted, timeoutMs }) => {
      type Probe = { promise: Promise<number>; inputAt: number | null };
      const w = window as unknown as { __benchProbe?: Probe };
      let input: number | null = null;
      const types = ['pointerdown', 'mousedown', 'keydown', 'click'];
      const onInput = (e: Event): void => {
        if (e.isTrusted && input === null) input = probe.inputAt = e.timeStamp;
      };
      for (const t of types) window.addEventListener(t, onInput, { capture: true });
      const holds = (): boolean =>
        painted.every((p) => {
          const el = document.querySelector(p.selector);
          if (!el) return false;
          const box = el.getBoundingClientRect();
          if (box.width <= 0 || box.height <= 0) return false;
          if (p.text !== undefined && el.textContent !== p.text) return false;
          if (p.value !== undefined && (el as HTMLInputElement).value !== p.value) return false;
          return !p.focused || document.activeElement === el;
        });
      const probe: Probe = {
        inputAt: null,
        promise: new Promise<number>((resolve, reject) => {
          let done = false;
          const finish = (): void => {
            if (done || input === null || !holds()) return;
            done = true;
            observer.disconnect();
            document.removeEventListener('focusin', finish, true);
            document.removeEventListener('input', finish, true);
            for (const t of types) window.removeEventListener(t, onInput, { capture: true });
            const start = input;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          };
          const observer = new MutationObserver(finish);
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          // Focus moves without a DOM change.
          document.addEventListener('focusin', finish, true);
          // A field's value changes without one either.
          document.addEventListener('input', finish, true);
          // The input may be handled without any DOM change at all (a result already there).
          for (const t of types) window.addEventListener(t, () => setTimeout(finish, 0), { capture: true, once: true });
          setTimeout(() => !done && reject(new Error(`not painted within ${timeoutMs} ms: ${JSON.stringify(painted)}`)), timeoutMs);
        }),
      };
      w.__benchProbe = probe;
    },
    { painted, timeoutMs },
  );
  await act();
  return page.evaluate(() => (window as unknown as { __benchProbe: { promise: Promise<number> } }).__benchProbe.promise);
}

/**
 * Milliseconds from the last measured input (see {@link inputToPaint}) to the
 * latest performance mark of that name the app set, or null: for comparison
 * with what the app believes, never as the measure.
 */
export async function inputToMark(page: Page, mark: string): Promise<number | null> {
  return page.evaluate((mark) => {
    const inputAt = (window as unknown as { __benchProbe?: { inputAt: number | null } }).__benchProbe?.inputAt;
    const entry = performance.getEntriesByName(mark).at(-1);
    return inputAt != null && entry ? entry.startTime - inputAt : null;
  }, mark);
}

/** Median, spread and extremes of a list of timings (ms). */
export function summary(timings: readonly number[]): Record<string, number> {
  const s = [...timings].sort((a, b) => a - b);
  const at = (q: number): number => {
    // Linear interpolation between closest ranks.
    const x = q * (s.length - 1);
    const lo = Math.floor(x);
    return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (x - lo);
  };
  const r = (v: number): number => Math.round(v * 10) / 10;
  return {
    median_ms: r(at(0.5)),
    p25_ms: r(at(0.25)),
    p75_ms: r(at(0.75)),
    iqr_ms: r(at(0.75) - at(0.25)),
    p95_ms: r(at(0.95)),
    min_ms: r(s[0]!),
    max_ms: r(s[s.length - 1]!),
    runs: s.length,
  };
}

const OUT_DIR = fileURLToPath(new URL('../../../.bench/browser/', import.meta.url));

/**
 * Writes one case's result for `npm run bench`: name, what it measures, its
 * target, every timing, the median and spread, and any extra figures.
 */
export function writeCase(
  name: string,
  description: string,
  targetMs: number | undefined,
  timings: readonly number[],
  extra: Readonly<Record<string, unknown>> = {},
): void {
  const stats = summary(timings);
  const result = {
    name,
    description,
    ...stats,
    ...(targetMs !== undefined ? { target_ms: targetMs, meets_target: stats['median_ms']! <= targetMs } : {}),
    timings_ms: timings.map((t) => Math.round(t * 10) / 10),
    ...extra,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  // Playwright's reporter writes to the terminal; `npm run bench` sends it to stderr.
  console.log(`${name}: median ${stats['median_ms']} ms (IQR ${stats['iqr_ms']} ms, ${stats['min_ms']}–${stats['max_ms']}) over ${stats['runs']} runs`);
}

/** One benchmark case of `npm run bench`. */
export interface BenchCase {
  /** Stable name, e.g. 'anchor-1mb-2000'. */
  readonly name: string;
  /** What it measures and its target, one line. */
  readonly description: string;
  /** Target median in milliseconds, if the issue states one. */
  readonly targetMs?: number;
  /**
   * Runs the case `runs` times (after any warm-up it needs) and returns the
   * timings of each run in ms plus any extra figures (ratios, counts).
   */
  run(runs: number): Promise<BenchResult>;
}

export interface BenchResult {
  readonly timingsMs: readonly number[];
  /** Extra figures printed beside the median: ratio to a baseline, correct anchors, sizes... */
  readonly extra?: Readonly<Record<string, number | string>>;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A seeded pseudo-random generator (mulberry32): small, fast, and the same
 * sequence on every machine, so generated benchmark inputs are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

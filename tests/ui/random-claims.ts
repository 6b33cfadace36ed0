/**
 * Random claims for the incremental-order tests (claim-order-incremental,
 * claim-save-incremental): a seeded generator and claims spread over a short
 * text, some on an older revision, some orphaned, many tying on place and time.
 */
import type { Claim } from '../../src-renderer/core/model';
import { u16 } from '../../src-renderer/core/text/offsets';

/** A seeded generator: `r(n)` is a whole number in [0, n). */
export function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
}

export interface ClaimShape {
  /** Starts fall in [0, startsWithin). */
  readonly startsWithin: number;
  /** Lengths fall in [1, longest]. */
  readonly longest: number;
  /** Distinct creation days (few: many claims tie on place and time). */
  readonly days: number;
  /** Whether some claims carry a note. */
  readonly notes: boolean;
}

let made = 0;

/** A claim of article 'a', numbered after every claim made before it. */
export function randomClaim(r: (n: number) => number, revisionId: string, shape: ClaimShape): Claim {
  const start = r(shape.startsWithin);
  const n = ++made;
  return {
    id: `c${String(r(1_000_000)).padStart(6, '0')}-${n}`,
    articleId: 'a',
    number: n,
    revisionId: r(10) === 0 ? 'older' : revisionId,
    ...(r(15) === 0 ? { orphan: true } : {}),
    target: {
      position: { type: 'TextPositionSelector', start: u16(start), end: u16(start + 1 + r(shape.longest)) },
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    },
    status: 'open',
    verdict: 'not-rated',
    note: shape.notes && r(3) === 0 ? `note ${r(5)}` : '',
    tags: [],
    origin: 'manual',
    createdAt: `2026-01-0${1 + r(shape.days)}T00:00:00.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: '',
    updatedBy: '',
  } as Claim;
}

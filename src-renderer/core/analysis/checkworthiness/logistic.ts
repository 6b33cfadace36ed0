/**
 * A small binary logistic regression: the scoring side used by the app and
 * the fitting side used by `src-main/cli/fit-claims.ts`. Both live in core so
 * the fit is testable and the CLI is only file handling.
 */

/** A row of a design matrix, stored sparsely: `values[k]` sits at column `indices[k]`. */
export interface SparseRow {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

export interface FitOptions {
  /** L2 penalty on the weights (not on the bias), per row: the loss is mean log-loss + l2/2·‖w‖². */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
  /** Heavy-ball momentum in [0, 1): plain gradient descent is slow on correlated binary features. */
  readonly momentum: number;
  /** Per-column L2 penalties, overriding `l2` (e.g. a stronger one for word weights). */
  readonly l2PerColumn?: readonly number[];
}

export interface FittedWeights {
  readonly bias: number;
  readonly weights: readonly number[];
}

/** The logistic function, numerically safe for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The inverse of the logistic function; `p` is clamped away from 0 and 1. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/**
 * Fits a logistic regression by full-batch gradient descent with momentum and
 * an L2 penalty. Deterministic: same rows, labels and options give the same
 * weights (no shuffling, no random initialisation; weights start at 0 and the
 * bias at the log-odds of the positive class).
 */
export function fitLogistic(
  rows: readonly SparseRow[],
  labels: readonly boolean[],
  dimension: number,
  options: FitOptions,
): FittedWeights {
  const n = rows.length;
  if (n === 0 || labels.length !== n) throw new RangeError('fitLogistic needs one label per row and at least one row');
  const positives = labels.filter(Boolean).length;
  let bias = logit((positives + 0.5) / (n + 1));
  const w = new Array<number>(dimension).fill(0);
  const vw = new Array<number>(dimension).fill(0);
  let vb = 0;
  const grad = new Array<number>(dimension).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let z = bias;
      for (let k = 0; k < row.indices.length; k++) z += w[row.indices[k]!]! * row.values[k]!;
      const err = sigmoid(z) - (labels[i] ? 1 : 0);
      gb += err;
      for (let k = 0; k < row.indices.length; k++) grad[row.indices[k]!]! += err * row.values[k]!;
    }
    for (let j = 0; j < dimension; j++) {
      const g = grad[j]! / n + (options.l2PerColumn?.[j] ?? options.l2) * w[j]!;
      vw[j] = options.momentum * vw[j]! - options.learningRate * g;
      w[j]! += vw[j]!;
    }
    vb = options.momentum * vb - options.learningRate * (gb / n);
    bias += vb;
  }
  return { bias, weights: w };
}

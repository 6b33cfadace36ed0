/**
 * Fitting the check-worthiness models from labelled sentences. Pure: the CLI
 * (`src-main/cli/fit-claims.ts`) reads the files and writes the result.
 *
 * Two kinds of model come out:
 * - `shared`: a logistic regression on the named features only. Because every
 *   language profile produces the same features, it scores any language; this
 *   is how French, Spanish and German are served without training data of
 *   their own ("translated features").
 * - one model per language that has training rows, on the same features plus
 *   a vocabulary of that language's frequent words. Word weights capture what
 *   the cues miss (topics of political debate, for English), but only for the
 *   language they were learned from.
 * The decision threshold is tuned by k-fold cross-validation on the training
 * rows (out-of-fold scores), never on held-out evaluation data.
 */
import { hashString } from '../../text/hash';
import { bestF1Threshold, binaryMetrics, type LabelledSentence } from './evaluation';
import { extractFeatures, FEATURE_NAMES } from './features';
import { profileFor } from './languages/index';
import { fitLogistic, logit, sigmoid, type FitOptions, type SparseRow } from './logistic';
import type { CheckWorthinessWeights, ScoringModel } from './weights-schema';

export interface TrainingSet {
  /** BCP 47 tag of the sentences. */
  readonly language: string;
  readonly rows: readonly LabelledSentence[];
  /** Where the rows came from, recorded in the provenance (a file name, not a path). */
  readonly name: string;
}

export interface TrainingOptions {
  readonly folds: number;
  /** Fit of the named-feature weights. */
  readonly fit: FitOptions;
  /** Whether to fit per-language models with word weights. */
  readonly lexical: boolean;
  /** A word enters the vocabulary if at least this many training sentences contain it. */
  readonly lexicalMinCount: number;
  /** L2 penalty on word weights (the named features use `fit.l2`). */
  readonly lexicalL2: number;
  /** Word weights smaller than this in absolute value are dropped from the file. */
  readonly lexicalPruneBelow: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  folds: 5,
  fit: { l2: 1e-4, iterations: 600, learningRate: 1, momentum: 0.9 },
  lexical: true,
  lexicalMinCount: 5,
  lexicalL2: 1e-3,
  lexicalPruneBelow: 0.05,
};

interface Example {
  readonly dense: readonly number[];
  readonly tokens: ReadonlySet<string>;
  readonly label: boolean;
  readonly fold: number;
}

const round = (x: number, digits = 4): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0;
};

function toExamples(set: TrainingSet, folds: number): Example[] {
  return set.rows.map((row) => {
    const { values, tokens } = extractFeatures(row.text, set.language);
    // Folds by a hash of the text keep repeated sentences in one fold, so the
    // cross-validated figures are not flattered by exact duplicates.
    const fold = parseInt(hashString(row.text).slice(0, 8), 16) % folds;
    return { dense: FEATURE_NAMES.map((n) => values[n]), tokens: new Set(tokens), label: row.checkWorthy, fold };
  });
}

function vocabulary(examples: readonly Example[], minCount: number): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const t of e.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= minCount)
    .map(([t]) => t)
    .sort();
}

function sparseRow(e: Example, vocab: ReadonlyMap<string, number>): SparseRow {
  const indices: number[] = [];
  const values: number[] = [];
  e.dense.forEach((v, i) => {
    if (v !== 0) {
      indices.push(i);
      values.push(v);
    }
  });
  for (const t of e.tokens) {
    const j = vocab.get(t);
    if (j !== undefined) {
      indices.push(FEATURE_NAMES.length + j);
      values.push(1);
    }
  }
  return { indices, values };
}

interface Fitted {
  readonly model: ScoringModel;
  /** Out-of-fold probabilities, one per example. */
  readonly oof: readonly number[];
}

/** Fits on `train`, with the words of `train` as vocabulary when `lexical`; returns a ScoringModel. */
function fitModel(train: readonly Example[], lexical: boolean, options: TrainingOptions): ScoringModel {
  const words = lexical ? vocabulary(train, options.lexicalMinCount) : [];
  const vocab = new Map(words.map((w, i) => [w, i]));
  const dimension = FEATURE_NAMES.length + words.length;
  const l2PerColumn = Array.from({ length: dimension }, (_, j) => (j < FEATURE_NAMES.length ? options.fit.l2 : options.lexicalL2));
  const fitted = fitLogistic(
    train.map((e) => sparseRow(e, vocab)),
    train.map((e) => e.label),
    dimension,
    { ...options.fit, l2PerColumn },
  );
  const weights = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, round(fitted.weights[i] ?? 0)]));
  if (!lexical) return { bias: round(fitted.bias), weights };
  const entries = words
    .map((w, i) => [w, round(fitted.weights[FEATURE_NAMES.length + i] ?? 0)] as const)
    .filter(([, v]) => Math.abs(v) >= options.lexicalPruneBelow);
  return { bias: round(fitted.bias), weights, lexical: Object.fromEntries(entries) };
}

/** The linear score of an example under a ScoringModel, as `scoreWith` computes it. */
function linear(model: ScoringModel, e: Example): number {
  let z = model.bias;
  FEATURE_NAMES.forEach((n, i) => (z += (model.weights[n] ?? 0) * (e.dense[i] ?? 0)));
  if (model.lexical) for (const t of e.tokens) if (Object.hasOwn(model.lexical, t)) z += model.lexical[t]!;
  return z;
}

function crossValidate(examples: readonly Example[], lexical: boolean, options: TrainingOptions): Fitted {
  const oof = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < options.folds; k++) {
    const model = fitModel(
      examples.filter((e) => e.fold !== k),
      lexical,
      options,
    );
    examples.forEach((e, i) => {
      if (e.fold === k) oof[i] = sigmoid(linear(model, e));
    });
  }
  return { model: fitModel(examples, lexical, options), oof };
}

/**
 * Fits the shared model on every set, a lexical model per language (when
 * `options.lexical`), tunes each model's threshold by cross-validation, then
 * shifts the biases so that one threshold (the first language model's, else
 * the shared one's) is right for all models. Deterministic.
 */
export function trainCheckWorthiness(sets: readonly TrainingSet[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): CheckWorthinessWeights {
  const bySet = sets.map((s) => ({ set: s, examples: toExamples(s, options.folds) }));
  const all = bySet.flatMap((s) => s.examples);
  if (all.length === 0) throw new RangeError('trainCheckWorthiness needs at least one labelled sentence');

  const tuned: { key: string; fitted: Fitted; examples: readonly Example[]; threshold: number }[] = [];
  const languages = [...new Set(sets.map((s) => profileFor(s.language).code))].filter((c) => c !== 'und');
  if (options.lexical) {
    for (const code of languages) {
      const examples = bySet.filter((s) => profileFor(s.set.language).code === code).flatMap((s) => s.examples);
      const fitted = crossValidate(examples, true, options);
      tuned.push({ key: code, fitted, examples, threshold: bestF1Threshold(fitted.oof, examples.map((e) => e.label)).threshold });
    }
  }
  const shared = crossValidate(all, false, options);
  tuned.push({ key: 'shared', fitted: shared, examples: all, threshold: bestF1Threshold(shared.oof, all.map((e) => e.label)).threshold });

  const threshold = round(tuned[0]!.threshold);
  const crossValidation: Record<string, { precision: number; recall: number; f1: number }> = {};
  const aligned = new Map<string, ScoringModel>();
  for (const t of tuned) {
    const m = binaryMetrics(
      t.examples.map((e) => e.label),
      t.fitted.oof.map((p) => p >= t.threshold),
    );
    crossValidation[t.key] = { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) };
    // sigmoid(z + logit(T) − logit(t)) ≥ T exactly when sigmoid(z) ≥ t.
    aligned.set(t.key, { ...t.fitted.model, bias: round(t.fitted.model.bias + logit(threshold) - logit(t.threshold)) });
  }
  const { l2, iterations, learningRate, momentum } = options.fit;
  return {
    version: 1,
    provenance: {
      trainingFiles: sets.map((s) => s.name),
      rows: all.length,
      options: { l2, iterations, learningRate, momentum, folds: options.folds, lexical: String(options.lexical), lexicalMinCount: options.lexicalMinCount, lexicalL2: options.lexicalL2, lexicalPruneBelow: options.lexicalPruneBelow },
      crossValidation,
    },
    threshold,
    shared: aligned.get('shared')!,
    languages: Object.fromEntries([...aligned].filter(([k]) => k !== 'shared')),
  };
}

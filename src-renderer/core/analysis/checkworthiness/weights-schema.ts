/**
 * The shape of the learned parameter file (`weights.json`), written by
 * `src-main/cli/fit-claims.ts`. Parameters only: no training rows.
 */

/** One logistic-regression model: z = bias + Σ weight·feature (+ Σ lexical weight of each distinct word). */
export interface ScoringModel {
  readonly bias: number;
  /** Feature name (see FEATURE_NAMES) → weight; a missing name weighs 0. */
  readonly weights: Readonly<Record<string, number>>;
  /** Lower-cased word → weight, for a language fitted with its own vocabulary. */
  readonly lexical?: Readonly<Record<string, number>>;
}

export interface CheckWorthinessWeights {
  readonly version: 1;
  /** What the models were fitted on, and how: for the record, not used when scoring. */
  readonly provenance: {
    readonly trainingFiles: readonly string[];
    readonly rows: number;
    readonly options: Readonly<Record<string, number | string>>;
    /** Cross-validated figures on the training data (out-of-fold scores) at `threshold`. */
    readonly crossValidation: Readonly<Record<string, { readonly precision: number; readonly recall: number; readonly f1: number }>>;
  };
  /** Scores ≥ threshold are suggested; tuned on the training data by cross-validation. */
  readonly threshold: number;
  /** The model on language-neutral and translated cues, used for every language. */
  readonly shared: ScoringModel;
  /** Models with a language's own vocabulary, used instead of `shared` for that language. */
  readonly languages: Readonly<Record<string, ScoringModel>>;
}

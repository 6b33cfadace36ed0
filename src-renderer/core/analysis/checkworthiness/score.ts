/**
 * Check-worthiness of a sentence: a score in [0, 1] from a logistic
 * regression over the features of `features.ts`, and the reasons behind it.
 */
import type { SuggestionReason } from '../../model';
import { featuresOf, FEATURE_NAMES, FEATURE_REASON, type FeatureName } from './features';
import { profileFor } from './languages/index';
import { sigmoid } from './logistic';
import LEARNED from './weights.json' with { type: 'json' };
import type { CheckWorthinessWeights, ScoringModel } from './weights-schema';

/** The learned parameters (`npx tsx src-main/cli/fit-claims.ts`), checked against their schema by type. */
const WEIGHTS = LEARNED as CheckWorthinessWeights;

/** Scores at or above this are suggested as claims (tuned on the training data). */
export const DEFAULT_THRESHOLD: number = WEIGHTS.threshold;

export interface CheckWorthiness {
  /** In [0, 1]; higher is more worth checking. */
  readonly score: number;
  /** The check-worthiness cues found, those that raised the score most first; each appears once. */
  readonly reasons: SuggestionReason[];
  /**
   * In [0, 1]: the score without the cues that only say who is speaking (see
   * SPEAKER_FEATURES). For a sentence whose one checkable fact is that someone
   * said it (a view, a forecast, a quotation), this is what its words are worth.
   */
  readonly withoutSpeaker: number;
}

/**
 * Cues that tell who says something rather than what is claimed: the
 * reporting verb and the names, titles and acronyms of speakers and outlets
 * ("Mr Howard said", "the chairman of the Police Federation said", "he told
 * BBC Radio"). In news nearly every sentence has them, so they inflate the
 * score of a speaker's opinion or forecast as much as that of a fact.
 */
export const SPEAKER_FEATURES: readonly FeatureName[] = ['reporting-verb', 'capitalised-names', 'acronym', 'entity-cue'];

/** The model used for a language: its own if it was fitted with one, else the shared one. */
export function modelFor(weights: CheckWorthinessWeights, language: string): ScoringModel {
  return weights.languages[profileFor(language).code] ?? weights.shared;
}

/**
 * Scores a sentence with the given weights (see `scoreSentence`), for tests
 * and tools that compare weights other than the shipped ones.
 */
export function scoreWith(weights: CheckWorthinessWeights, text: string, language: string): CheckWorthiness {
  if (text.trim() === '') return { score: 0, reasons: [], withoutSpeaker: 0 };
  const model = modelFor(weights, language);
  const { values, words } = featuresOf(text, language, model.lexical !== undefined);
  let z = model.bias;
  let speaker = 0;
  const byReason = new Map<SuggestionReason, number>();
  for (const name of FEATURE_NAMES) {
    const contribution = (model.weights[name] ?? 0) * values[name];
    z += contribution;
    if (SPEAKER_FEATURES.includes(name)) speaker += contribution;
    const reason = FEATURE_REASON[name];
    if (reason && values[name] > 0) byReason.set(reason, (byReason.get(reason) ?? 0) + contribution);
  }
  // Each distinct word once, in order of first occurrence (the order of a Set of them).
  if (model.lexical && words) for (const token of words.strings) if (Object.hasOwn(model.lexical, token)) z += model.lexical[token]!;
  // Every cue found is reported, even one the model weighs down (in debate
  // data, forecasts and quotations are less often worth checking): an editor
  // still wants to see that a sentence predicts or quotes. The order says
  // which cues raised the score most; the sort is stable, so ties keep the
  // order of FEATURE_NAMES.
  const reasons = [...byReason].sort((a, b) => b[1] - a[1]).map(([r]) => r);
  return { score: sigmoid(z), reasons, withoutSpeaker: sigmoid(z - speaker) };
}

/**
 * Scores how worth checking a sentence is, in [0, 1], with the reasons that
 * raised the score (numbers, quantities, dates, named entities, comparisons,
 * superlatives, reporting verbs, quotations, causal and predictive language).
 * `language` is a BCP 47 tag: English, French, Spanish and German have their
 * own cues; any other language is scored on language-neutral cues only.
 * Compare the score with DEFAULT_THRESHOLD (or a user setting) to suggest it.
 */
export function scoreSentence(text: string, language: string): CheckWorthiness {
  return scoreWith(WEIGHTS, text, language);
}

/** Check-worthiness scoring of sentences: the public surface of this folder. */
export { DEFAULT_THRESHOLD, modelFor, scoreSentence, scoreWith, SPEAKER_FEATURES, type CheckWorthiness } from './score';
export { extractFeatures, FEATURE_NAMES, FEATURE_REASON, type FeatureName, type SentenceFeatures } from './features';
export { profileFor, SUPPORTED_LANGUAGES } from './languages/index';
export {
  bestF1Threshold,
  binaryMetrics,
  LABEL_COLUMN,
  parseLabelledTsv,
  TEXT_COLUMNS,
  type BinaryMetrics,
  type LabelledSentence,
  type ParsedTsv,
} from './evaluation';
export type { CheckWorthinessWeights, ScoringModel } from './weights-schema';

/**
 * What a language contributes to check-worthiness: word lists and patterns,
 * one per cue. Everything language-specific lives in `languages/<code>.ts` as a
 * `LanguageProfile`; the feature extractor and the learned weights are shared,
 * so adding a language means writing one profile (the cues are "translated",
 * the weights are not re-learned).
 */

/**
 * A cue is a list of phrases and patterns. A phrase is matched
 * case-insensitively on word boundaries; spaces in it match any whitespace and
 * a trailing `*` matches the rest of a word ("increas*" → increase, increased).
 * A RegExp is used as written (give it the `g` flag; `u` if it uses \p{...}),
 * for cues that need case or morphology (month names, "-est" superlatives).
 */
export type Cue = readonly (string | RegExp)[];

export interface LanguageProfile {
  /** BCP 47 primary subtag, e.g. 'en'. */
  readonly code: string;
  /** Spelled-out numbers ("twelve", "million"): reason `number`. */
  readonly numberWords: Cue;
  /** Units, currencies, proportions ("percent", "dollars", "half of"): reason `quantity`. */
  readonly quantity: Cue;
  /** Month and day names, relative dates ("last year", "ago"): reason `date`. */
  readonly date: Cue;
  /** Comparatives ("more than", "higher"): reason `comparison`. */
  readonly comparison: Cue;
  /** Verbs of change ("rose", "fell", "doubled"), a comparison over time: reason `comparison`. */
  readonly change: Cue;
  /** Superlatives and records ("the lowest", "for the first time"): reason `superlative`. */
  readonly superlative: Cue;
  /** Reported speech ("said", "according to"): reason `reporting-verb`. */
  readonly reportingVerb: Cue;
  /** Cause and effect ("because", "led to"): reason `causal`. */
  readonly causal: Cue;
  /** Forecasts and the future ("will", "is expected to"): reason `predictive`. */
  readonly predictive: Cue;
  /** Titles and institution words that announce a name ("President", "Mr."): reason `named-entity`. */
  readonly entityCue: Cue;
  /** Recorded actions that can be checked ("voted", "signed", "created"). */
  readonly action: Cue;
  /** Public-policy and statistics vocabulary ("tax", "unemployment", "budget"). */
  readonly topic: Cue;
  /** Past tense and perfect: statements about what happened. */
  readonly past: Cue;
  readonly firstPersonSingular: Cue;
  readonly firstPersonPlural: Cue;
  readonly secondPerson: Cue;
  /** Hedges and belief ("I think", "maybe"): opinions rather than facts. */
  readonly hedge: Cue;
  /** Evaluative words ("great", "terrible"). */
  readonly opinion: Cue;
  /** Recommendations and obligations ("should", "must"). */
  readonly prescriptive: Cue;
  /** Greetings, thanks, turn-taking ("thank you", "ladies and gentlemen"). */
  readonly phatic: Cue;
  /**
   * Whether a capitalised word inside a sentence suggests a name. False for
   * German, where every noun is capitalised; there only runs of two or more
   * capitalised words (and acronyms) count.
   */
  readonly capitalisationMarksNames: boolean;
  /** Capitalised words that are not names ("I" in English). Lower-case. */
  readonly capitalisedNonNames: readonly string[];
}

/** The profile for languages we have no word lists for: every cue empty. */
export const NEUTRAL_PROFILE: LanguageProfile = {
  code: 'und',
  numberWords: [],
  quantity: [],
  date: [],
  comparison: [],
  change: [],
  superlative: [],
  reportingVerb: [],
  causal: [],
  predictive: [],
  entityCue: [],
  action: [],
  topic: [],
  past: [],
  firstPersonSingular: [],
  firstPersonPlural: [],
  secondPerson: [],
  hedge: [],
  opinion: [],
  prescriptive: [],
  phatic: [],
  // Without knowing the language, a capitalised word mid-sentence is still
  // the best cheap hint of a name in most Latin-script languages.
  capitalisationMarksNames: true,
  capitalisedNonNames: [],
};

/**
 * What one article language contributes to the sourcing analysis: every
 * phrase list and pattern lives in `languages/<code>.ts` as one
 * `SourcingLanguage`, and the engine in `../sourcing.ts` is shared. Adding a
 * language is one file plus one line in `languages/index.ts`.
 *
 * Pattern syntax (regular-expression source, compiled case-insensitively with
 * the `u` flag by `./compile.ts`):
 * - a space matches any run of whitespace, so phrases survive line breaks and
 *   non-breaking spaces;
 * - `'` matches both the straight and the typographic apostrophe (’);
 * - word boundaries are added around the whole pattern with Unicode
 *   look-arounds (JavaScript's `\b` only knows ASCII letters, so it would cut
 *   "según" or "heißt" in two);
 * - use `(?:...)` only: capturing groups are reserved for the engine, which
 *   tells patterns apart by group number (a unit test checks this).
 */

/** One named pattern. `id` is kebab-case and becomes the last part of the flag's rule. */
export interface PhrasePattern {
  readonly id: string;
  readonly source: string;
  /**
   * Skips a match when the text of its sentence before the match ends with
   * this pattern (e.g. German "ich habe" is indicative, "er habe" reported).
   */
  readonly notAfter?: string;
}

export interface SourcingLanguage {
  /** BCP 47 primary subtag, e.g. 'fr'. */
  readonly code: string;
  /**
   * Phrases that attribute information to nobody in particular ("selon
   * certaines informations", "sources say"). The matched phrase is the span
   * of the `vague-attribution` flag. Longer phrases first: at one position the
   * first alternative that matches wins.
   */
  readonly vagueAttributions: readonly PhrasePattern[];
  /** Words that mark information as unconfirmed wherever they stand ("reportedly", "presuntamente"). */
  readonly hedges: readonly PhrasePattern[];
  /**
   * Verb forms of reported, unconfirmed speech (French and Spanish
   * conditional, German Konjunktiv I). They fire only outside quotations,
   * outside questions, outside hypothetical sentences and when no
   * `reportingFrame` precedes them in their sentence: see `../sourcing.ts`.
   */
  readonly reportedMoods: readonly PhrasePattern[];
  /** A sentence containing this is a hypothesis ("si j'étais"), so its conditional is not hearsay. */
  readonly hypothetical?: string;
  /**
   * A named report that governs what follows ("ont indiqué qu'ils", "sagte,"):
   * a reported mood after it is tense agreement or attributed indirect
   * speech, not an unconfirmed report.
   */
  readonly reportingFrame?: string;
  /**
   * Attribution cues: the words that say where information comes from
   * ("according to", "said", "selon", "laut"). A check-worthy sentence whose
   * paragraph has none gets an `unsourced-passage` flag.
   */
  readonly attributionCues: readonly string[];
  /**
   * Verbs that introduce a quotation's speaker ("said", "a déclaré",
   * "sagte"). With a subject before or after them, they name the speaker.
   */
  readonly speechVerbs: readonly string[];
  /** Capitalised words that are not names (pronoun "I", sentence adverbs), lower-case. */
  readonly capitalisedNonNames: readonly string[];
  /**
   * Whether a single capitalised word inside a sentence suggests a name.
   * False for German, where every noun is capitalised: there a run of two
   * capitalised words ("Olaf Scholz") is needed.
   */
  readonly capitalisationMarksNames: boolean;
}

/**
 * What one article language contributes to the attribution analysis: every
 * phrase list and pattern lives in `languages/<code>.ts` as one
 * `SourcingLanguage`, and the engine (`../attribution.ts`, `../sourcing.ts`)
 * is shared. Adding a language is one file plus one line in
 * `languages/index.ts`.
 *
 * Pattern syntax (regular-expression source, compiled case-insensitively with
 * the `u` flag by `../patterns.ts`):
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
  /**
   * Case-sensitive guards on the text right around a match (patterns are
   * otherwise compiled case-insensitively, so they cannot tell a name by its
   * capital): the match is skipped when the text after it starts with
   * `unlessNext`, or the text before it ends with `unlessPrevious` (plain
   * regular-expression sources, `u` flag). E.g. "officials said" is vague,
   * unless a name stands before it ("Treasury officials said").
   */
  readonly unlessNext?: string;
  readonly unlessPrevious?: string;
  /**
   * For a hedge: a named source in the same sentence vouches for it (the
   * attributive "mutmaßliche Spuren, erklärte der Leiter", "the alleged
   * attack, police said" is the speaker's word, not the article's doubt).
   */
  readonly yieldsToNamed?: boolean;
  /**
   * A back-reference ("the source", "la même source", "selon lui"): vague only
   * when the nearest source named before it, in the previous sentences of the
   * article, was itself vague; otherwise it refers to a named source.
   */
  readonly anaphor?: boolean;
  /** A connective that only passes the kind of the previous source on ("demnach"): never flagged itself. */
  readonly silent?: boolean;
}

export interface SourcingLanguage {
  /** BCP 47 primary subtag, e.g. 'fr'. */
  readonly code: string;
  /**
   * Sources a reader cannot identify, in every construction: before or after
   * the verb ("sources say", "a précisé une source proche du dossier"), after
   * a preposition ("selon des témoins", "según fuentes judiciales",
   * "Medienberichten zufolge"), or impersonal ("it is said", "il se dit",
   * "there was speculation"). The matched phrase is the span of the
   * `vague-attribution` flag. Longer phrases first: at one position the first
   * alternative that matches wins.
   */
  readonly vagueSources: readonly PhrasePattern[];
  /**
   * Named attributions: reporting verbs in every tense, person and word order
   * ("said", "a déclaré", "indique", "a fait savoir", "sagte", "teilte …
   * mit", "dijo") and "according to" + a source ("selon le parquet", "laut
   * Reuters"). A reporting verb that belongs to a vague source ("sources
   * say") counts as that vague source, not as a named one.
   */
  readonly namedSources: readonly PhrasePattern[];
  /**
   * Words that mark information as unconfirmed wherever they stand
   * ("reportedly", "presuntamente", "offenbar"). A hedging adverb is flagged
   * even beside a named source (the sentence says the information is not
   * confirmed, whoever gave it); an attributive adjective ("the alleged
   * attack", "der mutmaßliche Täter") is the speaker's term and sets
   * `yieldsToNamed`.
   */
  readonly hedges: readonly PhrasePattern[];
  /**
   * Verb forms of reported, unconfirmed speech (French and Spanish
   * conditional, German Konjunktiv I). They are hearsay only when no named
   * source vouches for their sentence (see `../sourcing.ts`).
   */
  readonly reportedMoods: readonly PhrasePattern[];
  /**
   * A sentence containing this uses the mood for something else than hearsay:
   * a hypothesis ("si j'étais", "if"), a plan or proposal ("le projet
   * prévoit", "la propuesta"), a suggestion ("a suggéré que"), a forecast.
   */
  readonly notHearsay?: string;
  /**
   * The part of `notHearsay` that opens the content of a plan, a proposal or
   * a demand ("le projet prévoit que", "el alcalde propone que"). Its content
   * may go on in the next sentence of the same paragraph ("Les amendes
   * atteindraient 500 euros."): a conditional there, with no source of its
   * own, is still that content, not hearsay (see `../attribution.ts`).
   */
  readonly proposals?: string;
  /**
   * Words that make a statement need a source beyond numbers (found in every
   * language): causes ("because of", "à cause de"), comparisons and
   * superlatives ("the largest", "le plus", "el mayor"), records.
   */
  readonly needsSource: readonly string[];
  /**
   * Where a word of `needsSource` says something public rather than a count
   * or a claim ("largement diffusées" is widely shared, not a proportion): a
   * regular-expression source; a claim word inside one of its matches does
   * not count.
   */
  readonly publicPhrases?: string;
  /**
   * Plans, schedules and intentions ("will", "plans to", "va", "sera",
   * "prévoit de", "se aplicará", "will bis 2030"): a sentence about what is
   * going to happen announces rather than reports, so its figures ("300
   * mayors will attend") need no source of their own.
   */
  readonly plans: readonly string[];
  /**
   * Words that open a subordinate clause: relative pronouns ("which",
   * "qui", "que", "der"), conjunctions ("because", "alors que", "mientras").
   * With punctuation they bound clauses: a plan in one clause ("il ira
   * jeudi …") does not make a claim in another ("… des jeunes qui ont
   * largement boudé ces rencontres") an announcement.
   */
  readonly clauseOpeners: readonly string[];
  /**
   * Words that open a clause whose content is not asserted: a condition or
   * an indirect question ("if", "whether", "si", "ob"). A claim word in such
   * a clause ("she would not say whether the visit was linked to the
   * campaign") needs no source.
   */
  readonly unasserted: readonly string[];
  /** How figures are written in words (see `FigureWords`). */
  readonly figures: FigureWords;
  /**
   * The writer stepping out of a report to give background ("it is worth
   * recalling that", "rappelons que", "cabe recordar que"): a named source
   * of the sentences before does not carry into such a sentence.
   */
  readonly writerAsides: readonly string[];
  /**
   * Modal verbs of forecast and hypothesis ("would", "could", "pourrait",
   * "podría", "würde"), and the words that give what a plan or a proposal
   * contains ("plans include", "le projet prévoit", "der Plan sieht vor"):
   * with no figure beside them, a sentence built on one says what may
   * happen, which cannot be checked yet. Suggestions rank such
   * sentences lower (see `../pipeline.ts`); the sourcing flags ignore them.
   */
  readonly conjectures: readonly string[];
  /**
   * Words of evaluation and necessity ("essential", "a problem",
   * "dangerous", "dubious", "seemed to"): a named speaker's sentence built
   * on one, with no figure, gives that speaker's view, and all that can be
   * checked is that it was said. Suggestions rank such sentences lower (see
   * `../pipeline.ts`); the sourcing flags ignore them.
   */
  readonly views: readonly string[];
  /**
   * Where an auxiliary of `plans` forms a passive that reports rather than
   * announces (German "werden … festgehalten"): a regular-expression
   * source; a plan word inside one of its matches is not a plan.
   */
  readonly passive?: string;
  /**
   * Whether a single capitalised word inside a sentence suggests a name.
   * False for German, where every noun is capitalised: there a run of two
   * capitalised words ("Olaf Scholz") is needed.
   */
  readonly capitalisationMarksNames: boolean;
  /** Capitalised words that are not names (pronoun "I", sentence adverbs), lower-case. */
  readonly capitalisedNonNames: readonly string[];
}

/**
 * How a language writes figures in words: what `statesFigure` in
 * ../sourcing.ts counts as a figure besides digits, amounts and units.
 */
export interface FigureWords {
  /**
   * Quantities written in words ("thousands", "des milliers", "la mitad",
   * "Tausende"), multiples ("fourfold", "a doublé") and counts of repeated
   * events ("several times", "à plusieurs reprises", "mehrfach"): each is a
   * figure someone counted.
   */
  readonly numberWords: readonly string[];
  /**
   * Cardinal numbers written as words ("six", "vingt", "diez", "zwölf"). Alone
   * they name things ("the two delegations"); after an approximation ("about
   * twenty", "pas moins de neuf") or before a toll they are a count.
   */
  readonly cardinals: readonly string[];
  /**
   * Words that make the number after them approximate or emphatic, hence a
   * count someone made ("about", "more than", "pas moins de", "rund").
   */
  readonly approximations: readonly string[];
  /**
   * Vague quantifiers ("several", "quelques", "varios", "mehrere"): a count
   * only in front of a toll ("quelques blessés").
   */
  readonly fewWords: readonly string[];
  /**
   * Tolls: people hurt, killed, arrested or detained ("injured", "blessés",
   * "detenidos", "Verletzte"). Any count of them (digits, a cardinal, a
   * vague quantifier) is a figure that needs a source.
   */
  readonly tolls: readonly string[];
  /**
   * Verbs in the active voice whose object is a toll ("arrested", "a
   * interpellé", "detuvo a", "verhaftete"): a count a few words after one is
   * a toll count as much as one before a toll ("Police arrested 45 people"
   * as "45 people were arrested"), of any size, like every count of a toll.
   * A German separable verb is written with its particle after " … "
   * ("nahm … fest"): the count then stands anywhere inside the bracket
   * ("nahm nach dem Spiel 45 Personen fest").
   */
  readonly tollVerbs: readonly string[];
  /**
   * Words after a number that make it a time, a date or an age rather than
   * a count: units of time and the months ("days", "ans", "años", "Jahre",
   * "March"). After a toll verb such a number counts nothing ("arrested him
   * two days ago", "a interpellé un homme de 45 ans").
   */
  readonly timeWords: readonly string[];
}

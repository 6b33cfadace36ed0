/**
 * Feature extraction for check-worthiness: turns a sentence into a fixed set
 * of named numeric features (most in [0, 1]) plus lower-cased word tokens.
 *
 * Language-neutral features (digits, years, %, currency, capitals, acronyms,
 * quotes, length, punctuation) are computed here; word-based cues come from
 * the language's profile, so every language yields the same feature names and
 * one set of learned weights serves them all.
 */
import type { SuggestionReason } from '../../model';
import { compileCues, countCueTokens, type CompiledCues } from './cue-matcher';
import { profileFor } from './languages/index';
import type { LanguageProfile } from './profile';
import { collapseWhitespace } from '../../text/whitespace';
import { countWordTokens, tokenStrings, wordTokenIds, type TokenIds } from './tokens';

export const FEATURE_NAMES = [
  'digits',
  'number-words',
  'percent-or-currency',
  'quantity-words',
  'year',
  'date-words',
  'capitalised-names',
  'acronym',
  'entity-cue',
  'comparison',
  'change',
  'superlative',
  'reporting-verb',
  'quotation',
  'causal',
  'predictive',
  'action',
  'topic',
  'past',
  'first-person-singular',
  'first-person-plural',
  'second-person',
  'hedge',
  'opinion',
  'prescriptive',
  'phatic',
  'question',
  'exclamation',
  'length',
  'short',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The reason a feature gives the editor when it raises a sentence's score. */
export const FEATURE_REASON: Readonly<Partial<Record<FeatureName, SuggestionReason>>> = {
  digits: 'number',
  'number-words': 'number',
  'percent-or-currency': 'quantity',
  'quantity-words': 'quantity',
  year: 'date',
  'date-words': 'date',
  'capitalised-names': 'named-entity',
  acronym: 'named-entity',
  'entity-cue': 'named-entity',
  comparison: 'comparison',
  change: 'comparison',
  superlative: 'superlative',
  'reporting-verb': 'reporting-verb',
  quotation: 'quotation',
  causal: 'causal',
  predictive: 'predictive',
};

export interface SentenceFeatures {
  /** One value per name of FEATURE_NAMES. */
  readonly values: Readonly<Record<FeatureName, number>>;
  /** Lower-cased word tokens of the cleaned sentence, for lexical weights. */
  readonly tokens: readonly string[];
}

type CueField = Exclude<keyof LanguageProfile, 'code' | 'capitalisationMarksNames' | 'capitalisedNonNames'>;

/** Profile cue → feature it feeds. */
const CUE_FEATURES: readonly (readonly [CueField, FeatureName])[] = [
  ['numberWords', 'number-words'],
  ['quantity', 'quantity-words'],
  ['date', 'date-words'],
  ['entityCue', 'entity-cue'],
  ['comparison', 'comparison'],
  ['change', 'change'],
  ['superlative', 'superlative'],
  ['reportingVerb', 'reporting-verb'],
  ['causal', 'causal'],
  ['predictive', 'predictive'],
  ['action', 'action'],
  ['topic', 'topic'],
  ['past', 'past'],
  ['firstPersonSingular', 'first-person-singular'],
  ['firstPersonPlural', 'first-person-plural'],
  ['secondPerson', 'second-person'],
  ['hedge', 'hedge'],
  ['opinion', 'opinion'],
  ['prescriptive', 'prescriptive'],
  ['phatic', 'phatic'],
];

interface CompiledProfile {
  readonly profile: LanguageProfile;
  readonly cues: CompiledCues;
  readonly nonNames: ReadonlySet<string>;
}

// Scoring a long article extracts features once per sentence: compile the
// cue lists once per language.
const compiled = new Map<string, CompiledProfile>();

function compiledProfile(language: string): CompiledProfile {
  const profile = profileFor(language);
  let c = compiled.get(profile.code);
  if (!c) {
    c = {
      profile,
      cues: compileCues(CUE_FEATURES.map(([field]) => profile[field])),
      nonNames: new Set(profile.capitalisedNonNames),
    };
    compiled.set(profile.code, c);
  }
  return c;
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const MENTION = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+/gu;
// A quotation's body excludes its own opening mark: an unclosed « then stops
// scanning at the next «, which keeps the match linear on hostile input
// (a run of unclosed marks was quadratic).
const QUOTED = /"[^"\n]{3,}"|“[^“”\n]{3,}”|«[^«»\n]{3,}»|„[^„“”\n]{3,}[“”]/gu;
// A capitalised word not glued to a letter before it; an elided article is
// not part of it ("l'Insee" holds the name "Insee").
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}-])\p{Lu}\p{Ll}[\p{L}\p{M}\p{N}-]*/gu;
const YEAR = /(?<![\p{N}.,])(?:1[5-9]\d\d|20\d\d)s?(?![\p{N}%])|(?<![\p{L}\p{N}])'\d0s(?![\p{L}])/gu;
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;
const PERCENT_OR_CURRENCY = /\p{N}\s?%|%\s?\p{N}|[$€£¥]\s?\p{N}|\p{N}\s?[$€£¥]|\p{N}\s?(?:USD|EUR|GBP)\b/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}s?(?![\p{L}\p{N}])/gu;
// What may precede a capitalised word that starts a clause rather than names something.
const CLAUSE_OPENER = /(?:^|[.!?:;"“«(\u2014\u2013\u2026]|\s-)\s*$/u;

const ZERO = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}

/** Saturating count: 0 → 0, 1 → 0.5, 2 → 0.67, 3 → 0.75 ... */
const sat = (n: number): number => n / (n + 1);

/**
 * Below U+0300 every character is in NFC and none combines with another:
 * a text of them is its own NFC, and `normalize` (which copies the text to
 * check it, 0.1 s for an 8 MiB line the first times) is skipped.
 */
const MAY_CHANGE_IN_NFC = /[\u0300-\uffff]/;
const nfc = (text: string): string => (MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text);

/** Folds typographic apostrophes and removes what is noise for scoring (links, @handles, #). */
function clean(text: string): { readonly text: string; readonly mentions: number } {
  let mentions = 0;
  // The checks before each replace skip regex scans that rarely find
  // anything in article prose; this runs once per sentence of every article.
  let t = nfc(text).replace(/[’‘ʼ]/g, "'");
  if (t.includes('http') || t.includes('www.')) t = t.replace(URL, ' ');
  if (t.includes('@')) {
    t = t.replace(MENTION, () => {
      mentions++;
      return ' ';
    });
  }
  if (t.includes('#')) t = t.replace(/#(?=[\p{L}\p{N}])/gu, '');
  return { text: collapseWhitespace(t).trim(), mentions };
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/** Capitalised words that are probably names, per the profile's convention. */
function countNames(text: string, c: CompiledProfile): number {
  let names = 0;
  let run = 0;
  let runEnd = -1;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[0];
    if (m.index === 0 || c.nonNames.has(word.toLowerCase())) continue;
    if (CLAUSE_OPENER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (c.profile.capitalisationMarksNames) names++;
    else {
      // German capitalises every noun: only a run of two capitalised words
      // ("Olaf Scholz", "Deutsche Bahn") hints at a name.
      run = runEnd >= 0 && /^\s+$/.test(text.slice(runEnd, m.index)) ? run + 1 : 1;
      runEnd = m.index + word.length;
      if (run === 2) names++;
    }
  }
  return names;
}

/**
 * Extracts the features of one sentence for `language` (a BCP 47 tag; unknown
 * languages get only the language-neutral features, the word cues being 0).
 * Pure and deterministic; the values do not depend on anything but the input.
 */
export function extractFeatures(sentence: string, language: string): SentenceFeatures {
  const { values, words } = featuresOf(sentence, language, true);
  return { values, tokens: tokenStrings(words) };
}

type Values = Readonly<Record<FeatureName, number>>;

/**
 * The features of `extractFeatures`, with the word tokens numbered (see
 * `./tokens.ts`; `words.ids` is valid until the next call) when `withWords`,
 * else only counted: the scorer reads the distinct words of a model with
 * lexical weights only, and a sentence may have a million words.
 */
export function featuresOf(sentence: string, language: string, withWords: true): { readonly values: Values; readonly words: TokenIds };
export function featuresOf(sentence: string, language: string, withWords: boolean): { readonly values: Values; readonly words?: TokenIds };
export function featuresOf(sentence: string, language: string, withWords: boolean): { readonly values: Values; readonly words?: TokenIds } {
  const c = compiledProfile(language);
  const { text, mentions } = clean(sentence);
  // Both tokenisations (words here, cue tokens in countCueTokens) read the same lower-cased text.
  const lower = text.toLowerCase();
  const words = withWords ? wordTokenIds(lower) : undefined;
  const wordCount = words?.count ?? countWordTokens(lower);
  const years = countMatches(YEAR, text);
  const numbers = /\p{N}/u.test(text) ? countMatches(NUMBER, text) : 0;
  const values: Record<FeatureName, number> = { ...ZERO };
  values.digits = sat(Math.max(0, numbers - years));
  if (numbers > 0) values['percent-or-currency'] = sat(countMatches(PERCENT_OR_CURRENCY, text));
  values.year = sat(years);
  values['capitalised-names'] = sat(countNames(text, c) + mentions);
  const acronyms = countMatches(ACRONYM, text);
  // A tweet in capitals is shouting, not a string of acronyms.
  if (acronyms > 0 && !isShouting(text)) values.acronym = sat(acronyms);
  if (/["“«„]/u.test(sentence)) values.quotation = sat(countMatches(QUOTED, nfc(sentence)));
  countCueTokens(c.cues, lower, text).forEach((n, i) => (values[CUE_FEATURES[i]![1]] = sat(n)));
  values.question = text.includes('?') ? 1 : 0;
  values.exclamation = text.includes('!') ? 1 : 0;
  values.length = Math.min(1.5, Math.log1p(wordCount) / Math.log(31));
  values.short = wordCount < 6 ? 1 : 0;
  return words ? { values, words } : { values };
}

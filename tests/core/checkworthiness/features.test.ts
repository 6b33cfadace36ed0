import { describe, expect, it } from 'vitest';
import { compileCues, countCues, cueTokens } from '../../../src-renderer/core/analysis/checkworthiness/cue-matcher';
import {
  extractFeatures,
  FEATURE_NAMES,
  profileFor,
  SUPPORTED_LANGUAGES,
  type FeatureName,
} from '../../../src-renderer/core/analysis/checkworthiness';

describe('cue matching', () => {
  it('splits words from punctuation, apostrophes included', () => {
    expect(cueTokens("We'll see: J'ai 2,5 %!")).toEqual(['we', "'", 'll', 'see', ':', 'j', "'", 'ai', '2', ',', '5', '%', '!']);
  });

  it.each([
    // [cue, expected count, text]
    [['will', "'ll"], 2, "We'll see, and they will too."],
    [["j'"], 2, "J'ai dit que j'irai."],
    [['increas*'], 3, 'Prices increased, increases continue; the increase is real.'],
    [['more than', 'more'], 2, 'More than ten, and more.'],
    [['según'], 1, 'Según el INE, y segúnda no cuenta.'],
    [['déficit'], 1, 'Le déficit public; un superdéficit ne compte pas.'],
    [['tax*'], 1, 'Syntax is not taxes.'],
    [['%'], 2, 'Il a 5 % et 6 %.'],
    [[/\b(?:March|May)\b/g], 1, 'In March, you may march.'],
    [['quatre-vingt*'], 1, 'Quatre-vingt-dix élèves.'],
    [['per cent'], 1, 'Ten per\ncent.'],
    [[], 0, 'Anything at all.'],
  ] as const)('%j finds %d match(es) in %j', (cue, expected, text) => {
    expect(countCues(compileCues([cue]), text)).toEqual([expected]);
  });

  it('counts each cue of a list separately', () => {
    const compiled = compileCues([['rose', 'fell'], ['because'], ['fell']]);
    expect(countCues(compiled, 'It fell because it rose, then fell.')).toEqual([3, 1, 2]);
  });
});

/** The features that are non-zero, for compact expectations. */
function fired(text: string, lang: string): FeatureName[] {
  const { values } = extractFeatures(text, lang);
  return FEATURE_NAMES.filter((n) => values[n] !== 0);
}

describe('extractFeatures', () => {
  it('returns a value for every feature name, all finite and non-negative', () => {
    for (const lang of [...SUPPORTED_LANGUAGES, 'und']) {
      const { values } = extractFeatures('Is it true that 3 in 4 voters said "no" in 2020?', lang);
      expect(Object.keys(values).sort()).toEqual([...FEATURE_NAMES].sort());
      for (const n of FEATURE_NAMES) expect(Number.isFinite(values[n]) && values[n] >= 0).toBe(true);
    }
  });

  it('gives exact saturating counts for numbers, years and names', () => {
    const { values, tokens } = extractFeatures('Unemployment fell to 4.1% in March, the lowest since 2001.', 'en');
    expect(values.digits).toBe(0.5); // 4.1 (2001 is a year, not a plain number)
    expect(values.year).toBe(0.5);
    expect(values['percent-or-currency']).toBe(0.5);
    expect(values['capitalised-names']).toBe(0); // "March" is a month, not a name
    expect(values.question).toBe(0);
    expect(values.short).toBe(0);
    expect(tokens).toEqual(['unemployment', 'fell', 'to', '4.1', 'in', 'march', 'the', 'lowest', 'since', '2001']);
    expect(extractFeatures('It cost 3, 4 or 5 dollars.', 'en').values.digits).toBe(0.75);
  });

  it.each([
    // [lang, sentence, features that must fire, features that must not]
    ['en', 'Senator Jane Doe said the plan would cost $3 billion.', ['capitalised-names', 'entity-cue', 'reporting-verb', 'percent-or-currency', 'number-words'], ['hedge', 'year']],
    ['en', 'I think we should talk about that.', ['first-person-singular', 'first-person-plural', 'hedge', 'prescriptive'], ['digits', 'capitalised-names', 'reporting-verb']],
    ['en', 'Did you tell us?', ['question', 'second-person', 'short'], ['digits']],
    ['en', 'The NATO summit was the biggest ever, because of the war.', ['acronym', 'superlative', 'causal', 'past'], ['capitalised-names']],
    ['en', '"It will not happen," she said.', ['quotation', 'predictive', 'reporting-verb'], []],
    ['fr', "D'après le ministère, la dette a doublé en dix ans.", ['reporting-verb', 'entity-cue', 'change', 'number-words', 'quantity-words'], ['first-person-singular']],
    ['fr', "Selon l'Insee, l'inflation atteindra 3 % l'an prochain.", ['reporting-verb', 'capitalised-names', 'percent-or-currency', 'predictive'], ['year']],
    ['fr', 'Nous devons agir, je crois.', ['first-person-plural', 'prescriptive', 'first-person-singular'], ['digits', 'reporting-verb']],
    ['es', 'Según el INE, el paro subió un 3% en 2023.', ['reporting-verb', 'acronym', 'topic', 'change', 'percent-or-currency', 'year'], []],
    ['es', 'Hace tres años la deuda era mucho menor que hoy.', ['date-words', 'number-words', 'comparison', 'quantity-words'], []],
    ['es', 'Tenemos que hablar, por favor.', ['prescriptive', 'phatic'], ['digits', 'capitalised-names']],
    ['de', 'Laut Bundesregierung stieg die Inflation im Mai auf 8 Prozent.', ['reporting-verb', 'entity-cue', 'change', 'date-words', 'quantity-words'], []],
    ['de', 'Gestern traf Olaf Scholz den Präsidenten.', ['capitalised-names', 'date-words', 'entity-cue'], []],
    ['de', 'Die Regierung hat die Steuern erhöht.', ['change', 'topic', 'past'], ['capitalised-names']],
  ] as const)('%s: %s', (lang, text, must, mustNot) => {
    const f = fired(text, lang);
    expect(f).toEqual(expect.arrayContaining([...must]));
    for (const n of mustNot) expect(f).not.toContain(n);
  });

  it('falls back to language-neutral features for an unknown language', () => {
    expect(profileFor('ja').code).toBe('und');
    expect(profileFor('pt-BR').code).toBe('und');
    expect(fired('I think we should cut taxes by 5% in 2025, Mr Smith.', 'zz')).toEqual([
      'digits',
      'percent-or-currency',
      'year',
      'capitalised-names',
      'length',
    ]);
  });

  it('ignores links and handles but counts a handle as a name', () => {
    const { values } = extractFeatures('Gracias @MinSanidad https://t.co/Ab12Cd34 #PGE', 'es');
    expect(values.digits).toBe(0);
    expect(values['capitalised-names']).toBe(0.5);
    expect(values.acronym).toBe(0.5); // PGE, from the hashtag
  });

  it('does not read a sentence in capitals as acronyms', () => {
    expect(extractFeatures('THIS IS A DISGRACE AND EVERYONE KNOWS IT', 'en').values.acronym).toBe(0);
  });

  it('counts a German name only as a run of capitalised words', () => {
    expect(extractFeatures('Die Kanzlerin besuchte die Fabrik.', 'de').values['capitalised-names']).toBe(0);
    expect(extractFeatures('Die Kanzlerin besuchte Angela Merkel.', 'de').values['capitalised-names']).toBe(0.5);
  });
});

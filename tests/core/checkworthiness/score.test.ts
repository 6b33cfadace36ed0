import { describe, expect, it } from 'vitest';
import type { SuggestionReason } from '../../../src-renderer/core/model';
import {
  DEFAULT_THRESHOLD,
  FEATURE_NAMES,
  scoreSentence,
  scoreWith,
  type CheckWorthinessWeights,
} from '../../../src-renderer/core/analysis/checkworthiness';
import { countWork } from '../work-count';

interface Case {
  readonly lang: string;
  readonly text: string;
  readonly above: boolean;
  /** Reasons that must be among those given. */
  readonly reasons: readonly SuggestionReason[];
  /** Reasons that must not be given. */
  readonly absent?: readonly SuggestionReason[];
}

// Sentences written for these tests (none comes from the evaluation data).
const CASES: readonly Case[] = [
  { lang: 'en', text: 'Unemployment fell to 4.1% in March, the lowest since 2001.', above: true, reasons: ['number', 'date', 'superlative', 'quantity', 'comparison'], absent: ['named-entity'] },
  { lang: 'en', text: 'The ministry said the new bridge cost $2 billion, twice the estimate.', above: true, reasons: ['number', 'quantity', 'reporting-verb', 'named-entity'] },
  { lang: 'en', text: 'Crime rose because the city cut the police budget in 2019.', above: true, reasons: ['causal', 'comparison', 'date'] },
  { lang: 'en', text: 'I think we should talk about that.', above: false, reasons: [], absent: ['number', 'date', 'named-entity'] },
  { lang: 'en', text: 'Thank you, it is good to be here tonight.', above: false, reasons: [] },
  { lang: 'en-GB', text: 'Senator Jane Doe voted against the health care bill three times.', above: true, reasons: ['named-entity', 'number'] },
  { lang: 'fr', text: 'Le chômage a baissé à 7,1 % en mars, son plus bas niveau depuis 2008.', above: true, reasons: ['number', 'quantity', 'date', 'superlative', 'comparison'] },
  { lang: 'fr', text: "Selon l'Insee, les prix ont augmenté de 5,2 % en 2022.", above: true, reasons: ['reporting-verb', 'named-entity', 'number', 'date'] },
  { lang: 'fr', text: 'Je pense que nous devrions en parler.', above: false, reasons: [], absent: ['number', 'date'] },
  { lang: 'es', text: 'El paro bajó al 12,5% en marzo, la cifra más baja desde 2008.', above: true, reasons: ['number', 'quantity', 'date', 'superlative'] },
  { lang: 'es', text: 'Según el Ministerio de Sanidad, hubo 3.000 casos porque no llegaron las vacunas.', above: true, reasons: ['reporting-verb', 'number', 'causal', 'named-entity'] },
  { lang: 'es', text: 'Creo que deberíamos hablar de eso.', above: false, reasons: [] },
  { lang: 'de', text: 'Die Arbeitslosigkeit sank im März auf 5,1 Prozent, den niedrigsten Stand seit 1991.', above: true, reasons: ['number', 'quantity', 'date', 'superlative', 'comparison'] },
  { lang: 'de', text: 'Ich glaube, wir sollten darüber reden.', above: false, reasons: [], absent: ['named-entity'] },
  // Unknown language: only language-neutral cues (digits, %, years) count.
  { lang: 'nl', text: 'De werkloosheid daalde in 2023 tot 3,5%.', above: true, reasons: ['number', 'quantity', 'date'], absent: ['comparison'] },
];

describe('scoreSentence', () => {
  it.each(CASES)('$lang: $text', ({ lang, text, above, reasons, absent = [] }) => {
    const result = scoreSentence(text, lang);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.score >= DEFAULT_THRESHOLD).toBe(above);
    expect(result.reasons).toEqual(expect.arrayContaining([...reasons]));
    for (const r of absent) expect(result.reasons).not.toContain(r);
    expect(new Set(result.reasons).size).toBe(result.reasons.length);
  });

  it('gives no reasons for a sentence without any cue', () => {
    expect(scoreSentence('I think we should talk about that.', 'en').reasons).toEqual([]);
  });

  it('scores words that name built-in object properties like any other word (a finite score, never NaN)', () => {
    // The lexical weights are a plain object read from JSON: "constructor" or
    // "toString" must not find Object.prototype's functions there.
    for (const lang of ['en', 'es', 'fr', 'de']) {
      for (const text of ['The constructor of the bridge was paid 3 million euros.', 'The hasOwnProperty toString valueOf constructor __proto__ words.']) {
        const { score, withoutSpeaker } = scoreSentence(text, lang);
        expect(Number.isFinite(score), `${lang}: ${text}`).toBe(true);
        expect(Number.isFinite(withoutSpeaker), `${lang}: ${text}`).toBe(true);
      }
    }
  });

  it('scores empty or blank text 0 with no reasons', () => {
    expect(scoreSentence('', 'en')).toEqual({ score: 0, reasons: [], withoutSpeaker: 0 });
    expect(scoreSentence('  \n ', 'fr')).toEqual({ score: 0, reasons: [], withoutSpeaker: 0 });
  });

  it('has a tuned threshold strictly between 0 and 1', () => {
    expect(DEFAULT_THRESHOLD).toBeGreaterThan(0.05);
    expect(DEFAULT_THRESHOLD).toBeLessThan(0.95);
  });

  it.each([
    [
      'en',
      ['Unemployment is a problem.', 'Unemployment is 4.1%.', 'Unemployment fell to 4.1% in March, the lowest since 2001.'],
    ],
    ['fr', ['Le chômage est un problème.', 'Le chômage est de 7,1 %.', 'Le chômage a baissé à 7,1 % en mars, son plus bas niveau depuis 2008.']],
    ['es', ['El paro es un problema.', 'El paro es del 12,5%.', 'El paro bajó al 12,5% en marzo, la cifra más baja desde 2008.']],
  ])('ranks sentences with more checkable content higher (%s)', (lang, ladder) => {
    const scores = ladder.map((t) => scoreSentence(t, lang).score);
    expect(scores[0]!).toBeLessThan(scores[1]!);
    expect(scores[1]!).toBeLessThan(scores[2]!);
  });

  it('ranks a hedged opinion below the same content stated as a figure', () => {
    const opinion = scoreSentence('I believe our schools are getting better.', 'en').score;
    const fact = scoreSentence('Test scores in our schools rose 12 percent between 2015 and 2019.', 'en').score;
    expect(fact).toBeGreaterThan(opinion);
  });

  it('treats language tags case- and region-insensitively', () => {
    const text = 'El paro bajó al 12,5% en marzo.';
    expect(scoreSentence(text, 'ES-mx')).toEqual(scoreSentence(text, 'es'));
  });
});

describe('scoreWith', () => {
  const uniform = (w: number): CheckWorthinessWeights => ({
    version: 1,
    provenance: { trainingFiles: [], rows: 0, options: {}, crossValidation: {} },
    threshold: 0.5,
    shared: { bias: -1, weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, w])) },
    languages: { en: { bias: -1, weights: { digits: 1 }, lexical: { bridge: 3 } } },
  });

  it('is monotone in the cues when every weight is positive', () => {
    const weights = uniform(1);
    const plain = scoreWith(weights, 'Le pont est fermé', 'fr').score;
    const more = scoreWith(weights, 'Le pont est fermé depuis 2019', 'fr').score;
    const most = scoreWith(weights, 'Le pont est fermé depuis 2019, selon la mairie de Paris', 'fr').score;
    expect(plain).toBeLessThan(more);
    expect(more).toBeLessThan(most);
  });

  it('uses a language model (with its word weights) when there is one, else the shared model', () => {
    const weights = uniform(0);
    // Shared model: all weights 0, so the score is sigmoid(bias).
    expect(scoreWith(weights, 'Le pont coûte 3 euros', 'fr').score).toBeCloseTo(1 / (1 + Math.E), 10);
    // English model: bias −1, digits 1 × 0.5 (one number), "bridge" +3.
    expect(scoreWith(weights, 'The bridge cost 3 dollars', 'en').score).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 10);
  });

  it('orders reasons by how much they raised the score', () => {
    const weights: CheckWorthinessWeights = {
      ...uniform(0),
      shared: { bias: 0, weights: { year: 1, 'reporting-verb': 4, predictive: -2 } },
    };
    const { reasons } = scoreWith(weights, 'Elle a déclaré que le pont sera fermé en 2030.', 'fr');
    expect(reasons).toEqual(['reporting-verb', 'date', 'predictive']);
  });
});

describe('hostile input', () => {
  it('scores a long run of unclosed quotation marks in linear time', () => {
    // Counted work, not time (see work-count.ts): 16× the input costs 15.5×
    // the regular-expression work today; a search per mark over the rest of
    // the text would cost 256×. Backtracking inside one search (the quotation
    // pattern scanning past every unclosed «) is not counted: `npm run bench
    // -- --only checkworthiness-unclosed-quotes` times it.
    const small = countWork(() => scoreSentence('« '.repeat(5_000), 'fr'));
    const big = countWork(() => scoreSentence('« '.repeat(80_000), 'fr'));
    expect(big.result.score).toBeGreaterThanOrEqual(0);
    expect(big.work.regex / small.work.regex).toBeLessThan(16 * 1.1);
    expect(big.work.regex).toBeLessThan(30 * 160_000);
  });
});

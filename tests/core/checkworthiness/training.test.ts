import { describe, expect, it } from 'vitest';
import { fitLogistic, logit, sigmoid } from '../../../src-renderer/core/analysis/checkworthiness/logistic';
import { scoreWith } from '../../../src-renderer/core/analysis/checkworthiness/score';
import {
  DEFAULT_TRAINING_OPTIONS,
  trainCheckWorthiness,
  type TrainingOptions,
} from '../../../src-renderer/core/analysis/checkworthiness/training';

describe('logistic regression', () => {
  it('sigmoid and logit are inverse and safe at the extremes', () => {
    for (const p of [0.01, 0.3, 0.5, 0.9]) expect(sigmoid(logit(p))).toBeCloseTo(p, 12);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(Number.isFinite(logit(0))).toBe(true);
  });

  it('learns the sign of each column and is deterministic', () => {
    // Column 0 marks positives, column 1 negatives, column 2 is noise.
    const rows = [
      { indices: [0], values: [1] },
      { indices: [0, 2], values: [1, 1] },
      { indices: [1], values: [1] },
      { indices: [1, 2], values: [1, 1] },
      { indices: [0, 1], values: [1, 1] },
    ];
    const labels = [true, true, false, false, true];
    const options = { l2: 0.01, iterations: 300, learningRate: 0.5, momentum: 0.9 };
    const fitted = fitLogistic(rows, labels, 3, options);
    expect(fitted.weights[0]!).toBeGreaterThan(1);
    expect(fitted.weights[1]!).toBeLessThan(-1);
    expect(Math.abs(fitted.weights[2]!)).toBeLessThan(Math.abs(fitted.weights[0]!));
    expect(fitLogistic(rows, labels, 3, options)).toEqual(fitted);
  });

  it('refuses rows without labels', () => {
    expect(() => fitLogistic([], [], 1, { l2: 0, iterations: 1, learningRate: 1, momentum: 0 })).toThrow(RangeError);
  });
});

describe('trainCheckWorthiness', () => {
  // A toy set written for this test: figures are check-worthy, chit-chat is not.
  const yes = [
    'Unemployment fell to 4.1% in March.',
    'The deficit doubled to $3 billion in 2019.',
    'Crime rose 12 percent last year.',
    'The senator voted against the bill in 2015.',
    'Prices increased by 7% since January.',
    'We lost 300,000 jobs in 2009.',
  ];
  const no = [
    'I think we should talk about that.',
    'Thank you very much.',
    'Let me be clear about this.',
    'We need to work together.',
    'What do you want to do?',
    'I hope you will agree with me.',
  ];
  const rows = [...yes.map((text) => ({ text, checkWorthy: true })), ...no.map((text) => ({ text, checkWorthy: false }))];
  const options: TrainingOptions = { ...DEFAULT_TRAINING_OPTIONS, folds: 3, lexicalMinCount: 2, fit: { ...DEFAULT_TRAINING_OPTIONS.fit, iterations: 200 } };

  it('fits shared and language models that separate the toy set at the tuned threshold', () => {
    const weights = trainCheckWorthiness([{ language: 'en', rows, name: 'toy-en.tsv' }], options);
    expect(weights.provenance).toMatchObject({ trainingFiles: ['toy-en.tsv'], rows: 12 });
    expect(Object.keys(weights.languages)).toEqual(['en']);
    expect(weights.threshold).toBeGreaterThan(0);
    expect(weights.threshold).toBeLessThan(1);
    // The English model, then the shared one (what a language without its own model gets).
    for (const w of [weights, { ...weights, languages: {} }]) {
      for (const r of rows) expect(scoreWith(w, r.text, 'en').score >= weights.threshold).toBe(r.checkWorthy);
    }
    // The file holds parameters only: no training sentence appears in it.
    const serialised = JSON.stringify(weights);
    for (const r of rows) expect(serialised).not.toContain(r.text);
  });

  it('is deterministic', () => {
    const a = trainCheckWorthiness([{ language: 'en', rows, name: 'toy' }], options);
    const b = trainCheckWorthiness([{ language: 'en', rows, name: 'toy' }], options);
    expect(b).toEqual(a);
  });

  it('fits only the shared model without lexical weights', () => {
    const weights = trainCheckWorthiness([{ language: 'en', rows, name: 'toy' }], { ...options, lexical: false });
    expect(weights.languages).toEqual({});
    expect(weights.shared.lexical).toBeUndefined();
    expect(weights.shared.weights['digits']!).toBeGreaterThan(0);
  });
});

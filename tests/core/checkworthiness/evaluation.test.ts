import { describe, expect, it } from 'vitest';
import {
  bestF1Threshold,
  binaryMetrics,
  evaluateScorer,
  languageFromFileName,
  parseLabelledTsv,
} from '../../../src-renderer/core/analysis/checkworthiness/evaluation';

describe('parseLabelledTsv', () => {
  it('reads the debate layout (Sentence_id, Text, class_label) with CRLF and CSV-quoted fields', () => {
    const tsv = [
      'Sentence_id\tText\tclass_label',
      '1\tThe deficit doubled in four years.\tYes',
      '2\t"Well, as they say, ""time will tell."""\tNo',
      '3\t"Thank you, Jim."\tno',
      '',
    ].join('\r\n');
    expect(parseLabelledTsv(tsv)).toEqual({
      ok: true,
      skipped: 0,
      rows: [
        { text: 'The deficit doubled in four years.', checkWorthy: true },
        { text: 'Well, as they say, "time will tell."', checkWorthy: false },
        { text: 'Thank you, Jim.', checkWorthy: false },
      ],
    });
  });

  it('reads the tweet layout (tweet_id, tweet_url, tweet_text, class_label), BOM and stray \\r included', () => {
    const tsv =
      '\uFEFFtweet_id\ttweet_url\ttweet_text\tclass_label\r\n' +
      '10\thttps://example.org/10\tEl paro subió un 3% en 2023.\tYes\r\n' +
      // A tweet that opens with a quotation is not CSV-quoted: keep its quotes.
      '11\thttps://example.org/11\t"Hay que votar" dijo "ella"\tNo\r\n' +
      '12\thttps://example.org/12\tSin etiqueta\tMaybe\n' +
      '13\thttps://example.org/13\n';
    const parsed = parseLabelledTsv(tsv);
    expect(parsed).toEqual({
      ok: true,
      skipped: 2,
      rows: [
        { text: 'El paro subió un 3% en 2023.', checkWorthy: true },
        { text: '"Hay que votar" dijo "ella"', checkWorthy: false },
      ],
    });
  });

  it('finds the columns by name, wherever they are', () => {
    const parsed = parseLabelledTsv('class_label\tText\nYes\tIt rose 5%.\n');
    expect(parsed).toEqual({ ok: true, skipped: 0, rows: [{ text: 'It rose 5%.', checkWorthy: true }] });
  });

  it.each([
    ['id\tsentence\tclass_label\n1\tx\tYes\n', /no a text column \(Text or tweet_text\)/],
    ['id\tText\tlabel\n1\tx\tYes\n', /no a "class_label" column/],
    ['', /no a text column .* and no a "class_label" column.*\(empty\)/],
  ])('explains a header without the needed columns (%j)', (tsv, message) => {
    const parsed = parseLabelledTsv(tsv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('binaryMetrics', () => {
  it('computes precision, recall and F1 of the positive class on a hand-made table', () => {
    // gold:      Y Y Y Y N N N N N N
    // predicted: Y Y Y N Y Y N N N N  → tp 3, fn 1, fp 2, tn 4
    const gold = [true, true, true, true, false, false, false, false, false, false];
    const predicted = [true, true, true, false, true, true, false, false, false, false];
    const m = binaryMetrics(gold, predicted);
    expect(m).toMatchObject({ n: 10, truePositives: 3, falsePositives: 2, falseNegatives: 1, trueNegatives: 4 });
    expect(m.precision).toBeCloseTo(3 / 5, 12);
    expect(m.recall).toBeCloseTo(3 / 4, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12); // 2·0.6·0.75 / 1.35
  });

  it('returns 0, not NaN, when nothing is predicted or nothing is positive', () => {
    expect(binaryMetrics([true, false], [false, false])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(binaryMetrics([false, false], [true, false])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(binaryMetrics([], [])).toMatchObject({ n: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('refuses mismatched lengths', () => {
    expect(() => binaryMetrics([true], [])).toThrow(RangeError);
  });
});

describe('bestF1Threshold', () => {
  it('cuts between the scores where F1 is best', () => {
    // Sorted: 0.9 Y, 0.8 Y, 0.6 N, 0.4 Y, 0.1 N. Cut after 0.8 → P 1, R 2/3, F1 0.8;
    // after 0.4 → P 3/4, R 1, F1 6/7 ≈ 0.857 (best).
    const best = bestF1Threshold([0.1, 0.4, 0.6, 0.8, 0.9], [false, true, false, true, true]);
    expect(best.threshold).toBeCloseTo(0.25, 12);
    expect(best.f1).toBeCloseTo(6 / 7, 12);
  });

  it('never cuts between equal scores', () => {
    const best = bestF1Threshold([0.5, 0.5, 0.2], [true, false, false]);
    expect(best.threshold).toBeCloseTo(0.35, 12);
    expect(best.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('evaluateScorer', () => {
  it('predicts check-worthy at score ≥ threshold and rounds to 4 decimals', () => {
    const rows = [
      { text: 'a', checkWorthy: true },
      { text: 'bb', checkWorthy: true },
      { text: 'ccc', checkWorthy: false },
      { text: 'dddd', checkWorthy: true },
    ];
    // Score = length / 4: predicted Yes for 'bb' (0.5), 'ccc', 'dddd'.
    expect(evaluateScorer(rows, (t) => t.length / 4, 0.5)).toEqual({
      n: 4,
      precision: 0.6667,
      recall: 0.6667,
      f1: 0.6667,
      threshold: 0.5,
    });
  });
});

describe('languageFromFileName', () => {
  it.each([
    ['english-dev.tsv', 'en'],
    ['/data/spanish_test.tsv', 'es'],
    ['C:\\data\\French-train.tsv', 'fr'],
    ['claims-de.tsv', 'de'],
    ['dev.tsv', undefined],
    ['desk.tsv', undefined],
  ])('%s → %s', (name, lang) => {
    expect(languageFromFileName(name)).toBe(lang);
  });
});

/**
 * Reading labelled check-worthiness data and measuring a scorer against it.
 * Pure: the CLI reads the file, these functions do the rest.
 */

export interface LabelledSentence {
  readonly text: string;
  /** True for the check-worthy class (`class_label` = Yes). */
  readonly checkWorthy: boolean;
}

export type ParsedTsv =
  | {
      readonly ok: true;
      readonly rows: readonly LabelledSentence[];
      /** Data lines left out: too few columns, or a label other than Yes/No. */
      readonly skipped: number;
    }
  | { readonly ok: false; readonly message: string };

/** The column headings that may hold the sentence, in the layouts of the CheckThat! data. */
export const TEXT_COLUMNS: readonly string[] = ['Text', 'tweet_text'];
export const LABEL_COLUMN = 'class_label';

// A field is taken as CSV-quoted only when the quotes wrap it whole and every
// inner quote is doubled ("He said ""no"""); a tweet that merely begins with a
// quotation ("Hay que…" dijo) is left as written.
const QUOTED_FIELD = /^"((?:[^"]|"")*)"$/s;

function unquote(field: string): string {
  const m = QUOTED_FIELD.exec(field);
  return m ? m[1]!.replace(/""/g, '"') : field;
}

/**
 * Parses a tab-separated file with a header row, the text in a column headed
 * `Text` or `tweet_text` and the label in `class_label` (Yes/No, any case).
 * Accepts LF and CRLF line ends and a UTF-8 BOM. Returns a message instead of
 * rows when the header lacks the needed columns.
 */
export function parseLabelledTsv(content: string): ParsedTsv {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const textIndex = header.findIndex((h) => TEXT_COLUMNS.includes(h));
  const labelIndex = header.indexOf(LABEL_COLUMN);
  if (textIndex < 0 || labelIndex < 0) {
    const missing = [
      textIndex < 0 ? `a text column (${TEXT_COLUMNS.join(' or ')})` : '',
      labelIndex < 0 ? `a "${LABEL_COLUMN}" column` : '',
    ].filter(Boolean);
    return { ok: false, message: `The header row has no ${missing.join(' and no ')}; found: ${header.join(', ') || '(empty)'}.` };
  }
  const rows: LabelledSentence[] = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const text = fields[textIndex];
    const label = fields[labelIndex]?.trim().toLowerCase();
    if (text === undefined || (label !== 'yes' && label !== 'no')) {
      skipped++;
      continue;
    }
    rows.push({ text: unquote(text.trim()), checkWorthy: label === 'yes' });
  }
  return { ok: true, rows, skipped };
}

export interface BinaryMetrics {
  readonly n: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** Of the sentences predicted check-worthy, the share that are; 0 when none is predicted. */
  readonly precision: number;
  /** Of the check-worthy sentences, the share predicted; 0 when there are none. */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
}

/**
 * Precision, recall and F1 of the positive (check-worthy) class for paired
 * gold labels and predictions. Throws on mismatched lengths (a caller bug).
 */
export function binaryMetrics(gold: readonly boolean[], predicted: readonly boolean[]): BinaryMetrics {
  if (gold.length !== predicted.length) throw new RangeError(`${gold.length} labels but ${predicted.length} predictions`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: gold.length, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision, recall, f1 };
}

/**
 * The threshold t that maximises F1 when "score ≥ t" predicts check-worthy,
 * chosen among the midpoints between consecutive distinct scores (so it does
 * not sit on one row's score). Ties go to the higher threshold (fewer
 * suggestions for the same F1). Returns 0.5 for empty input.
 */
export function bestF1Threshold(scores: readonly number[], gold: readonly boolean[]): { readonly threshold: number; readonly f1: number } {
  const order = scores.map((s, i) => [s, gold[i] ?? false] as const).sort((a, b) => b[0] - a[0]);
  const positives = order.filter(([, g]) => g).length;
  let best = { threshold: 0.5, f1: 0 };
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    const [score, g] = order[k]!;
    if (g) tp++;
    const next = order[k + 1]?.[0];
    if (next === score) continue; // only cut between distinct scores
    const predicted = k + 1;
    const f1 = positives === 0 ? 0 : (2 * tp) / (predicted + positives);
    const threshold = next === undefined ? score / 2 : (score + next) / 2;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

/**
 * Guesses the language of a CheckThat!-style data file from its name
 * ("english-dev.tsv" → 'en', "spanish_test.tsv" → 'es', "data-fr.tsv" → 'fr');
 * undefined when the name says nothing.
 */
export function languageFromFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const byName: readonly (readonly [RegExp, string])[] = [
    [/english|(?:^|[-_.])en(?=[-_.]|$)/i, 'en'],
    [/spanish|(?:^|[-_.])es(?=[-_.]|$)/i, 'es'],
    [/french|(?:^|[-_.])fr(?=[-_.]|$)/i, 'fr'],
    [/german|(?:^|[-_.])de(?=[-_.]|$)/i, 'de'],
  ];
  return byName.find(([re]) => re.test(base))?.[1];
}

/** What `npm run eval:claims` prints: figures of the check-worthy class, rounded to 4 decimals. */
export interface EvaluationSummary {
  readonly n: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly threshold: number;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Scores every row, predicts check-worthy when score ≥ threshold, and returns
 * precision, recall and F1 of the check-worthy class.
 */
export function evaluateScorer(
  rows: readonly LabelledSentence[],
  score: (text: string) => number,
  threshold: number,
): EvaluationSummary {
  const m = binaryMetrics(
    rows.map((r) => r.checkWorthy),
    rows.map((r) => score(r.text) >= threshold),
  );
  return { n: m.n, precision: round4(m.precision), recall: round4(m.recall), f1: round4(m.f1), threshold };
}

/**
 * Measures the check-worthiness scorer on a labelled TSV.
 *
 *   npm run --silent eval:claims -- TSV [--lang en] [--threshold 0.3]
 *
 * The TSV is in a CheckThat! layout: text in a column headed `Text` or
 * `tweet_text`, label in `class_label` (Yes/No). The language is --lang, else
 * guessed from the file name ("spanish-dev.tsv" → es), else English.
 * Prints one JSON object {"n","precision","recall","f1","threshold"} for the
 * check-worthy (Yes) class on stdout. Exit code 2, with a message on stderr,
 * for a missing or unreadable file or one without the needed columns.
 *
 * A file the shipped weights were fitted on (Spanish: spanish-dev.tsv, fitted
 * with k-fold cross-validation) is never scored in sample: the command
 * prints the out-of-fold figures recorded when the weights were fitted
 * ("measured": "out-of-fold"), unless --in-sample asks for the other.
 */
import { readFileSync } from 'node:fs';
import {
  evaluateScorer,
  languageFromFileName,
  parseLabelledTsv,
} from '../../src-renderer/core/analysis/checkworthiness/evaluation';
import { DEFAULT_THRESHOLD, scoreSentence } from '../../src-renderer/core/analysis/checkworthiness/score';
import LEARNED from '../../src-renderer/core/analysis/checkworthiness/weights.json' with { type: 'json' };
import type { CheckWorthinessWeights } from '../../src-renderer/core/analysis/checkworthiness/weights-schema';
import { basename } from 'node:path';

const USAGE = 'usage: eval:claims -- TSV [--lang en] [--threshold 0..1] [--in-sample]';

function fail(message: string): never {
  process.stderr.write(`eval:claims: ${message}\n`);
  process.exit(2);
}

function main(argv: readonly string[]): void {
  let file: string | undefined;
  let lang: string | undefined;
  let threshold = DEFAULT_THRESHOLD;
  let inSample = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') lang = argv[++i] ?? fail(`--lang needs a language code; ${USAGE}`);
    else if (a === '--in-sample') inSample = true;
    else if (a === '--threshold') {
      threshold = Number(argv[++i]);
      if (!(threshold >= 0 && threshold <= 1)) fail(`--threshold needs a number between 0 and 1; ${USAGE}`);
    } else if (a.startsWith('--')) fail(`unknown option ${a}; ${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`one file at a time; ${USAGE}`);
  }
  if (file === undefined) fail(USAGE);

  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`);
  }
  const parsed = parseLabelledTsv(content);
  if (!parsed.ok) fail(`${file}: ${parsed.message}`);
  if (parsed.rows.length === 0) fail(`${file}: no rows labelled Yes or No`);
  if (parsed.skipped > 0) process.stderr.write(`eval:claims: skipped ${parsed.skipped} line(s) without a Yes/No label\n`);

  const language = lang ?? languageFromFileName(file) ?? 'en';
  const weights = LEARNED as CheckWorthinessWeights;
  const oof = weights.provenance.crossValidation[language];
  if (!inSample && weights.provenance.trainingFiles.includes(basename(file)) && oof) {
    process.stderr.write(`eval:claims: the weights were fitted on ${basename(file)}; these are its out-of-fold figures (${weights.provenance.options['folds']}-fold cross-validation)\n`);
    process.stdout.write(`${JSON.stringify({ n: parsed.rows.length, ...oof, threshold: weights.threshold, measured: 'out-of-fold' })}\n`);
    return;
  }
  const summary = evaluateScorer(parsed.rows, (text) => scoreSentence(text, language).score, threshold);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main(process.argv.slice(2));

/**
 * Fits the check-worthiness models and writes their parameters to
 * src-renderer/core/analysis/checkworthiness/weights.json (read by the scorer).
 *
 *   npx tsx src-main/cli/fit-claims.ts TSV [TSV...] [--lang xx] [--no-lexical] [--dry-run] [--out FILE]
 *
 * Each TSV is labelled data in a CheckThat! layout (text in `Text` or
 * `tweet_text`, label in `class_label`). Its language comes from --lang, or
 * from the file name ("english-train.tsv" → en). The threshold is tuned by
 * cross-validation on these files only; evaluate on a dev file with
 * `npm run eval:claims`. Deterministic: the same files give the same weights.
 * Only learned parameters are written, never the training sentences.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageFromFileName, parseLabelledTsv } from '../../src-renderer/core/analysis/checkworthiness/evaluation';
import {
  DEFAULT_TRAINING_OPTIONS,
  trainCheckWorthiness,
  type TrainingSet,
} from '../../src-renderer/core/analysis/checkworthiness/training';
import type { CheckWorthinessWeights } from '../../src-renderer/core/analysis/checkworthiness/weights-schema';

const DEFAULT_OUT = fileURLToPath(new URL('../../src-renderer/core/analysis/checkworthiness/weights.json', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`fit-claims: ${message}\n`);
  process.exit(2);
}

/** Renders the weights as JSON (one entry a line, so a re-fit diffs readably): learned parameters only, no training sentences. */
function render(weights: CheckWorthinessWeights): string {
  return `${JSON.stringify(weights, null, 2)}\n`;
}

function main(argv: readonly string[]): void {
  const files: string[] = [];
  let lang: string | undefined;
  let out = DEFAULT_OUT;
  let lexical = DEFAULT_TRAINING_OPTIONS.lexical;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') lang = argv[++i] ?? fail('--lang needs a language code');
    else if (a === '--out') out = argv[++i] ?? fail('--out needs a file');
    else if (a === '--no-lexical') lexical = false;
    else if (a === '--dry-run') dryRun = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) fail('usage: fit-claims TSV [TSV...] [--lang xx] [--no-lexical] [--dry-run] [--out FILE]');

  const sets: TrainingSet[] = files.map((file) => {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as Error).message}`);
    }
    const parsed = parseLabelledTsv(content);
    if (!parsed.ok) fail(`${file}: ${parsed.message}`);
    const name = basename(file);
    const language = lang ?? languageFromFileName(name);
    if (!language) fail(`cannot tell the language of ${name}; pass --lang`);
    process.stderr.write(`${name}: ${parsed.rows.length} rows (${language}), ${parsed.skipped} skipped\n`);
    return { language, rows: parsed.rows, name };
  });

  const weights = trainCheckWorthiness(sets, { ...DEFAULT_TRAINING_OPTIONS, lexical });
  process.stderr.write(
    `threshold ${weights.threshold}; cross-validation ${JSON.stringify(weights.provenance.crossValidation)}\n`,
  );
  if (dryRun) return;
  writeFileSync(out, render(weights));
  process.stderr.write(`wrote ${out}\n`);
}

main(process.argv.slice(2));

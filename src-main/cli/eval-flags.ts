/**
 * Measures the analysis's flags and suggestions against hand-made labels of
 * real articles (see tests/eval/README.md for the gold format):
 *
 *   npm run --silent eval:flags -- GOLD_FILE [--errors] [--articles DIR]
 *
 * Each article named in the gold file is read through the app's importer
 * (from the gold file's folder, else --articles DIR, else
 * ../shared/data/news), analysed with the app's one analysis, and compared
 * sentence by sentence. Prints one JSON object on stdout: per kind
 * `{kind, precision, recall, tp, fp, fn}` and, per article, the share of
 * sentences suggested and how many of the top five are check-worthy.
 * `--errors` lists every disagreement on stderr (the articles' own words:
 * for reading, never for committing). Exit code 2 with a message on stderr
 * for a missing or malformed gold file or an article that cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DomWindowLike } from '../../src-renderer/formats/html';
import { lineSpansOf, locateRow, parseGold, type GoldRow } from './eval/gold';
import { evaluateFlags, type ArticleFindings } from './eval/score-flags';

const USAGE = 'usage: eval:flags -- GOLD_FILE [--errors] [--articles DIR]';

function fail(message: string): never {
  process.stderr.write(`eval:flags: ${message}\n`);
  process.exit(2);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Languages from an INDEX.tsv beside the articles (columns `file` and `language`), when there is one. */
function indexLanguages(dir: string): Map<string, string> {
  const index = path.join(dir, 'INDEX.tsv');
  const out = new Map<string, string>();
  if (!existsSync(index)) return out;
  const [header = '', ...rows] = readFileSync(index, 'utf8').split(/\r?\n/);
  const cols = header.split('\t');
  const f = cols.indexOf('file');
  const l = cols.indexOf('language');
  if (f < 0 || l < 0) return out;
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[f] && cells[l]) out.set(cells[f]!, cells[l]!);
  }
  return out;
}

async function main(argv: readonly string[]): Promise<void> {
  let goldFile: string | undefined;
  let articlesDir: string | undefined;
  let showErrors = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') showErrors = true;
    else if (a === '--articles') articlesDir = argv[++i] ?? fail(`--articles needs a folder; ${USAGE}`);
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}; ${USAGE}`);
    else if (goldFile === undefined) goldFile = a;
    else fail(`one gold file at a time; ${USAGE}`);
  }
  if (goldFile === undefined) fail(USAGE);
  const parsed = parseGold(readText(goldFile));
  if (!parsed.ok) fail(`${goldFile}: ${parsed.message}`);
  if (parsed.rows.length === 0) fail(`${goldFile}: no labels`);

  const candidates = [path.dirname(goldFile), ...(articlesDir ? [articlesDir] : []), path.resolve('../shared/data/news')];
  const byFile = new Map<string, GoldRow[]>();
  for (const row of parsed.rows) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);

  const [{ JSDOM }, { readArticleFile }, { analyzeArticle }] = await Promise.all([
    import('jsdom'),
    import('../../src-renderer/formats/import-file'),
    import('../../src-renderer/core/analysis/pipeline'),
  ]);
  const dom = new JSDOM('');
  const articles: ArticleFindings[] = [];
  for (const [file, rows] of byFile) {
    const dir = candidates.find((d) => existsSync(path.join(d, file)));
    if (dir === undefined) fail(`article ${file} not found in ${candidates.join(', ')}`);
    const full = path.join(dir, file);
    const raw = readText(full);
    const imported = await readArticleFile(file, new TextEncoder().encode(raw), dom.window as unknown as DomWindowLike);
    if (!imported.ok) fail(`${file}: ${imported.message}`);
    const language = indexLanguages(dir).get(file) ?? imported.language;
    const analysis = analyzeArticle({ text: imported.text, paragraphs: imported.paragraphs, title: imported.title, language });
    const lines = raw.replace(/\r/g, '').split('\n');
    const spans = lineSpansOf(raw, imported.text);
    const gold = rows.map((row) => {
      const at = locateRow(row, lines, imported.text, spans);
      if (!at.ok) fail(at.message);
      return { kind: row.kind, expected: row.expected, at: at.at };
    });
    articles.push({ file, text: imported.text, sentences: analysis.sentences, flags: analysis.flags, suggestions: analysis.suggestions, gold });
  }
  dom.window.close();

  const result = evaluateFlags(articles);
  if (showErrors) {
    const text = new Map(articles.map((a) => [a.file, a.text]));
    for (const d of result.disagreements) {
      const body = text.get(d.file)!.slice(d.sentence.start, d.sentence.end).replace(/\s+/g, ' ');
      process.stderr.write(`${d.type.toUpperCase()} ${d.kind} ${d.file}@${d.sentence.start}: ${body.length > 220 ? `${body.slice(0, 220)}…` : body}\n`);
    }
  }
  const { disagreements: _omit, ...summary } = result;
  process.stdout.write(`${JSON.stringify({ schema: 'workbench-eval-flags/1', gold: goldFile, articles: articles.length, ...summary }, null, 1)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`eval:flags: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

/**
 * Analyses an article file from the command line, with the same core code as
 * the app (no Electron):
 *
 *   npm run --silent analyze -- FILE [--format json|markdown] [--lang auto|fr|en|es|de]
 *
 * Reads .txt, .md, .html/.htm and .docx through the app's importer, then
 * prints either one JSON object
 *   { "schema": "workbench-analysis/1", "language", "paragraphs": [{index,start,end,kind}],
 *     "flags": [{kind,start,end,text,severity,message,rule,fingerprint,...}],
 *     "suggestions": [{start,end,text,score,reasons}] }
 * (offsets are UTF-16 code units into the normalised text; duplicate flags
 * also carry "original" and "similarity", near-duplicates a word "diff"), or
 * a Markdown summary for a person. Exit code 0 on success; 2 with a message
 * on stderr for bad arguments and for a missing, unreadable, binary,
 * unsupported, empty or too-large file.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Flag, Suggestion } from '../../src-renderer/core/model';
import type { ArticleAnalysis } from '../../src-renderer/core/analysis/pipeline';
import type { ImportedArticle } from '../../src-renderer/formats/import-file';
import type { DomWindowLike } from '../../src-renderer/formats/html';

const SCHEMA = 'workbench-analysis/1';
const LANGS = ['auto', 'fr', 'en', 'es', 'de'] as const;
const FORMATS = ['json', 'markdown'] as const;
const USAGE = 'usage: analyze -- FILE [--format json|markdown] [--lang auto|fr|en|es|de]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

interface Options {
  readonly file: string;
  readonly format: (typeof FORMATS)[number];
  readonly lang: (typeof LANGS)[number];
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  let format: Options['format'] = 'json';
  let lang: Options['lang'] = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') {
      const v = argv[++i];
      if (!FORMATS.includes(v as Options['format'])) fail(`--format must be json or markdown; ${USAGE}`);
      format = v as Options['format'];
    } else if (a === '--lang') {
      const v = argv[++i];
      if (!LANGS.includes(v as Options['lang'])) fail(`--lang must be one of ${LANGS.join(', ')}; ${USAGE}`);
      lang = v as Options['lang'];
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}; ${USAGE}`);
    else if (file === undefined) file = a;
    else fail(`one file at a time; ${USAGE}`);
  }
  if (file === undefined) fail(USAGE);
  return { file, format, lang };
}

// The largest file any format accepts (.docx, 50 MB; see MAX_DOCX_BYTES in
// formats/import-file.ts, which checks each format's own limit). Stated here
// so that a bad path is refused before the importer and jsdom are loaded.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads the file's bytes, refusing before reading anything larger than any format allows. */
function readBytes(file: string): Uint8Array {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file`);
    if (stat.size > MAX_FILE_BYTES) {
      fail(`${file} is too large (${Math.round(stat.size / 1024 / 1024)} MB); the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`no such file: ${file}`);
    if (code === 'EACCES' || code === 'EPERM') fail(`no permission to read ${file}`);
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** A flag with the keys of the JSON schema first, in its order, then any extras. */
function flagJson(f: Flag): Record<string, unknown> {
  const { kind, start, end, text, severity, message, rule, fingerprint, ...extra } = f;
  return { kind, start, end, text, severity, message, rule, fingerprint, ...extra };
}

function suggestionJson(s: Suggestion): Record<string, unknown> {
  return { start: s.start, end: s.end, text: s.text, score: s.score, reasons: s.reasons };
}

/** The JSON document of the schema `workbench-analysis/1`. */
function toJson(article: Pick<ImportedArticle, 'paragraphs'>, result: ArticleAnalysis): string {
  return JSON.stringify(
    {
      schema: SCHEMA,
      language: result.language,
      paragraphs: article.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end, kind: p.kind })),
      flags: result.flags.map(flagJson),
      suggestions: result.suggestions.map(suggestionJson),
    },
    null,
    2,
  );
}

const excerpt = (s: string, max = 160): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** A Markdown summary: counts by kind, then each flag and suggestion with its position. */
function toMarkdown(file: string, article: Pick<ImportedArticle, 'title' | 'paragraphs'>, result: ArticleAnalysis): string {
  const lines: string[] = [`# Analysis of ${article.title || file}`, ''];
  lines.push(`- File: ${file}`, `- Language: ${result.language}`, `- Paragraphs: ${article.paragraphs.length}`, `- Sentences: ${result.sentences.length}`, '');
  const byKind = new Map<string, Flag[]>();
  for (const f of result.flags) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  lines.push(`## Flags (${result.flags.length})`, '');
  if (result.flags.length === 0) lines.push('No flags.', '');
  for (const [kind, flags] of byKind) {
    lines.push(`### ${kind} (${flags.length})`, '');
    for (const f of flags) {
      lines.push(`- **${f.severity}** at ${f.start}–${f.end}: ${f.message}`, `  > ${excerpt(f.text)}`);
      if (f.diff !== undefined) {
        const diff = f.diff.map((d) => (d.added ? `**+${d.value.trim()}+**` : d.removed ? `~~${d.value.trim()}~~` : d.value)).join('');
        lines.push(`  Diff: ${excerpt(diff, 400)}`);
      }
    }
    lines.push('');
  }
  lines.push(`## Suggested claims (${result.suggestions.length})`, '');
  if (result.suggestions.length > 0) {
    lines.push('| score | where | sentence | reasons |', '| --- | --- | --- | --- |');
    for (const s of result.suggestions) {
      lines.push(`| ${s.score.toFixed(2)} | ${s.start}–${s.end} | ${excerpt(s.text, 120).replace(/\|/g, '\\|')} | ${s.reasons.join(', ')} |`);
    }
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const bytes = readBytes(options.file);
  // Loaded only now: jsdom, mammoth and the readers take a while to load,
  // and a wrong path should be answered at once.
  const [{ JSDOM }, { readArticleFile }, { analyzeArticle }] = await Promise.all([
    import('jsdom'),
    import('../../src-renderer/formats/import-file'),
    import('../../src-renderer/core/analysis/pipeline'),
  ]);
  const dom = new JSDOM('');
  const imported = await readArticleFile(options.file, bytes, dom.window as unknown as DomWindowLike);
  dom.window.close();
  if (!imported.ok) fail(imported.message);
  const language = options.lang === 'auto' ? imported.language : options.lang;
  const result = analyzeArticle({ text: imported.text, paragraphs: imported.paragraphs, title: imported.title, language });
  process.stdout.write(`${options.format === 'json' ? toJson(imported, result) : toMarkdown(options.file, imported, result)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`analyze: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

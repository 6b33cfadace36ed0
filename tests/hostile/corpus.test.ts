/**
 * Every file of the hostile corpus (tests/hostile/corpus/, described in
 * README.md beside it) through the real path a user would take — "Restore
 * workspace" (both modes), "Import review", "Paste URLs" — with the outcome
 * README.md promises: refused with a message that names the problem and the
 * workspace unchanged, or taken in with the look-alike hosts named.
 */
import '../storage/backup-env';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import { parseUrlList } from '../../src-renderer/core/sources/bulk';
import { describeBulkError, describeUrlWarning } from '../../src-renderer/core/sources/messages';
import { checkUrl } from '../../src-renderer/core/sources/url';
import { restoreBackup } from '../../src-renderer/storage/backup';
import { describeBackupRefusal } from '../../src-renderer/ui/backup/refusal-message';
import { ALL_TABLES, type WorkbenchDb } from '../../src-renderer/storage/db';
import { importReview } from '../../src-renderer/storage/review-repo';
import { freshDb } from '../storage/helpers';
import { CORPUS } from './make-corpus';

const en = createTranslator('en');
const corpusDir = fileURLToPath(new URL('./corpus/', import.meta.url));
const read = (name: string) => readFileSync(`${corpusDir}${name}`, 'utf8');
const workspace = readFileSync(fileURLToPath(new URL('../fixtures/db/v1-workspace.json', import.meta.url)), 'utf8');

type Outcome =
  | { readonly refused: RegExp }
  | { readonly taken: 'lookalikes' }
  | { readonly taken: 'unpolluted' }
  | { readonly lines: { readonly accepted: number; readonly refused: readonly string[] } };

/** What README.md promises for each file. */
const EXPECTED: Readonly<Record<string, Outcome>> = {
  'null-paragraphs.backup.json': { refused: /is damaged: in revisions, record 1 has no valid “paragraphs\[0\]”\.$/ },
  'markup-paragraph-kind.backup.json': { refused: /is damaged: in revisions, record 1 has no valid “paragraphs\[0\]\.kind”\.$/ },
  'proto-source-kind.backup.json': { refused: /is damaged: in sources, record 1 has no valid “kind”\.$/ },
  'object-source-kind.backup.json': { refused: /is damaged: in sources, record 1 has no valid “kind”\.$/ },
  'constructor-source-kind.backup.json': { refused: /is damaged: in sources, record 1 has no valid “kind”\.$/ },
  'impossible-dates.backup.json': { refused: /is damaged: in articles, record 1 has no valid “createdAt”\.$/ },
  'garbage-date.backup.json': { refused: /is damaged: in articles, record 1 has no valid “createdAt”\.$/ },
  'missing-current-revision.backup.json': { refused: /is damaged: in articles, record 1 has no valid “currentRevisionId”\.$/ },
  'claim-beyond-text.backup.json': { refused: /is damaged: in claims, record 1, “target\.position” lies outside its text\.$/ },
  'over-long-url.backup.json': { refused: /holds an address that is not a web address \(in sources, record 1\), so it was refused\.$/ },
  'lookalike-hosts.backup.json': { taken: 'lookalikes' },
  'hostile-values.review.json': { refused: /^The review file is damaged: \$\.revision\.paragraphs\[0\]\.kind should be one of heading, caption, body, quote, list-item, table-row, aside\.$/ },
  'impossible-date.review.json': { refused: /^The review file is damaged: \$\.sources\[0\]\.publishedAt should be a date \(ISO 8601\)\.$/ },
  'out-of-range-offsets.review.json': { refused: /^The review file is damaged: \$\.claims\[0\]\.target\.position\.start should be a whole number, 0 or more\.$/ },
  'proto-keys.review.json': { taken: 'unpolluted' },
  'lookalike-hosts.review.json': { taken: 'lookalikes' },
  'over-long-url.urls.txt': { lines: { accepted: 2, refused: ['Line 2: The address is longer than 2,048 characters.'] } },
};

/** The host each look-alike source of the corpus must be said to look like. */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  'xn--pple-p5b.com': 'apple.com',
  'xn--lnkedin-rfb.com': 'linkedin.com',
  'xn--paypa-9tb.com': 'paypal.com',
  'xn--80ak6aa92e.com': 'apple.com',
};

async function dump(db: WorkbenchDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

/** Every look-alike source in the workspace is shown with a warning naming what it imitates. */
async function expectLookalikesNamed(db: WorkbenchDb): Promise<void> {
  const sources = await db.sources.toArray();
  const found = sources.filter((s) => s.url && new URL(s.url).hostname in LOOKS_LIKE);
  expect(found).toHaveLength(Object.keys(LOOKS_LIKE).length);
  for (const source of found) {
    const checked = checkUrl(source.url!);
    expect(checked.ok).toBe(true);
    if (!checked.ok) continue;
    const host = new URL(source.url!).hostname;
    expect(checked.host).toBe(host); // punycode, never the deceptive Unicode form
    expect(checked.warning?.looksLike).toBe(LOOKS_LIKE[host]);
    expect(describeUrlWarning(en, checked.warning!, checked.host)).toContain(`looks like ${LOOKS_LIKE[host]}`);
  }
}

describe('the hostile corpus', () => {
  it('README.md and this test list every file of the corpus, and the files are what make-corpus.ts makes', () => {
    const files = readdirSync(corpusDir).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(fileURLToPath(new URL('./README.md', import.meta.url)), 'utf8');
    for (const name of files) {
      expect(readme, `README.md describes ${name}`).toContain(`\`${name}\``);
      expect(read(name), `${name} is what make-corpus.ts writes`).toBe(CORPUS[name]!());
    }
  });

  let db: WorkbenchDb;
  beforeEach(async () => {
    db = await freshDb();
    expect(await restoreBackup(workspace, 'replace')).toMatchObject({ ok: true });
  });

  for (const [name, outcome] of Object.entries(EXPECTED)) {
    it(`${name}: ${'refused' in outcome ? 'refused with a message, the workspace unchanged' : 'lines' in outcome ? 'refused line by line' : 'taken in safely'}`, async () => {
      const text = read(name);
      const before = await dump(db);
      if (name.endsWith('.urls.txt')) {
        const expected = (outcome as Extract<Outcome, { lines: unknown }>).lines;
        const list = parseUrlList(text);
        expect(list.urls).toHaveLength(expected.accepted);
        expect(list.errors.map((e) => describeBulkError(en, e))).toEqual(expected.refused);
        return;
      }
      const review = name.endsWith('.review.json');
      if ('refused' in outcome) {
        if (review) {
          const result = await importReview(text, 'en');
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.message).toMatch(outcome.refused);
        } else {
          for (const mode of ['replace', 'merge'] as const) {
            const result = await restoreBackup(text, mode);
            expect(result.ok).toBe(false);
            if (!result.ok) expect(describeBackupRefusal(result, en, name)).toMatch(new RegExp(`^“${name.replace(/\./g, '\\.')}” ${outcome.refused.source.replace(/^\^/, '')}`));
          }
        }
        expect(await dump(db)).toEqual(before);
        return;
      }
      const result = review ? await importReview(text, 'en') : await restoreBackup(text, 'replace');
      expect(result.ok).toBe(true);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      if ('taken' in outcome && outcome.taken === 'lookalikes') await expectLookalikesNamed(db);
      if ('taken' in outcome && outcome.taken === 'unpolluted') {
        for (const rows of Object.values(await dump(db))) for (const row of rows) expect(Object.keys(row as object)).not.toContain('polluted');
      }
    });
  }
});

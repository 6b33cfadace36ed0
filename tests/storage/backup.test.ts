/**
 * "Back up workspace" and "Restore workspace": the file format (header,
 * checksum), previews, refusals that change nothing, replace and merge, and
 * restore as one all-or-nothing transaction.
 */
import './backup-env';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import type { Claim, Source } from '../../src-renderer/core/model';
import { backupReminderDue } from '../../src-renderer/ui/backup/reminders';
import { describeBackupRefusal } from '../../src-renderer/ui/backup/refusal-message';
import {
  BACKUP_STATE_KEY,
  createBackup,
  loadBackupState,
  markBackedUp,
  noteChange,
  previewBackup,
  restoreBackup,
  workspaceCounts,
  type BackupRefusal,
} from '../../src-renderer/storage/backup';
import { ALL_TABLES, SCHEMA_VERSION, type WorkbenchDb } from '../../src-renderer/storage/db';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { saveSession } from '../../src-renderer/storage/settings-repo';
import { faultyDb, freshDb, unversioned } from './helpers';

/** A backup of the current schema (tests/fixtures/db/make-workspace.ts). */
const fixture = readFileSync(path.resolve(__dirname, `../fixtures/db/v${SCHEMA_VERSION}-workspace.json`), 'utf8');
const en = createTranslator('en');

/** Every row of every table, to compare a workspace before and after. */
async function dump(db: WorkbenchDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  return out;
}

/** A workspace with the fixture's data in it. */
async function filledDb(): Promise<WorkbenchDb> {
  const db = await freshDb();
  const r = await restoreBackup(fixture, 'replace');
  if (!r.ok) throw new Error(r.code);
  return db;
}

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Edits the payload of a backup and gives it a VALID checksum again (what a crafted file would do). */
async function tamper(text: string, edit: (payload: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void): Promise<string> {
  const file = JSON.parse(text) as Record<string, unknown> & { payload: never; checksum: { value: string } };
  edit(file.payload);
  file.checksum.value = await sha256(JSON.stringify(file.payload));
  return JSON.stringify(file);
}

function rowsOf(payload: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } }, table: string): Record<string, unknown>[] {
  return payload.data.data.find((t) => t.tableName === table)!.rows;
}

beforeEach(async () => {
  await freshDb();
});

describe('Back up workspace', () => {
  it('writes the whole database as one JSON file with our header and a checksum of the payload', async () => {
    const db = await filledDb();
    const backup = await createBackup(db, new Date('2026-01-05T14:12:30Z'));
    const file = JSON.parse(backup.text) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'factcheck-workbench-backup',
      formatVersion: 1,
      app: { name: 'Fact-checking Workbench' },
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2026-01-05T14:12:30.000Z',
      counts: { articles: 2, revisions: 3, claims: 3, claimEvents: 16, sources: 3, evidence: 4, flagDecisions: 1, passageIndex: 19, settings: 7 },
      checksum: { algorithm: 'SHA-256' },
      payload: { formatName: 'dexie', formatVersion: 1, data: { databaseVersion: SCHEMA_VERSION } },
    });
    expect((file['checksum'] as { value: string }).value).toBe(await sha256(JSON.stringify(file['payload'])));
    expect(backup.suggestedName).toBe('workspace-backup-2026-01-05-1412.json');
    expect(backup.counts.claims).toBe(3);
  });

  it('round trip: backup → restore (replace) into an empty workspace gives the same rows', async () => {
    const db = await filledDb();
    const before = await dump(db);
    const { text } = await createBackup(db);
    const empty = await freshDb();
    expect(await restoreBackup(text, 'replace')).toMatchObject({ ok: true, mode: 'replace', counts: { articles: 2, claims: 3, sources: 3, evidence: 4 } });
    const after = await dump(empty);
    for (const t of ALL_TABLES) {
      const sort = (rows: unknown[]) => [...rows].map((r) => JSON.stringify(r)).sort();
      if (t === 'settings') continue; // the session row is this installation's, not the file's
      // Restored records carry a new version (a restore's stamp: storage/versions.ts), everything else is the file's.
      expect(sort(unversioned(after[t]!)), t).toEqual(sort(unversioned(before[t]!)));
    }
    for (const t of ['articles', 'claims', 'sources'] as const) {
      for (const row of after[t]! as { version?: number }[]) expect(row.version, t).toBeGreaterThan(1_000_000_000_000);
    }
    expect(getSaveState().kind).toBe('saved');
  });

  it('keeps fields that are present but undefined out, and arrays as arrays', async () => {
    const db = await filledDb();
    const claim = (await db.claims.toArray())[0]!;
    await db.claims.put({ ...claim, orphan: undefined } as Claim);
    const { text } = await createBackup(db);
    await freshDb();
    await restoreBackup(text, 'replace');
    const back = (await (await import('../../src-renderer/storage/db')).getDb().claims.get(claim.id))!;
    expect('orphan' in back).toBe(false);
    expect(Array.isArray(back.tags)).toBe(true);
  });

  it('a re-indented file is still accepted: the checksum is over the values, not the spacing', async () => {
    const pretty = JSON.stringify(JSON.parse(fixture), null, 2);
    expect(await previewBackup(pretty)).toMatchObject({ ok: true });
  });
});

describe('Restore workspace: preview', () => {
  it('tells what the file holds without changing anything', async () => {
    const db = await freshDb();
    const preview = await previewBackup(fixture);
    if (!preview.ok) throw new Error(preview.code);
    // The file also holds its maker's session (8 settings rows): that one is neither listed nor restored.
    expect(preview.counts).toMatchObject({ articles: 2, revisions: 3, claims: 3, claimEvents: 16, sources: 3, evidence: 4, flagDecisions: 1, settings: 7 });
    expect(preview.schemaVersion).toBe(SCHEMA_VERSION);
    expect(preview.appVersion).toBe('0.1.0');
    expect(preview.articles.map((a) => a.title).sort()).toEqual(['Harbour bridge repairs to cost $48 million, council says', 'Pourparlers de Genève']);
    expect(preview.lastChangeAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Date.parse(preview.createdAt)).not.toBeNaN();
    expect(await workspaceCounts(db)).toMatchObject({ articles: 0, claims: 0 });
  });

  const refusals: [string, () => Promise<string | Uint8Array>, BackupRefusal['code'], RegExp][] = [
    ['an empty file', async () => '', 'empty', /“f.json” is empty/],
    ['a truncated file', async () => fixture.slice(0, Math.floor(fixture.length * 0.6)), 'truncated', /cut short/],
    ['a file cut inside a string', async () => fixture.slice(0, fixture.indexOf('Pourparlers') + 4), 'truncated', /cut short/],
    ['corrupt JSON', async () => fixture.replace('"formatVersion":1,', '"formatVersion":1,,'), 'corrupt', /not valid JSON/],
    ['bytes that are not UTF-8', async () => Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'encoding', /not UTF-8/],
    ['a PNG', async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'encoding', /not UTF-8/],
    ['JSON that is not a backup', async () => '{"hello":"world"}', 'notBackup', /not a workspace backup/],
    ['a JSON array', async () => '[1,2,3]', 'notBackup', /not a workspace backup/],
    ['a bare Dexie export', async () => JSON.stringify((JSON.parse(fixture) as { payload: unknown }).payload), 'notBackup', /not a workspace backup/],
    ['a review export', async () => '{"schema":"workbench-review/1","article":{}}', 'reviewFile', /Import review/],
    ['a newer backup format', async () => fixture.replace('"formatVersion":1,', '"formatVersion":2,'), 'newerFormat', /format 2, newer than this app reads \(up to 1\)/],
    ['a newer schema', async () => fixture.replace(`"schemaVersion":${SCHEMA_VERSION},`, '"schemaVersion":9,'), 'newerSchema', new RegExp(`newer version of the app \\(workspace version 9; this app knows up to version ${SCHEMA_VERSION}\\)`)],
    ['a changed value (checksum mismatch)', async () => fixture.replace('Camille Martin', 'Someone Else'), 'checksum', /checksum does not match/],
    ['header counts that do not match the rows', async () => fixture.replace('"claims":3,', '"claims":4,'), 'structure', /is damaged/],
    ['a missing payload', async () => JSON.stringify({ ...(JSON.parse(fixture) as object), payload: undefined }), 'structure', /is damaged: payload/],
    ['a javascript: source address with a valid checksum', async () => tamper(fixture, (p) => void (rowsOf(p, 'sources')[0]!['url'] = 'javascript:alert(1)')), 'unsafeUrl', /not a web address \(in sources, record 1\)/],
    ['a bidi-override in an article address', async () => tamper(fixture, (p) => void (rowsOf(p, 'articles')[0]!['sourceUrl'] = 'https://example.org/\u202Egnp.exe')), 'unsafeUrl', /not a web address/],
    ['a javascript: link kept in import info', async () => tamper(fixture, (p) => void ((rowsOf(p, 'revisions')[0]!['importInfo'] as Record<string, unknown>)['links'] = [{ text: 'x', url: 'javascript:alert(1)' }])), 'unsafeUrl', /not a web address \(in revisions, record 1\)/],
    ['a claim without a target', async () => tamper(fixture, (p) => void delete rowsOf(p, 'claims')[1]!['target']), 'damaged', /in claims, record 2 has no valid “target”/],
    // Values of a valid structure but hostile or impossible (issue 18): each refused, naming where.
    ['a null paragraph', async () => tamper(fixture, (p) => void ((rowsOf(p, 'revisions')[0]!['paragraphs'] as unknown[])[0] = null)), 'damaged', /in revisions, record 1 has no valid “paragraphs\[0\]”/],
    ['markup as a paragraph kind', async () => tamper(fixture, (p) => void (((rowsOf(p, 'revisions')[0]!['paragraphs'] as Record<string, unknown>[])[0]!)['kind'] = '"><meta http-equiv=refresh content="0;url=https://evil.example">')), 'damaged', /“paragraphs\[0\]\.kind”/],
    ['__proto__ as a source kind', async () => tamper(fixture, (p) => void (rowsOf(p, 'sources')[0]!['kind'] = '__proto__')), 'damaged', /in sources, record 1 has no valid “kind”/],
    ['an impossible date', async () => tamper(fixture, (p) => void (rowsOf(p, 'articles')[0]!['updatedAt'] = '9999-99-99T99:99')), 'damaged', /in articles, record 1 has no valid “updatedAt”/],
    ['a missing current revision', async () => tamper(fixture, (p) => void (rowsOf(p, 'articles')[0]!['currentRevisionId'] = 'nowhere')), 'dangling', /in articles, record 1, “currentRevisionId” refers to a record that is not in the backup/],
    ['a claim beyond its text', async () => tamper(fixture, (p) => void (((rowsOf(p, 'claims')[0]!['target'] as Record<string, Record<string, unknown>>)['position']!)['end'] = 10_000_000)), 'outsideText', /in claims, record 1, “target\.position” lies outside its text/],
    ['a number where an id should be', async () => tamper(fixture, (p) => void (rowsOf(p, 'evidence')[0]!['id'] = 42)), 'damaged', /“id”/],
    ['an invalid setting', async () => tamper(fixture, (p) => void (rowsOf(p, 'settings').find((r) => r['key'] === 'theme')!['value'] = 'neon')), 'damaged', /“theme”/],
    ['a Date where the model stores strings', async () => tamper(fixture, (p) => void Object.assign(rowsOf(p, 'articles')[0]!, { $types: { createdAt: 'date' }, createdAt: 0 })), 'unsupportedValue', /never stores/],
    ['a __proto__ type path', async () => tamper(fixture, (p) => void Object.assign(rowsOf(p, 'articles')[0]!, { $types: { '__proto__.x': 'undef' } })), 'unsupportedValue', /never stores/],
    // Stable claim numbers (schema 2): unique in their article, covered by its counter.
    ['two claims of one article with the same number', async () => tamper(fixture, (p) => {
      // The fixture's claims are in id order: find two of one article wherever they are.
      const claims = rowsOf(p, 'claims');
      const second = claims.find((c, i) => claims.findIndex((d) => d['articleId'] === c['articleId']) < i)!;
      second['number'] = claims.find((c) => c['articleId'] === second['articleId'])!['number'];
    }), 'damaged', /in claims, record \d has no valid “number”/],
    ['a claim number of 0', async () => tamper(fixture, (p) => void (rowsOf(p, 'claims')[0]!['number'] = 0)), 'damaged', /in claims, record 1 has no valid “number”/],
    ['a claim number that is not whole', async () => tamper(fixture, (p) => void (rowsOf(p, 'claims')[0]!['number'] = 1.5)), 'damaged', /“number”/],
    ['an article counter below its claims’ numbers', async () => tamper(fixture, (p) => void rowsOf(p, 'articles').forEach((a) => (a['lastClaimNumber'] = 0))), 'damaged', /in articles, record 1 has no valid “lastClaimNumber”/],
    ['a history entry of a claim that is not in the file', async () => tamper(fixture, (p) => void (rowsOf(p, 'claimEvents')[0]!['claimId'] = 'gone')), 'dangling', /in claimEvents, record 1, “claimId” refers to a record that is not in the backup/],
    ['a history entry with an unknown field', async () => tamper(fixture, (p) => {
      const event = rowsOf(p, 'claimEvents').find((e) => (e['changes'] as unknown[]).length > 0)!;
      event['changes'] = [{ field: '__proto__', after: 'x' }];
      // The export's type notes about the old changes (an `undefined` before) no longer apply.
      const types = event['$types'] as Record<string, unknown> | undefined;
      for (const path of Object.keys(types ?? {})) if (path.startsWith('changes.')) delete types![path];
    }), 'damaged', /“changes\[0\]\.field”/],
    ['an unknown table', async () => tamper(fixture, (p) => {
      const data = (p as unknown as { data: { tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; inbound: boolean; rows: unknown[] }[] } }).data;
      data.tables.push({ name: 'scripts', schema: 'id', rowCount: 0 });
      data.data.push({ tableName: 'scripts', inbound: true, rows: [] });
    }), 'structure', /unknown table scripts/],
  ];

  for (const [what, make, code, message] of refusals) {
    it(`refuses ${what} with a clear message, changing nothing`, async () => {
      const db = await filledDb();
      const before = await dump(db);
      const input = await make();
      const preview = await previewBackup(input);
      expect(preview).toMatchObject({ ok: false, code });
      expect(describeBackupRefusal(preview as BackupRefusal, en, 'f.json')).toMatch(message);
      for (const mode of ['replace', 'merge'] as const) expect(await restoreBackup(input, mode)).toMatchObject({ ok: false, code });
      expect(await dump(db)).toEqual(before);
    });
  }
});

describe('Restore workspace: replace', () => {
  it('the workspace becomes the backup; this installation’s session and backup state are kept', async () => {
    const db = await freshDb();
    await db.articles.add({ id: 'old', title: 'Only here', language: 'en', createdAt: '2020-01-01', updatedAt: '2020-01-01', currentRevisionId: 'r', textHash: '' });
    await saveSession({ articleId: 'old' });
    await markBackedUp(new Date('2026-02-02T00:00:00Z'));
    expect(await restoreBackup(fixture, 'replace')).toMatchObject({ ok: true });
    expect(await db.articles.get('old')).toBeUndefined();
    expect(await db.articles.count()).toBe(2);
    expect((await db.settings.get('session'))?.value).toEqual({ articleId: 'old' });
    expect((await loadBackupState()).lastBackupAt).toBe('2026-02-02T00:00:00.000Z');
  });

  it('is all or nothing: a disk-full error in the middle leaves the workspace as it was, and Retry finishes it', async () => {
    // A storage layer that fails every write to `claims` while `failing` is set,
    // as a full disk would (Dexie's DBCore middleware: below every table method).
    let failing = true;
    const db = await faultyDb('backup-quota', (name, req) =>
      failing && name === 'claims' && req.type !== 'deleteRange' ? Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError')) : undefined,
    );
    await db.articles.add({ id: 'old', title: 'Only here', language: 'en', createdAt: '2020-01-01', updatedAt: '2020-01-01', currentRevisionId: 'r', textHash: '' });
    const before = await dump(db);
    await expect(restoreBackup(fixture, 'replace')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
    const state = getSaveState();
    expect(state).toMatchObject({ kind: 'failed', problem: 'disk-full' });
    failing = false;
    if (state.kind === 'failed') await state.retry();
    expect(getSaveState().kind).toBe('saved');
    expect(await db.articles.count()).toBe(2);
    expect(await db.articles.get('old')).toBeUndefined();
  });
});

describe('Restore workspace: merge', () => {
  it('adds what is missing, keeps the newer version of a record in both, and merges sources by normalised address', async () => {
    const db = await freshDb();
    const preview = await previewBackup(fixture);
    if (!preview.ok) throw new Error('fixture refused');
    // The workspace already has: the AP source under another id (and a tracking parameter),
    // one claim of the file edited later here, one edited earlier here.
    await restoreBackup(fixture, 'replace');
    const claims = await db.claims.toArray();
    const fileSources = await db.sources.toArray();
    const ap = fileSources.find((s) => s.url.startsWith('https://apnews.com'))!;
    const apLinks = await db.evidence.where('sourceId').equals(ap.id).toArray();
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    const localAp: Source = { ...ap, id: 'local-ap', url: 'https://apnews.com/article/ukraine-geneva-talks?utm_campaign=x', normalizedUrl: 'https://apnews.com/article/ukraine-geneva-talks', title: 'AP (mine)' };
    await db.sources.add(localAp);
    const later = { ...claims[0]!, note: 'Edited here, later.', updatedAt: '2999-01-01T00:00:00.000Z' };
    const earlier = { ...claims[1]!, note: 'Edited here, earlier.', updatedAt: '2000-01-01T00:00:00.000Z' };
    await db.claims.bulkAdd([later, earlier]);
    await db.settings.put({ key: 'editorName', value: 'Local Editor' });

    const result = await restoreBackup(fixture, 'merge');
    expect(result).toMatchObject({ ok: true, mode: 'merge', sourcesMatched: 1 });
    expect(await db.articles.count()).toBe(2);
    expect(await db.claims.count()).toBe(3);
    expect((await db.claims.get(later.id))!.note).toBe('Edited here, later.');
    expect((await db.claims.get(earlier.id))!.note).toBe(claims[1]!.note);
    // One AP source: the workspace's; the file's links to it were re-pointed.
    expect(await db.sources.where('normalizedUrl').equals('https://apnews.com/article/ukraine-geneva-talks').toArray()).toEqual([localAp]);
    expect(await db.sources.get(ap.id)).toBeUndefined();
    const links = await db.evidence.where('sourceId').equals('local-ap').toArray();
    expect(links.map((l) => l.id).sort()).toEqual(apLinks.map((l) => l.id).sort());
    expect(await db.evidence.count()).toBe(4);
    // Settings only fill what is not set.
    expect((await db.settings.get('editorName'))?.value).toBe('Local Editor');
    expect((await db.settings.get('organisationName'))?.value).toBe('Les Vérificateurs');
  });

  it('merging the same backup twice changes nothing the second time', async () => {
    const db = await freshDb();
    await restoreBackup(fixture, 'merge');
    const once = await dump(db);
    const again = await restoreBackup(fixture, 'merge');
    expect(again).toMatchObject({ ok: true, written: { articles: 0, claims: 0, sources: 0, evidence: 0, flagDecisions: 0, settings: 0 } });
    expect(await dump(db)).toEqual(once);
  });

  it('keeps claim numbers unique: a file claim whose number the workspace gave another claim takes the next one', async () => {
    const db = await freshDb();
    await restoreBackup(fixture, 'replace');
    const geneva = (await db.articles.where('title').equals('Pourparlers de Genève').first())!;
    // After the backup, this workspace marked claim 4 of Geneva…
    const mine = { ...(await db.claims.where('articleId').equals(geneva.id).first())!, id: 'mine-4', number: 4, note: 'Marked here.' };
    await db.claims.add(mine);
    await db.articles.put({ ...geneva, lastClaimNumber: 4 });
    // …and the other copy marked its own claim 4, which comes in with the file.
    const theirs = await tamper(fixture, (p) => {
      const claims = rowsOf(p, 'claims');
      claims.push({ ...claims.find((c) => c['articleId'] === geneva.id)!, id: 'theirs-4', number: 4, note: 'Marked there.' });
      const article = rowsOf(p, 'articles').find((a) => a['id'] === geneva.id)!;
      article['lastClaimNumber'] = 4;
      (p as unknown as { data: { tables: { name: string; rowCount: number }[] } }).data.tables.find((t) => t.name === 'claims')!.rowCount++;
    });
    const file = JSON.parse(theirs) as { counts: Record<string, number> };
    file.counts['claims'] = 4;
    expect(await restoreBackup(JSON.stringify(file), 'merge')).toMatchObject({ ok: true });
    expect((await db.claims.get('mine-4'))!.number).toBe(4);
    expect((await db.claims.get('theirs-4'))!.number).toBe(5);
    expect((await db.articles.get(geneva.id))!.lastClaimNumber).toBe(5);
  });

  it('merges the history: entries the workspace lacks are added, none twice', async () => {
    const db = await freshDb();
    await restoreBackup(fixture, 'replace');
    const events = await db.claimEvents.toArray();
    await db.claimEvents.bulkDelete(events.slice(0, 5).map((e) => e.id));
    const result = await restoreBackup(fixture, 'merge');
    expect(result).toMatchObject({ ok: true, written: { claimEvents: 5 } });
    expect((await db.claimEvents.toArray()).map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('a link that would repeat an existing claim–source pair after re-pointing is dropped, not duplicated', async () => {
    const db = await freshDb();
    await restoreBackup(fixture, 'replace');
    const ap = (await db.sources.toArray()).find((s) => s.url.startsWith('https://apnews.com'))!;
    const link = (await db.evidence.where('sourceId').equals(ap.id).toArray())[0]!;
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    await db.sources.add({ ...ap, id: 'mine' });
    await db.evidence.add({ ...link, id: 'my-link', sourceId: 'mine' });
    expect(await restoreBackup(fixture, 'merge')).toMatchObject({ ok: true });
    expect(await db.evidence.where('[claimId+sourceId]').equals([link.claimId, 'mine']).count()).toBe(1);
  });
});

describe('progress and cancel', () => {
  it('a backup reports the rows read, and a cancel stops it with an AbortError', async () => {
    const db = await filledDb();
    const seen: [number, number][] = [];
    await createBackup(db, new Date(), { progress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(([done, total]) => done <= total)).toBe(true);

    const controller = new AbortController();
    controller.abort();
    await expect(createBackup(db, new Date(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each(['replace', 'merge'] as const)('a cancelled %s restore changes nothing and leaves no failure waiting', async (mode) => {
    const db = await filledDb();
    const before = await dump(db);
    const saved = getSaveState();
    expect(saved.kind).toBe('saved');
    const other = await tamper(fixture, (payload) => {
      for (const row of rowsOf(payload, 'articles')) row.title = `${String(row.title)} (changed)`;
    });
    const controller = new AbortController();
    const steps: number[] = [];
    const restoring = restoreBackup(other, mode, db, {
      signal: controller.signal,
      // Cancelled as soon as the first step is written: the transaction must roll it back.
      progress: (done) => {
        steps.push(done);
        controller.abort();
      },
    });
    await expect(restoring).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toEqual([mode === 'merge' ? 1 : steps[0]]);
    expect(await dump(db)).toEqual(before);
    // The status still says what was saved last: a cancel is not a failure.
    expect(getSaveState()).toBe(saved);
  });

  it('a restore reports its progress up to the whole', async () => {
    const db = await freshDb();
    const seen: [number, number][] = [];
    const r = await restoreBackup(fixture, 'replace', db, { progress: (done, total) => seen.push([done, total]) });
    expect(r.ok).toBe(true);
    const last = seen[seen.length - 1]!;
    expect(last[0]).toBe(last[1]);
  });
});

describe('backup bookkeeping', () => {
  it('remembers the last backup and the first change after it, and reminds after a day', async () => {
    const db = await freshDb();
    expect(await loadBackupState()).toEqual({});
    const monday = new Date('2026-03-02T09:00:00Z');
    expect(await noteChange(monday)).toEqual({ changesSince: '2026-03-02T09:00:00.000Z' });
    // A later change does not move the date of the first unbacked one.
    expect(await noteChange(new Date('2026-03-02T17:00:00Z'))).toEqual({ changesSince: '2026-03-02T09:00:00.000Z' });
    expect(backupReminderDue(await loadBackupState(), new Date('2026-03-03T08:00:00Z'))).toBe(false);
    expect(backupReminderDue(await loadBackupState(), new Date('2026-03-03T09:00:00Z'))).toBe(true);
    await markBackedUp(new Date('2026-03-03T09:05:00Z'));
    expect(await loadBackupState()).toEqual({ lastBackupAt: '2026-03-03T09:05:00.000Z' });
    expect(backupReminderDue(await loadBackupState(), new Date('2026-04-01T00:00:00Z'))).toBe(false);
    // Stored in its own settings row, written directly (not a user edit).
    expect((await db.settings.get(BACKUP_STATE_KEY))?.value).toEqual({ lastBackupAt: '2026-03-03T09:05:00.000Z' });
    expect(getSaveState().kind).toBe('idle');
  });
});

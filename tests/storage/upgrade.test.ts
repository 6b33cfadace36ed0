/**
 * Schema upgrades: every earlier schema's backup (tests/fixtures/db/vN-*.json)
 * restores into a database opened with the current code, with its data
 * intact; a database from a newer app is refused and left untouched; an older
 * database is backed up before its upgrade, which runs the real `upgrade()`.
 */
import './backup-env';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, Claim, Evidence, Revision, Source } from '../../src-renderer/core/model';
import { createBackup, previewBackup, restoreBackup } from '../../src-renderer/storage/backup';
import { SCHEMA_VERSION, setDbForTesting, WorkbenchDb } from '../../src-renderer/storage/db';
import { loadSession, loadSettings } from '../../src-renderer/storage/settings-repo';
import { guardAgainstNewerVersion, openWorkspace, storedVersion } from '../../src-renderer/storage/upgrade';
import { lookEarly, takeEarlyLook } from '../../src-renderer/storage/early-look';
import { revive } from '../../src-renderer/core/backup/format';
import { normalizeUrl } from '../../src-renderer/core/sources/url';
import { freshDb } from './helpers';

const fixturesDir = path.resolve(__dirname, '../fixtures/db');
const fixtures = readdirSync(fixturesDir).filter((f) => /^v\d+-.*\.json$/.test(f));
let counter = 0;
const uniqueName = (label: string) => `upgrade-${label}-${process.pid}-${Date.now()}-${counter++}`;

/**
 * What every fixture holds, whatever the schema that wrote it (the v1 work
 * of tests/fixtures/db/make-workspace.ts), and what the later ones add:
 * checked after restoring it with the current code.
 */
async function expectFixtureData(db: WorkbenchDb, version: number): Promise<void> {
  const articles = await db.articles.orderBy('title').toArray();
  expect(articles.map((a) => a.title)).toEqual(['Harbour bridge repairs to cost $48 million, council says', 'Pourparlers de Genève']);
  const [harbour, geneva] = articles as [Article, Article];
  expect(geneva.language).toBe('fr');
  expect(geneva.sourceUrl).toBe('https://www.example.fr/monde/geneve-pourparlers');
  expect(geneva.publishedAt).toBe('2025-11-23');

  // Every article's current revision exists and holds its text; harbour has two.
  for (const article of articles) {
    const current = (await db.revisions.get(article.currentRevisionId)) as Revision;
    expect(current.articleId).toBe(article.id);
    expect(current.paragraphs.length).toBeGreaterThan(3);
  }
  const harbourRevisions = await db.revisions.where('articleId').equals(harbour.id).sortBy('number');
  expect(harbourRevisions.map((r) => r.number)).toEqual([1, 2]);
  expect(harbour.currentRevisionId).toBe(harbourRevisions[1]!.id);

  const claims = await db.claims.toArray();
  expect(claims).toHaveLength(3);
  const byNote = (note: string) => claims.find((c) => c.note === note) as Claim;
  const genevaFalse = byNote('Le communiqué écrit « délégations » au pluriel.');
  expect(genevaFalse).toMatchObject({ articleId: geneva.id, verdict: 'false', status: 'checked', tags: ['communiqué', 'Genève'], createdBy: 'Camille Martin' });
  const genevaText = (await db.revisions.get(genevaFalse.revisionId))!.text;
  const { start, end } = genevaFalse.target.position;
  expect(genevaText.slice(start, end)).toBe(genevaFalse.target.quote.exact);
  expect(byNote('Attendre la déclaration de Kyiv.')).toMatchObject({ verdict: 'needs-context', status: 'in-review', origin: 'suggested' });
  const harbourClaim = byNote('Traffic count 2024: 61,200 vehicles a day.');
  // Re-anchored onto revision 2, still pointing at its quote.
  expect(harbourClaim.revisionId).toBe(harbourRevisions[1]!.id);
  expect(harbourRevisions[1]!.text.slice(harbourClaim.target.position.start, harbourClaim.target.position.end)).toBe('We cannot keep patching a structure that carries 60,000 vehicles a day');

  const sources = await db.sources.orderBy('title').toArray();
  expect(sources.map((s) => s.title)).toEqual(['Interview with the city traffic engineer', 'Joint statement on the Geneva talks', 'US and Ukraine report progress in Geneva']);
  const statement = sources[1] as Source;
  // Schema 3: one URL normalisation, without `www.` (whatever the schema that wrote the file).
  expect(statement.normalizedUrl).toBe('https://state.gov/joint-statement-geneva');
  expect(statement.archiveUrl).toMatch(/^https:\/\/web\.archive\.org\//);
  expect((sources[0] as Source).normalizedUrl).toBeUndefined();
  expect(await db.sources.where('normalizedUrl').equals('https://apnews.com/article/ukraine-geneva-talks').count()).toBe(1);

  const evidence = await db.evidence.toArray();
  expect(evidence).toHaveLength(4);
  const contradicts = evidence.find((e) => e.stance === 'contradicts') as Evidence;
  expect(contradicts).toMatchObject({ claimId: genevaFalse.id, sourceId: statement.id, quote: 'Both delegations reaffirmed', locator: 'para. 2' });
  // The agency source is cited by both articles' claims.
  const agency = sources[2] as Source;
  expect((await db.evidence.where('sourceId').equals(agency.id).toArray()).map((e) => e.claimId).sort()).toEqual([genevaFalse.id, harbourClaim.id].sort());

  const decisions = await db.flagDecisions.toArray();
  expect(decisions).toEqual([expect.objectContaining({ articleId: geneva.id, decision: 'dismissed', reason: 'Attribué plus loin dans l’article.' })]);
  expect(await db.passageIndex.where('articleId').equals(geneva.id).count()).toBeGreaterThan(5);

  const settings = await loadSettings();
  expect(settings.editorName).toBe('Camille Martin');
  expect(settings.organisationName).toBe('Les Vérificateurs');
  expect(settings.theme).toBe('dark');
  expect(settings.verdicts.map((v) => v.id)).toContain('needs-context');
  // A setting added since (issue 17): a workspace that never had it reads its default, suggestions off in the text.
  expect(settings.showSuggestionsInText).toBe(false);

  // Schema 2: stable claim numbers, unique in each article, below the article's counter.
  const genevaOther = byNote('Attendre la déclaration de Kyiv.');
  for (const article of articles) {
    const own = claims.filter((c) => c.articleId === article.id);
    expect(new Set(own.map((c) => c.number)).size).toBe(own.length);
    for (const c of own) expect(c.number).toBeGreaterThanOrEqual(1);
    expect(article.lastClaimNumber).toBeGreaterThanOrEqual(Math.max(...own.map((c) => c.number)));
  }
  expect(harbourClaim.number).toBe(1);
  if (version === 1) {
    // The upgrade numbers existing claims as the app showed them: in reading order; the counter follows.
    const [first, second] = [genevaFalse, genevaOther].sort((a, b) => a.target.position.start - b.target.position.start);
    expect([first!.number, second!.number]).toEqual([1, 2]);
    expect(geneva.lastClaimNumber).toBe(2);
    // Rated claims judged the words they have now; nothing is stale, the history starts empty.
    expect(genevaFalse).toMatchObject({ ratedText: genevaFalse.target.quote.exact, ratedBy: 'Camille Martin' });
    expect(claims.some((c) => c.stale)).toBe(false);
    expect(await db.claimEvents.count()).toBe(0);
    expect(settings.requireApproval).toBe(false);
  } else {
    // Claim 3 of Geneva was deleted: its number stays used.
    expect([genevaFalse.number, genevaOther.number]).toEqual([1, 2]);
    expect(geneva.lastClaimNumber).toBe(3);
    expect(genevaFalse).toMatchObject({
      claimant: { name: 'Délégations américaine et ukrainienne', type: 'Organization' },
      appearanceUrl: 'https://www.state.gov/joint-statement-geneva',
      appearanceDate: '2025-11-23',
      summary: 'Les délégations réaffirment la souveraineté de l’Ukraine',
      approval: { by: 'Jules Bernard', verdict: 'false' },
    });
    expect(genevaFalse.rationale).toMatch(/communiqué conjoint/);
    expect(genevaOther.stale).toBeDefined();
    expect(genevaOther.ratedText).toBe('Les États-Unis et l’Ukraine ont fait état dimanche de progrès importants');
    expect(geneva).toMatchObject({ verdict: 'mostly-false' });
    expect(settings.requireApproval).toBe(true);
    expect(settings.claimants.map((c) => c.name)).toEqual(['Délégations américaine et ukrainienne', 'Kremlin']);
    const history = await db.claimEvents.where('claimId').equals(genevaFalse.id).sortBy('at');
    expect(history.map((e) => e.kind)).toEqual(['created', 'edited', 'edited', 'evidence', 'evidence', 'approved', 'edited']);
    expect(history.at(-1)!.changes).toEqual([{ field: 'status', before: 'open', after: 'checked' }]);
    expect(history[5]).toMatchObject({ editor: 'Jules Bernard' });
  }
}

const versionOf = (fixture: string) => Number(/^v(\d+)-/.exec(fixture)![1]);

beforeEach(() => setDbForTesting(null));

describe('backups made by every earlier schema', () => {
  it('there is a fixture for every schema version up to the current one', () => {
    const versions = new Set(fixtures.map((f) => Number(/^v(\d+)-/.exec(f)![1])));
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(versions.has(v), `tests/fixtures/db/v${v}-workspace.json`).toBe(true);
  });

  for (const name of fixtures) {
    it(`${name} restores into a database opened with the current code`, async () => {
      const db = await freshDb();
      const text = readFileSync(path.join(fixturesDir, name), 'utf8');
      const preview = await previewBackup(text);
      if (!preview.ok) throw new Error(`refused: ${preview.code}`);
      expect(preview.counts.articles).toBe(2);
      expect(preview.counts.claims).toBe(3);
      const restored = await restoreBackup(text, 'replace');
      expect(restored.ok).toBe(true);
      expect(db.verno).toBe(SCHEMA_VERSION);
      await expectFixtureData(db, versionOf(name));
      // The restored session of the file is not taken over: this installation's is kept.
      expect(await loadSession()).toEqual({});
    });

    it(`${name} merges into an empty workspace with the same result`, async () => {
      const db = await freshDb();
      const result = await restoreBackup(readFileSync(path.join(fixturesDir, name), 'utf8'), 'merge');
      expect(result.ok).toBe(true);
      await expectFixtureData(db, versionOf(name));
    });
  }
});

describe('a database from a newer version of the app', () => {
  it('is refused with a message and left exactly as it was', async () => {
    const name = uniqueName('newer');
    const future = new Dexie(name);
    future.version(99).stores({ articles: 'id, title', claims: 'id, articleId', newThings: '++id' });
    await future.open();
    await future.table('articles').add({ id: 'a1', title: 'From the future', shape: 'v99' });
    await future.table('newThings').add({ what: 'unknown to v1' });
    future.close();

    const db = new WorkbenchDb(name);
    let backups = 0;
    const outcome = await openWorkspace({ db, backupBeforeUpgrade: async () => void backups++ });
    expect(outcome).toEqual({ kind: 'newer', storedVersion: 99, supportedVersion: SCHEMA_VERSION });
    expect(db.isOpen()).toBe(false);
    expect(backups).toBe(0);

    // Untouched: same version, same tables, same rows.
    expect(await storedVersion(name)).toBe(99);
    const again = new Dexie(name);
    await again.open();
    expect(again.tables.map((t) => t.name).sort()).toEqual(['articles', 'claims', 'newThings']);
    expect(await again.table('articles').get('a1')).toEqual({ id: 'a1', title: 'From the future', shape: 'v99' });
    expect(await again.table('newThings').count()).toBe(1);
    again.close();
  });

  it('is looked at before opening, because Dexie 4 alone would open it and alter it', async () => {
    const name = uniqueName('dexie-alone');
    const future = new Dexie(name);
    future.version(7).stores({ articles: 'id' });
    await future.open();
    future.close();
    expect(await openWorkspace({ db: new WorkbenchDb(name) })).toMatchObject({ kind: 'newer', storedVersion: 7 });
    expect(await storedVersion(name)).toBe(7);
    // The workspace's Dexie refuses it too, without the look (db.ts `refusingNewerVersions`)…
    await expect(new WorkbenchDb(name).open()).rejects.toMatchObject({ name: 'VersionError' });
    expect(await storedVersion(name)).toBe(7);
    // …where a plain Dexie of the same schema opens the higher version and bumps it to add its own tables.
    const careless = new Dexie(name);
    careless.version(SCHEMA_VERSION).stores({ articles: 'id, title', settings: 'key' });
    await careless.open();
    careless.close();
    expect(await storedVersion(name)).toBeGreaterThan(7);
  });

  it('made by a newer app after the early look at start: still refused, and left as it was', async () => {
    const name = uniqueName('after-early-look');
    lookEarly(name);
    // The look finds no database; a newer app creates one before this one opens it.
    const future = new Dexie(name);
    future.version(7).stores({ articles: 'id', newThings: 'id' });
    await future.open();
    await future.table('articles').add({ id: 'a1', title: 'From the future' });
    future.close();
    expect(await openWorkspace({ db: new WorkbenchDb(name) })).toMatchObject({ kind: 'newer', storedVersion: 7 });
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(7);
    expect(again.tables.map((t) => t.name).sort()).toEqual(['articles', 'newThings']);
    expect(await again.table('articles').toArray()).toEqual([{ id: 'a1', title: 'From the future' }]);
    again.close();
  });

  it('the early look serves the first opening only: a retry looks again', async () => {
    const name = uniqueName('early-look-once');
    lookEarly(name);
    expect(takeEarlyLook(name)).toBeInstanceOf(Promise);
    expect(takeEarlyLook(name)).toBeUndefined();
    lookEarly(name);
    expect(takeEarlyLook(`${name}-other`)).toBeUndefined();
    const db = new WorkbenchDb(name);
    expect(await openWorkspace({ db })).toEqual({ kind: 'ready' });
    db.close();
    expect(await storedVersion(name)).toBe(SCHEMA_VERSION);
  });

  it('upgraded by a newer app while open: closed for good here, and the app is told', async () => {
    const name = uniqueName('upgraded-meanwhile');
    const db = new WorkbenchDb(name);
    expect(await openWorkspace({ db })).toEqual({ kind: 'ready' });
    const told: number[] = [];
    guardAgainstNewerVersion(db, (v) => told.push(v));
    const newer = new Dexie(name);
    newer.version(SCHEMA_VERSION + 1).stores({ articles: 'id, title', extra: 'id' });
    await newer.open();
    expect(told).toEqual([SCHEMA_VERSION + 1]);
    expect(db.isOpen()).toBe(false);
    await expect(db.articles.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    newer.close();
    expect(await storedVersion(name)).toBe(SCHEMA_VERSION + 1);
  });

  it('a backup file from a newer schema is refused by preview and restore', async () => {
    const db = await freshDb();
    const text = readFileSync(path.join(fixturesDir, 'v1-workspace.json'), 'utf8').replace('"schemaVersion":1,', '"schemaVersion":5,');
    const refused = await previewBackup(text);
    expect(refused).toMatchObject({ ok: false, code: 'newerSchema', params: { found: 5, supported: SCHEMA_VERSION } });
    expect(await restoreBackup(text, 'replace')).toMatchObject({ ok: false, code: 'newerSchema' });
    expect(await db.articles.count()).toBe(0);
  });
});

/**
 * The mechanism for the day the schema moves on again, rehearsed now: the
 * next version of the database class, whose upgrade() changes a field.
 */
const NEXT = SCHEMA_VERSION + 1;
class WorkbenchDbNext extends WorkbenchDb {
  constructor(name: string) {
    super(name);
    this.version(NEXT)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((claim: Record<string, unknown>) => {
            // A field the model knows, changed: restored rows are rebuilt from the model's fields (core/schema/records.ts).
            claim['tags'] = [...(claim['tags'] as string[]), `next: ${String(claim['note'])}`];
          }),
      );
  }
}

const newestFixture = `v${SCHEMA_VERSION}-workspace.json`;

/**
 * A database written by schema `version` itself (its own stores), holding the
 * rows of that version's fixture; `more` adds rows of that schema before it is closed.
 */
async function makeOldDatabase(name: string, version: number, more?: (old: Dexie) => Promise<void>): Promise<void> {
  const file = JSON.parse(readFileSync(path.join(fixturesDir, `v${version}-workspace.json`), 'utf8')) as {
    schemaVersion: number;
    payload: { data: { tables: { name: string; schema: string }[]; data: { tableName: string; rows: unknown[] }[] } };
  };
  expect(file.schemaVersion).toBe(version);
  const old = new Dexie(name);
  old.version(version).stores(Object.fromEntries(file.payload.data.tables.map((t) => [t.name, t.schema])));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const { tableName, rows } of file.payload.data.data) await old.table(tableName).bulkAdd(rows.map((r) => revive(r)!));
    await more?.(old);
  });
  old.close();
}

const makeVersion1Database = (name: string) => makeOldDatabase(name, 1);

describe('an older database', () => {
  it('a version-1 database opens with the current code, its claims numbered in reading order by the real upgrade', async () => {
    const name = uniqueName('v1-on-disk');
    await makeVersion1Database(name);
    const db = new WorkbenchDb(name);
    setDbForTesting(db);
    expect(await openWorkspace({ db })).toEqual({ kind: 'ready', upgradedFrom: 1 });
    expect(db.verno).toBe(SCHEMA_VERSION);
    await expectFixtureData(db, 1);
    // The next claim continues the counter.
    const geneva = (await db.articles.where('title').equals('Pourparlers de Genève').first())!;
    expect(geneva.lastClaimNumber).toBe(2);
    db.close();
  });

  it('a version-2 database: source keys recomputed, sources that now share one merged without losing a field or a link', async () => {
    const name = uniqueName('v2-collisions');
    const later = '2099-01-01T10:00:00.000Z';
    const source = (fields: Partial<Source> & Pick<Source, 'id' | 'url' | 'title'>): Source => ({
      publisher: '',
      kind: 'other',
      reliability: 0,
      notes: '',
      createdAt: later,
      updatedAt: later,
      ...fields,
    });
    await makeOldDatabase(name, 2, async (old) => {
      const sources = (await old.table('sources').toArray()) as Source[];
      const statement = sources.find((s) => s.title === 'Joint statement on the Geneva talks')!;
      expect(statement.normalizedUrl).toBe('https://www.state.gov/joint-statement-geneva');
      const claims = (await old.table('claims').toArray()) as Claim[];
      const genevaFalse = claims.find((c) => c.verdict === 'false')!;
      const harbourClaim = claims.find((c) => c.note === 'Traffic count 2024: 61,200 vehicles a day.')!;
      // Schema 2's keys kept `www.`: these were two sources.
      await old.table('sources').bulkAdd([
        source({
          id: 'dup-state',
          url: 'https://state.gov/joint-statement-geneva/',
          normalizedUrl: 'https://state.gov/joint-statement-geneva',
          title: 'State Department: joint statement',
          publisher: 'U.S. Department of State',
          kind: 'official-document',
          reliability: 3,
          notes: 'Checked against the PDF.',
        }),
        source({ id: 'axios-old', url: 'https://axios.com/2025/11/23/geneva-talks/', normalizedUrl: 'https://axios.com/2025/11/23/geneva-talks', title: 'Axios on Geneva', createdAt: '2025-11-23T08:00:00.000Z' }),
        source({
          id: 'axios-new',
          url: 'https://www.axios.com/2025/11/23/geneva-talks?utm_source=newsletter',
          normalizedUrl: 'https://www.axios.com/2025/11/23/geneva-talks',
          title: 'Axios on Geneva',
          publisher: 'Axios',
          kind: 'news-report',
          archiveUrl: 'https://web.archive.org/web/2025/https://www.axios.com/2025/11/23/geneva-talks',
        }),
      ]);
      const link = (id: string, claimId: string, sourceId: string, fields: Partial<Evidence> = {}): Evidence => ({ id, claimId, sourceId, stance: 'supports', createdAt: later, ...fields });
      await old.table('evidence').bulkAdd([
        // The claim already links the kept source (contradicts): this second link's content joins its note.
        link('e-dup-geneva', genevaFalse.id, 'dup-state', { quote: 'reaffirmed their commitment', locator: 'p. 1' }),
        // Another claim: its link is re-pointed.
        link('e-dup-harbour', harbourClaim.id, 'dup-state', { stance: 'context', note: 'Background only.' }),
        link('e-axios', harbourClaim.id, 'axios-new'),
      ]);
      await old.table('settings').put({ key: 'uiLocale', value: 'fr' });
    });

    const db = new WorkbenchDb(name);
    setDbForTesting(db);
    expect(await openWorkspace({ db })).toEqual({ kind: 'ready', upgradedFrom: 2 });
    expect(db.verno).toBe(SCHEMA_VERSION);

    const sources = await db.sources.toArray();
    expect(sources.map((s) => s.id)).not.toContain('dup-state');
    expect(sources.map((s) => s.id)).not.toContain('axios-new');
    expect(sources).toHaveLength(4);
    // Every key is the current normalizeUrl of the source's address, and unique.
    for (const s of sources) expect(s.normalizedUrl).toBe(s.url ? normalizeUrl(s.url) : undefined);
    const statement = sources.find((s) => s.title === 'Joint statement on the Geneva talks')!;
    // The first entered stays, with its own values; the other's differing values are in its notes (in the editor's language).
    expect(statement).toMatchObject({ url: expect.stringMatching(/^https:\/\/www\.state\.gov\/joint-statement-geneva/), normalizedUrl: 'https://state.gov/joint-statement-geneva' });
    expect(statement.notes).toContain('Fusionnée avec « State Department: joint statement »');
    expect(statement.notes).toContain('Titre : State Department: joint statement');
    expect(statement.notes).toContain('Adresse : https://state.gov/joint-statement-geneva/');
    expect(statement.notes).toContain('Checked against the PDF.');
    expect(statement.notes).toContain('Type : Document officiel');
    expect(statement.notes).toMatch(/Fiabilité : 3 – \S/);
    expect(statement).toMatchObject({ kind: 'official-statement', reliability: 5, publisher: 'U.S. Department of State' });
    // Gaps of the kept source are filled from the later one.
    const axios = sources.find((s) => s.id === 'axios-old')!;
    expect(axios).toMatchObject({
      url: 'https://axios.com/2025/11/23/geneva-talks/',
      normalizedUrl: 'https://axios.com/2025/11/23/geneva-talks',
      publisher: 'Axios',
      kind: 'news-report',
      archiveUrl: 'https://web.archive.org/web/2025/https://www.axios.com/2025/11/23/geneva-talks',
    });

    // Links: none lost, none to a removed source, one per claim and source.
    const evidence = await db.evidence.toArray();
    const ids = new Set(sources.map((s) => s.id));
    for (const e of evidence) expect(ids.has(e.sourceId)).toBe(true);
    expect(new Set(evidence.map((e) => `${e.claimId}/${e.sourceId}`)).size).toBe(evidence.length);
    expect(evidence).toHaveLength(4 + 2);
    const claims = await db.claims.toArray();
    const genevaFalse = claims.find((c) => c.verdict === 'false')!;
    const harbourClaim = claims.find((c) => c.note === 'Traffic count 2024: 61,200 vehicles a day.')!;
    const kept = evidence.find((e) => e.claimId === genevaFalse.id && e.sourceId === statement.id)!;
    expect(kept).toMatchObject({ stance: 'contradicts', quote: 'Both delegations reaffirmed', locator: 'para. 2' });
    expect(kept.note).toContain('Position : Confirme');
    expect(kept.note).toContain('Citation : reaffirmed their commitment');
    expect(kept.note).toContain('Emplacement : p. 1');
    expect(evidence.find((e) => e.id === 'e-dup-harbour')).toMatchObject({ claimId: harbourClaim.id, sourceId: statement.id, stance: 'context', note: 'Background only.' });
    expect(evidence.find((e) => e.id === 'e-axios')).toMatchObject({ sourceId: 'axios-old' });
    // The library's own lookup now finds the kept source by either address.
    expect(await db.sources.where('normalizedUrl').equals(normalizeUrl('https://www.axios.com/2025/11/23/geneva-talks/')).count()).toBe(1);
    db.close();
  });

  it('is backed up (still at its old version) just before the upgrade runs', async () => {
    const name = uniqueName('older');
    const current = new WorkbenchDb(name);
    await current.open();
    setDbForTesting(current);
    await restoreBackup(readFileSync(path.join(fixturesDir, newestFixture), 'utf8'), 'replace');
    current.close();

    const written: string[] = [];
    const db = new WorkbenchDbNext(name);
    const outcome = await openWorkspace({
      db,
      backupBeforeUpgrade: async (old) => {
        expect(old.verno).toBe(SCHEMA_VERSION);
        written.push((await createBackup(old)).text);
      },
    });
    expect(outcome).toEqual({ kind: 'ready', upgradedFrom: SCHEMA_VERSION });
    expect(db.verno).toBe(NEXT);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]!)).toMatchObject({ schemaVersion: SCHEMA_VERSION, counts: { articles: 2, claims: 3 } });
    const claim = (await db.claims.toArray())[0] as unknown as Record<string, unknown>;
    expect(claim['tags']).toContain(`next: ${String(claim['note'])}`);
    db.close();
  });

  it('is not upgraded when the backup before the upgrade fails', async () => {
    const name = uniqueName('backup-fails');
    const current = new WorkbenchDb(name);
    await current.open();
    await current.articles.add({ id: 'a', title: 'Kept', language: 'en', createdAt: '', updatedAt: '', currentRevisionId: 'r', textHash: '' });
    current.close();
    const db = new WorkbenchDbNext(name);
    const outcome = await openWorkspace({
      db,
      backupBeforeUpgrade: async () => {
        throw new Error('No space left on device');
      },
    });
    expect(outcome).toEqual({ kind: 'backup-failed', fromVersion: SCHEMA_VERSION, toVersion: NEXT, detail: 'No space left on device' });
    expect(await storedVersion(name)).toBe(SCHEMA_VERSION);
    // The editor may choose to upgrade anyway.
    expect(await openWorkspace({ db, backupBeforeUpgrade: async () => Promise.reject(new Error('still full')), skipBackup: true })).toEqual({ kind: 'ready', upgradedFrom: SCHEMA_VERSION });
    expect(await db.articles.get('a')).toMatchObject({ title: 'Kept' });
    db.close();
  });

  it('a backup file of an older schema is upgraded by the same upgrade() as it is restored', async () => {
    const db = new WorkbenchDbNext(uniqueName('restore-into-next'));
    await db.open();
    setDbForTesting(db);
    const text = readFileSync(path.join(fixturesDir, newestFixture), 'utf8');
    const preview = await previewBackup(text, db);
    expect(preview).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, upgradedTo: NEXT });
    expect(await restoreBackup(text, 'replace', db)).toMatchObject({ ok: true, mode: 'replace' });
    const claims = (await db.claims.toArray()) as unknown as Record<string, unknown>[];
    expect(claims).toHaveLength(3);
    for (const c of claims) expect(c['tags']).toContain(`next: ${String(c['note'])}`);
    // The scratch database used for the upgrade is gone.
    expect((await Dexie.getDatabaseNames()).filter((n) => n.includes('-upgrade-'))).toEqual([]);
    db.close();
  });

  it('a fresh install opens without any backup', async () => {
    let backups = 0;
    const db = new WorkbenchDb(uniqueName('fresh'));
    expect(await openWorkspace({ db, backupBeforeUpgrade: async () => void backups++ })).toEqual({ kind: 'ready' });
    expect(backups).toBe(0);
    db.close();
  });
});

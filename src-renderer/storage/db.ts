/**
 * The only Dexie instance: the workspace database and its schema versions.
 *
 * Every schema change adds a new `version(n)` with an `upgrade()` (never edit
 * an old one) and a backup fixture made by the previous version, so that
 * tests/storage/upgrade.test.ts opens databases created by every earlier
 * version with the current code.
 *
 * In practice: bump SCHEMA_VERSION with the new `version(n)`; keep every
 * tests/fixtures/db/vK-workspace.json (never regenerate one) and add
 * v(n)-workspace.json by running tests/fixtures/db/make-workspace.ts on the new code.
 * The same `upgrade()` also upgrades older backup files as they are restored
 * (storage/upgrade.ts `upgradeTables`), and storage/upgrade.ts refuses to open
 * a database whose version is higher than this build's.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { numbersInReadingOrder } from '../core/claim-order';
import { isRated } from '../core/claim-rules';
import { createTranslator, ensureLocale, isLocale, pickLocale, type Locale } from '../core/i18n';
import { planSourceMerge } from '../core/sources/merge-duplicates';
import { normalizeUrl } from '../core/sources/url';
import type {
  Article,
  Claim,
  ClaimEvent,
  Evidence,
  FlagDecision,
  PassageIndexEntry,
  Revision,
  SettingRecord,
  Source,
} from '../core/model';
import { DB_NAME } from './early-look';
import { countWrites, VERSIONED_TABLES } from './versions';
import { writeWatchMiddleware } from './write-watch';

/** The workspace database's name (declared with the entry's early look at it). */
export { DB_NAME };
/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = 4;

/**
 * IndexedDB as the workspace's Dexie sees it, less one call: opening a
 * database without naming a version. Dexie 4 makes that call when the
 * database on disk is newer than its schema (after the VersionError), then
 * raises the version to add what it misses — altering a newer app's
 * workspace. storage/upgrade.ts looks at the version before opening, and
 * the entry takes that look early (storage/early-look.ts); refused here,
 * a newer app that upgraded the database after the look still makes the
 * opening fail with the VersionError, and its workspace stays as it was.
 */
function refusingNewerVersions(factory: IDBFactory): IDBFactory {
  const open = (name: string, version?: number): IDBOpenDBRequest => {
    if (version === undefined) throw new DOMException(`The database ${name} is from a newer version of the app.`, 'VersionError');
    return factory.open(name, version);
  };
  return new Proxy(factory, {
    get(target, key) {
      if (key === 'open') return open;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export class WorkbenchDb extends Dexie {
  articles!: Table<Article, string>;
  revisions!: Table<Revision, string>;
  claims!: Table<Claim, string>;
  claimEvents!: Table<ClaimEvent, string>;
  sources!: Table<Source, string>;
  evidence!: Table<Evidence, string>;
  flagDecisions!: Table<FlagDecision, string>;
  passageIndex!: Table<PassageIndexEntry, [string, string, number]>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a write the user made is on disk when its
    // transaction completes, not merely handed to the OS (Chromium's default
    // "relaxed" can lose acknowledged writes on a crash or power loss).
    //
    // No live-query cache: Dexie's cache applies every write to every cached
    // query result before the write commits (its "optimistic updates"),
    // building key sets over each result: with the 2,000 claims of a long
    // review that costs hundreds of milliseconds per note saved, on the main
    // thread. The live queries re-run after the commit instead, and the
    // repositories show their own pending writes where the editor waits for
    // them (claims-live `showPendingClaim`).
    //
    // No opening of a newer app's database, ever: see `refusingNewerVersions`.
    const indexedDB = Dexie.dependencies.indexedDB;
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...(indexedDB ? { indexedDB: refusingNewerVersions(indexedDB) } : {}) });
    this.version(1).stores({
      articles: 'id, title, createdAt, updatedAt, textHash',
      revisions: 'id, articleId, [articleId+number]',
      claims: 'id, articleId, revisionId, verdict, status, *tags',
      sources: 'id, &normalizedUrl, title, publisher, kind, updatedAt',
      evidence: 'id, claimId, sourceId, &[claimId+sourceId]',
      flagDecisions: 'id, articleId, &[articleId+fingerprint]',
      passageIndex: '[hash+articleId+paragraphIndex], hash, articleId',
      settings: 'key',
    });
    // Version 2: stable claim numbers (unique in their article, never
    // reused), the words each verdict judged, and every claim's history.
    this.version(2)
      .stores({
        claims: 'id, articleId, revisionId, verdict, status, *tags, &[articleId+number]',
        claimEvents: 'id, claimId, articleId, [claimId+at]',
      })
      .upgrade(numberExistingClaims);
    // Version 3: one URL normalisation everywhere (issue 17): the keys of
    // the sources are recomputed (`www.` and more tracking parameters now
    // ignored), and sources that now share a key are merged.
    this.version(3).stores({}).upgrade(rekeySources);
    // Version 4: claims by position in their article (issue 14), so that
    // opening a long review reads the claims of its first screen first and
    // paints them before the thousands further down have been read. An
    // index only: IndexedDB builds it from the stored claims.
    this.version(4).stores({
      claims: 'id, articleId, revisionId, verdict, status, *tags, &[articleId+number], [articleId+target.position.start]',
    });
    // Every read-write transaction is watched, so a write whose transaction
    // aborts always ends (storage/write-watch.ts).
    this.use(writeWatchMiddleware);
    // Every article, claim and source write counts (storage/versions.ts).
    for (const name of VERSIONED_TABLES) countWrites(this.table(name));
  }
}

/**
 * Schema 2's upgrade: every claim gets the number its reports already
 * showed (reading order on the article's current revision, then the others
 * by creation: core/claim-order `numbersInReadingOrder`), every article the
 * counter of the numbers it issued, and every rated claim the words its
 * verdict judged (its current text) and who rated it (whoever changed it
 * last: the best the old records know). The history starts empty.
 */
async function numberExistingClaims(tx: Transaction): Promise<void> {
  const articles = (await tx.table('articles').toArray()) as Article[];
  const claims = (await tx.table('claims').toArray()) as (Omit<Claim, 'number'> & { number?: number })[];
  const byArticle = new Map<string, typeof claims>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  const updated: Claim[] = [];
  const counters: Article[] = [];
  for (const article of articles) {
    const own = byArticle.get(article.id) ?? [];
    const { numbers, last } = numbersInReadingOrder(own, article.currentRevisionId);
    for (const c of own) {
      const claim = { ...c, number: c.number ?? numbers.get(c.id)! } as Claim;
      if (isRated(claim) && claim.ratedText === undefined) {
        claim.ratedText = claim.target.quote.exact;
        claim.ratedBy = claim.updatedBy;
      }
      updated.push(claim);
    }
    counters.push({ ...article, lastClaimNumber: Math.max(article.lastClaimNumber ?? 0, last) });
  }
  await tx.table('claims').bulkPut(updated);
  await tx.table('articles').bulkPut(counters);
}

/** The language the editor reads the app in, for the notes an upgrade writes: the setting, else the system's. */
async function editorLocale(tx: Transaction): Promise<Locale> {
  const row = (await tx.table('settings').get('uiLocale')) as SettingRecord | undefined;
  if (isLocale(row?.value)) return row.value;
  return pickLocale(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])]);
}

/**
 * Schema 3's upgrade: every source's `normalizedUrl` recomputed with the
 * current normalizeUrl, and the sources that now share one merged
 * (core/sources/merge-duplicates.ts says how: the first entered stays, gaps
 * filled, differing values written into its notes, links re-pointed). The
 * rows whose key changes are deleted and written back, so that the unique
 * indexes never see two rows with one key halfway through.
 */
async function rekeySources(tx: Transaction): Promise<void> {
  const sources = (await tx.table('sources').toArray()) as Source[];
  const keyOf = (s: Source) => (s.url ? normalizeUrl(s.url) : '');
  const evidence = (await tx.table('evidence').toArray()) as Evidence[];
  const locale = await editorLocale(tx);
  // The editor's catalogue may not be loaded yet (only English is in the start
  // bundle); waitFor keeps the upgrade transaction alive while it loads.
  await Dexie.waitFor(ensureLocale(locale));
  const plan = planSourceMerge(sources, evidence, keyOf, createTranslator(locale));

  const mergedById = new Map(plan.sources.map((s) => [s.id, s]));
  const removed = new Set(plan.removedSourceIds);
  const rewritten: Source[] = [];
  for (const source of sources) {
    if (removed.has(source.id)) continue;
    const base = mergedById.get(source.id) ?? source;
    const { normalizedUrl: old, ...rest } = base;
    const key = keyOf(base);
    if (key === (old ?? '') && base === source) continue;
    rewritten.push(key ? { ...rest, normalizedUrl: key } : rest);
  }
  await tx.table('evidence').bulkDelete([...plan.removedEvidenceIds]);
  await tx.table('sources').bulkDelete([...plan.removedSourceIds, ...rewritten.map((s) => s.id)]);
  await tx.table('sources').bulkAdd(rewritten);
  await tx.table('evidence').bulkPut([...plan.evidence]);
}

/** The tables of the workspace (the backup format's list: core/backup/format.ts). */
export { WORKSPACE_TABLES as ALL_TABLES, type TableName } from '../core/backup/tables';

let instance: WorkbenchDb | null = null;

/** The workspace database of this window (opened lazily). */
export function getDb(): WorkbenchDb {
  instance ??= new WorkbenchDb();
  return instance;
}

/** For tests: use another database (e.g. a fresh fake-indexeddb one). */
export function setDbForTesting(db: WorkbenchDb | null): void {
  instance = db;
}

/**
 * Workspace backups: the whole database in one JSON file, and restoring it.
 * What a valid file is (its format, the header, every row's fields and the
 * relations between rows) is core/backup/format.ts; this module reads the
 * bytes, verifies the checksum and writes.
 *
 * Reading a backup never changes anything until every check has passed.
 *
 * Restoring is ONE read-write transaction over every table, so it is all or
 * nothing. We do not use dexie-export-import's `importInto` for it: with
 * `clearTablesBeforeImport` it clears each table in a transaction of its own
 * before the import transaction starts, so a failed import would leave an
 * empty workspace; and it keeps its transaction alive across Blob reads with
 * `Dexie.waitFor`. Here the file is already parsed, so the writes need no
 * waiting.
 */
import type { Dexie, Table } from 'dexie';
import type { exportDB } from 'dexie-export-import';
import type { Claim, ClaimEvent, Evidence, FlagDecision, SettingRecord } from '../core/model';
import {
  backupHeader,
  checkHeader,
  checkWorkspaceRows,
  emptyCounts,
  LOCAL_SETTING_KEYS,
  MAX_BACKUP_BYTES,
  readPayloadTables,
  refusal,
  type BackupHeader,
  type BackupRefusal,
  type TableCounts,
  type WorkspaceRows,
} from '../core/backup/format';
import { VERSIONED_TABLES } from './versions';
import { checkCancelled, type WorkControl } from '../core/cancel';
import { innermostMessage } from '../core/errors';
import { ALL_TABLES, getDb, type TableName, type WorkbenchDb } from './db';
import { runWrite } from './save-status';
import { upsertSourceByUrl } from './source-upsert';
import type { TableRows } from '../core/backup/format';
import { upgradeTables } from './upgrade';

export { BACKUP_STATE_KEY, MAX_BACKUP_BYTES, type BackupRefusal, type BackupRefusalCode, type TableCounts } from '../core/backup/format';

export interface BackupFile {
  readonly text: string;
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly counts: TableCounts;
  /** e.g. workspace-backup-2025-06-30-1412.json */
  readonly suggestedName: string;
}

export interface BackupPreview {
  readonly ok: true;
  readonly createdAt: string;
  readonly appVersion: string;
  readonly formatVersion: number;
  readonly schemaVersion: number;
  /** Set when the file was made by an older schema and is upgraded on restore. */
  readonly upgradedTo?: number;
  readonly counts: TableCounts;
  /** The articles, most recently changed first. */
  readonly articles: readonly { readonly id: string; readonly title: string; readonly updatedAt: string }[];
  /** The latest `updatedAt` of any article, claim or source. */
  readonly lastChangeAt?: string;
  readonly bytes: number;
}

export type RestoreMode = 'replace' | 'merge';

export type RestoreResult =
  | { readonly ok: true; readonly mode: 'replace'; readonly counts: TableCounts }
  | {
      readonly ok: true;
      readonly mode: 'merge';
      /** Records added or replaced by their newer version from the file. */
      readonly written: TableCounts;
      /** Sources of the file that matched a workspace source by normalised address. */
      readonly sourcesMatched: number;
    }
  | BackupRefusal;

// ---------------------------------------------------------------------------
// Writing a backup

/**
 * Defined by the renderer build (electron.vite.config.ts); absent in Node
 * (tests, the benchmark), hence declared here as possibly undefined.
 */
declare const __APP_VERSION__: string | undefined;

/** The app version, where the build defines it (not in Node tests). */
function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
}

/** Loads dexie-export-import only when needed; it reads `self` as it loads, which Node lacks. */
async function exporter(): Promise<{ exportDB: typeof exportDB }> {
  (globalThis as { self?: unknown }).self ??= globalThis;
  return import('dexie-export-import');
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Backs up the whole database `db` (the workspace by default; any Dexie
 * database, e.g. one still at an older version before its upgrade) as the
 * text of one backup file. Reads everything in one read transaction, so the
 * file is a consistent snapshot. `control` reports the rows read so far and
 * can cancel (the promise then rejects with an AbortError).
 */
export async function createBackup(db: Dexie = getDb(), now = new Date(), control: WorkControl = {}): Promise<BackupFile> {
  const { exportDB } = await exporter();
  if (!db.isOpen()) await db.open();
  const blob = await exportDB(db, {
    prettyJson: false,
    // Called between chunks of rows: a cancel stops the export there (throwing rejects it).
    progressCallback: ({ completedRows, totalRows }) => {
      checkCancelled(control.signal);
      if (totalRows) control.progress?.(completedRows, totalRows);
      return false;
    },
  });
  checkCancelled(control.signal);
  // Canonical form: the checksum is over exactly JSON.stringify(payload).
  const payloadText = JSON.stringify(JSON.parse(await blob.text()));
  const payload = JSON.parse(payloadText) as { data: { databaseVersion: number; tables: { name: string; rowCount: number }[] } };
  const counts: Record<string, number> = emptyCounts();
  for (const t of payload.data.tables) counts[t.name] = t.rowCount;
  const createdAt = now.toISOString();
  const header = backupHeader({ appVersion: appVersion(), schemaVersion: payload.data.databaseVersion, createdAt, counts, checksum: await sha256Hex(payloadText) });
  const text = `${JSON.stringify(header).slice(0, -1)},"payload":${payloadText}}`;
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return { text, createdAt, schemaVersion: header.schemaVersion, counts: counts as TableCounts, suggestedName: `workspace-backup-${stamp}.json` };
}

// ---------------------------------------------------------------------------
// Reading a backup

/** Text from bytes, strictly UTF-8 (a backup is always written so); a leading BOM is dropped. */
function asText(input: string | Uint8Array): string | BackupRefusal {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input.byteLength > MAX_BACKUP_BYTES) return refusal('tooLarge', { size: megabytes(input.byteLength), limit: megabytes(MAX_BACKUP_BYTES) });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    return refusal('encoding');
  }
}

function megabytes(n: number): number {
  return Math.round((n / (1024 * 1024)) * 10) / 10;
}

interface ParsedBackup {
  readonly header: BackupHeader;
  readonly tables: Map<string, TableRows>;
  readonly bytes: number;
}

/** Parses and checks the envelope: JSON, header and versions (core), the checksum, the export's structure (core). */
async function parseEnvelope(input: string | Uint8Array, supportedSchema: number): Promise<ParsedBackup | BackupRefusal> {
  const text = asText(input);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return refusal('empty');
  const bytes = typeof input === 'string' ? new TextEncoder().encode(text).byteLength : input.byteLength;
  if (bytes > MAX_BACKUP_BYTES) return refusal('tooLarge', { size: megabytes(bytes), limit: megabytes(MAX_BACKUP_BYTES) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = innermostMessage(error);
    // A copy cut short fails at its very end: V8 says "Unexpected end of
    // JSON input", or names the last position ("Unterminated string in JSON
    // at position N").
    const position = /position (\d+)/.exec(detail);
    const cut = /end of (JSON )?input/i.test(detail) || (position !== null && Number(position[1]) >= text.trimEnd().length);
    return cut ? refusal('truncated') : refusal('corrupt', { detail: detail.slice(0, 200) });
  }
  const header = checkHeader(data, supportedSchema);
  if ('ok' in header) return header;
  const payload = (data as { payload: unknown }).payload;
  if ((await sha256Hex(JSON.stringify(payload))) !== header.checksum.value.toLowerCase()) return refusal('checksum');
  const tables = readPayloadTables(payload, header);
  if ('ok' in tables) return tables;
  return { header, tables, bytes };
}

interface PreparedRestore {
  readonly preview: BackupPreview;
  readonly rows: WorkspaceRows;
}

async function prepare(input: string | Uint8Array, db: WorkbenchDb): Promise<PreparedRestore | BackupRefusal> {
  const supported = db.verno;
  const parsed = await parseEnvelope(input, supported);
  if ('ok' in parsed) return parsed;
  const { header } = parsed;
  let tables: Map<string, object[]>;
  if (header.schemaVersion < supported) {
    try {
      tables = await upgradeTables(parsed.tables, header.schemaVersion, db);
    } catch (error) {
      // A record the upgrade could not read (a field missing or of another type) is damage, not a failure to explain in JavaScript's words.
      if (error instanceof TypeError || error instanceof RangeError) return refusal('upgradeDamaged', { found: header.schemaVersion });
      return refusal('upgradeFailed', { found: header.schemaVersion, detail: innermostMessage(error) });
    }
  } else {
    const current = new Map(db.tables.map((t) => [t.name, t.schema.primKey.src]));
    for (const [name, { schema }] of parsed.tables) {
      if (current.has(name) && schema.split(',')[0] !== current.get(name)) return refusal('structure', { detail: `primary key of ${name}` });
    }
    tables = new Map([...parsed.tables].map(([name, t]) => [name, [...t.rows]]));
  }
  const checked = checkWorkspaceRows(tables);
  if ('ok' in checked) return checked;
  // This installation's own rows (open article, backup dates) are neither listed nor restored.
  const rows: WorkspaceRows = { ...checked, settings: checked.settings.filter((r) => !LOCAL_SETTING_KEYS.includes(r.key)) };

  const counts = emptyCounts();
  for (const table of ALL_TABLES) counts[table] = rows[table].length;
  const articles = rows.articles.map((a) => ({ id: a.id, title: a.title, updatedAt: a.updatedAt })).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  let lastChangeAt: string | undefined;
  for (const r of [...rows.articles, ...rows.claims, ...rows.sources]) {
    if (!lastChangeAt || r.updatedAt > lastChangeAt) lastChangeAt = r.updatedAt;
  }
  const preview: BackupPreview = {
    ok: true,
    createdAt: header.createdAt,
    appVersion: header.app.version ?? '?',
    formatVersion: header.formatVersion,
    schemaVersion: header.schemaVersion,
    ...(header.schemaVersion < supported ? { upgradedTo: supported } : {}),
    counts,
    articles,
    ...(lastChangeAt ? { lastChangeAt } : {}),
    bytes: parsed.bytes,
  };
  return { preview, rows };
}

/**
 * What a backup file holds — counts per table, dates, versions, the articles —
 * or why it cannot be restored (truncated or corrupt JSON, not a backup, a
 * newer format or schema than this app, a checksum mismatch, damaged or
 * unsafe records). Changes nothing, ever.
 */
export async function previewBackup(input: string | Uint8Array, db: WorkbenchDb = getDb()): Promise<BackupPreview | BackupRefusal> {
  const prepared = await prepare(input, db);
  return 'preview' in prepared ? prepared.preview : prepared;
}

// ---------------------------------------------------------------------------
// Restoring

/**
 * Restores a backup file into the workspace, after the same checks as
 * `previewBackup` (a refused file changes nothing).
 *
 * - 'replace': the workspace becomes exactly the backup (the open article
 *   and backup bookkeeping of this installation are kept).
 * - 'merge': by ids; a record in both keeps the version changed last
 *   (`updatedAt`; records without one keep the workspace's); a source whose
 *   normalised address is already in the workspace under another id becomes
 *   that source, and the file's links are re-pointed to it (a link that then
 *   repeats an existing one is dropped). Settings only fill keys not set.
 *
 * Either way ONE transaction over every table: all or nothing. Shown in the
 * status bar like any write; a failure (e.g. a full disk) leaves the
 * workspace as it was and can be retried.
 */
export async function restoreBackup(input: string | Uint8Array, mode: RestoreMode, db: WorkbenchDb = getDb(), control: WorkControl = {}): Promise<RestoreResult> {
  const prepared = await prepare(input, db);
  if (!('preview' in prepared)) return prepared;
  checkCancelled(control.signal);
  const { rows } = prepared;
  return runWrite(`workspace:restore-${mode}`, () =>
    db.transaction('rw', db.tables, async () => (mode === 'replace' ? replaceAll(db, rows, control) : mergeAll(db, rows, control))),
  );
}

/** Rows written per step of a restore: progress and cancel are checked between steps. */
const RESTORE_CHUNK = 2000;

/**
 * Restored articles, claims and sources get a version no open editor can
 * hold (the restore's time in milliseconds, above any count of edits), so
 * the next save of an editor opened before the restore is refused with
 * "Changed in another window" instead of silently overwriting the backup's
 * record — even when the backup's record had the same count
 * (storage/versions.ts). Needed where the old record is gone before the new
 * one is written (a replace, a merged claim); a plain put already counts on
 * from the stored record.
 */
function restamp<T extends object>(table: TableName, list: readonly T[], stamp: number): readonly T[] {
  if (!VERSIONED_TABLES.has(table)) return list;
  return list.map((row) => {
    const version = (row as { version?: unknown }).version;
    return { ...row, version: Math.max(typeof version === 'number' ? version + 1 : 1, stamp) };
  });
}

async function replaceAll(db: WorkbenchDb, rows: WorkspaceRows, control: WorkControl): Promise<RestoreResult> {
  const stamp = Date.now();
  const local = (await db.settings.bulkGet([...LOCAL_SETTING_KEYS])).filter((r): r is SettingRecord => r !== undefined);
  const counts = emptyCounts();
  const total = ALL_TABLES.reduce((n, table) => n + rows[table].length, 0);
  let done = 0;
  for (const table of ALL_TABLES) {
    const list = restamp<object>(table, rows[table], stamp);
    await db.table(table).clear();
    for (let i = 0; i < list.length; i += RESTORE_CHUNK) {
      // Throwing here aborts the transaction: a cancelled restore changes nothing.
      checkCancelled(control.signal);
      const chunk = list.slice(i, i + RESTORE_CHUNK);
      await db.table(table).bulkAdd(chunk);
      done += chunk.length;
      control.progress?.(done, total);
    }
    counts[table] = list.length;
  }
  await db.settings.bulkPut(local);
  return { ok: true, mode: 'replace', counts };
}

/** The newer of two versions of a record, by `updatedAt`; the workspace's on a tie. */
function newer<T extends { updatedAt?: string }>(incoming: T, existing: T): boolean {
  return typeof incoming.updatedAt === 'string' && typeof existing.updatedAt === 'string' && incoming.updatedAt > existing.updatedAt;
}

/** Adds the incoming rows whose key the table lacks; the rows it already holds stay as they are. */
async function addMissing<T>(table: Table<T, string>, incoming: readonly T[], keyOf: (row: T) => string, written: Record<TableName, number>, name: TableName): Promise<void> {
  const existing = await table.bulkGet(incoming.map(keyOf));
  const toAdd = incoming.filter((_, i) => !existing[i]);
  await table.bulkAdd(toAdd);
  written[name] = toAdd.length;
}

async function mergeById<T extends { id: string; updatedAt?: string }>(table: Table<T, string>, incoming: readonly T[], written: Record<TableName, number>, name: TableName): Promise<void> {
  const existing = await table.bulkGet(incoming.map((r) => r.id));
  const toPut: T[] = [];
  incoming.forEach((row, i) => {
    const current = existing[i];
    if (!current || newer(row, current)) toPut.push(row);
  });
  // A merged-in record replacing the workspace's counts one more than it (storage/versions.ts): open editors are refused.
  await table.bulkPut(toPut);
  written[name] += toPut.length;
}

async function mergeAll(db: WorkbenchDb, rows: WorkspaceRows, control: WorkControl): Promise<RestoreResult> {
  const written = emptyCounts();
  // Seven steps, one per kind of record; a cancel between two aborts the transaction.
  let step = 0;
  const stepDone = () => {
    checkCancelled(control.signal);
    control.progress?.(++step, 7);
  };

  await mergeById(db.articles, rows.articles, written, 'articles');
  stepDone();
  // Revisions are immutable: add the ones the workspace lacks.
  await addMissing(db.revisions, rows.revisions, (r) => r.id, written, 'revisions');
  stepDone();
  await mergeClaims(db, rows.claims, written);

  // History: events are never edited, so the file's that the workspace lacks join it (for claims that exist).
  const incomingEvents = rows.claimEvents;
  const haveEvents = await db.claimEvents.bulkGet(incomingEvents.map((e) => e.id));
  const eventClaims = await db.claims.bulkGet(incomingEvents.map((e) => e.claimId));
  const newEvents: ClaimEvent[] = incomingEvents.filter((e, i) => !haveEvents[i] && eventClaims[i]?.articleId === e.articleId);
  await db.claimEvents.bulkAdd(newEvents);
  written.claimEvents = newEvents.length;
  stepDone();

  // Sources: one per normalised address (upsertSourceByUrl). The file's id → the id its links should use.
  const sourceIds = new Map<string, string>();
  let sourcesMatched = 0;
  for (const source of rows.sources) {
    // A source already here under the same id is replaced only by a newer edit.
    const { source: kept, matched, stored } = await upsertSourceByUrl(source, { db, replaceOwn: (current) => newer(source, current) });
    sourceIds.set(source.id, kept.id);
    if (matched) sourcesMatched++;
    if (stored) written.sources++;
  }
  stepDone();

  // Links, re-pointed to the merged sources; one per claim and source.
  const links: Evidence[] = [];
  const incomingEvidence = rows.evidence;
  const haveEvidence = await db.evidence.bulkGet(incomingEvidence.map((e) => e.id));
  const pairOf = (claimId: string, sourceId: string) => `${claimId}\u0000${sourceId}`;
  const seenPairs = new Set(
    (await db.evidence.where('claimId').anyOf([...new Set(incomingEvidence.map((e) => e.claimId))]).toArray()).map((e) => pairOf(e.claimId, e.sourceId)),
  );
  for (let i = 0; i < incomingEvidence.length; i++) {
    if (haveEvidence[i]) continue;
    const link = incomingEvidence[i]!;
    const sourceId = sourceIds.get(link.sourceId) ?? link.sourceId;
    const pair = pairOf(link.claimId, sourceId);
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    links.push(sourceId === link.sourceId ? link : { ...link, sourceId });
  }
  await db.evidence.bulkAdd(links);
  written.evidence = links.length;
  stepDone();

  const decisions: FlagDecision[] = [];
  const incomingDecisions = rows.flagDecisions;
  const haveDecisions = await db.flagDecisions.bulkGet(incomingDecisions.map((d) => d.id));
  const seenDecisions = new Set(
    (await db.flagDecisions.where('articleId').anyOf([...new Set(incomingDecisions.map((d) => d.articleId))]).toArray()).map((d) => pairOf(d.articleId, d.fingerprint)),
  );
  for (let i = 0; i < incomingDecisions.length; i++) {
    const d = incomingDecisions[i]!;
    const pair = pairOf(d.articleId, d.fingerprint);
    if (haveDecisions[i] || seenDecisions.has(pair)) continue;
    seenDecisions.add(pair);
    decisions.push(d);
  }
  await db.flagDecisions.bulkAdd(decisions);
  written.flagDecisions = decisions.length;
  stepDone();

  // Derived data: recomputable, so the file's entries simply join the index.
  const passages = rows.passageIndex;
  await db.passageIndex.bulkPut(passages);
  written.passageIndex = passages.length;
  stepDone();

  // prepare() has already left out this installation's own rows; the workspace's own settings win.
  await addMissing(db.settings, rows.settings, (s) => s.key, written, 'settings');

  return { ok: true, mode: 'merge', written, sourcesMatched };
}

/**
 * Claims merged by id (the newer version wins), keeping claim numbers
 * unique in each article: a claim of the file whose number another claim of
 * the workspace already has (the two copies of a workspace numbered claims
 * independently after they parted) takes the article's next number. Every
 * article's counter then covers every number it holds, so none is issued
 * twice.
 */
async function mergeClaims(db: WorkbenchDb, incoming: readonly Claim[], written: Record<TableName, number>): Promise<void> {
  const existing = await db.claims.bulkGet(incoming.map((c) => c.id));
  const toPut: Claim[] = [];
  incoming.forEach((claim, i) => {
    const current = existing[i];
    if (!current || newer(claim, current)) toPut.push(claim);
  });
  const articleIds = [...new Set(toPut.map((c) => c.articleId))];
  const articles = await db.articles.bulkGet(articleIds);
  const putIds = new Set(toPut.map((c) => c.id));
  // Numbers in use per article: the workspace's claims that stay, then the file's as they are placed.
  const used = new Map<string, Map<number, string>>();
  const counters = new Map<string, number>();
  for (let i = 0; i < articleIds.length; i++) {
    const articleId = articleIds[i]!;
    const own = await db.claims.where('articleId').equals(articleId).toArray();
    used.set(articleId, new Map(own.filter((c) => !putIds.has(c.id)).map((c) => [c.number, c.id])));
    counters.set(articleId, Math.max(articles[i]?.lastClaimNumber ?? 0, ...own.map((c) => c.number)));
  }
  const placed = toPut.map((claim) => {
    const numbers = used.get(claim.articleId)!;
    const holder = numbers.get(claim.number);
    let number = claim.number;
    if (holder !== undefined && holder !== claim.id) number = (counters.get(claim.articleId) ?? 0) + 1;
    numbers.set(number, claim.id);
    counters.set(claim.articleId, Math.max(counters.get(claim.articleId) ?? 0, number));
    return number === claim.number ? claim : { ...claim, number };
  });
  // The old versions go first, freeing their numbers: two claims may swap numbers within one merge.
  const present = new Set(existing.filter((c): c is Claim => c !== undefined).map((c) => c.id));
  await db.claims.bulkDelete(placed.filter((c) => present.has(c.id)).map((c) => c.id));
  // Deleted first, so the put cannot count from them: stamped, like a replace (see restamp).
  await db.claims.bulkPut([...restamp('claims', placed, Date.now())]);
  written.claims += placed.length;
  for (let i = 0; i < articleIds.length; i++) {
    const article = await db.articles.get(articleIds[i]!);
    const counter = counters.get(articleIds[i]!) ?? 0;
    if (article && (article.lastClaimNumber ?? 0) < counter) await db.articles.put({ ...article, lastClaimNumber: counter });
  }
}

/** Row counts of the workspace, e.g. to say what "Replace" removes. */
export async function workspaceCounts(db: WorkbenchDb = getDb()): Promise<TableCounts> {
  const counts = emptyCounts();
  await db.transaction('r', db.tables, async () => {
    for (const table of ALL_TABLES) counts[table] = await db.table(table).count();
  });
  return counts;
}

// Bookkeeping (when the workspace was last backed up) is in ./backup-state,
// which the app needs at start; this module loads with a backup or a restore.
export { loadBackupState, markBackedUp, noteChange, type BackupState } from './backup-state';

/**
 * Workspace backups: the whole database in one JSON file, and restoring it.
 *
 * The file is one JSON object: our header, then the database as
 * dexie-export-import writes it:
 *
 *   {"format":"factcheck-workbench-backup","formatVersion":1,
 *    "app":{"name":…,"version":…},"schemaVersion":1,"createdAt":…,
 *    "counts":{"articles":2,…},"checksum":{"algorithm":"SHA-256","value":…},
 *    "payload":{"formatName":"dexie","formatVersion":1,"data":{…}}}
 *
 * The checksum is the SHA-256 of `JSON.stringify(payload)`, so it survives a
 * re-indentation of the file but not a change to any value; a cut-off copy
 * fails to parse before it gets that far.
 *
 * Reading a backup never changes anything until every check has passed:
 * JSON, header, versions (a file from a newer app is refused), checksum, the
 * shape of every row, and the safety of every stored address (a crafted file
 * can carry a valid checksum, so its contents are checked like any input).
 *
 * Restoring is ONE read-write transaction over every table, so it is all or
 * nothing. We do not use dexie-export-import's `importInto` for it: with
 * `clearTablesBeforeImport` it clears each table in a transaction of its own
 * before the import transaction starts, so a failed import would leave an
 * empty workspace; and it keeps its transaction alive across Blob reads with
 * `Dexie.waitFor`. Here the file is already parsed, so the writes need no
 * waiting. The rows are revived from the export's type annotations ourselves
 * (only the two our plain-JSON model can produce are accepted).
 */
import type { Dexie, Table } from 'dexie';
import type { exportDB } from 'dexie-export-import';
import { CLAIM_STATUSES, type Article, type Claim, type Evidence, type FlagDecision, type SettingRecord, type Source } from '../core/model';
import type { Translate } from '../core/i18n';
import { checkSetting, SETTING_KEYS } from '../core/settings';
import { REVIEW_SCHEMA } from '../core/report/snapshot';
import { checkUrl, normalizeUrl } from '../core/sources/url';
import { ALL_TABLES, getDb, type TableName, type WorkbenchDb } from './db';
import { runWrite } from './save-status';
import { upgradeTables, type TableRows } from './upgrade';
import { isStance } from '../core/sources/source-draft';

export const BACKUP_FORMAT = 'factcheck-workbench-backup';
/** The newest backup file format this build reads and the one it writes. */
export const BACKUP_FORMAT_VERSION = 1;
export const APP_NAME = 'Fact-checking Workbench';
/** Larger files are refused before parsing (Electron does not even read files over 200 MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/**
 * Settings rows that describe this installation, not the work: what is open,
 * when it was last backed up. A restore keeps the current ones.
 */
export const BACKUP_STATE_KEY = 'backupState';
const LOCAL_SETTING_KEYS: readonly string[] = ['session', BACKUP_STATE_KEY];

export type TableCounts = Readonly<Record<TableName, number>>;

export interface BackupFile {
  readonly text: string;
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly counts: TableCounts;
  /** e.g. workspace-backup-2025-06-30-1412.json */
  readonly suggestedName: string;
}

interface BackupHeader {
  format: string;
  formatVersion: number;
  app: { name: string; version: string };
  schemaVersion: number;
  createdAt: string;
  counts: Record<string, number>;
  checksum: { algorithm: 'SHA-256'; value: string };
}

export type BackupRefusalCode =
  | 'empty'
  | 'tooLarge'
  | 'encoding'
  | 'truncated'
  | 'corrupt'
  | 'notBackup'
  | 'reviewFile'
  | 'newerFormat'
  | 'newerSchema'
  | 'checksum'
  | 'structure'
  | 'damaged'
  | 'unsafeUrl'
  | 'unsupportedValue'
  | 'upgradeFailed';

/** Why a file is not restored. Nothing was changed. `params` fill the message. */
export interface BackupRefusal {
  readonly ok: false;
  readonly code: BackupRefusalCode;
  readonly params: Readonly<Record<string, string | number>>;
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

function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(ALL_TABLES.map((t) => [t, 0])) as Record<TableName, number>;
}

/**
 * Backs up the whole database `db` (the workspace by default; any Dexie
 * database, e.g. one still at an older version before its upgrade) as the
 * text of one backup file. Reads everything in one read transaction, so the
 * file is a consistent snapshot.
 */
export async function createBackup(db: Dexie = getDb(), now = new Date()): Promise<BackupFile> {
  const { exportDB } = await exporter();
  if (!db.isOpen()) await db.open();
  const blob = await exportDB(db, { prettyJson: false });
  // Canonical form: the checksum is over exactly JSON.stringify(payload).
  const payloadText = JSON.stringify(JSON.parse(await blob.text()));
  const payload = JSON.parse(payloadText) as { data: { databaseVersion: number; tables: { name: string; rowCount: number }[] } };
  const counts: Record<string, number> = emptyCounts();
  for (const t of payload.data.tables) counts[t.name] = t.rowCount;
  const createdAt = now.toISOString();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: { name: APP_NAME, version: appVersion() },
    schemaVersion: payload.data.databaseVersion,
    createdAt,
    counts,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(payloadText) },
  };
  const text = `${JSON.stringify(header).slice(0, -1)},"payload":${payloadText}}`;
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return { text, createdAt, schemaVersion: header.schemaVersion, counts: counts as TableCounts, suggestedName: `workspace-backup-${stamp}.json` };
}

// ---------------------------------------------------------------------------
// Reading a backup

function refusal(code: BackupRefusalCode, params: Record<string, string | number> = {}): BackupRefusal {
  return { ok: false, code, params };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

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

/** Parses and checks the envelope: JSON, header, versions, checksum, the export's structure. */
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
    const detail = error instanceof Error ? error.message : String(error);
    // A copy cut short fails at its very end: V8 says "Unexpected end of
    // JSON input", or names the last position ("Unterminated string in JSON
    // at position N").
    const position = /position (\d+)/.exec(detail);
    const cut = /end of (JSON )?input/i.test(detail) || (position !== null && Number(position[1]) >= text.trimEnd().length);
    return cut ? refusal('truncated') : refusal('corrupt', { detail: detail.slice(0, 200) });
  }
  if (!isRecord(data)) return refusal('notBackup');
  if (data['schema'] === REVIEW_SCHEMA || (typeof data['schema'] === 'string' && data['schema'].startsWith('workbench-review/'))) return refusal('reviewFile');
  if (data['format'] !== BACKUP_FORMAT) return refusal('notBackup');
  const formatVersion = data['formatVersion'];
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return refusal('structure', { detail: 'formatVersion' });
  if (formatVersion > BACKUP_FORMAT_VERSION) return refusal('newerFormat', { found: formatVersion, supported: BACKUP_FORMAT_VERSION });
  const schemaVersion = data['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isFinite(schemaVersion) || schemaVersion < 1) return refusal('structure', { detail: 'schemaVersion' });
  if (schemaVersion > supportedSchema) return refusal('newerSchema', { found: schemaVersion, supported: supportedSchema });

  const checksum = data['checksum'];
  if (!isRecord(checksum) || checksum['algorithm'] !== 'SHA-256' || typeof checksum['value'] !== 'string') return refusal('structure', { detail: 'checksum' });
  if (!('payload' in data)) return refusal('structure', { detail: 'payload' });
  if ((await sha256Hex(JSON.stringify(data['payload']))) !== checksum['value'].toLowerCase()) return refusal('checksum');

  const app = isRecord(data['app']) ? data['app'] : {};
  const createdAt = typeof data['createdAt'] === 'string' && !Number.isNaN(Date.parse(data['createdAt'])) ? data['createdAt'] : null;
  if (!createdAt) return refusal('structure', { detail: 'createdAt' });
  const counts = isRecord(data['counts']) ? data['counts'] : null;
  if (!counts) return refusal('structure', { detail: 'counts' });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion,
    app: { name: String(app['name'] ?? APP_NAME), version: String(app['version'] ?? '?') },
    schemaVersion,
    createdAt,
    counts: counts as Record<string, number>,
    checksum: { algorithm: 'SHA-256', value: checksum['value'] },
  };

  const payload = data['payload'];
  if (!isRecord(payload) || payload['formatName'] !== 'dexie' || !isRecord(payload['data'])) return refusal('structure', { detail: 'payload' });
  if (payload['formatVersion'] !== 1) return refusal('newerFormat', { found: String(payload['formatVersion']), supported: 1 });
  const db = payload['data'];
  if (db['databaseVersion'] !== schemaVersion) return refusal('structure', { detail: 'databaseVersion' });
  if (!Array.isArray(db['tables']) || !Array.isArray(db['data'])) return refusal('structure', { detail: 'tables' });
  const schemas = new Map<string, string>();
  for (const t of db['tables'] as unknown[]) {
    if (!isRecord(t) || typeof t['name'] !== 'string' || typeof t['schema'] !== 'string' || !/^[\w$]+$/.test(t['name'])) return refusal('structure', { detail: 'tables' });
    schemas.set(t['name'], t['schema']);
  }
  const tables = new Map<string, TableRows>();
  for (const entry of db['data'] as unknown[]) {
    if (!isRecord(entry) || typeof entry['tableName'] !== 'string' || !Array.isArray(entry['rows'])) return refusal('structure', { detail: 'data' });
    const name = entry['tableName'];
    const schema = schemas.get(name);
    if (schema === undefined || tables.has(name)) return refusal('structure', { detail: `table ${name}` });
    // Every table of ours has an inbound primary key (a property of the row).
    if (entry['inbound'] !== true) return refusal('structure', { detail: `table ${name}` });
    const rows: object[] = [];
    for (let i = 0; i < entry['rows'].length; i++) {
      const revived = revive(entry['rows'][i]);
      if (revived === null) return refusal('unsupportedValue', { table: name, row: i + 1 });
      rows.push(revived);
    }
    tables.set(name, { schema, rows });
  }
  for (const [name, schema] of schemas) if (!tables.has(name)) tables.set(name, { schema, rows: [] });
  for (const [name, { rows }] of tables) {
    if ((counts[name] ?? 0) !== rows.length) return refusal('structure', { detail: `${name}: ${String(counts[name])} ≠ ${rows.length}` });
  }
  return { header, tables, bytes };
}

/**
 * Undoes the export's type annotations (`$types`). Our records are plain
 * JSON, so only two can occur: `arrayNonindexKeys` (an ordinary array) and
 * `undef` (a property set to undefined, which we drop). Anything else —
 * dates, blobs, maps — the workbench never stores: null refuses the row.
 */
function revive(row: unknown): object | null {
  if (!isRecord(row)) return null;
  const types = row['$types'];
  if (types === undefined) return row;
  if (!isRecord(types)) return null;
  const out: Record<string, unknown> = { ...row };
  delete out['$types'];
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map((k) => k.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = keys.pop();
    if (last === undefined || keys.includes('__proto__') || last === '__proto__') return null;
    let parent: unknown = out;
    for (const k of keys) parent = isRecord(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[k] : undefined;
    if (!(isRecord(parent) || Array.isArray(parent))) return null;
    const holder = parent as Record<string, unknown>;
    if (type === 'arrayNonindexKeys') {
      if (!Array.isArray(holder[last])) return null;
    } else if (type === 'undef') {
      if (Array.isArray(holder)) holder[Number(last)] = undefined;
      else delete holder[last];
    } else {
      return null;
    }
  }
  return out;
}

// ---- Row checks: what the app relies on, and addresses that could be opened

type FieldCheck = (value: unknown) => boolean;
const isString: FieldCheck = (v) => typeof v === 'string';
const isId: FieldCheck = (v) => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isNumber: FieldCheck = (v) => typeof v === 'number' && Number.isFinite(v);
const optional =
  (check: FieldCheck): FieldCheck =>
  (v) =>
    v === undefined || check(v);
const isStringArray: FieldCheck = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const isTarget: FieldCheck = (v) =>
  isRecord(v) && isRecord(v['position']) && isNumber(v['position']['start']) && isNumber(v['position']['end']) && isRecord(v['quote']) && isString(v['quote']['exact']);
const isImportInfo: FieldCheck = (v) =>
  isRecord(v) &&
  isString(v['format']) &&
  (v['links'] === undefined || (Array.isArray(v['links']) && v['links'].every((l) => isRecord(l) && typeof l['url'] === 'string' && /^(https?:|mailto:)/i.test(l['url']))));

const ROW_FIELDS: Record<TableName, Record<string, FieldCheck>> = {
  articles: { id: isId, title: isString, language: isString, currentRevisionId: isId, createdAt: isString, updatedAt: isString },
  revisions: { id: isId, articleId: isId, number: isNumber, text: isString, paragraphs: Array.isArray, importInfo: isImportInfo },
  claims: {
    id: isId,
    articleId: isId,
    revisionId: isId,
    target: isTarget,
    status: oneOf(CLAIM_STATUSES),
    verdict: isString,
    note: optional(isString),
    tags: optional(isStringArray),
    updatedAt: isString,
  },
  sources: { id: isId, url: isString, title: isString, notes: optional(isString) },
  evidence: { id: isId, claimId: isId, sourceId: isId, stance: isStance },
  flagDecisions: { id: isId, articleId: isId, fingerprint: isString },
  passageIndex: { hash: isString, articleId: isId, paragraphIndex: isNumber },
  settings: { key: isId },
};

/** Addresses a restored row may carry, each checked like one the editor typed. */
const URL_FIELDS: Partial<Record<TableName, readonly string[]>> = { articles: ['sourceUrl'], sources: ['url', 'archiveUrl'] };

function checkRows(tables: ReadonlyMap<string, readonly object[]>, target: WorkbenchDb): Map<TableName, object[]> | BackupRefusal {
  const out = new Map<TableName, object[]>();
  for (const [name, rows] of tables) {
    if (!(ALL_TABLES as readonly string[]).includes(name)) return refusal('structure', { detail: `unknown table ${name}` });
    const table = name as TableName;
    const fields = ROW_FIELDS[table];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>;
      for (const [field, check] of Object.entries(fields)) {
        if (!check(row[field])) return refusal('damaged', { table, row: i + 1, field });
      }
      for (const field of URL_FIELDS[table] ?? []) {
        const value = row[field];
        if (value === undefined || value === '') continue;
        if (typeof value !== 'string' || !checkUrl(value).ok) return refusal('unsafeUrl', { table, row: i + 1 });
      }
      if (table === 'settings') {
        const key = row['key'] as string;
        if ((SETTING_KEYS as readonly string[]).includes(key) && checkSetting(key, row['value']) !== null) return refusal('damaged', { table, row: i + 1, field: key });
      }
    }
    out.set(table, rows as object[]);
  }
  // A table the file does not mention is restored empty.
  for (const table of target.tables) if (!out.has(table.name as TableName)) out.set(table.name as TableName, []);
  return out;
}

interface PreparedRestore {
  readonly preview: BackupPreview;
  readonly rows: Map<TableName, object[]>;
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
      return refusal('upgradeFailed', { found: header.schemaVersion, detail: error instanceof Error ? error.message : String(error) });
    }
  } else {
    const current = new Map(db.tables.map((t) => [t.name, t.schema.primKey.src]));
    for (const [name, { schema }] of parsed.tables) {
      if (current.has(name) && schema.split(',')[0] !== current.get(name)) return refusal('structure', { detail: `primary key of ${name}` });
    }
    tables = new Map([...parsed.tables].map(([name, t]) => [name, t.rows as object[]]));
  }
  const rows = checkRows(tables, db);
  if ('ok' in rows) return rows;
  // This installation's own rows (open article, backup dates) are neither listed nor restored.
  rows.set('settings', (rows.get('settings') ?? []).filter((r) => !LOCAL_SETTING_KEYS.includes((r as { key: string }).key)));

  const counts = emptyCounts();
  for (const [table, list] of rows) counts[table] = list.length;
  const articles = (rows.get('articles') as Article[])
    .map((a) => ({ id: a.id, title: a.title, updatedAt: a.updatedAt }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  let lastChangeAt: string | undefined;
  for (const table of ['articles', 'claims', 'sources'] as const) {
    for (const r of rows.get(table) as { updatedAt?: unknown }[]) {
      if (typeof r.updatedAt === 'string' && (!lastChangeAt || r.updatedAt > lastChangeAt)) lastChangeAt = r.updatedAt;
    }
  }
  const preview: BackupPreview = {
    ok: true,
    createdAt: header.createdAt,
    appVersion: header.app.version,
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
export async function restoreBackup(input: string | Uint8Array, mode: RestoreMode, db: WorkbenchDb = getDb()): Promise<RestoreResult> {
  const prepared = await prepare(input, db);
  if (!('preview' in prepared)) return prepared;
  const { rows } = prepared;
  return runWrite(`workspace:restore-${mode}`, () =>
    db.transaction('rw', db.tables, async () => (mode === 'replace' ? replaceAll(db, rows) : mergeAll(db, rows))),
  );
}

async function replaceAll(db: WorkbenchDb, rows: Map<TableName, object[]>): Promise<RestoreResult> {
  const local = (await db.settings.bulkGet([...LOCAL_SETTING_KEYS])).filter((r): r is SettingRecord => r !== undefined);
  const counts = emptyCounts();
  for (const table of ALL_TABLES) {
    const list = rows.get(table) ?? [];
    await db.table(table).clear();
    await db.table(table).bulkAdd(list);
    counts[table] = list.length;
  }
  await db.settings.bulkPut(local);
  return { ok: true, mode: 'replace', counts };
}

/** The newer of two versions of a record, by `updatedAt`; the workspace's on a tie. */
function newer<T extends { updatedAt?: string }>(incoming: T, existing: T): boolean {
  return typeof incoming.updatedAt === 'string' && typeof existing.updatedAt === 'string' && incoming.updatedAt > existing.updatedAt;
}

async function mergeById<T extends { id: string; updatedAt?: string }>(table: Table<T, string>, incoming: readonly T[], written: Record<TableName, number>, name: TableName): Promise<void> {
  const existing = await table.bulkGet(incoming.map((r) => r.id));
  const toPut: T[] = [];
  incoming.forEach((row, i) => {
    const current = existing[i];
    if (!current || newer(row, current)) toPut.push(row);
  });
  await table.bulkPut(toPut);
  written[name] += toPut.length;
}

async function mergeAll(db: WorkbenchDb, rows: Map<TableName, object[]>): Promise<RestoreResult> {
  const written = emptyCounts();
  const get = <T>(t: TableName) => (rows.get(t) ?? []) as T[];

  await mergeById(db.articles, get<Article>('articles'), written, 'articles');
  // Revisions are immutable: add the ones the workspace lacks.
  const revisions = get<{ id: string }>('revisions');
  const haveRevisions = await db.revisions.bulkGet(revisions.map((r) => r.id));
  const newRevisions = revisions.filter((_, i) => !haveRevisions[i]);
  await db.revisions.bulkAdd(newRevisions as never[]);
  written.revisions = newRevisions.length;
  await mergeById(db.claims, get<Claim>('claims'), written, 'claims');

  // Sources: one per normalised address. The file's id → the id its links should use.
  const sourceIds = new Map<string, string>();
  let sourcesMatched = 0;
  const claimedKeys = new Map<string, string>();
  const incomingSources = get<Source>('sources');
  const existingById = await db.sources.bulkGet(incomingSources.map((s) => s.id));
  const keys = incomingSources.map((s) => (s.url ? normalizeUrl(s.url) || undefined : undefined));
  const present = await db.sources
    .where('normalizedUrl')
    .anyOf(keys.filter((k): k is string => k !== undefined))
    .toArray();
  for (const s of present) if (s.normalizedUrl) claimedKeys.set(s.normalizedUrl, s.id);
  const toPut: Source[] = [];
  for (let i = 0; i < incomingSources.length; i++) {
    const source = incomingSources[i]!;
    const key = keys[i];
    const { normalizedUrl: _drop, ...rest } = source;
    const record: Source = key ? { ...rest, normalizedUrl: key } : rest;
    const holder = key ? claimedKeys.get(key) : undefined;
    if (holder !== undefined && holder !== source.id) {
      sourceIds.set(source.id, holder);
      sourcesMatched++;
      continue;
    }
    sourceIds.set(source.id, source.id);
    if (key) claimedKeys.set(key, source.id);
    const current = existingById[i];
    if (!current || newer(record, current)) toPut.push(record);
  }
  await db.sources.bulkPut(toPut);
  written.sources = toPut.length;

  // Links, re-pointed to the merged sources; one per claim and source.
  const links: Evidence[] = [];
  const incomingEvidence = get<Evidence>('evidence');
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

  const decisions: FlagDecision[] = [];
  const incomingDecisions = get<FlagDecision>('flagDecisions');
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

  // Derived data: recomputable, so the file's entries simply join the index.
  const passages = get<object>('passageIndex');
  await db.passageIndex.bulkPut(passages as never[]);
  written.passageIndex = passages.length;

  // prepare() has already left out this installation's own rows.
  const settings = get<{ key: string; value: unknown }>('settings');
  const haveSettings = await db.settings.bulkGet(settings.map((s) => s.key));
  const newSettings = settings.filter((_, i) => !haveSettings[i]);
  await db.settings.bulkAdd(newSettings);
  written.settings = newSettings.length;

  return { ok: true, mode: 'merge', written, sourcesMatched };
}

/** The message for a refusal, in the interface language. */
export function describeBackupRefusal(refused: BackupRefusal, t: Translate, file: string): string {
  return t(`backup.refused_${refused.code}`, { file, ...refused.params });
}

/** Row counts of the workspace, e.g. to say what "Replace" removes. */
export async function workspaceCounts(db: WorkbenchDb = getDb()): Promise<TableCounts> {
  const counts = emptyCounts();
  await db.transaction('r', db.tables, async () => {
    for (const table of ALL_TABLES) counts[table] = await db.table(table).count();
  });
  return counts;
}

// ---------------------------------------------------------------------------
// Bookkeeping: when the workspace was last backed up, and since when it has
// changes that are in no backup. One settings row of our own, written
// directly (it is not a user edit, so not shown in the save status).

export interface BackupState {
  /** The last backup the editor made or the app wrote. */
  readonly lastBackupAt?: string;
  /** The first change made after that backup; absent when everything is backed up. */
  readonly changesSince?: string;
}

export async function loadBackupState(db: WorkbenchDb = getDb()): Promise<BackupState> {
  const value = (await db.settings.get(BACKUP_STATE_KEY))?.value;
  if (!isRecord(value)) return {};
  const { lastBackupAt, changesSince } = value;
  return {
    ...(typeof lastBackupAt === 'string' ? { lastBackupAt } : {}),
    ...(typeof changesSince === 'string' ? { changesSince } : {}),
  };
}

/** Records a backup made at `at` (covering every change so far). */
export async function markBackedUp(at: Date = new Date(), db: WorkbenchDb = getDb()): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: BACKUP_STATE_KEY, value: { lastBackupAt: at.toISOString() } }));
}

/** Records that a change was saved at `at`, unless an earlier one is already waiting for a backup. */
export async function noteChange(at: Date = new Date(), db: WorkbenchDb = getDb()): Promise<BackupState> {
  return db.transaction('rw', db.settings, async () => {
    const state = await loadBackupState(db);
    if (state.changesSince) return state;
    const next = { ...state, changesSince: at.toISOString() };
    await db.settings.put({ key: BACKUP_STATE_KEY, value: next });
    return next;
  });
}

/** A day of changes without a backup: time to remind the editor (browser host). */
export const REMIND_AFTER_MS = 24 * 3600 * 1000;

export function backupReminderDue(state: BackupState, now: Date = new Date()): boolean {
  return state.changesSince !== undefined && now.getTime() - Date.parse(state.changesSince) >= REMIND_AFTER_MS;
}

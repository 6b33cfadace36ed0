/**
 * The workspace backup file format, and every check a file must pass before
 * anything is restored — pure: storage/backup.ts reads the bytes, verifies
 * the checksum and writes; this module says what a valid file is.
 *
 * The file is one JSON object: our header, then the database as
 * dexie-export-import writes it:
 *
 *   {"format":"factcheck-workbench-backup","formatVersion":1,
 *    "app":{"name":…,"version":…},"schemaVersion":1,"createdAt":…,
 *    "counts":{"articles":2,…},"checksum":{"algorithm":"SHA-256","value":…},
 *    "payload":{"formatName":"dexie","formatVersion":1,"data":{…}}}
 *
 * A checksum is not a signature: anyone can edit a backup and recompute it.
 * So every row is read through the record schemas (core/schema/records.ts),
 * field by field, and the relations between rows are checked (ids that
 * exist, offsets inside their text, paragraphs in order): a crafted file is
 * refused with the table, the record and the field, or restored into a
 * workspace every view can show.
 */
import * as v from 'valibot';
import { WORKSPACE_TABLES, type TableName } from './tables';
import {
  ArticleSchema,
  ClaimEventSchema,
  ClaimSchema,
  EvidenceSchema,
  FlagDecisionSchema,
  PassageIndexEntrySchema,
  RevisionSchema,
  SourceSchema,
  isRealDate,
  parseWith,
} from '../schema/records';
import type { Article, Claim, ClaimEvent, Evidence, FlagDecision, PassageIndexEntry, Revision, SettingRecord, Source } from '../model';
import { checkSetting, SETTING_KEYS } from '../settings';

export const BACKUP_FORMAT = 'factcheck-workbench-backup';
/** The newest backup file format this build reads and the one it writes. */
export const BACKUP_FORMAT_VERSION = 1;
export const APP_NAME = 'Fact-checking Workbench';
export { BACKUP_STATE_KEY, LOCAL_SETTING_KEYS, MAX_BACKUP_BYTES, WORKSPACE_TABLES, type TableCounts, type TableName } from './tables';

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
  | 'dangling'
  | 'outsideText'
  | 'quoteMismatch'
  | 'unsafeUrl'
  | 'unsupportedValue'
  | 'upgradeFailed'
  | 'upgradeDamaged';

/** Why a file is not restored. Nothing was changed. `params` fill the message. */
export interface BackupRefusal {
  readonly ok: false;
  readonly code: BackupRefusalCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function refusal(code: BackupRefusalCode, params: Record<string, string | number> = {}): BackupRefusal {
  return { ok: false, code, params };
}

export function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(WORKSPACE_TABLES.map((t) => [t, 0])) as Record<TableName, number>;
}

const HeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  app: v.optional(v.object({ name: v.optional(v.string()), version: v.optional(v.string()) }), {}),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.check(isRealDate)),
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  checksum: v.object({ algorithm: v.literal('SHA-256'), value: v.pipe(v.string(), v.regex(/^[0-9a-fA-F]{64}$/)) }),
});

/** The header of a backup file (the checksum is verified by storage). */
export type BackupHeader = v.InferOutput<typeof HeaderSchema>;

/** The header a new backup gets. */
export function backupHeader(fields: { appVersion: string; schemaVersion: number; createdAt: string; counts: Record<string, number>; checksum: string }): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: { name: APP_NAME, version: fields.appVersion },
    schemaVersion: fields.schemaVersion,
    createdAt: fields.createdAt,
    counts: fields.counts,
    checksum: { algorithm: 'SHA-256', value: fields.checksum },
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Checks what a parsed file claims to be: our format, a version this build
 * reads, a workspace schema it knows, a well-formed header. The checksum is
 * compared by the caller (it needs the platform's SHA-256).
 */
export function checkHeader(data: unknown, supportedSchema: number): BackupHeader | BackupRefusal {
  if (!isRecord(data)) return refusal('notBackup');
  if (typeof data['schema'] === 'string' && data['schema'].startsWith('workbench-review/')) return refusal('reviewFile');
  if (data['format'] !== BACKUP_FORMAT) return refusal('notBackup');
  const formatVersion = data['formatVersion'];
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > BACKUP_FORMAT_VERSION) {
    return refusal('newerFormat', { found: formatVersion, supported: BACKUP_FORMAT_VERSION });
  }
  const schemaVersion = data['schemaVersion'];
  if (typeof schemaVersion === 'number' && schemaVersion > supportedSchema) return refusal('newerSchema', { found: schemaVersion, supported: supportedSchema });
  if (!('payload' in data)) return refusal('structure', { detail: 'payload' });
  const parsed = v.safeParse(HeaderSchema, data);
  if (!parsed.success) return refusal('structure', { detail: (parsed.issues[0].path ?? []).map((p) => String((p as { key?: unknown }).key)).join('.') || 'header' });
  return parsed.output;
}

export interface TableRows {
  /** The table's Dexie schema string, e.g. "id, articleId". */
  readonly schema: string;
  readonly rows: readonly object[];
}

/**
 * The tables of the payload (dexie-export-import's layout), rows revived
 * from their type annotations, counts matching the header's.
 */
export function readPayloadTables(payload: unknown, header: BackupHeader): Map<string, TableRows> | BackupRefusal {
  if (!isRecord(payload) || payload['formatName'] !== 'dexie' || !isRecord(payload['data'])) return refusal('structure', { detail: 'payload' });
  if (payload['formatVersion'] !== 1) return refusal('newerFormat', { found: String(payload['formatVersion']), supported: 1 });
  const db = payload['data'];
  if (db['databaseVersion'] !== header.schemaVersion) return refusal('structure', { detail: 'databaseVersion' });
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
  // Own properties only: a table named like an Object method must not read one.
  const counts = new Map(Object.entries(header.counts));
  for (const [name, { rows }] of tables) {
    if ((counts.get(name) ?? 0) !== rows.length) return refusal('structure', { detail: `${name}: ${String(counts.get(name))} ≠ ${rows.length}` });
  }
  return tables;
}

/**
 * Undoes the export's type annotations (`$types`). Our records are plain
 * JSON, so only two can occur: `arrayNonindexKeys` (an ordinary array) and
 * `undef` (a property set to undefined, which we drop). Anything else —
 * dates, blobs, maps — the workbench never stores: null refuses the row.
 */
export function revive(row: unknown): object | null {
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
    for (const k of keys) parent = isRecord(parent) || Array.isArray(parent) ? (Object.prototype.hasOwnProperty.call(parent, k) ? (parent as Record<string, unknown>)[k] : undefined) : undefined;
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

/** The row schemas: the same records as every other reader of the workspace's data. */
const ROW_SCHEMAS: Readonly<Record<Exclude<TableName, 'settings'>, v.GenericSchema>> = {
  articles: ArticleSchema,
  revisions: RevisionSchema,
  claims: ClaimSchema,
  claimEvents: ClaimEventSchema,
  sources: SourceSchema,
  evidence: EvidenceSchema,
  flagDecisions: FlagDecisionSchema,
  passageIndex: PassageIndexEntrySchema,
};

const SettingRowSchema = v.object({ key: v.pipe(v.string('id'), v.minLength(1, 'id'), v.maxLength(200, 'id')), value: v.unknown() }, 'object');

/** The workspace a valid backup holds: every table's rows, each rebuilt from its schema. */
export interface WorkspaceRows {
  readonly articles: Article[];
  readonly revisions: Revision[];
  readonly claims: Claim[];
  readonly claimEvents: ClaimEvent[];
  readonly sources: Source[];
  readonly evidence: Evidence[];
  readonly flagDecisions: FlagDecision[];
  readonly passageIndex: PassageIndexEntry[];
  readonly settings: SettingRecord[];
}

/**
 * Reads every row through its schema, then checks the relations the app
 * relies on to show what it restores. Refuses with the table, the record
 * (from 1) and the field; a table the file does not hold is restored empty.
 * Passage-index rows (derived data, rebuilt from the text) that point at a
 * revision the file lacks are dropped rather than refused.
 */
export function checkWorkspaceRows(tables: ReadonlyMap<string, readonly object[]>): WorkspaceRows | BackupRefusal {
  for (const name of tables.keys()) if (!(WORKSPACE_TABLES as readonly string[]).includes(name)) return refusal('structure', { detail: `unknown table ${name}` });
  // Every table but settings through its row schema, in WORKSPACE_TABLES order
  // (the first damaged row found is the one refused).
  const parsed: Record<string, object[]> = {};
  for (const table of WORKSPACE_TABLES) {
    if (table === 'settings') continue;
    const out: object[] = [];
    const rows = tables.get(table) ?? [];
    for (let i = 0; i < rows.length; i++) {
      const row = parseWith(ROW_SCHEMAS[table], rows[i], '');
      if (!row.ok) {
        const field = row.problem.path.replace(/^\./, '') || 'record';
        return refusal(row.problem.expected === 'url' ? 'unsafeUrl' : 'damaged', { table, row: i + 1, field });
      }
      out.push(row.value as object);
    }
    parsed[table] = out;
  }
  // Each array was read through its table's schema just above.
  const { articles, revisions, claims, claimEvents, sources, evidence, flagDecisions, passageIndex } = parsed as unknown as Omit<WorkspaceRows, 'settings'>;

  const settings: SettingRecord[] = [];
  const settingRows = tables.get('settings') ?? [];
  for (let i = 0; i < settingRows.length; i++) {
    const parsed = v.safeParse(SettingRowSchema, settingRows[i]);
    if (!parsed.success) return refusal('damaged', { table: 'settings', row: i + 1, field: 'key' });
    const { key, value } = parsed.output;
    if ((SETTING_KEYS as readonly string[]).includes(key) && checkSetting(key, value) !== null) return refusal('damaged', { table: 'settings', row: i + 1, field: key });
    settings.push({ key, value });
  }

  // ---- Relations ----
  const dangling = (table: TableName, row: number, field: string) => refusal('dangling', { table, row: row + 1, field });
  const articleIds = new Set(articles.map((a) => a.id));
  const revisionsById = new Map(revisions.map((r) => [r.id, r]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const claimIds = new Set(claims.map((c) => c.id));
  for (let i = 0; i < revisions.length; i++) {
    const r = revisions[i]!;
    if (!articleIds.has(r.articleId)) return dangling('revisions', i, 'articleId');
    let previousEnd = 0;
    for (let k = 0; k < r.paragraphs.length; k++) {
      const p = r.paragraphs[k]!;
      if (p.index !== k) return refusal('damaged', { table: 'revisions', row: i + 1, field: `paragraphs[${k}].index` });
      if (p.start < previousEnd || p.end < p.start || p.end > r.text.length) return refusal('outsideText', { table: 'revisions', row: i + 1, field: `paragraphs[${k}]` });
      previousEnd = p.end;
    }
  }
  for (let i = 0; i < articles.length; i++) {
    const revision = revisionsById.get(articles[i]!.currentRevisionId);
    if (!revision || revision.articleId !== articles[i]!.id) return dangling('articles', i, 'currentRevisionId');
  }
  const numbering = checkClaimNumbers(articles, claims);
  if (numbering) return refusal('damaged', numbering);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    if (!articleIds.has(c.articleId)) return dangling('claims', i, 'articleId');
    const revision = revisionsById.get(c.revisionId);
    if (!revision || revision.articleId !== c.articleId) return dangling('claims', i, 'revisionId');
    const { start, end } = c.target.position;
    // An orphan's position is stale by definition; the app shows its quote only.
    if (!c.orphan && (start > end || end > revision.text.length)) return refusal('outsideText', { table: 'claims', row: i + 1, field: 'target.position' });
    // The quote is what identifies the claim (re-anchoring, reports, a review read back): it must be the text at its position.
    if (!c.orphan && revision.text.slice(start, end) !== c.target.quote.exact) return refusal('quoteMismatch', { table: 'claims', row: i + 1 });
  }
  const claimArticle = new Map(claims.map((c) => [c.id, c.articleId]));
  for (let i = 0; i < claimEvents.length; i++) {
    const article = claimArticle.get(claimEvents[i]!.claimId);
    if (article === undefined) return dangling('claimEvents', i, 'claimId');
    if (article !== claimEvents[i]!.articleId) return dangling('claimEvents', i, 'articleId');
  }
  for (let i = 0; i < evidence.length; i++) {
    if (!claimIds.has(evidence[i]!.claimId)) return dangling('evidence', i, 'claimId');
    if (!sourceIds.has(evidence[i]!.sourceId)) return dangling('evidence', i, 'sourceId');
  }
  for (let i = 0; i < flagDecisions.length; i++) if (!articleIds.has(flagDecisions[i]!.articleId)) return dangling('flagDecisions', i, 'articleId');
  const usable = passageIndex.filter((e) => {
    const revision = revisionsById.get(e.revisionId);
    return revision !== undefined && revision.articleId === e.articleId && e.end <= revision.text.length;
  });

  return { articles, revisions, claims, claimEvents, sources, evidence, flagDecisions, passageIndex: usable, settings };
}

/**
 * Claim numbers as the app relies on them: unique in their article, and
 * never above the article's counter (or the next claim would reuse one).
 * Null when they hold; otherwise where they do not, for a 'damaged' refusal.
 */
export function checkClaimNumbers(
  articles: readonly Pick<Article, 'id' | 'lastClaimNumber'>[],
  claims: readonly Pick<Claim, 'articleId' | 'number'>[],
): { table: TableName; row: number; field: string } | null {
  const seen = new Map<string, Set<number>>();
  const highest = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) {
    const { articleId, number } = claims[i]!;
    let numbers = seen.get(articleId);
    if (!numbers) seen.set(articleId, (numbers = new Set()));
    if (numbers.has(number)) return { table: 'claims', row: i + 1, field: 'number' };
    numbers.add(number);
    highest.set(articleId, Math.max(highest.get(articleId) ?? 0, number));
  }
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    if ((a.lastClaimNumber ?? 0) < (highest.get(a.id) ?? 0)) return { table: 'articles', row: i + 1, field: 'lastClaimNumber' };
  }
  return null;
}

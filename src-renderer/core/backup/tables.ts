/**
 * The backup format's few constants that the rest of the app needs at start
 * (the database's table list, the bookkeeping row, the size limit), apart
 * from the format's schemas (./format.ts), which load with a backup or a
 * restore.
 */

/** Larger files are refused before parsing (Electron does not even read files over 200 MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The tables of the workspace database, in the order a backup restores them. */
export const WORKSPACE_TABLES = ['articles', 'revisions', 'claims', 'claimEvents', 'sources', 'evidence', 'flagDecisions', 'passageIndex', 'settings'] as const;
export type TableName = (typeof WORKSPACE_TABLES)[number];
export type TableCounts = Readonly<Record<TableName, number>>;

/**
 * Settings rows that describe this installation, not the work: what is open,
 * when it was last backed up. A restore keeps the current ones.
 */
export const BACKUP_STATE_KEY = 'backupState';
export const LOCAL_SETTING_KEYS: readonly string[] = ['session', BACKUP_STATE_KEY];

/** Settings: one record per key, defaults for what was never set. */
import { checkSetting, readSettings, SETTING_KEYS, type SettingKey, type Settings } from '../core/settings';
import { getDb } from './db';
import { runBackgroundWrite, runWrite } from './save-status';
import { readAhead, useSharedLiveQuery } from './shared-live';

/**
 * Reads every setting through the settings schema (core/settings.ts): a
 * missing value, or one the schema refuses (an unknown theme written by a
 * newer version, a damaged scale), reads as its default.
 */
export async function loadSettings(): Promise<Settings> {
  const rows = await getDb().settings.bulkGet(SETTING_KEYS);
  const stored = new Map<string, unknown>();
  rows.forEach((row, i) => {
    const key = SETTING_KEYS[i];
    if (row && key) stored.set(key, row.value);
  });
  return readSettings(Object.fromEntries(stored)).settings;
}

export class SettingError extends Error {
  constructor(
    readonly key: string,
    readonly problem: string,
  ) {
    super(`Invalid setting ${key}: ${problem}`);
  }
}

/** Saves one setting in its own transaction, after validating it. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const problem = checkSetting(key, value);
  if (problem) throw new SettingError(key, problem);
  await runWrite(`setting:${key}`, () => getDb().transaction('rw', getDb().settings, () => getDb().settings.put({ key, value })));
}

/**
 * Saves several settings as one action: every value is checked first (the
 * first refused one throws a SettingError and nothing is written), then all
 * are written in one transaction, so a failed save leaves none of them half
 * changed. An empty patch writes nothing.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const rows = Object.entries(patch).filter(([, value]) => value !== undefined);
  for (const [key, value] of rows) {
    const problem = checkSetting(key, value);
    if (problem) throw new SettingError(key, problem);
  }
  if (rows.length === 0) return;
  const db = getDb();
  await runWrite('settings', () => db.transaction('rw', db.settings, () => db.settings.bulkPut(rows.map(([key, value]) => ({ key, value })))));
}

const SETTINGS_QUERY = 'settings';

/** Live settings for React (one query for every pane that reads them); undefined while loading. */
export function useSettings(): Settings | undefined {
  return useSharedLiveQuery(SETTINGS_QUERY, loadSettings);
}

/**
 * Starts reading the settings before any component asks (at start, once the
 * workspace is open): resolves with them, and `useSettings` then has them
 * from its first render.
 */
export function readSettingsAhead(): Promise<Settings> {
  return readAhead(SETTINGS_QUERY, loadSettings);
}

// ---- Session state: what to reopen after a reload or a crash ----

export interface SessionState {
  articleId?: string;
  claimId?: string;
}

const SESSION_KEY = 'session';

export async function loadSession(): Promise<SessionState> {
  const row = await getDb().settings.get(SESSION_KEY);
  const v = row?.value;
  if (typeof v !== 'object' || v === null) return {};
  const { articleId, claimId } = v as Record<string, unknown>;
  return {
    ...(typeof articleId === 'string' ? { articleId } : {}),
    ...(typeof claimId === 'string' ? { claimId } : {}),
  };
}

/** Remembers the open article and selection (not a user edit: shown in the save status only if it fails). */
export async function saveSession(session: SessionState): Promise<void> {
  await runBackgroundWrite('session', () => getDb().settings.put({ key: SESSION_KEY, value: session }));
}

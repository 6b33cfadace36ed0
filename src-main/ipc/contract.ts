/**
 * The one IPC contract between the renderer and the main process.
 *
 * Each channel has a request type, a response type and a validator for the
 * request payload. The main process validates every payload before use
 * (src-main/ipc/handlers.ts); the preload exposes one named function per
 * channel (src-main/preload/index.ts); the renderer imports this file with
 * `import type` only (host/electron-host.ts).
 *
 * This module must stay free of Electron and Node imports: it is bundled into
 * the sandboxed preload and type-checked by the renderer.
 */

export type FilePurpose = 'article' | 'review' | 'backup' | 'sources';
const FILE_PURPOSES: readonly FilePurpose[] = ['article', 'review', 'backup', 'sources'];

export interface OpenFileRequest {
  readonly purpose: FilePurpose;
  readonly multiple: boolean;
  /** Localised dialog title. */
  readonly title: string;
}

export interface OpenedFile {
  readonly name: string;
  /** The file's bytes; empty when the file is larger than main will read (see `size`). */
  readonly bytes: Uint8Array;
  /** The file's size on disk in bytes. */
  readonly size: number;
}

/**
 * The formats the renderer may save, by extension. The saved file always
 * ends with one of the request's extensions, whatever name was suggested or
 * typed, so a compromised page cannot write `report.exe`.
 */
export const SAVE_EXTENSIONS = ['html', 'md', 'json', 'jsonld'] as const;
export type SaveExtension = (typeof SAVE_EXTENSIONS)[number];

export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly title: string;
  /** The format's extensions without dots, e.g. ['html']; from SAVE_EXTENSIONS. */
  readonly extensions: readonly string[];
  readonly data: string | Uint8Array;
}

export type SaveFileResponse = { readonly saved: true; readonly path: string } | { readonly saved: false };

export interface PrintPdfRequest {
  /** A self-contained HTML report; rendered with JavaScript disabled. */
  readonly html: string;
  readonly suggestedName: string;
  readonly title: string;
  readonly pageSize: 'A4' | 'Letter';
}

export interface OpenExternalRequest {
  readonly url: string;
}

export interface SetLocaleRequest {
  readonly locale: string;
}

/** What the renderer may know about the app: no absolute paths (they name the user and their folders). */
export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  readonly electron: string;
}

export interface WriteBackupRequest {
  /** The whole-workspace backup file contents (JSON text). */
  readonly data: string;
  /** Why it was written: the rolling timer, or just before a schema upgrade. */
  readonly reason: 'auto' | 'before-upgrade';
}

export interface BackupEntry {
  readonly name: string;
  readonly createdAt: string;
  readonly size: number;
}

export interface ReadBackupRequest {
  readonly name: string;
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'import-article'
  | 'paste-article'
  | 'import-new-version'
  | 'import-review'
  | 'export-report'
  | 'backup-workspace'
  | 'restore-workspace'
  | 'restore-auto-backup'
  | 'undo'
  | 'redo'
  | 'find'
  | 'settings'
  | 'shortcuts';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'import-article', 'paste-article', 'import-new-version', 'import-review', 'export-report',
  'backup-workspace', 'restore-workspace', 'restore-auto-backup', 'undo', 'redo', 'find', 'settings', 'shortcuts',
];

/** Channel name → request and response types. */
export interface Contract {
  openFile: { request: OpenFileRequest; response: OpenedFile[] };
  saveFile: { request: SaveFileRequest; response: SaveFileResponse };
  printToPdf: { request: PrintPdfRequest; response: SaveFileResponse };
  openExternal: { request: OpenExternalRequest; response: void };
  appInfo: { request: undefined; response: AppInfo };
  setLocale: { request: SetLocaleRequest; response: void };
  writeBackup: { request: WriteBackupRequest; response: BackupEntry };
  listBackups: { request: undefined; response: BackupEntry[] };
  readBackup: { request: ReadBackupRequest; response: string };
  openBackupsFolder: { request: undefined; response: void };
  /** The files main was asked to open from outside the window (command line, "Open with", Open recent), emptied as they are taken. */
  takeFilesToOpen: { request: undefined; response: OpenedFile[] };
}

export type ChannelName = keyof Contract;

/** The IPC channel strings. */
export const CHANNELS: { readonly [K in ChannelName]: string } = {
  openFile: 'workbench:open-file',
  saveFile: 'workbench:save-file',
  printToPdf: 'workbench:print-to-pdf',
  openExternal: 'workbench:open-external',
  appInfo: 'workbench:app-info',
  setLocale: 'workbench:set-locale',
  writeBackup: 'workbench:write-backup',
  listBackups: 'workbench:list-backups',
  readBackup: 'workbench:read-backup',
  openBackupsFolder: 'workbench:open-backups-folder',
  takeFilesToOpen: 'workbench:take-files-to-open',
};

/** Main → renderer event channel for menu commands. */
export const MENU_COMMAND_CHANNEL = 'workbench:menu-command';

/**
 * Main → renderer: "files are waiting to be opened". It carries nothing; the
 * renderer then calls `takeFilesToOpen`, a request main checks like every
 * other (sender frame, payload), so file contents only ever go to the
 * workbench's own frame, when it asks.
 */
export const FILES_TO_OPEN_CHANNEL = 'workbench:files-to-open';

/** What the preload exposes as `window.workbench`: one function per channel. */
export type WorkbenchBridge = {
  readonly [K in ChannelName]: Contract[K]['request'] extends undefined
    ? () => Promise<Contract[K]['response']>
    : (request: Contract[K]['request']) => Promise<Contract[K]['response']>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to "files are waiting" (then call takeFilesToOpen); returns the unsubscribe function. */
  readonly onFilesToOpen: (listener: () => void) => () => void;
};

export const BRIDGE_KEYS: readonly (keyof WorkbenchBridge)[] = [...(Object.keys(CHANNELS) as ChannelName[]), 'onMenuCommand', 'onFilesToOpen'];

// ---- Validators ----

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const MAX_HTML = 50 * 1024 * 1024;
const MAX_SAVE = 512 * 1024 * 1024;
const MAX_NAME = 255;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail<T>(error: string): Validation<T> {
  return { ok: false, error };
}

function onlyKeys(v: Record<string, unknown>, allowed: readonly string[]): string | null {
  const extra = Object.keys(v).filter((k) => !allowed.includes(k));
  return extra.length ? `unexpected field(s): ${extra.join(', ')}` : null;
}

function shortString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/**
 * A file name offered in a save dialog or used for a backup: no path
 * separators, no parent references, no control characters.
 */
export function isPlainFileName(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    v.length > 0 &&
    v.length <= MAX_NAME &&
    !/[/\\]/.test(v) &&
    v !== '.' &&
    v !== '..' &&
    // No control character (C0, DEL or C1) in a file name.
    !/\p{Cc}/u.test(v)
  );
}

export function isSaveExtension(v: unknown): v is SaveExtension {
  return typeof v === 'string' && (SAVE_EXTENSIONS as readonly string[]).includes(v);
}

function validateNoPayload(payload: unknown): Validation<undefined> {
  return payload === undefined || payload === null ? { ok: true, value: undefined } : fail('this channel takes no payload');
}

export const validators: { readonly [K in ChannelName]: (payload: unknown) => Validation<Contract[K]['request']> } = {
  openFile(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['purpose', 'multiple', 'title']);
    if (extra) return fail(extra);
    if (!FILE_PURPOSES.includes(p.purpose as FilePurpose)) return fail('purpose must be one of ' + FILE_PURPOSES.join(', '));
    if (typeof p.multiple !== 'boolean') return fail('multiple must be a boolean');
    if (!shortString(p.title, 200)) return fail('title must be a string of at most 200 characters');
    return { ok: true, value: { purpose: p.purpose as FilePurpose, multiple: p.multiple, title: p.title } };
  },
  saveFile(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['suggestedName', 'title', 'extensions', 'data']);
    if (extra) return fail(extra);
    if (!isPlainFileName(p.suggestedName)) return fail('suggestedName must be a plain file name');
    if (!shortString(p.title, 200)) return fail('title must be a string of at most 200 characters');
    if (!Array.isArray(p.extensions) || p.extensions.length === 0 || p.extensions.length > SAVE_EXTENSIONS.length || !p.extensions.every(isSaveExtension)) {
      return fail(`extensions must be one or more of ${SAVE_EXTENSIONS.join(', ')}`);
    }
    const data = p.data;
    if (!(typeof data === 'string' || data instanceof Uint8Array)) return fail('data must be a string or bytes');
    if ((typeof data === 'string' ? data.length : data.byteLength) > MAX_SAVE) return fail('data is too large');
    return { ok: true, value: { suggestedName: p.suggestedName, title: p.title, extensions: p.extensions as SaveExtension[], data } };
  },
  printToPdf(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['html', 'suggestedName', 'title', 'pageSize']);
    if (extra) return fail(extra);
    if (!shortString(p.html, MAX_HTML)) return fail('html must be a string of at most 50 MB');
    if (!isPlainFileName(p.suggestedName)) return fail('suggestedName must be a plain file name');
    if (!shortString(p.title, 200)) return fail('title must be a string of at most 200 characters');
    if (p.pageSize !== 'A4' && p.pageSize !== 'Letter') return fail('pageSize must be A4 or Letter');
    return { ok: true, value: { html: p.html, suggestedName: p.suggestedName, title: p.title, pageSize: p.pageSize } };
  },
  openExternal(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['url']);
    if (extra) return fail(extra);
    if (!shortString(p.url, 2048)) return fail('url must be a string of at most 2048 characters');
    // The scheme check itself is done by the handler with core/sources/url.ts.
    return { ok: true, value: { url: p.url } };
  },
  appInfo: validateNoPayload,
  setLocale(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['locale']);
    if (extra) return fail(extra);
    if (typeof p.locale !== 'string' || !/^[a-z]{2,3}$/.test(p.locale)) return fail('locale must be a language code such as "en"');
    return { ok: true, value: { locale: p.locale } };
  },
  writeBackup(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['data', 'reason']);
    if (extra) return fail(extra);
    if (!shortString(p.data, MAX_SAVE)) return fail('data must be a string');
    if (p.reason !== 'auto' && p.reason !== 'before-upgrade') return fail('reason must be auto or before-upgrade');
    return { ok: true, value: { data: p.data, reason: p.reason } };
  },
  listBackups: validateNoPayload,
  readBackup(p) {
    if (!isRecord(p)) return fail('expected an object');
    const extra = onlyKeys(p, ['name']);
    if (extra) return fail(extra);
    if (!isPlainFileName(p.name) || !/^workspace-[\w.-]+\.json$/.test(p.name)) return fail('name must be a backup file name');
    return { ok: true, value: { name: p.name } };
  },
  openBackupsFolder: validateNoPayload,
  takeFilesToOpen: validateNoPayload,
};

export function isMenuCommand(v: unknown): v is MenuCommand {
  return typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v);
}

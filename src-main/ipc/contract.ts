/**
 * The one IPC contract between the renderer and the main process.
 *
 * Each channel has a request schema (valibot; the request type is inferred
 * from it) and a response type. The main process validates every payload before use
 * (src-main/ipc/handlers.ts); the preload exposes one named function per
 * channel (src-main/preload/index.ts); the renderer imports this file with
 * `import type` only (host/electron-host.ts).
 *
 * This module must stay free of Electron and Node imports: it is bundled into
 * the sandboxed preload and type-checked by the renderer.
 */
import * as v from 'valibot';

export const FILE_PURPOSES = ['article', 'review', 'backup', 'sources'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** `title` is the localised dialog title. */
export type OpenFileRequest = v.InferOutput<typeof OpenFileSchema>;

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

/** `extensions`: the format's extensions without dots, e.g. ['html'] (SAVE_EXTENSIONS). */
export type SaveFileRequest = v.InferOutput<typeof SaveFileSchema>;

export type SaveFileResponse = { readonly saved: true; readonly path: string } | { readonly saved: false };

/** `html`: a self-contained HTML report, rendered with JavaScript disabled. */
export type PrintPdfRequest = v.InferOutput<typeof PrintPdfSchema>;

export type OpenExternalRequest = v.InferOutput<typeof OpenExternalSchema>;

export type SetLocaleRequest = v.InferOutput<typeof SetLocaleSchema>;

/** What the renderer may know about the app: no absolute paths (they name the user and their folders). */
export interface AppInfo {
  readonly version: string;
  readonly platform: string;
  readonly electron: string;
}

/** `data`: the whole-workspace backup (JSON text); `reason`: the rolling timer, or just before a schema upgrade. */
export type WriteBackupRequest = v.InferOutput<typeof WriteBackupSchema>;

export interface BackupEntry {
  readonly name: string;
  readonly createdAt: string;
  readonly size: number;
}

export type ReadBackupRequest = v.InferOutput<typeof ReadBackupSchema>;

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

// ---- Payload schemas (valibot): one per channel; the request types above are checked against them ----

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const MAX_HTML = 50 * 1024 * 1024;
const MAX_SAVE = 512 * 1024 * 1024;
const MAX_NAME = 255;

/**
 * A file name offered in a save dialog or used for a backup: no path
 * separators, no parent references, no control characters.
 */
export function isPlainFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_NAME &&
    !/[/\\]/.test(value) &&
    value !== '.' &&
    value !== '..' &&
    // No control character (C0, DEL or C1) in a file name.
    !/\p{Cc}/u.test(value)
  );
}

export function isSaveExtension(value: unknown): value is SaveExtension {
  return typeof value === 'string' && (SAVE_EXTENSIONS as readonly string[]).includes(value);
}

/**
 * An object payload with exactly these fields: a missing field fails with its
 * own message, an extra one (a compromised page probing for options) is named.
 */
const payload = <T extends v.ObjectEntries>(entries: T) =>
  v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unexpected field(s): ${String(issue.input)}`;
    const key = issue.path?.[0]?.key;
    return issue.path?.length === 1 && typeof key === 'string' ? `${key} is missing` : 'expected an object';
  });
const shortString = (max: number, message: string) => v.pipe(v.string(message), v.maxLength(max, message));
const plainFileName = (message: string) => v.custom<string>(isPlainFileName, message);
const TITLE = shortString(200, 'title must be a string of at most 200 characters');

/** Channels that take nothing: `undefined` (or `null`, as some callers send). */
const NoPayload = v.pipe(v.union([v.undefined(), v.null()], 'this channel takes no payload'), v.transform(() => undefined));

export const OpenFileSchema = payload({
  purpose: v.picklist(FILE_PURPOSES, `purpose must be one of ${FILE_PURPOSES.join(', ')}`),
  multiple: v.boolean('multiple must be a boolean'),
  title: TITLE,
});

const EXTENSIONS_MESSAGE = `extensions must be one or more of ${SAVE_EXTENSIONS.join(', ')}`;
export const SaveFileSchema = payload({
  suggestedName: plainFileName('suggestedName must be a plain file name'),
  title: TITLE,
  // Typed as text for the renderer (its formats name their extension as a string); checked against SAVE_EXTENSIONS here.
  extensions: v.pipe(
    v.array(v.string(EXTENSIONS_MESSAGE), EXTENSIONS_MESSAGE),
    v.minLength(1, EXTENSIONS_MESSAGE),
    v.maxLength(SAVE_EXTENSIONS.length, EXTENSIONS_MESSAGE),
    v.check((list) => list.every(isSaveExtension), EXTENSIONS_MESSAGE),
    v.readonly(),
  ),
  data: v.pipe(
    v.union([v.string(), v.custom<Uint8Array>((x) => x instanceof Uint8Array)], 'data must be a string or bytes'),
    v.check((data) => (typeof data === 'string' ? data.length : data.byteLength) <= MAX_SAVE, 'data is too large'),
  ),
});

export const PrintPdfSchema = payload({
  html: shortString(MAX_HTML, 'html must be a string of at most 50 MB'),
  suggestedName: plainFileName('suggestedName must be a plain file name'),
  title: TITLE,
  pageSize: v.picklist(['A4', 'Letter'], 'pageSize must be A4 or Letter'),
});

export const OpenExternalSchema = payload({
  // The scheme check itself is done by the handler with core/sources/url.ts.
  url: shortString(2048, 'url must be a string of at most 2048 characters'),
});

export const SetLocaleSchema = payload({
  locale: v.pipe(v.string('locale must be a language code such as "en"'), v.regex(/^[a-z]{2,3}$/, 'locale must be a language code such as "en"')),
});

export const WriteBackupSchema = payload({
  data: shortString(MAX_SAVE, 'data must be a string'),
  reason: v.picklist(['auto', 'before-upgrade'], 'reason must be auto or before-upgrade'),
});

export const ReadBackupSchema = payload({
  name: v.pipe(plainFileName('name must be a backup file name'), v.regex(/^workspace-[\w.-]+\.json$/, 'name must be a backup file name')),
});

/** The schema of each channel's request payload. */
export const PAYLOAD_SCHEMAS = {
  openFile: OpenFileSchema,
  saveFile: SaveFileSchema,
  printToPdf: PrintPdfSchema,
  openExternal: OpenExternalSchema,
  appInfo: NoPayload,
  setLocale: SetLocaleSchema,
  writeBackup: WriteBackupSchema,
  listBackups: NoPayload,
  readBackup: ReadBackupSchema,
  openBackupsFolder: NoPayload,
  takeFilesToOpen: NoPayload,
} as const;


function validatorOf<K extends ChannelName>(name: K): (payload: unknown) => Validation<Contract[K]['request']> {
  const schema = PAYLOAD_SCHEMAS[name] as v.GenericSchema<unknown, Contract[K]['request']>;
  return (input) => {
    const result = v.safeParse(schema, input, { abortEarly: true });
    return result.success ? { ok: true, value: result.output } : { ok: false, error: result.issues[0].message };
  };
}

/** Each channel's payload check, as the handlers call it: the parsed payload or the reason it was refused. */
export const validators: { readonly [K in ChannelName]: (payload: unknown) => Validation<Contract[K]['request']> } = {
  openFile: validatorOf('openFile'),
  saveFile: validatorOf('saveFile'),
  printToPdf: validatorOf('printToPdf'),
  openExternal: validatorOf('openExternal'),
  appInfo: validatorOf('appInfo'),
  setLocale: validatorOf('setLocale'),
  writeBackup: validatorOf('writeBackup'),
  listBackups: validatorOf('listBackups'),
  readBackup: validatorOf('readBackup'),
  openBackupsFolder: validatorOf('openBackupsFolder'),
  takeFilesToOpen: validatorOf('takeFilesToOpen'),
};

export function isMenuCommand(v: unknown): v is MenuCommand {
  return typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v);
}

/**
 * Updates through electron-updater, off until a build is configured for them
 * and never silent (issue 17: "off until configured, never silent").
 *
 * - Off when running from source (not packaged), and when the build has no
 *   update server: electron-builder writes the `publish` configuration to
 *   resources/app-update.yml; the repository's own configuration points at
 *   `updates.invalid` (RFC 6761: never resolves), which counts as none. An
 *   organisation that distributes the app sets its own URL at build time.
 * - Signatures: on Windows electron-updater installs only an installer signed
 *   by the publisher named in app-update.yml — but skips the check when no
 *   name is there (an unsigned build), so such builds do not install updates
 *   at all. On macOS Squirrel.Mac refuses an update not signed with the
 *   running app's identity. On Linux electron-updater checks only a SHA-512
 *   from the same server as the file, which is not a signature, so Linux
 *   builds only say that a version is available and offer the download page
 *   (the package manager or the user installs it).
 * - Never silent: nothing is downloaded without a "Download" from the user,
 *   nothing installed without a "Restart and install" (autoDownload and
 *   autoInstallOnAppQuit are off), and the Windows installer runs visibly.
 *
 * Electron and electron-updater are reached through `UpdateDeps`, so the
 * decisions and the dialogs are unit-tested.
 */
import type { MessageBoxOptions } from 'electron';
import type { Translate } from '../src-renderer/core/i18n';
import { firstLineOf } from '../src-renderer/core/errors';

export interface UpdateConfig {
  readonly provider: string;
  readonly url?: string;
  readonly owner?: string;
  readonly repo?: string;
  /** Windows: the certificate subject names an update must be signed with. */
  readonly publisherName: readonly string[];
}

export type UpdateMode =
  | { readonly kind: 'off'; readonly reason: 'dev' | 'not-configured' | 'unsigned' }
  /** Ask, download, check the signature, ask, install. */
  | { readonly kind: 'install' }
  /** Say a version is available and offer its download page; never download. */
  | { readonly kind: 'notify'; readonly downloadPage: string };

/** The placeholder host of the repository's own publish configuration. */
export const UNCONFIGURED_HOST_SUFFIX = '.invalid';

function unquote(raw: string): string | null {
  const v = raw.trim();
  if (v.startsWith("'")) return v.endsWith("'") && v.length >= 2 ? v.slice(1, -1).replace(/''/g, "'") : null;
  if (v.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }
  // Flow collections, anchors, tags, block scalars: not what electron-builder writes for these keys.
  if (/^[[{&*!|>]/.test(v)) return null;
  return v.replace(/\s+#.*$/, '');
}

/**
 * Reads the few keys we need from app-update.yml, as electron-builder writes
 * it (js-yaml: `key: value` lines, lists as `  - item`). Anything it does not
 * understand in those keys makes it return null: updates then stay off.
 */
export function parseUpdateConfig(text: string): UpdateConfig | null {
  const values = new Map<string, string | string[] | null>();
  let listKey: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const list = values.get(listKey);
      const value = unquote(item[1] ?? '');
      if (Array.isArray(list) && value !== null) list.push(value);
      else values.set(listKey, null);
      continue;
    }
    const entry = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!entry) {
      if (!/^\s/.test(line)) return null;
      continue; // nested content of a key we do not read
    }
    const key = entry[1] ?? '';
    const raw = entry[2];
    if (raw === undefined || raw.trim() === '') {
      values.set(key, []);
      listKey = key;
    } else {
      values.set(key, unquote(raw));
      listKey = null;
    }
  }
  const scalar = (key: string): string | undefined | null => {
    const v = values.get(key);
    return v === undefined ? undefined : typeof v === 'string' ? v : null;
  };
  const provider = scalar('provider');
  const url = scalar('url');
  const owner = scalar('owner');
  const repo = scalar('repo');
  const publisher = values.get('publisherName');
  if (!provider || url === null || owner === null || repo === null || publisher === null) return null;
  const publisherName = publisher === undefined ? [] : typeof publisher === 'string' ? [publisher] : publisher;
  return { provider, publisherName, ...(url ? { url } : {}), ...(owner ? { owner } : {}), ...(repo ? { repo } : {}) };
}

/** The page where a version can be downloaded, or null when the configuration names no real server. */
export function updateServerPage(config: UpdateConfig): string | null {
  if (config.provider === 'generic' && config.url) {
    let url: URL;
    try {
      url = new URL(config.url);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    if (url.hostname.endsWith(UNCONFIGURED_HOST_SUFFIX) || url.hostname === UNCONFIGURED_HOST_SUFFIX.slice(1)) return null;
    return url.href;
  }
  if (config.provider === 'github' && config.owner && config.repo && /^[\w.-]+$/.test(config.owner) && /^[\w.-]+$/.test(config.repo)) {
    return `https://github.com/${config.owner}/${config.repo}/releases/latest`;
  }
  return null;
}

/** Whether and how this build updates itself. `config` is app-update.yml's content, null when it is missing or unreadable. */
export function updateMode(options: { packaged: boolean; platform: NodeJS.Platform; config: UpdateConfig | null }): UpdateMode {
  if (!options.packaged) return { kind: 'off', reason: 'dev' };
  const page = options.config ? updateServerPage(options.config) : null;
  if (!options.config || !page) return { kind: 'off', reason: 'not-configured' };
  switch (options.platform) {
    case 'win32':
      return options.config.publisherName.length > 0 ? { kind: 'install' } : { kind: 'off', reason: 'unsigned' };
    case 'darwin':
      return { kind: 'install' };
    default:
      return { kind: 'notify', downloadPage: page };
  }
}

/** The part of electron-updater's AppUpdater this module uses. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  autoRunAppAfterInstall: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  disableWebInstaller: boolean;
  forceDevUpdateConfig: boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<{ readonly isUpdateAvailable: boolean; readonly updateInfo: { readonly version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdateDeps {
  readonly mode: UpdateMode;
  readonly currentVersion: string;
  translate(): Translate;
  /** Shows a message box; resolves with the index of the button chosen. */
  ask(options: MessageBoxOptions): Promise<number>;
  /** Loads electron-updater (only ever called when updates are on). */
  loadUpdater(): Promise<Updater>;
  /** Opens the download page (Linux), through the same confirmation as any link. */
  openDownloadPage(url: string): Promise<unknown>;
  /** Where failures of unattended checks go (never a dialog). */
  log(message: string): void;
}

const OFF_MESSAGES = {
  dev: 'desktop.updatesOffDev',
  'not-configured': 'desktop.updatesOffNotConfigured',
  unsigned: 'desktop.updatesOffUnsigned',
} as const;

/** A version string from the update server, shown in a dialog: refused unless it looks like one. */
function isVersion(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 64 && /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(v);
}

export interface UpdateController {
  /**
   * Checks for an update and walks the user through it. `userAsked`: from the
   * menu (every outcome is shown) rather than the check at start (only an
   * available update is).
   */
  check(userAsked: boolean): Promise<void>;
}

export function createUpdateController(deps: UpdateDeps): UpdateController {
  let updater: Updater | null = null;
  let busy = false;

  const info = (message: string, detail?: string) => {
    const t = deps.translate();
    return deps.ask({ type: 'info', title: t('desktop.updatesTitle'), message, ...(detail ? { detail } : {}), buttons: [t('common.ok')], noLink: true });
  };
  const failed = async (error: unknown, userAsked: boolean) => {
    const detail = firstLineOf(error, 300);
    if (userAsked) await info(deps.translate()('desktop.updateFailed', { detail }));
    else deps.log(`update check failed: ${detail}`);
  };
  const getUpdater = async (): Promise<Updater> => {
    if (updater) return updater;
    const u = await deps.loadUpdater();
    u.autoDownload = false;
    u.autoInstallOnAppQuit = false;
    u.autoRunAppAfterInstall = true;
    u.allowDowngrade = false;
    u.allowPrerelease = false;
    u.disableWebInstaller = true;
    u.forceDevUpdateConfig = false;
    // An 'error' event without a listener would throw in the main process.
    u.on('error', (error) => deps.log(`updater: ${firstLineOf(error, 300)}`));
    updater = u;
    return u;
  };

  return {
    async check(userAsked) {
      const { mode } = deps;
      if (mode.kind === 'off') {
        if (userAsked) await info(deps.translate()(OFF_MESSAGES[mode.reason]));
        return;
      }
      if (busy) return;
      busy = true;
      try {
        const u = await getUpdater();
        let found: Awaited<ReturnType<Updater['checkForUpdates']>>;
        try {
          found = await u.checkForUpdates();
        } catch (error) {
          await failed(error, userAsked);
          return;
        }
        const t = deps.translate();
        const version = found?.updateInfo.version;
        if (!found?.isUpdateAvailable || !isVersion(version)) {
          if (userAsked) await info(t('desktop.upToDate', { version: deps.currentVersion }));
          return;
        }
        const available = t('desktop.updateAvailable', { version, current: deps.currentVersion });
        if (mode.kind === 'notify') {
          const host = new URL(mode.downloadPage).host;
          const open = await deps.ask({
            type: 'info',
            title: t('desktop.updatesTitle'),
            message: available,
            detail: t('desktop.updateNotifyOnly', { host }),
            buttons: [t('desktop.updateOpenDownloadPage'), t('desktop.updateLater')],
            defaultId: 0,
            cancelId: 1,
            noLink: true,
          });
          if (open === 0) await deps.openDownloadPage(mode.downloadPage);
          return;
        }
        const download = await deps.ask({
          type: 'info',
          title: t('desktop.updatesTitle'),
          message: available,
          detail: t('desktop.updateDownloadQuestion'),
          buttons: [t('desktop.updateDownload'), t('desktop.updateLater')],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
        });
        if (download !== 0) return;
        try {
          // Rejects when the signature check fails (ERR_UPDATER_INVALID_SIGNATURE): nothing is installed.
          await u.downloadUpdate();
        } catch (error) {
          await failed(error, true);
          return;
        }
        const restart = await deps.ask({
          type: 'info',
          title: t('desktop.updatesTitle'),
          message: t('desktop.updateReady', { version }),
          detail: t('desktop.updateRestartQuestion'),
          buttons: [t('desktop.updateRestart'), t('desktop.updateLater')],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
        });
        // Not silent: the installer shows itself; then the app starts again.
        if (restart === 0) u.quitAndInstall(false, true);
      } finally {
        busy = false;
      }
    },
  };
}

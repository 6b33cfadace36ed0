/**
 * Updates: when they are on at all (packaged, a real server, a signature
 * check on this platform), and that nothing is downloaded or installed
 * without the user's yes — with electron-updater replaced by a fake.
 */
import { describe, expect, it } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { serializeToYaml } from 'builder-util';
import { createUpdateController, parseUpdateConfig, updateMode, updateServerPage, type UpdateMode, type Updater } from '../../src-main/updates';
import { createTranslator } from '../../src-renderer/core/i18n';

/** app-update.yml as electron-builder writes it (its own serialiser). */
const yaml = (config: Record<string, unknown>) => serializeToYaml({ ...config, updaterCacheDirName: 'factcheck-workbench-updater' });

describe('reading app-update.yml', () => {
  it('reads what electron-builder writes, quoting included', () => {
    expect(parseUpdateConfig(yaml({ provider: 'generic', url: 'https://updates.example.org/workbench', publisherName: ['Example Ltd', "O'Brien: Co"] }))).toEqual({
      provider: 'generic',
      url: 'https://updates.example.org/workbench',
      publisherName: ['Example Ltd', "O'Brien: Co"],
    });
    expect(parseUpdateConfig(yaml({ provider: 'github', owner: 'newsroom', repo: 'workbench', publisherName: 'Example Ltd' }))).toEqual({
      provider: 'github',
      owner: 'newsroom',
      repo: 'workbench',
      publisherName: ['Example Ltd'],
    });
  });

  it.each([
    ['empty', ''],
    ['no provider', 'url: https://x.example/\n'],
    ['a flow list where a name is expected', 'provider: generic\nurl: https://x.example/\npublisherName: [a, b]\n'],
    ['a nested map as the URL', 'provider: generic\nurl:\n  host: x\n'],
    ['not YAML at all', '<html>'],
  ])('fails closed on %s', (_what, text) => {
    const config = parseUpdateConfig(text);
    expect(config === null || updateServerPage(config) === null).toBe(true);
  });
});

describe('updateMode', () => {
  const real = { provider: 'generic', url: 'https://updates.example.org/workbench', publisherName: ['Example Ltd'] };
  const unsigned = { ...real, publisherName: [] };
  const placeholder = { ...real, url: 'https://updates.invalid/factcheck-workbench' };
  it.each<[string, { packaged: boolean; platform: NodeJS.Platform; config: Parameters<typeof updateMode>[0]['config'] }, UpdateMode]>([
    ['running from source', { packaged: false, platform: 'linux', config: real }, { kind: 'off', reason: 'dev' }],
    ['no app-update.yml', { packaged: true, platform: 'win32', config: null }, { kind: 'off', reason: 'not-configured' }],
    ['the repository’s placeholder server', { packaged: true, platform: 'darwin', config: placeholder }, { kind: 'off', reason: 'not-configured' }],
    ['a plain-http server', { packaged: true, platform: 'darwin', config: { ...real, url: 'http://updates.example.org/' } }, { kind: 'off', reason: 'not-configured' }],
    ['Windows, unsigned build (no publisher to check against)', { packaged: true, platform: 'win32', config: unsigned }, { kind: 'off', reason: 'unsigned' }],
    ['Windows, signed build', { packaged: true, platform: 'win32', config: real }, { kind: 'install' }],
    ['macOS (Squirrel checks the code signature)', { packaged: true, platform: 'darwin', config: unsigned }, { kind: 'install' }],
    ['Linux (no signature check in electron-updater): tell, never install', { packaged: true, platform: 'linux', config: real }, { kind: 'notify', downloadPage: 'https://updates.example.org/workbench' }],
  ])('%s', (_what, options, mode) => {
    expect(updateMode(options)).toEqual(mode);
  });
});

class FakeUpdater implements Updater {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  autoRunAppAfterInstall = false;
  allowDowngrade = true;
  allowPrerelease = true;
  disableWebInstaller = false;
  forceDevUpdateConfig = true;
  readonly calls: string[] = [];
  errorListeners = 0;
  constructor(private readonly found: { version: string } | null | Error, private readonly downloadFails = false) {}
  on(event: 'error'): this {
    if (event === 'error') this.errorListeners++;
    return this;
  }
  async checkForUpdates() {
    this.calls.push('check');
    if (this.found instanceof Error) throw this.found;
    return this.found ? { isUpdateAvailable: true, updateInfo: this.found } : { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } };
  }
  async downloadUpdate() {
    this.calls.push('download');
    if (this.downloadFails) throw new Error('New version 0.2.0 is not signed by the application owner: publisherNames: Example Ltd');
    return [];
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.calls.push(`install(silent=${isSilent}, run=${isForceRunAfter})`);
  }
}

function controller(mode: UpdateMode, updater: FakeUpdater, answers: number[] = []) {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const logged: string[] = [];
  let loads = 0;
  const c = createUpdateController({
    mode,
    currentVersion: '0.1.0',
    translate: () => createTranslator('en'),
    ask: async (options) => {
      asked.push(options);
      return answers.shift() ?? (options.cancelId ?? 0);
    },
    loadUpdater: async () => {
      loads++;
      return updater;
    },
    openDownloadPage: async (url) => opened.push(url),
    log: (m) => logged.push(m),
  });
  return { c, asked, opened, logged, loads: () => loads };
}

describe('the update flow', () => {
  it('off: the unattended check does nothing and loads nothing; the menu explains why', async () => {
    const u = new FakeUpdater({ version: '0.2.0' });
    const o = controller({ kind: 'off', reason: 'not-configured' }, u);
    await o.c.check(false);
    expect(o.asked).toEqual([]);
    await o.c.check(true);
    expect(o.asked[0]?.message).toBe('This build has no update server configured, so it never checks for updates.');
    expect(o.loads()).toBe(0);
    expect(u.calls).toEqual([]);
  });

  it('configures electron-updater so that nothing happens on its own', async () => {
    const u = new FakeUpdater(null);
    await controller({ kind: 'install' }, u).c.check(false);
    expect(u).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false, allowPrerelease: false, disableWebInstaller: true, forceDevUpdateConfig: false, errorListeners: 1 });
  });

  it('asks before downloading and again before installing; installs visibly', async () => {
    const u = new FakeUpdater({ version: '0.2.0' });
    const o = controller({ kind: 'install' }, u, [0, 0]);
    await o.c.check(false);
    expect(o.asked.map((a) => a.message)).toEqual(['Version 0.2.0 is available (you have 0.1.0).', 'Version 0.2.0 has been downloaded and its signature checked.']);
    expect(o.asked.map((a) => a.buttons)).toEqual([['Download', 'Later'], ['Restart and install', 'Later']]);
    expect(u.calls).toEqual(['check', 'download', 'install(silent=false, run=true)']);
  });

  it('"Later" means nothing is downloaded; "Later" after the download means nothing is installed', async () => {
    const first = new FakeUpdater({ version: '0.2.0' });
    await controller({ kind: 'install' }, first, [1]).c.check(true);
    expect(first.calls).toEqual(['check']);
    const second = new FakeUpdater({ version: '0.2.0' });
    await controller({ kind: 'install' }, second, [0, 1]).c.check(true);
    expect(second.calls).toEqual(['check', 'download']);
  });

  it('a download that fails its signature check is reported and not installed', async () => {
    const u = new FakeUpdater({ version: '0.2.0' }, true);
    const o = controller({ kind: 'install' }, u, [0]);
    await o.c.check(false);
    expect(o.asked[1]?.message).toMatch(/^The update could not be checked or downloaded: New version 0.2.0 is not signed/);
    expect(u.calls).toEqual(['check', 'download']);
  });

  it('Linux: says which version, offers the download page, never downloads', async () => {
    const u = new FakeUpdater({ version: '0.2.0' });
    const o = controller({ kind: 'notify', downloadPage: 'https://updates.example.org/workbench' }, u, [0]);
    await o.c.check(false);
    expect(o.asked[0]?.detail).toBe('Install it with your package manager, or download it from updates.example.org.');
    expect(o.opened).toEqual(['https://updates.example.org/workbench']);
    expect(u.calls).toEqual(['check']);
  });

  it('up to date: said only when asked from the menu', async () => {
    const quiet = controller({ kind: 'install' }, new FakeUpdater(null));
    await quiet.c.check(false);
    expect(quiet.asked).toEqual([]);
    const asked = controller({ kind: 'install' }, new FakeUpdater(null));
    await asked.c.check(true);
    expect(asked.asked[0]?.message).toBe('You have the latest version (0.1.0).');
  });

  it('a failed check is logged when unattended, shown when asked', async () => {
    const quiet = controller({ kind: 'install' }, new FakeUpdater(new Error('net::ERR_NAME_NOT_RESOLVED')));
    await quiet.c.check(false);
    expect(quiet.asked).toEqual([]);
    expect(quiet.logged[0]).toMatch(/ERR_NAME_NOT_RESOLVED/);
    const asked = controller({ kind: 'install' }, new FakeUpdater(new Error('net::ERR_NAME_NOT_RESOLVED')));
    await asked.c.check(true);
    expect(asked.asked[0]?.message).toMatch(/ERR_NAME_NOT_RESOLVED/);
  });

  it('a server that answers with a strange version is not believed', async () => {
    const u = new FakeUpdater({ version: '9.9.9<script>' });
    const o = controller({ kind: 'install' }, u, [0, 0]);
    await o.c.check(true);
    expect(u.calls).toEqual(['check']);
    expect(o.asked[0]?.message).toBe('You have the latest version (0.1.0).');
  });
});

/**
 * src-main/cli/ensure-electron.mjs, the step `npm start`, `npm run dev` and
 * `npm run dist` run before electron-vite: its decisions and its messages,
 * with Electron's installer replaced by a function (the real installer against
 * a local mirror is tested end to end in tests/first-start/).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkNode,
  commandName,
  electronCacheDir,
  ensureElectron,
  firstErrorLine,
  isDownloadFailure,
  type EnsureElectronOptions,
  type Env,
  type InstallerResult,
} from '../../src-main/cli/ensure-electron.mjs';

const VERSION = '45.5.0';
const ENGINES = '>= 22.12.0';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A node_modules/electron without its binary, like the one `npm install` leaves. */
function electronPackage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ensure-electron-test-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION, engines: { node: ENGINES } }));
  writeFileSync(path.join(dir, 'install.js'), '');
  return dir;
}

/** What install.js leaves after a successful install on Linux. */
function installBinary(dir: string, version = VERSION): void {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(path.join(dir, 'dist', 'version'), `v${version}`);
  writeFileSync(path.join(dir, 'path.txt'), 'electron');
}

interface Run {
  status: number;
  out: string;
  err: string;
  installerCalls: number;
}

/** Runs ensureElectron on Linux x64 with the given installer outcome, collecting what it prints. */
async function run(dir: string, options: EnsureElectronOptions & { installer?: (dir: string) => InstallerResult } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  let installerCalls = 0;
  const { installer, ...rest } = options;
  const status = await ensureElectron({
    env: { npm_lifecycle_event: 'start' },
    nodeVersion: '22.12.0',
    requireModuleFlag: true,
    platform: 'linux',
    arch: 'x64',
    electronDir: dir,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    runInstaller: async (installJs: string, _env: Env) => {
      installerCalls++;
      expect(installJs).toBe(path.join(dir, 'install.js'));
      return installer ? installer(dir) : (installBinary(dir), { status: 0, stderr: '' });
    },
    ...rest,
  });
  return { status, out: out.join('\n'), err: err.join('\n'), installerCalls };
}

const FETCH_FAILED = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;

describe('checkNode: Node against Electron\'s engines', () => {
  it.each([
    ['22.12.0', undefined, 'ok'],
    ['24.11.1', undefined, 'ok'],
    // Electron's installer runs on these (require(esm) is unflagged): try, with a warning.
    ['20.19.0', true, 'warn'],
    ['20.20.2', true, 'warn'],
    ['20.20.2', undefined, 'warn'],
    ['22.5.1', true, 'warn'],
    // …and cannot even be loaded on these.
    ['20.18.3', undefined, 'block'],
    ['21.7.3', undefined, 'block'],
    ['22.11.0', false, 'block'],
    ['18.20.8', undefined, 'block'],
  ] as const)('Node %s (require_module %s) → %s', (nodeVersion, requireModuleFlag, verdict) => {
    expect(checkNode({ nodeVersion, requireModuleFlag, electronEngines: ENGINES })).toEqual({ verdict, required: '22.12.0' });
  });
});

describe('ensureElectron', () => {
  it('does nothing when the binary is installed, even with ELECTRON_SKIP_BINARY_DOWNLOAD set', async () => {
    const dir = electronPackage();
    installBinary(dir);
    const r = await run(dir, { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(r).toEqual({ status: 0, out: '', err: '', installerCalls: 0 });
  });

  it('runs Electron\'s installer when the binary is missing, saying what it downloads and where it caches it', async () => {
    const dir = electronPackage();
    const r = await run(dir, { env: { electron_config_cache: '/tmp/electron-cache' } });
    expect(r.status).toBe(0);
    expect(r.installerCalls).toBe(1);
    expect(r.out).toContain(`Installing the Electron ${VERSION} binary for linux-x64 with Electron's installer: a one-time download of about 100 MB`);
    expect(r.out).toContain('cached in /tmp/electron-cache');
    expect(r.err).toBe('');
  });

  it('reinstalls when the binary on disk is another version (after upgrading electron)', async () => {
    const dir = electronPackage();
    installBinary(dir, '44.0.0');
    const r = await run(dir);
    expect(r.status).toBe(0);
    expect(r.installerCalls).toBe(1);
  });

  it('ELECTRON_SKIP_BINARY_DOWNLOAD: refuses to download and points to the browser host', async () => {
    const dir = electronPackage();
    const r = await run(dir, { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', npm_lifecycle_event: 'dev' } });
    expect(r.status).toBe(1);
    expect(r.installerCalls).toBe(0);
    expect(r.err).toContain(`The Electron ${VERSION} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it will not be downloaded.`);
    expect(r.err).toContain('unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm run dev` again');
    expect(r.err).toContain('use the browser host: `npm run build && npm run web`');
  });

  it('a Node that cannot run the installer: names the Node needed and does not start it', async () => {
    const dir = electronPackage();
    const r = await run(dir, { nodeVersion: '20.18.3', requireModuleFlag: undefined });
    expect(r.status).toBe(1);
    expect(r.installerCalls).toBe(0);
    expect(r.err).toContain(`Electron ${VERSION} needs Node.js 22.12.0 or later (its package.json declares "node": "${ENGINES}"); this is Node 20.18.3.`);
    expect(r.err).toContain('Install Node.js 22.12.0 or later (https://nodejs.org/), then run `npm install` and `npm start` again.');
  });

  it('a Node below Electron\'s engines that can run the installer: warns, then installs', async () => {
    const dir = electronPackage();
    const r = await run(dir, { nodeVersion: '20.20.2' });
    expect(r.status).toBe(0);
    expect(r.installerCalls).toBe(1);
    expect(r.err).toContain(`Warning: Electron ${VERSION} declares Node.js >= 22.12.0; this is Node 20.20.2.`);
    expect(r.err).toContain('the download is tried anyway; if it fails, install Node.js 22.12.0 or later.');
  });

  it('offline: says so, with the proxy variables, ELECTRON_MIRROR and the browser host', async () => {
    const dir = electronPackage();
    const r = await run(dir, { installer: () => ({ status: 1, stderr: FETCH_FAILED }) });
    expect(r.status).toBe(1);
    expect(r.err).toContain(
      `Could not download the Electron ${VERSION} binary (electron-v${VERSION}-linux-x64.zip) from Electron's download server (https://github.com/electron/electron/releases/download/): TypeError: fetch failed.`,
    );
    expect(r.err).toContain('Offline: connect to the internet and run `npm start` again.');
    expect(r.err).toContain('ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY=http://host:port');
    expect(r.err).toContain('set ELECTRON_MIRROR to its base URL');
    expect(r.err).toContain('`npm run build && npm run web`');
    expect(r.err).not.toContain('This is Node');
  });

  it('offline on an old Node: adds which Node Electron declares', async () => {
    const dir = electronPackage();
    const r = await run(dir, { nodeVersion: '20.20.2', installer: () => ({ status: 1, stderr: FETCH_FAILED }) });
    expect(r.err).toContain('This is Node 20.20.2; Electron 45.5.0 declares Node.js >= 22.12.0: if the above does not help, install Node.js 22.12.0 or later.');
  });

  it('a mirror that answers 404: names the mirror and the HTTP error', async () => {
    const dir = electronPackage();
    const stderr = `HTTPError: Response code 404 (Not Found) for http://mirror.example/v${VERSION}/electron-v${VERSION}-linux-x64.zip\n    at FetchDownloader.download (x.js:1:1)`;
    const r = await run(dir, { env: { ELECTRON_MIRROR: 'http://mirror.example/' }, installer: () => ({ status: 1, stderr }) });
    expect(r.status).toBe(1);
    expect(r.err).toContain(`from the mirror in ELECTRON_MIRROR (http://mirror.example/): HTTPError: Response code 404 (Not Found) for http://mirror.example/v${VERSION}/`);
  });

  it('any other installer failure (a checksum mismatch): says how to retry', async () => {
    const dir = electronPackage();
    const stderr = 'Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.\n    at x (y.js:1:1)';
    const r = await run(dir, { installer: () => ({ status: 1, stderr }) });
    expect(r.status).toBe(1);
    expect(r.err).toContain(`Electron's installer failed to install the Electron ${VERSION} binary (exit status 1): Error: Generated checksum`);
    expect(r.err).toContain(`Delete ${path.join(dir, 'dist')} and ${path.join(dir, 'path.txt')} if they exist, then run \`npm start\` again.`);
  });

  it('an installer that exits 0 without installing is a failure', async () => {
    const dir = electronPackage();
    const r = await run(dir, { installer: () => ({ status: 0, stderr: '' }) });
    expect(r.status).toBe(1);
    expect(r.err).toContain('it finished, but');
  });

  it('ELECTRON_EXEC_PATH: electron-vite runs that executable, so nothing is installed; a wrong path is reported', async () => {
    const dir = electronPackage();
    const present = await run(dir, { env: { ELECTRON_EXEC_PATH: path.join(dir, 'install.js') } });
    expect(present).toEqual({ status: 0, out: '', err: '', installerCalls: 0 });
    const missing = await run(dir, { env: { ELECTRON_EXEC_PATH: path.join(dir, 'nope') } });
    expect(missing.status).toBe(1);
    expect(missing.err).toContain('ELECTRON_EXEC_PATH is set to');
  });

  it('a platform Electron has no build for: points to the browser host', async () => {
    const dir = electronPackage();
    const r = await run(dir, { platform: 'aix' });
    expect(r.status).toBe(1);
    expect(r.installerCalls).toBe(0);
    expect(r.err).toContain('Electron has no builds for the platform "aix"');
  });
});

describe('helpers', () => {
  it('names the npm command that was run', () => {
    expect(commandName({ npm_lifecycle_event: 'start' })).toBe('npm start');
    expect(commandName({ npm_lifecycle_event: 'dev' })).toBe('npm run dev');
    expect(commandName({ npm_lifecycle_event: 'dist' })).toBe('npm run dist');
    expect(commandName({})).toBe('npm start');
  });

  it('finds Electron\'s cache as @electron/get does', () => {
    expect(electronCacheDir({ electron_config_cache: '/c' }, 'linux', '/home/u')).toBe('/c');
    expect(electronCacheDir({}, 'linux', '/home/u')).toBe(path.join('/home/u', '.cache', 'electron'));
    expect(electronCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/u')).toBe(path.join('/x', 'electron'));
    expect(electronCacheDir({}, 'darwin', '/Users/u')).toBe(path.join('/Users/u', 'Library', 'Caches', 'electron'));
  });

  it('tells download failures from other failures, and keeps the error line without the stack', () => {
    expect(isDownloadFailure(FETCH_FAILED)).toBe(true);
    expect(isDownloadFailure('Error: getaddrinfo ENOTFOUND github.com')).toBe(true);
    expect(isDownloadFailure('Error: Generated checksum for "x.zip" did not match expected checksum.')).toBe(false);
    expect(firstErrorLine(FETCH_FAILED)).toBe('TypeError: fetch failed');
    expect(firstErrorLine('Error: Generated checksum for "x.zip" did not match expected checksum.\n    at y (z.js:1:1)')).toBe(
      'Error: Generated checksum for "x.zip" did not match expected checksum',
    );
    expect(firstErrorLine('')).toBe('');
  });
});

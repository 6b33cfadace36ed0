/**
 * The README's first run, end to end and offline: a fresh clone of this
 * repository, the real `npm install`, then the real `npm start` and
 * `npm run dev`, with Electron's real installer downloading from a local
 * mirror (ELECTRON_MIRROR, checked against the mirror's SHASUMS256.txt). The
 * "binary" it serves is a shell script that records how it was launched and
 * exits, so the test proves that the start commands reach the binary Electron's
 * installer provides, after the build.
 *
 * Also the ways it cannot work: ELECTRON_SKIP_BINARY_DOWNLOAD set, and an
 * unreachable download server. (An old Node is covered by
 * tests/main/ensure-electron.test.ts, which injects the version.)
 *
 * Only the child processes see ELECTRON_SKIP_BINARY_DOWNLOAD unset, and only
 * with ELECTRON_MIRROR pointing at 127.0.0.1: nothing is downloaded from the
 * internet. The npm registry is used through npm's cache (--prefer-offline).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, sha256, startMirror, storedZip, type Mirror } from './mirror';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const zipName = `electron-v${electronVersion}-linux-x64.zip`;

const supported = process.platform === 'linux' && process.arch === 'x64';
const title = supported
  ? 'first start from a fresh clone (local Electron mirror)'
  : `first start from a fresh clone — skipped: the stand-in Electron is a linux-x64 build and a shell script, and this is ${process.platform}-${process.arch}`;

interface Launch {
  cwd: string;
  args: string[];
  built: boolean;
  rendererUrl: string;
}

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

let work = '';
let app = '';
let launchLog = '';
let mirror: Mirror;

/** The shell script served as the Electron binary: appends one record per launch to `log`. */
function standIn(log: string): string {
  return `#!/bin/sh
# Stand-in for the Electron binary (tests/first-start): records how it was launched.
{
  echo "cwd=$(pwd -P)"
  for a in "$@"; do echo "arg=$a"; done
  if [ -f out/main/index.js ]; then echo built=yes; else echo built=no; fi
  echo "renderer=$ELECTRON_RENDERER_URL"
  echo ---
} >> '${log}'
# npm run dev: stay up like the real app until the test stops the process group.
if [ -n "$STANDIN_HOLD" ]; then exec sleep 120; fi
exit 0
`;
}

function launches(): Launch[] {
  if (!existsSync(launchLog)) return [];
  return readFileSync(launchLog, 'utf8')
    .split('---\n')
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.trim().split('\n');
      const value = (key: string) => lines.filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));
      return { cwd: value('cwd')[0] ?? '', args: value('arg'), built: value('built')[0] === 'yes', rendererUrl: value('renderer')[0] ?? '' };
    });
}

/** The environment of a new user's shell: none of the outer npm run's, vitest's or CI's Electron settings. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|vitest|electron_)/i.test(key) || ['NODE_ENV', 'INIT_CWD', 'TEST'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ELECTRON_GET_NO_PROGRESS: '1', ...extra };
}

/** The environment for the start commands: Electron's installer pointed at the local mirror, with a throw-away cache. */
function mirrorEnv(cache: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return userEnv({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1', electron_config_cache: path.join(work, cache), ...extra });
}

/** Runs a command in its own process group; on timeout the whole group is killed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 110_000): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: app, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 90_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A fresh clone of this repository's HEAD (a copy of its files where it is not a git checkout). */
function cloneProject(dest: string): void {
  const head = spawnSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  if (head.status === 0) {
    const sha = head.stdout.trim();
    const dirty = spawnSync('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim();
    if (dirty) console.warn(`first-start: testing commit ${sha.slice(0, 10)}; uncommitted changes are not part of it.`);
    for (const args of [['clone', '--quiet', '--no-checkout', repo, dest], ['-C', dest, 'checkout', '--quiet', '--detach', sha]]) {
      const r = spawnSync('git', args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    }
    return;
  }
  const skip = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.bench', '.git']);
  cpSync(repo, dest, { recursive: true, filter: (src) => !skip.has(path.relative(repo, src).split(path.sep)[0] ?? '') });
}

function removeBinary(): void {
  const electronDir = path.join(app, 'node_modules', 'electron');
  rmSync(path.join(electronDir, 'dist'), { recursive: true, force: true });
  rmSync(path.join(electronDir, 'path.txt'), { force: true });
}

describe.skipIf(!supported)(title, () => {
  beforeAll(async () => {
    const started = Date.now();
    work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'first-start-')));
    app = path.join(work, 'app');
    launchLog = path.join(work, 'launches.log');

    const binary = Buffer.from(standIn(launchLog));
    const zip = storedZip([
      { name: 'electron', data: binary, mode: 0o755 },
      { name: 'version', data: Buffer.from(`v${electronVersion}`), mode: 0o644 },
      { name: 'LICENSE', data: Buffer.from('stand-in for tests\n'), mode: 0o644 },
    ]);
    mirror = await startMirror(
      new Map([
        [`/v${electronVersion}/${zipName}`, zip],
        [`/v${electronVersion}/SHASUMS256.txt`, Buffer.from(`${sha256(zip)} *${zipName}\n`)],
      ]),
    );

    cloneProject(app);
    const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], userEnv({}), 240_000);
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}\n${install.stderr}`);
    console.log(`first-start: clone and npm install in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    await mirror?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('npm install leaves the Electron binary to be downloaded later (Electron 45 installs it lazily)', () => {
    expect(existsSync(path.join(app, 'node_modules/electron/package.json'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules/electron/path.txt'))).toBe(false);
    expect(mirror.requests).toEqual([]);
  });

  it('ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm start: stops before building, pointing to the browser host', async () => {
    const r = await run('npm', ['start'], mirrorEnv('cache-skip', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`The Electron ${electronVersion} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it will not be downloaded.`);
    expect(r.stderr).toContain('unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm start` again');
    expect(r.stderr).toContain('use the browser host: `npm run build && npm run web`');
    expect(mirror.requests).toEqual([]);
    expect(launches()).toEqual([]);
    expect(existsSync(path.join(app, 'out'))).toBe(false);
  });

  it('npm start with the download server unreachable: says so, with the proxy variables and ELECTRON_MIRROR', async () => {
    const deadUrl = `http://127.0.0.1:${await closedPort()}/`;
    const r = await run('npm', ['start'], mirrorEnv('cache-offline', { ELECTRON_MIRROR: deadUrl }));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`Could not download the Electron ${electronVersion} binary (${zipName}) from the mirror in ELECTRON_MIRROR (${deadUrl}): TypeError: fetch failed.`);
    expect(r.stderr).toContain('Offline: connect to the internet and run `npm start` again.');
    expect(r.stderr).toContain('ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY=');
    expect(r.stderr).toContain('set ELECTRON_MIRROR to its base URL');
    expect(launches()).toEqual([]);
    expect(existsSync(path.join(app, 'node_modules/electron/path.txt'))).toBe(false);
    expect(existsSync(path.join(app, 'out'))).toBe(false);
  });

  it('npm start: Electron\'s installer downloads the binary from the mirror, then the built app is launched once', async () => {
    const r = await run('npm', ['start'], mirrorEnv('cache-start'));
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain(`Installing the Electron ${electronVersion} binary for linux-x64 with Electron's installer`);
    expect(r.stdout).toContain(`Electron ${electronVersion} installed in`);
    // The zip, then the checksums it is checked against.
    expect(mirror.requests).toEqual([`/v${electronVersion}/${zipName}`, `/v${electronVersion}/SHASUMS256.txt`]);
    expect(readFileSync(path.join(app, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
    expect(existsSync(path.join(work, 'cache-start'))).toBe(true);

    const all = launches();
    expect(all).toHaveLength(1);
    const [launch] = all;
    expect(launch?.cwd).toBe(app);
    expect(launch?.args).toEqual(['.']);
    // '.' is the project, whose package.json "main" is the built entry.
    expect(JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')).main).toBe('out/main/index.js');
    expect(launch?.built).toBe(true);
    expect(launch?.rendererUrl).toBe('');
  });

  it('a second npm start downloads nothing', async () => {
    writeFileSync(launchLog, '');
    const before = mirror.requests.length;
    const r = await run('npm', ['start'], mirrorEnv('cache-start'));
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).not.toContain('Installing the Electron');
    expect(mirror.requests.length).toBe(before);
    expect(launches()).toHaveLength(1);
  });

  it('npm run dev: installs the binary, launches it on the dev server, and the dev server stops with its process group', async () => {
    removeBinary();
    writeFileSync(launchLog, '');
    mirror.requests.length = 0;
    const child = spawn('npm', ['run', 'dev'], { cwd: app, env: mirrorEnv('cache-dev', { STANDIN_HOLD: '1' }), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const pid = child.pid!;
    try {
      const launch = await waitFor('the stand-in to be launched by npm run dev', () => launches()[0]);
      expect(mirror.requests).toEqual([`/v${electronVersion}/${zipName}`, `/v${electronVersion}/SHASUMS256.txt`]);
      expect(launch.cwd).toBe(app);
      expect(launch.args).toEqual(['.']);
      expect(launch.built).toBe(true);
      expect(launch.rendererUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+\/?$/);
      const page = await fetch(launch.rendererUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"></div>');
      expect(launches()).toHaveLength(1);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- npm run dev output ---\n${output}`);
    } finally {
      killGroup(pid);
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await waitFor('the dev process group to end', () => !groupAlive(pid), 10_000);
    expect(launches()).toHaveLength(1);
  });
});

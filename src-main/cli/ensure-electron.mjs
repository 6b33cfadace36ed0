/**
 * Runs before electron-vite in `npm start`, `npm run dev` and `npm run dist`:
 * makes sure the Electron binary is installed, through Electron's own installer
 * (node_modules/electron/install.js), and says what to do when it cannot be.
 *
 * Why: Electron 45 no longer downloads its binary during `npm install`; it does
 * so lazily, the first time `require('electron')` or its installer runs, and
 * then writes node_modules/electron/path.txt. electron-vite reads path.txt
 * directly and fails with "Electron uninstall" when it is missing.
 *
 * Plain JavaScript with Node built-ins only, so that it runs before any build
 * and on any Node old enough to need telling so.
 *
 *   node src-main/cli/ensure-electron.mjs
 *
 * Exit status 0 when the binary is there (or was just installed), 1 otherwise,
 * with the reason and the fix on stderr.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Electron's installer downloads from when ELECTRON_MIRROR is not set. */
export const OFFICIAL_DOWNLOAD_URL = 'https://github.com/electron/electron/releases/download/';

const BROWSER_HOST = 'npm run build && npm run web';

/** The executable inside the unzipped distribution, as install.js names it (null: no Electron build for this platform). */
export function platformBinaryPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

/** [major, minor, patch] of the first version in a string such as "v20.20.2" or ">= 22.12.0"; null when there is none. */
export function parseVersion(text) {
  const m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(text));
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}

function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/**
 * Whether this Node can `require()` an ES module without a flag: Electron's
 * installer (CommonJS) requires @electron/get and its zip extractor, which are
 * ES modules only. Unflagged since Node 20.19 on the 20 line, 22.12 on the 22
 * line, and in every release from 23 on; `requireModuleFlag` is
 * `process.features.require_module` (true when it was turned on by a flag).
 */
export function canRequireEsm(nodeVersion, requireModuleFlag) {
  if (requireModuleFlag === true) return true;
  const v = parseVersion(nodeVersion);
  if (!v) return false;
  const [major, minor] = v;
  return major >= 23 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
}

/**
 * Node against Electron's `engines.node` (a lower bound such as ">= 22.12.0").
 * - ok: at or above it;
 * - warn: below it, but able to run Electron's installer (it works on Node
 *   20.19+, which is what this project's own `engines` asks for): the download
 *   is tried anyway;
 * - block: the installer cannot even be loaded on this Node.
 */
export function checkNode({ nodeVersion, requireModuleFlag, electronEngines }) {
  const current = parseVersion(nodeVersion);
  const required = parseVersion(electronEngines ?? '');
  const requiredText = required ? required.join('.') : null;
  if (!canRequireEsm(nodeVersion, requireModuleFlag)) return { verdict: 'block', required: requiredText };
  if (current && required && compareVersions(current, required) < 0) return { verdict: 'warn', required: requiredText };
  return { verdict: 'ok', required: requiredText };
}

/** The npm command the user ran, for "run … again". */
export function commandName(env) {
  const event = env.npm_lifecycle_event;
  if (event === 'start' || event === 'test') return `npm ${event}`;
  return event ? `npm run ${event}` : 'npm start';
}

/** Where Electron's installer caches downloads (electron_config_cache, else the per-user cache @electron/get uses through env-paths). */
export function electronCacheDir(env, platform = process.platform, home = os.homedir()) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'electron');
}

function mirrorOf(env) {
  return env.ELECTRON_MIRROR || env.npm_config_electron_mirror || env.NPM_CONFIG_ELECTRON_MIRROR || null;
}

/** True when the installer's output says the download itself failed (no connection, refused, DNS, timeout, HTTP error). */
export function isDownloadFailure(output) {
  return /fetch failed|HTTPError|Response code \d+|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR|socket hang up|getaddrinfo|certificate|self[- ]signed/i.test(output);
}

/** The first line of the installer's error, without the stack (nor a final full stop: the messages add their own). */
export function firstErrorLine(output) {
  const lines = String(output).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const error = (lines.find((l) => /^(\w*Error|Error)\b/.test(l)) ?? lines.find((l) => !l.startsWith('at ')) ?? '').replace(/\.+$/, '');
  return error.length > 300 ? `${error.slice(0, 300)}…` : error;
}

// ---- messages --------------------------------------------------------------

export function skipMessage({ version, command }) {
  return [
    `The Electron ${version} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it will not be downloaded.`,
    `  - To run the desktop app, unset ELECTRON_SKIP_BINARY_DOWNLOAD and run \`${command}\` again: Electron's installer then`,
    `    downloads the binary once (about 100 MB) and caches it.`,
    `  - To use the workbench without Electron, use the browser host: \`${BROWSER_HOST}\`, then open the printed address.`,
  ].join('\n');
}

export function blockedNodeMessage({ version, required, engines, nodeVersion, command }) {
  const need = required ?? '22.12.0';
  return [
    `Electron ${version} needs Node.js ${need} or later (its package.json declares "node": "${engines ?? `>= ${need}`}"); this is Node ${nodeVersion}.`,
    `Its installer cannot run on this Node: it require()s ES modules, which Node allows from 20.19 on the 20 line and from 22.12 on.`,
    `  - Install Node.js ${need} or later (https://nodejs.org/), then run \`npm install\` and \`${command}\` again.`,
  ].join('\n');
}

export function oldNodeWarning({ version, required, nodeVersion }) {
  return [
    `Warning: Electron ${version} declares Node.js >= ${required}; this is Node ${nodeVersion}.`,
    `Its installer works on Node 20.19 and later, so the download is tried anyway; if it fails, install Node.js ${required} or later.`,
  ].join('\n');
}

export function offlineMessage({ version, platform, arch, mirror, detail, command, nodeNote }) {
  const file = `electron-v${version}-${platform}-${arch}.zip`;
  const from = mirror ? `the mirror in ELECTRON_MIRROR (${mirror})` : `Electron's download server (${OFFICIAL_DOWNLOAD_URL})`;
  const lines = [
    `Could not download the Electron ${version} binary (${file}) from ${from}${detail ? `: ${detail}` : ''}.`,
    `The desktop app needs it, once: about 100 MB, then kept in Electron's cache.`,
    `  - Offline: connect to the internet and run \`${command}\` again.`,
    `  - Behind a proxy: set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY=http://host:port (HTTP_PROXY and NO_PROXY are read too),`,
    `    then run \`${command}\` again.`,
    `  - From a mirror: set ELECTRON_MIRROR to its base URL, e.g. ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/`,
    `    (the installer fetches <ELECTRON_MIRROR>v${version}/${file}); a mirror of other builds than the official ones`,
    `    also needs electron_use_remote_checksums=1, to check them against its SHASUMS256.txt.`,
    `  - Without Electron, use the browser host: \`${BROWSER_HOST}\`.`,
  ];
  if (nodeNote) lines.push(nodeNote);
  return lines.join('\n');
}

export function installerFailedMessage({ version, status, detail, electronDir, command, nodeNote }) {
  const lines = [
    `Electron's installer failed to install the Electron ${version} binary (exit status ${status})${detail ? `: ${detail}` : ''}.`,
    `  - Delete ${path.join(electronDir, 'dist')} and ${path.join(electronDir, 'path.txt')} if they exist, then run \`${command}\` again.`,
    `  - Set DEBUG=@electron/get* to see what the installer does.`,
    `  - Without Electron, use the browser host: \`${BROWSER_HOST}\`.`,
  ];
  if (nodeNote) lines.push(nodeNote);
  return lines.join('\n');
}

// ---- the check -------------------------------------------------------------

/** True when electron-vite will find the binary: path.txt names the platform's executable, it exists, and dist/version is this package's version. */
export function isInstalled(electronDir, version, binaryPath) {
  try {
    if (readFileSync(path.join(electronDir, 'path.txt'), 'utf8') !== binaryPath) return false;
    if (readFileSync(path.join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '') !== version) return false;
  } catch {
    return false;
  }
  return existsSync(path.join(electronDir, 'dist', binaryPath));
}

/** Runs Electron's installer in a child Node; its stderr is shown as it comes and kept for the diagnosis. */
export function runInstaller(installJs, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installJs], { stdio: ['ignore', 'inherit', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      stderr += chunk.toString();
    });
    child.on('error', (error) => resolve({ status: 1, stderr: `${stderr}${error.stack ?? error}` }));
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), stderr }));
  });
}

function findElectronDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Makes sure the Electron binary is installed; returns the exit status.
 * Everything it reads from the machine can be passed in, for the tests.
 */
export async function ensureElectron(options = {}) {
  const env = options.env ?? process.env;
  const nodeVersion = options.nodeVersion ?? process.versions.node;
  const requireModuleFlag = 'requireModuleFlag' in options ? options.requireModuleFlag : process.features?.require_module;
  const platform = options.platform ?? (env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform);
  const arch = options.arch ?? (env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch);
  const install = options.runInstaller ?? runInstaller;
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const fail = options.error ?? ((line) => process.stderr.write(`${line}\n`));
  const command = commandName(env);

  if (env.ELECTRON_EXEC_PATH) {
    // electron-vite runs this executable instead of the package's binary.
    if (existsSync(env.ELECTRON_EXEC_PATH)) return 0;
    fail(`ELECTRON_EXEC_PATH is set to ${env.ELECTRON_EXEC_PATH}, which does not exist. Unset it to use the Electron binary from node_modules, or point it at an Electron executable.`);
    return 1;
  }

  const electronDir = options.electronDir ?? findElectronDir();
  if (!electronDir || !existsSync(path.join(electronDir, 'package.json'))) {
    fail(`The electron package is not installed. Run \`npm install\` first, then \`${command}\`.`);
    return 1;
  }
  const pkg = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const version = pkg.version;
  const binaryPath = platformBinaryPath(platform);
  if (!binaryPath) {
    fail(`Electron has no builds for the platform "${platform}". Use the browser host instead: \`${BROWSER_HOST}\`.`);
    return 1;
  }
  if (isInstalled(electronDir, version, binaryPath)) return 0;

  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    fail(skipMessage({ version, command }));
    return 1;
  }

  const node = checkNode({ nodeVersion, requireModuleFlag, electronEngines: pkg.engines?.node });
  if (node.verdict === 'block') {
    fail(blockedNodeMessage({ version, required: node.required, engines: pkg.engines?.node, nodeVersion, command }));
    return 1;
  }
  const nodeNote = node.verdict === 'warn' ? `  - This is Node ${nodeVersion}; Electron ${version} declares Node.js >= ${node.required}: if the above does not help, install Node.js ${node.required} or later.` : null;
  if (node.verdict === 'warn') fail(oldNodeWarning({ version, required: node.required, nodeVersion }));

  const mirror = mirrorOf(env);
  log(`Installing the Electron ${version} binary for ${platform}-${arch} with Electron's installer: a one-time download of about 100 MB from ${mirror ?? "Electron's download server"}, then cached in ${electronCacheDir(env)}…`);
  const started = Date.now();
  const result = await install(path.join(electronDir, 'install.js'), env);
  const detail = firstErrorLine(result.stderr);
  if (result.status !== 0) {
    if (isDownloadFailure(result.stderr)) fail(offlineMessage({ version, platform, arch, mirror, detail, command, nodeNote }));
    else fail(installerFailedMessage({ version, status: result.status, detail, electronDir, command, nodeNote }));
    return 1;
  }
  if (!isInstalled(electronDir, version, binaryPath)) {
    fail(installerFailedMessage({ version, status: 0, detail: `it finished, but ${path.join(electronDir, 'dist', binaryPath)} or path.txt is missing`, electronDir, command, nodeNote }));
    return 1;
  }
  log(`Electron ${version} installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  ensureElectron().then(
    (status) => process.exit(status),
    (error) => {
      process.stderr.write(`Could not check the Electron binary: ${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}

/**
 * `npm run bench [-- --json] [-- --runs N] [-- --only NAME] [-- --no-build]`:
 * the benchmark suite. Prints medians of several runs as a table, or with
 * --json one object `{ cases: [{ name, median_ms, runs, target_ms, ... }],
 * renderer: { main_chunk, bytes, gzip_bytes, ... } }` and nothing else on
 * stdout (everything else, Playwright's log included, goes to stderr; run
 * it as `npm run -s bench -- --json`, as npm prints its own banner on
 * stdout otherwise).
 *
 * Machines are shared and noisy: every case reports the median of several
 * runs, and cases with a peer or baseline report the ratio measured in the
 * same run.
 *
 * Browser cases are the Playwright specs in tests/e2e/bench/ (one case per
 * spec file, named after it; see tests/e2e/bench/measure.ts for how they
 * measure). They run against a fresh build of the renderer served on a free
 * port; the build's main chunk size is reported with them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, type BenchCase } from './bench/types';

interface CaseRow {
  name: string;
  description: string;
  median_ms: number;
  runs: number;
  target_ms?: number;
  meets_target?: boolean;
  [extra: string]: unknown;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Progress and child processes' output: stderr, so that stdout holds the result only. */
const log = (line: string): void => void process.stderr.write(line + '\n');

async function loadCases(): Promise<BenchCase[]> {
  const modules = await Promise.all([import('./bench/anchor'), import('./bench/analysis'), import('./bench/core')]);
  return [...modules.flatMap((m) => m.cases), backupCase];
}

/**
 * `backup-restore-10k` drives the storage layer, which the command line may
 * not import (DESIGN.md): it lives in tests/bench and runs in a child process
 * that prints its result as JSON.
 */
const backupCase: BenchCase = {
  name: 'backup-restore-10k',
  description: 'back up and restore 200 articles, 10,000 claims, 5,000 sources (fake-indexeddb in Node); target < 5 s each',
  targetMs: 5000,
  async run(runs) {
    const child = spawnSync('npx', ['tsx', 'tests/bench/backup.ts', '--runs', String(runs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`backup-restore-10k failed (exit ${child.status})`);
    const line = child.stdout.trim().split('\n').pop() ?? '{}';
    return JSON.parse(line) as Awaited<ReturnType<BenchCase['run']>>;
  },
};

const BENCH_SPECS = 'tests/e2e/bench';
const BROWSER_OUT = path.resolve('.bench/browser');

/** Browser cases: one per spec file of tests/e2e/bench (the README screenshot aside). */
function browserCaseNames(): string[] {
  return readdirSync(BENCH_SPECS)
    .filter((f) => f.endsWith('.spec.ts') && f !== 'screenshot.spec.ts')
    .map((f) => f.slice(0, -'.spec.ts'.length))
    .sort();
}

/** A TCP port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the renderer (output to stderr). False when the build failed. */
function build(): boolean {
  log('building the renderer (electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 2, 2] });
  return result.status === 0;
}

/**
 * What the window loads before the workbench can start: the renderer's entry
 * chunk (the script out/renderer/index.html loads) and every chunk it
 * imports statically (the page's modulepreload links), raw and gzipped.
 * The target is on that sum, not on the entry alone: splitting the entry
 * into shared chunks that load at start anyway saves nothing. Undefined
 * when there is no build.
 */
function mainChunk(): Record<string, string | number | boolean | string[]> | undefined {
  const html = 'out/renderer/index.html';
  if (!existsSync(html)) return undefined;
  const page = readFileSync(html, 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(page)?.[1];
  if (!src) return undefined;
  const local = (href: string): string => path.join('out/renderer', href.replace(/^\.?\//, ''));
  const file = local(src);
  const preloaded = [...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  const entry = readFileSync(file);
  const all = [file, ...preloaded].map((f) => readFileSync(f));
  const startup = all.reduce((n, b) => n + b.length, 0);
  const target = 700 * 1024;
  return {
    main_chunk: path.relative('out/renderer', file),
    bytes: entry.length,
    gzip_bytes: gzipSync(entry, { level: 9 }).length,
    startup_chunks: [file, ...preloaded].map((f) => path.relative('out/renderer', f)),
    startup_bytes: startup,
    startup_gzip_bytes: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    target_bytes: target,
    meets_target: startup <= target,
    built_at: statSync(file).mtime.toISOString(),
  };
}

/** Runs the Playwright benchmarks (all, or those named) on a free port and reads the figures they wrote. */
async function browserCases(runs: number, names: readonly string[]): Promise<CaseRow[]> {
  rmSync(BROWSER_OUT, { recursive: true, force: true });
  mkdirSync(BROWSER_OUT, { recursive: true });
  const port = process.env['E2E_PORT'] ?? String(await freePort());
  const specs = names.map((n) => path.join(BENCH_SPECS, `${n}.spec.ts`));
  const result = spawnSync('node', ['tests/e2e/run-playwright.mjs', '--project=bench', ...specs], {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, BENCH_RUNS: String(runs), E2E_PORT: port },
  });
  const rows = readdirSync(BROWSER_OUT)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(BROWSER_OUT, f), 'utf8')) as CaseRow);
  const missing = names.filter((n) => !rows.some((r) => r.name === n));
  if (result.status !== 0 || missing.length) log(`browser benchmarks failed (${missing.join(', ') || 'see above'}): see Playwright's output above.`);
  return rows;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const runs = Number(arg('runs') ?? 5);
  const only = arg('only');
  const rows: CaseRow[] = [];
  for (const c of await loadCases()) {
    if (only && c.name !== only) continue;
    log(`running ${c.name}…`);
    const result = await c.run(runs);
    const m = median(result.timingsMs);
    rows.push({
      name: c.name,
      description: c.description,
      median_ms: Math.round(m * 100) / 100,
      runs: result.timingsMs.length,
      ...(c.targetMs !== undefined ? { target_ms: c.targetMs, meets_target: m <= c.targetMs } : {}),
      ...result.extra,
    });
  }
  const browser = browserCaseNames().filter((n) => !only || n === only);
  const wantChunk = !only || browser.length > 0 || only === 'renderer-main-chunk';
  let built = false;
  if (wantChunk && !process.argv.includes('--no-build')) {
    built = build();
    if (!built) log('the build failed: no browser benchmarks, no chunk size.');
  }
  if (browser.length && (built || process.argv.includes('--no-build'))) {
    log(`running ${browser.join(', ')} (Playwright, Chromium)…`);
    rows.push(...(await browserCases(runs, browser)));
  }
  const renderer = wantChunk ? mainChunk() : undefined;
  if (json) {
    process.stdout.write(JSON.stringify({ cases: rows, ...(renderer ? { renderer } : {}) }, null, 2) + '\n');
    return;
  }
  const fmt = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : Array.isArray(v) ? v.join(' ') : String(v));
  const out: string[] = ['', ['case', 'median ms', 'runs', 'target ms', 'ok', 'details'].join(' | '), '--- | --- | --- | --- | --- | ---'];
  for (const r of rows) {
    const { name, median_ms, runs: n, target_ms, meets_target, description: _d, ...extra } = r;
    const details = Object.entries(extra).map(([k, v]) => `${k}=${fmt(v)}`).join(', ');
    out.push([name, fmt(median_ms), n, target_ms ?? '', meets_target === undefined ? '' : meets_target ? 'yes' : 'NO', details].join(' | '));
  }
  if (renderer) {
    out.push(
      '',
      `renderer at start: ${renderer['startup_bytes']} bytes in ${(renderer['startup_chunks'] as string[]).length} chunks (gzip ${renderer['startup_gzip_bytes']}; entry ${renderer['main_chunk']} ${renderer['bytes']} bytes); target ≤ ${renderer['target_bytes']} bytes: ${renderer['meets_target'] ? 'yes' : 'NO'}`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * `npm run bench [-- --json] [-- --runs N] [-- --only NAME]`: the benchmark
 * suite. Prints medians of several runs as a table, or with --json one object
 * `{ cases: [{ name, median_ms, runs, target_ms, ... }] }`.
 *
 * Machines are shared and noisy: every case reports the median of several
 * runs, and cases with a peer or baseline report the ratio measured in the
 * same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
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

async function loadCases(): Promise<BenchCase[]> {
  const modules = await Promise.all([import('./bench/anchor'), import('./bench/analysis')]);
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

/** Runs the Playwright benchmark (open-1mb-2000) and reads the figures it wrote. */
function browserCases(runs: number): CaseRow[] {
  const outFile = path.resolve('.bench/open-1mb-2000.json');
  rmSync(outFile, { force: true });
  mkdirSync(path.dirname(outFile), { recursive: true });
  if (!existsSync('out/renderer/index.html')) spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  const result = spawnSync('node', ['tests/e2e/run-playwright.mjs', '--project', 'bench'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, BENCH_RUNS: String(runs) },
  });
  if (result.status !== 0 || !existsSync(outFile)) {
    console.error('open-1mb-2000: the browser benchmark failed; see the output above.');
    return [];
  }
  return [JSON.parse(readFileSync(outFile, 'utf8')) as CaseRow];
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const runs = Number(arg('runs') ?? 5);
  const only = arg('only');
  const rows: CaseRow[] = [];
  for (const c of await loadCases()) {
    if (only && c.name !== only) continue;
    if (!json) process.stderr.write(`running ${c.name}…\n`);
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
  if (!only || only === 'open-1mb-2000') {
    if (!json) process.stderr.write('running open-1mb-2000 (Playwright, Chromium)…\n');
    rows.push(...browserCases(runs));
  }
  if (json) {
    console.log(JSON.stringify({ cases: rows }, null, 2));
    return;
  }
  const fmt = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v));
  console.log('\n' + ['case', 'median ms', 'runs', 'target ms', 'ok', 'details'].join(' | '));
  console.log('--- | --- | --- | --- | --- | ---');
  for (const r of rows) {
    const { name, median_ms, runs: n, target_ms, meets_target, description: _d, ...extra } = r;
    const details = Object.entries(extra).map(([k, v]) => `${k}=${fmt(v)}`).join(', ');
    console.log([name, fmt(median_ms), n, target_ms ?? '', meets_target === undefined ? '' : meets_target ? 'yes' : 'NO', details].join(' | '));
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// @vitest-environment jsdom
/**
 * Issue 18, point 2: no file a user can be sent leaves the workspace broken.
 *
 * Valid files — the v1 workspace backup and a review export — are mutated
 * field by field (types swapped, nulls, deleted fields, out-of-range
 * offsets, unknown enumeration values, "__proto__"/"constructor" as values
 * and as keys, huge strings, impossible dates, markup) and fed through the
 * real paths ("Restore workspace", "Import review"). Each mutant must be
 * either refused with a message a person can read, or taken in such that
 * every export builds (HTML, Markdown, JSON — which must read back —,
 * ClaimReview, Web Annotation) and, for a sample, the whole window renders
 * every article and the source library without a pane or a record showing
 * an error (React in jsdom, against the restored database).
 *
 * The seed is fixed (tests/config/fast-check-setup.ts); FC_SEED=random explores.
 */
import 'fake-indexeddb/auto';
import '../storage/backup-env';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureAnalysis } from '../../src-renderer/analysis/service';
import { inProcessRunner } from '../../src-renderer/analysis/in-process-runner';
import { createTranslator } from '../../src-renderer/core/i18n';
import {
  buildClaimReview,
  buildHtmlReport,
  buildJsonReport,
  buildMarkdownReport,
  buildWebAnnotations,
  DEFAULT_REPORT_OPTIONS,
  parseReviewJson,
} from '../../src-renderer/core/report';
import { restoreBackup } from '../../src-renderer/storage/backup';
import { describeBackupRefusal } from '../../src-renderer/ui/backup/refusal-message';
import { setDbForTesting, type WorkbenchDb } from '../../src-renderer/storage/db';
import { importReview } from '../../src-renderer/storage/review-repo';
import { App } from '../../src-renderer/ui/app/App';
import { resetWorkbenchStore } from '../../src-renderer/ui/app/store';
import { buildExportSnapshot } from '../../src-renderer/ui/export/export-snapshot';
import { genevaSnapshot } from '../core/report/geneva-snapshot';
import { freshDb } from '../storage/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lays nothing out: the virtualised lists only need an observer that never fires.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

const en = createTranslator('en');
const workspaceText = readFileSync(path.resolve(__dirname, '../fixtures/db/v1-workspace.json'), 'utf8');
const reviewText = buildJsonReport(genevaSnapshot());

// ---- Mutations ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Op = 'null' | 'delete' | 'swap' | 'enum' | 'proto-value' | 'proto-key' | 'huge' | 'date' | 'offset' | 'markup' | 'unicode';
const OPS: readonly Op[] = ['null', 'delete', 'swap', 'enum', 'proto-value', 'proto-key', 'huge', 'date', 'offset', 'markup', 'unicode'];
const SWAPS: readonly Json[] = [0, -1, 1e21, 0.5, 'text', true, [], {}, [null], { nested: { deep: [] } }];
const DATES = ['9999-99-99T99:99', '2025-02-30', '0000-00-00', 'garbage', '2025-11-23T25:61:00Z', '', '+275760-09-13T00:00:00.001Z'];
const OFFSETS = [-1, 1e9, 0.5, 2 ** 53, -0];
const MARKUP = ['"><meta http-equiv="refresh" content="0;url=https://evil.example/">', '<img src=x onerror=alert(1)>', '</style><script>alert(1)</script>', 'x" onmouseover="alert(1)'];
const UNICODE = ['\u202Eevil.exe\u202C', 'a\u0000b', '\uD800', 'ﷺ𝔭𝒶ỿ𝕡𝕒ℓ', 'ⅰⅱⅲ'.repeat(50), '\u200B'];

interface Mutation {
  readonly table: number;
  readonly row: number;
  readonly path: number;
  readonly op: Op;
  readonly pick: number;
}

const mutation = fc.record({
  table: fc.nat(),
  row: fc.nat(),
  path: fc.nat(),
  op: fc.constantFrom(...OPS),
  pick: fc.nat(),
});

/** Every path to a value inside `value`, containers included (up to depth 5). */
function paths(value: Json, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (depth >= 5 || value === null || typeof value !== 'object') return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) out.push(...paths((value as Record<string | number, Json>)[key]!, [...prefix, key], depth + 1));
  return out;
}

function at<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** Applies one mutation in place to `root` (a row, or the whole review). */
function mutate(root: Json, m: Mutation): void {
  const all = paths(root);
  if (all.length === 0) return;
  const where = at(all, m.path);
  const key = where[where.length - 1]!;
  let parent = root as Record<string | number, Json>;
  for (const k of where.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const current = parent[key];
  const set = (v: Json) => {
    parent[key] = v;
  };
  switch (m.op) {
    case 'null':
      return set(null);
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 'swap':
      return set(at(SWAPS, m.pick));
    case 'enum':
      return set(typeof current === 'string' ? `${current}-unknown` : 'unknown-value');
    case 'proto-value':
      return set(at(['__proto__', 'constructor', 'toString', 'hasOwnProperty'], m.pick));
    case 'proto-key': {
      // JSON.parse makes these own keys: do the same, on the object at the path or its parent.
      const target = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : parent;
      Object.defineProperty(target, at(['__proto__', 'constructor', 'prototype'], m.pick), { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return;
    }
    case 'huge':
      return set(at(['x'.repeat(200_000), 'mot '.repeat(30_000), '𝔭'.repeat(40_000)], m.pick));
    case 'date':
      return set(at(DATES, m.pick));
    case 'offset':
      return set(typeof current === 'number' ? at(OFFSETS, m.pick) + (m.pick % 2 ? current : 0) : at(OFFSETS, m.pick));
    case 'markup':
      return set(at(MARKUP, m.pick));
    case 'unicode':
      return set(at(UNICODE, m.pick));
    default: {
      const never: never = m.op;
      throw new Error(String(never));
    }
  }
}

interface BackupFile {
  checksum: { value: string };
  payload: { data: { data: { tableName: string; rows: Json[] }[] } };
}

/** The workspace backup with `mutations` applied to its rows, checksum recomputed (anyone can). */
function mutatedBackup(mutations: readonly Mutation[]): string {
  const file = JSON.parse(workspaceText) as BackupFile;
  const tables = file.payload.data.data.filter((t) => t.rows.length > 0);
  for (const m of mutations) {
    const table = at(tables, m.table);
    mutate(at(table.rows, m.row), m);
  }
  file.checksum.value = createHash('sha256').update(JSON.stringify(file.payload)).digest('hex');
  return JSON.stringify(file);
}

function mutatedReview(mutations: readonly Mutation[]): string {
  const review = JSON.parse(reviewText) as Json;
  for (const m of mutations) mutate(review, m);
  return JSON.stringify(review);
}

// ---- What must hold after a mutant was taken in ----

/** A message a person can read: words, no "undefined", no "[object Object]", not a stack. */
function expectReadable(message: string): void {
  expect(message.length).toBeGreaterThan(10);
  expect(message.length).toBeLessThan(600);
  expect(message).not.toMatch(/undefined|\[object |\n\s+at /);
}

/** Every export of every article builds, and the JSON export reads back. */
async function expectEveryExportBuilds(db: WorkbenchDb): Promise<void> {
  for (const article of await db.articles.toArray()) {
    const snapshot = await buildExportSnapshot(article.id, 'en');
    expect(snapshot, `a snapshot of ${article.id}`).not.toBeNull();
    if (!snapshot) continue;
    expect(buildHtmlReport(snapshot, DEFAULT_REPORT_OPTIONS)).toMatch(/^<!DOCTYPE html>/i);
    expect(buildMarkdownReport(snapshot, DEFAULT_REPORT_OPTIONS).length).toBeGreaterThan(0);
    expect(() => JSON.parse(buildClaimReview(snapshot).json) as unknown).not.toThrow();
    expect(() => JSON.parse(buildWebAnnotations(snapshot)) as unknown).not.toThrow();
    const reread = parseReviewJson(buildJsonReport(snapshot), 'en');
    expect(reread.ok ? 'ok' : reread.message).toBe('ok');
  }
}

/** Lets fake-indexeddb, the live queries and React run until `done()` (or a bound on rounds, not on time). */
async function settle(done: () => boolean, rounds = 400): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) {
    await act(async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
    });
  }
}

const errorsShown = (root: HTMLElement) => [...root.querySelectorAll('.pane-error, .record-error')].map((e) => e.textContent ?? '');

/**
 * The whole window against the restored workspace: the library, every
 * article opened in the reader (with the claims inspector), then the source
 * library. Nothing may show an error, and nothing may be logged as one.
 */
async function expectEveryViewRenders(db: WorkbenchDb): Promise<void> {
  const logged: unknown[][] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  resetWorkbenchStore();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  try {
    await act(async () => root.render(createElement(App)));
    const articles = await db.articles.toArray();
    await settle(() => host.querySelectorAll('.article-item, .record-error').length >= articles.length || errorsShown(host).length > 0);
    expect(errorsShown(host)).toEqual([]);
    for (const article of articles) {
      const item = [...host.querySelectorAll<HTMLButtonElement>('.article-item')].find((b) => b.dataset['articleId'] === article.id);
      expect(item, `the library lists ${article.id}`).toBeDefined();
      await act(async () => item!.click());
      await settle(() => !!host.querySelector('.reader-pane .article-info') || errorsShown(host).length > 0);
      expect(errorsShown(host)).toEqual([]);
      expect(host.querySelector('.reader-pane .article-info'), `the reader shows ${article.id}`).not.toBeNull();
    }
    const sourcesButton = [...host.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === en('shell.sources'));
    await act(async () => sourcesButton!.click());
    const sources = await db.sources.count();
    await settle(() => (sources === 0 || !!host.querySelector('.source-card')) || errorsShown(host).length > 0);
    expect(errorsShown(host)).toEqual([]);
    // Live queries settle between act() calls: React's warning about that is about this harness, not the app.
    expect(logged.map((args) => String(args[0])).filter((m) => !m.includes('not wrapped in act('))).toEqual([]);
  } finally {
    await act(async () => root.unmount());
    host.remove();
    spy.mockRestore();
  }
}

// ---- The properties ----

beforeAll(() => configureAnalysis(inProcessRunner()));
afterAll(() => setDbForTesting(null));

/** Renders the window for this many of the mutants taken in (rendering is the slow part). */
const RENDER_BUDGET = 12;

type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Feeds mutants through `take` (one path of the app, into a fresh
 * workspace) and checks each outcome; at least `minTaken` must get through,
 * or the property would only say that refusing works.
 */
async function checkMutants(take: (mutations: readonly Mutation[]) => Promise<Outcome>, minTaken: number): Promise<void> {
  let rendered = 0;
  let taken = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      const db = await freshDb();
      configureAnalysis(inProcessRunner());
      const result = await take(mutations);
      if (!result.ok) {
        expectReadable(result.message);
        expect(await db.articles.count()).toBe(0);
        return;
      }
      taken++;
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      await expectEveryExportBuilds(db);
      if (rendered < RENDER_BUDGET) {
        rendered++;
        await expectEveryViewRenders(db);
      }
    }),
    { numRuns: 120 },
  );
  expect(taken).toBeGreaterThanOrEqual(minTaken);
}

describe('mutated files are refused with a message, or leave every view and export working', () => {
  it('workspace backups ("Restore workspace", replace)', async () => {
    await checkMutants(async (mutations) => {
      const result = await restoreBackup(mutatedBackup(mutations), 'replace');
      return result.ok ? result : { ok: false, message: describeBackupRefusal(result, en, 'backup.json') };
    }, 6);
  }, 600_000);

  it('review exports ("Import review")', async () => {
    // The review reader is strict: few mutants get through, but some must.
    await checkMutants((mutations) => importReview(mutatedReview(mutations), 'en'), 3);
  }, 600_000);
});

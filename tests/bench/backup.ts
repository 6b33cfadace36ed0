/**
 * Benchmark `backup-restore-10k`: back up and restore a generated workspace
 * of 200 articles, 10,000 claims, 5,000 sources and 10,000 links with the
 * real storage code (storage/backup.ts). Target: each under 5 s.
 *
 * It runs in Node on fake-indexeddb, which is much slower than Chromium's
 * IndexedDB (a pure-JavaScript B-tree, structured cloning in JS): the
 * figures are an upper bound for the desktop app.
 *
 * `timingsMs` holds, per run, the slower of the two operations (so the
 * target applies to each); `extra` has both medians and the file size.
 *
 * Standalone:
 *   npx tsx tests/bench/backup.ts [--runs N]     (prints the case's JSON on stdout)
 *
 * It lives with the tests, not with the command line: it drives the storage
 * layer, which the command line may not import (DESIGN.md); `npm run bench`
 * runs it as a child process.
 */
// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { createBackup, restoreBackup } from '../../src-renderer/storage/backup';
import { setDbForTesting, WorkbenchDb } from '../../src-renderer/storage/db';
import { resetSaveStatusForTesting } from '../../src-renderer/storage/save-status';
import type { Article, Claim, Evidence, Revision, Source, SourceKind, Stance } from '../../src-renderer/core/model';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { hashString } from '../../src-renderer/core/text/hash';
import { u16 } from '../../src-renderer/core/text/offsets';
import { median, type BenchCase, type BenchResult, seededRandom } from '../../src-main/cli/bench/types';

// What dexie-export-import expects of a browser: `self`, and a FileReader
// for the Blob queue its export always flushes at the end.
const g = globalThis as { self?: unknown; FileReader?: unknown };
g.self ??= globalThis;
g.FileReader ??= class {
  onload: ((ev: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
};

const ARTICLES = 200;
const CLAIMS = 10_000;
const SOURCES = 5_000;

const prng = seededRandom;

const WORDS = ['council', 'budget', 'million', 'bridge', 'minister', 'said', 'percent', 'report', 'agency', 'vote', 'increase', 'since', 'official', 'data', 'according', 'year', 'rose', 'fell', 'city', 'health'];

interface Workspace {
  articles: Article[];
  revisions: Revision[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
}

/** A seeded workspace of realistic shape: each article ~30 paragraphs, 50 claims; each claim one or two links. */
function generate(seed = 42): Workspace {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const date = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const sentence = () => {
    const n = 12 + Math.floor(rand() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ')} ${Math.floor(rand() * 1000)}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const ws: Workspace = { articles: [], revisions: [], claims: [], sources: [], evidence: [] };
  const kinds: SourceKind[] = ['official-document', 'news-report', 'data-set', 'expert'];
  for (let s = 0; s < SOURCES; s++) {
    const url = `https://source${s % 700}.example.org/reports/${s}`;
    ws.sources.push({ id: `s${s}`, url, normalizedUrl: url, title: sentence().slice(0, 60), publisher: `Publisher ${s % 90}`, kind: pick(kinds), reliability: Math.floor(rand() * 6), notes: rand() < 0.3 ? sentence() : '', createdAt: date(s), updatedAt: date(s) });
  }
  const claimsPerArticle = CLAIMS / ARTICLES;
  const stances: Stance[] = ['supports', 'contradicts', 'context'];
  for (let a = 0; a < ARTICLES; a++) {
    const paragraphs = Array.from({ length: 30 }, () => Array.from({ length: 3 }, sentence).join(' '));
    const text = paragraphs.join('\n\n');
    let at = 0;
    const paras = paragraphs.map((p, index) => {
      const span = { index, kind: 'body' as const, start: u16(at), end: u16(at + p.length) };
      at += p.length + 2;
      return span;
    });
    const revisionId = `r${a}`;
    ws.revisions.push({ id: revisionId, articleId: `a${a}`, number: 1, text, paragraphs: paras, origin: 'import', createdAt: date(a), importInfo: { format: 'txt', warnings: [], fileName: `article-${a}.txt` } });
    ws.articles.push({ id: `a${a}`, title: `Article ${a}: ${sentence().slice(0, 50)}`, language: 'en', createdAt: date(a), updatedAt: date(a), currentRevisionId: revisionId, textHash: hashString(text), lastClaimNumber: claimsPerArticle });
    for (let c = 0; c < claimsPerArticle; c++) {
      const n = a * claimsPerArticle + c;
      const start = Math.floor(rand() * (text.length - 120));
      const claim: Claim = {
        id: `c${n}`,
        articleId: `a${a}`,
        number: c + 1,
        revisionId,
        target: createTarget(text, start, start + 40 + Math.floor(rand() * 80)),
        status: pick(['open', 'in-review', 'checked'] as const),
        verdict: pick(['not-rated', 'true', 'false', 'misleading']),
        note: rand() < 0.5 ? sentence() : '',
        tags: rand() < 0.4 ? [pick(WORDS), pick(WORDS)] : [],
        origin: rand() < 0.3 ? 'suggested' : 'manual',
        createdAt: date(n),
        updatedAt: date(n),
        createdBy: 'Bench',
        updatedBy: 'Bench',
      };
      ws.claims.push(claim);
      const links = 1 + (n % 2);
      for (let l = 0; l < links; l++) {
        ws.evidence.push({ id: `e${n}-${l}`, claimId: claim.id, sourceId: `s${(n * 7 + l * 13) % SOURCES}`, stance: pick(stances), ...(rand() < 0.3 ? { quote: sentence() } : {}), createdAt: date(n) });
      }
    }
  }
  return ws;
}

let dbCounter = 0;
async function freshDb(): Promise<WorkbenchDb> {
  resetSaveStatusForTesting();
  const db = new WorkbenchDb(`bench-backup-${process.pid}-${dbCounter++}`);
  await db.open();
  setDbForTesting(db);
  return db;
}

async function fill(db: WorkbenchDb, ws: Workspace): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.articles.bulkAdd(ws.articles);
    await db.revisions.bulkAdd(ws.revisions);
    await db.claims.bulkAdd(ws.claims);
    await db.sources.bulkAdd(ws.sources);
    await db.evidence.bulkAdd(ws.evidence);
  });
}

export const cases: BenchCase[] = [
  {
    name: 'backup-restore-10k',
    description: 'Back up, then restore (replace), a workspace of 200 articles, 10,000 claims, 5,000 sources (fake-indexeddb: an upper bound); target each < 5 s',
    targetMs: 5000,
    async run(runs: number): Promise<BenchResult> {
      const ws = generate();
      const source = await freshDb();
      await fill(source, ws);
      const backups: number[] = [];
      const restores: number[] = [];
      const timingsMs: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        setDbForTesting(source);
        let t0 = performance.now();
        const backup = await createBackup(source);
        const backupMs = performance.now() - t0;
        bytes = new TextEncoder().encode(backup.text).byteLength;

        const target = await freshDb();
        t0 = performance.now();
        const result = await restoreBackup(backup.text, 'replace', target);
        const restoreMs = performance.now() - t0;
        if (!result.ok || result.mode !== 'replace' || result.counts.claims !== CLAIMS) throw new Error(`restore failed: ${JSON.stringify(result)}`);
        target.close();
        await target.delete();

        backups.push(backupMs);
        restores.push(restoreMs);
        timingsMs.push(Math.max(backupMs, restoreMs));
      }
      source.close();
      await source.delete();
      return {
        timingsMs,
        extra: {
          backup_median_ms: Math.round(median(backups)),
          restore_median_ms: Math.round(median(restores)),
          file_mb: Math.round((bytes / (1024 * 1024)) * 10) / 10,
          rows: ws.articles.length + ws.revisions.length + ws.claims.length + ws.sources.length + ws.evidence.length,
        },
      };
    },
  },
];

// Run as a script: one JSON object per case on stdout (npm run bench reads it).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5;
  void (async () => {
    for (const c of cases) process.stdout.write(`${JSON.stringify({ name: c.name, description: c.description, targetMs: c.targetMs, ...(await c.run(runs)) })}\n`);
  })();
}

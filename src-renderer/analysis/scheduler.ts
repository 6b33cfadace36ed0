/**
 * Runs text analyses in the Web Worker, one at a time, with a cache.
 *
 * - Requests carry ids; an answer is matched to its request by id.
 * - Latest wins: an interactive request for an article drops the queued
 *   interactive requests of the same article (their callers get a
 *   `SupersededError` and ignore it), and stops the worker if it has been busy
 *   with an obsolete one of that article for a while (restarting the worker
 *   is cheaper than waiting out a 1 MB analysis nobody will look at).
 * - Interactive and export requests go before background ones (the library's
 *   flag counts), so opening an article is never queued behind the library.
 * - Results are cached in memory by revision id + language + threshold +
 *   locale (a revision's text never changes), least recently used first out.
 * - Where no Worker exists (unit tests in Node), the same function runs on
 *   the calling thread, asynchronously.
 */
import type { Locale } from '../core/i18n';
import type { Paragraph } from '../core/model';
import { WARM_WORKER_NAME, type AnalyzeRequest, type BaseAnalysis, type WorkerReply } from './protocol';
import { runAnalysis } from './run';

/** The request was replaced by a newer one for the same article before it ran. */
export class SupersededError extends Error {
  constructor() {
    super('Superseded by a newer analysis of the same article.');
    this.name = 'SupersededError';
  }
}

export interface BaseRequest {
  readonly articleId: string;
  readonly revisionId: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly language: string;
  readonly suggestionThreshold: number;
  readonly locale: Locale;
  /**
   * 'interactive': what the editor is looking at (latest wins per article);
   * 'export': needed now but never superseded; 'background': when idle.
   */
  readonly priority: 'interactive' | 'export' | 'background';
}

interface Job {
  readonly key: string;
  readonly articleId: string;
  priority: BaseRequest['priority'];
  readonly request: Pick<AnalyzeRequest, 'locale' | 'input'>;
  readonly promise: Promise<BaseAnalysis>;
  resolve(value: BaseAnalysis): void;
  reject(error: unknown): void;
  id: number;
  startedAt: number;
}

const CACHE_SIZE = 24;
/** An obsolete analysis running longer than this is stopped rather than waited for. */
const ABANDON_AFTER_MS = 250;

const cache = new Map<string, BaseAnalysis>();
const jobs = new Map<string, Job>();
const queue: Job[] = [];
let running: Job | null = null;
let worker: Worker | null = null;
let workerUnavailable = false;
let nextId = 1;
let workersStarted = 0;

/** The cache key of a request: what the text-only analysis depends on. */
export function baseKey(r: Pick<BaseRequest, 'revisionId' | 'language' | 'suggestionThreshold' | 'locale'>): string {
  return `${r.revisionId}\u0000${r.language}\u0000${r.suggestionThreshold}\u0000${r.locale}`;
}

/** A cached analysis, without running anything. */
export function peekBase(key: string): BaseAnalysis | undefined {
  return cache.get(key);
}

function remember(key: string, analysis: BaseAnalysis): void {
  cache.delete(key);
  cache.set(key, analysis);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

const rank = (p: BaseRequest['priority']) => (p === 'background' ? 1 : 0);

function enqueue(job: Job): void {
  // After every job of the same or a higher rank, before the lower ones.
  const at = queue.findIndex((j) => rank(j.priority) > rank(job.priority));
  if (at < 0) queue.push(job);
  else queue.splice(at, 0, job);
}

/**
 * The text-only analysis of a revision: from the cache, from an identical
 * request already queued or running, or from a new run in the worker.
 */
export function requestBase(r: BaseRequest): Promise<BaseAnalysis> {
  const key = baseKey(r);
  const hit = cache.get(key);
  if (hit) {
    remember(key, hit);
    return Promise.resolve(hit);
  }
  const existing = jobs.get(key);
  if (existing) {
    if (rank(r.priority) < rank(existing.priority) && existing !== running) {
      queue.splice(queue.indexOf(existing), 1);
      existing.priority = r.priority;
      enqueue(existing);
    }
    return existing.promise;
  }
  if (r.priority === 'interactive') supersede(r.articleId);

  let resolve!: (value: BaseAnalysis) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<BaseAnalysis>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const job: Job = {
    key,
    articleId: r.articleId,
    priority: r.priority,
    request: { locale: r.locale, input: { text: r.text, paragraphs: r.paragraphs, language: r.language, suggestionThreshold: r.suggestionThreshold } },
    promise,
    resolve,
    reject,
    id: 0,
    startedAt: 0,
  };
  jobs.set(key, job);
  enqueue(job);
  pump();
  return promise;
}

/** Drops the interactive requests of `articleId` that a newer one makes obsolete. */
function supersede(articleId: string): void {
  for (let i = queue.length - 1; i >= 0; i--) {
    const job = queue[i]!;
    if (job.articleId !== articleId || job.priority !== 'interactive') continue;
    queue.splice(i, 1);
    jobs.delete(job.key);
    job.reject(new SupersededError());
  }
  const busy = running;
  if (busy && busy.articleId === articleId && busy.priority === 'interactive' && worker && performance.now() - busy.startedAt > ABANDON_AFTER_MS) {
    worker.terminate();
    worker = null;
    running = null;
    jobs.delete(busy.key);
    busy.reject(new SupersededError());
  }
}

function finish(job: Job, outcome: { analysis: BaseAnalysis } | { error: unknown }): void {
  if (running !== job) return;
  running = null;
  jobs.delete(job.key);
  if ('analysis' in outcome) {
    remember(job.key, outcome.analysis);
    job.resolve(outcome.analysis);
  } else {
    job.reject(outcome.error);
  }
  pump();
}

function getWorker(): Worker | null {
  if (worker || workerUnavailable) return worker;
  if (typeof Worker === 'undefined') {
    workerUnavailable = true;
    return null;
  }
  const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: workersStarted++ === 0 ? WARM_WORKER_NAME : 'analysis' });
  w.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const job = running;
    if (!job || reply.id !== job.id) return;
    finish(job, reply.type === 'done' ? { analysis: reply.analysis } : { error: new Error(reply.message) });
  };
  w.onerror = (event) => {
    // A worker that cannot start or crashed: fail the request, start afresh next time.
    event.preventDefault();
    if (worker === w) worker = null;
    w.terminate();
    const job = running;
    if (job) finish(job, { error: new Error(event.message || 'The analysis worker stopped.') });
  };
  worker = w;
  return w;
}

function pump(): void {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  job.id = nextId++;
  job.startedAt = performance.now();
  const w = getWorker();
  if (w) {
    const message: AnalyzeRequest = { type: 'analyze', id: job.id, ...job.request };
    w.postMessage(message);
    return;
  }
  setTimeout(() => {
    try {
      finish(job, { analysis: runAnalysis(job.request) });
    } catch (error) {
      finish(job, { error });
    }
  }, 0);
}

/** Starts the worker ahead of the first request, so that it warms up while the editor looks at the library. */
export function prewarmAnalysis(): void {
  getWorker();
}

/** For tests: forget every cached analysis. */
export function clearAnalysisCache(): void {
  cache.clear();
}

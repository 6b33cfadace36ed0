/**
 * Runs analysis requests through an injected runner (the app's worker, or an
 * in-process runner in tests), one at a time, with a cache.
 *
 * - Latest wins: an interactive request for an article drops the queued
 *   interactive requests of the same article (their callers get a
 *   `SupersededError` and ignore it), and stops the runner if it has been
 *   busy with an obsolete one of that article for a while.
 * - Interactive and export requests go before background ones (the library's
 *   flag counts), so opening an article is never queued behind the library.
 * - Complete results are cached in memory by what they depend on (the
 *   revision, language, threshold and locale, plus a digest of the workspace
 *   facts), least recently used first out; identical requests share one run.
 */
import type { TextInput, WorkspaceFacts } from '../core/analysis/pipeline';
import type { Locale } from '../core/i18n';
import type { Paragraph } from '../core/model';
import { hashString } from '../core/text/hash';
import type { AnalyzeReply, AnalyzeRequest } from './protocol';
import type { AnalysisRunner } from './runner';

/** The request was replaced by a newer one for the same article before it ran. */
export class SupersededError extends Error {
  constructor() {
    super('Superseded by a newer analysis of the same article.');
    this.name = 'SupersededError';
  }
}

export interface AnalysisRequest {
  readonly articleId: string;
  readonly revisionId: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** The article's title: its opening line is read as a heading (see core's `titleParagraphIndex`). */
  readonly title: string;
  readonly language: string;
  readonly suggestionThreshold: number;
  readonly suggestionLimit: number;
  readonly locale: Locale;
  readonly facts: WorkspaceFacts;
  /**
   * 'interactive': what the editor is looking at (latest wins per article);
   * 'export': needed now but never superseded; 'background': when idle.
   */
  readonly priority: 'interactive' | 'export' | 'background';
}

/** The editor cancelled the analysis (`AnalysisScheduler.cancel`). An AbortError, as core/cancel's `isCancelled` expects. */
export class AnalysisCancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AbortError';
  }
}

export interface AnalysisScheduler {
  /** The analysis of `r`: from the cache, from an identical request under way, or from a new run. */
  request(r: AnalysisRequest): Promise<AnalyzeReply>;
  /**
   * Cancels the analyses of an article the editor is waiting for
   * (interactive ones): queued ones are dropped, a running one is stopped;
   * their callers get an `AnalysisCancelledError`.
   */
  cancel(articleId: string): void;
  /** A cached analysis of `r`, without running anything. */
  peek(r: AnalysisRequest): AnalyzeReply | undefined;
  /** Gets the runner ready ahead of the first request. */
  prewarm(): void;
}

const CACHE_SIZE = 24;
/** An obsolete analysis running longer than this is stopped rather than waited for. */
const ABANDON_AFTER_MS = 250;

/** What the text-only stage of `r` depends on. */
export function textKeyOf(r: Pick<AnalysisRequest, 'revisionId' | 'title' | 'language' | 'suggestionThreshold' | 'suggestionLimit' | 'locale'>): string {
  return `${r.revisionId}\u0000${r.title}\u0000${r.language}\u0000${r.suggestionThreshold}\u0000${r.suggestionLimit}\u0000${r.locale}`;
}

/** A digest of the workspace facts: two requests with the same digest get the same analysis. */
export function factsKeyOf(facts: WorkspaceFacts): string {
  const parts: string[] = [facts.articleId ?? ''];
  for (const c of facts.claims) parts.push(`c${c.id}:${c.target.position.start}:${c.target.position.end}:${c.orphan ? 'o' : ''}`);
  const counts = facts.evidenceCountByClaim;
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  for (const [id, n] of entries) parts.push(`e${id}:${n}`);
  for (const [hash, hits] of facts.lookups) parts.push(`h${hash}:${hits.map((h) => `${h.articleId}/${h.paragraphIndex}/${h.title}`).join(',')}`);
  for (const d of facts.decisions) parts.push(`d${d.fingerprint}:${d.reason}:${d.createdAt}`);
  return `${parts.length}:${hashString(parts.join('\u0001'))}`;
}

interface Job {
  readonly key: string;
  readonly articleId: string;
  priority: AnalysisRequest['priority'];
  readonly message: Omit<AnalyzeRequest, 'id'>;
  readonly promise: Promise<AnalyzeReply>;
  resolve(value: AnalyzeReply): void;
  reject(error: unknown): void;
  startedAt: number;
}

const rank = (p: AnalysisRequest['priority']) => (p === 'background' ? 1 : 0);

export function createScheduler(runner: AnalysisRunner, now: () => number = () => performance.now()): AnalysisScheduler {
  const cache = new Map<string, AnalyzeReply>();
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running: Job | null = null;
  let nextId = 1;

  const keyOf = (r: AnalysisRequest) => `${textKeyOf(r)}\u0000${factsKeyOf(r.facts)}`;

  const remember = (key: string, reply: AnalyzeReply) => {
    cache.delete(key);
    cache.set(key, reply);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  };

  const enqueue = (job: Job) => {
    // After every job of the same or a higher rank, before the lower ones.
    const at = queue.findIndex((j) => rank(j.priority) > rank(job.priority));
    if (at < 0) queue.push(job);
    else queue.splice(at, 0, job);
  };

  /** Drops the queued interactive analyses of an article, each rejected with a new `reason()`. */
  const dropQueued = (articleId: string, reason: () => Error) => {
    for (let i = queue.length - 1; i >= 0; i--) {
      const job = queue[i]!;
      if (job.articleId !== articleId || job.priority !== 'interactive') continue;
      queue.splice(i, 1);
      jobs.delete(job.key);
      job.reject(reason());
    }
  };

  const supersede = (articleId: string) => {
    dropQueued(articleId, () => new SupersededError());
    const busy = running;
    if (busy && busy.articleId === articleId && busy.priority === 'interactive' && now() - busy.startedAt > ABANDON_AFTER_MS) {
      runner.stop(new SupersededError());
    }
  };

  const pump = () => {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    running = job;
    job.startedAt = now();
    // A stopped run rejects with the reason given to `runner.stop`: superseded or cancelled.
    runner.run({ ...job.message, id: nextId++ }).then(
      (reply) => finish(job, { reply }),
      (error: unknown) => finish(job, { error }),
    );
  };

  const finish = (job: Job, outcome: { reply: AnalyzeReply } | { error: unknown }) => {
    if (running !== job) return;
    running = null;
    jobs.delete(job.key);
    if ('reply' in outcome) {
      remember(job.key, outcome.reply);
      job.resolve(outcome.reply);
    } else {
      job.reject(outcome.error);
    }
    pump();
  };

  return {
    request(r) {
      const key = keyOf(r);
      const hit = cache.get(key);
      if (hit) {
        remember(key, hit);
        return Promise.resolve(hit);
      }
      const existing = jobs.get(key);
      if (existing) {
        if (rank(r.priority) < rank(existing.priority)) {
          // The editor now waits for it: it moves ahead, and Cancel applies to it.
          existing.priority = r.priority;
          if (existing !== running) {
            queue.splice(queue.indexOf(existing), 1);
            enqueue(existing);
          }
        }
        return existing.promise;
      }
      if (r.priority === 'interactive') supersede(r.articleId);
      let resolve!: (value: AnalyzeReply) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<AnalyzeReply>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const input: TextInput = { text: r.text, paragraphs: r.paragraphs, title: r.title, language: r.language, suggestionThreshold: r.suggestionThreshold, suggestionLimit: r.suggestionLimit };
      const job: Job = {
        key,
        articleId: r.articleId,
        priority: r.priority,
        message: { type: 'analyze', textKey: textKeyOf(r), locale: r.locale, input, facts: r.facts },
        promise,
        resolve,
        reject,
        startedAt: 0,
      };
      jobs.set(key, job);
      enqueue(job);
      pump();
      return promise;
    },
    cancel(articleId) {
      dropQueued(articleId, () => new AnalysisCancelledError());
      if (running && running.articleId === articleId && running.priority === 'interactive') {
        runner.stop(new AnalysisCancelledError());
      }
    },
    peek(r) {
      return cache.get(keyOf(r));
    },
    prewarm() {
      runner.prewarm();
    },
  };
}

/**
 * Who runs analysis requests for the scheduler. The app runs them in a Web
 * Worker (`workerRunner`); tests and other hosts without workers inject an
 * in-process runner (`./in-process-runner.ts`), so the engine never enters
 * the page's own bundle.
 */
import { WARM_WORKER_NAME, type AnalyzeReply, type AnalyzeRequest, type WorkerReply } from './protocol';

export interface AnalysisRunner {
  /** Runs one request (one at a time: the scheduler never overlaps them). */
  run(request: AnalyzeRequest): Promise<AnalyzeReply>;
  /**
   * Abandons the run under way: its promise rejects with `reason` (as
   * `AbortController.abort(reason)` does), so the caller that stops a run
   * says why, and what it awaited learns that reason, not a generic one.
   */
  stop(reason: Error): void;
  /** Gets ready ahead of the first request (a worker warms up meanwhile). */
  prewarm(): void;
}

/** Runs requests in a dedicated Web Worker, restarted after a crash or a stop. */
export function workerRunner(): AnalysisRunner {
  let worker: Worker | null = null;
  let started = 0;
  let pending: { id: number; resolve(reply: AnalyzeReply): void; reject(error: unknown): void } | null = null;

  const settle = (outcome: { reply: AnalyzeReply } | { error: unknown }) => {
    const p = pending;
    pending = null;
    if (!p) return;
    if ('reply' in outcome) p.resolve(outcome.reply);
    else p.reject(outcome.error);
  };

  const getWorker = (): Worker => {
    if (worker) return worker;
    if (typeof Worker === 'undefined') throw new Error('This window cannot start the analysis worker.');
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: started++ === 0 ? WARM_WORKER_NAME : 'analysis' });
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (!pending || reply.id !== pending.id) return;
      settle(reply.type === 'done' ? { reply: { analysis: reply.analysis, ms: reply.ms } } : { error: new Error(reply.message) });
    };
    w.onerror = (event) => {
      // A worker that cannot start or crashed: fail the request, start afresh next time.
      event.preventDefault();
      if (worker === w) worker = null;
      w.terminate();
      settle({ error: new Error(event.message || 'The analysis worker stopped.') });
    };
    worker = w;
    return w;
  };

  return {
    run(request) {
      return new Promise<AnalyzeReply>((resolve, reject) => {
        pending = { id: request.id, resolve, reject };
        try {
          getWorker().postMessage(request);
        } catch (error) {
          settle({ error });
        }
      });
    },
    stop(reason) {
      // Restarting the worker is cheaper than waiting out a 1 MB analysis nobody will look at.
      worker?.terminate();
      worker = null;
      settle({ error: reason });
    },
    prewarm() {
      try {
        getWorker();
      } catch {
        // Reported by the first request instead.
      }
    },
  };
}

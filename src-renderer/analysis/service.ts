/**
 * The window's analysis scheduler. The app runs analyses in a Web Worker;
 * tests (and any host without workers) configure another runner first.
 */
import { workerRunner, type AnalysisRunner } from './runner';
import { createScheduler, type AnalysisScheduler } from './scheduler';

let scheduler: AnalysisScheduler | null = null;

/** The scheduler every analysis of this window goes through. */
export function analysisScheduler(): AnalysisScheduler {
  scheduler ??= createScheduler(workerRunner());
  return scheduler;
}

/** Replaces the window's runner (tests: an in-process runner), dropping every cached analysis. */
export function configureAnalysis(runner: AnalysisRunner): void {
  scheduler = createScheduler(runner);
}

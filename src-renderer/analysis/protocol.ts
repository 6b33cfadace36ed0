/**
 * The messages between the renderer and the analysis worker: plain data
 * that survives structured cloning.
 */
import type { ArticleAnalysis, TextInput, WorkspaceFacts } from '../core/analysis/pipeline';
import type { Locale } from '../core/i18n';

/** The name of the first worker of a session, which warms itself up (see analysis.worker.ts). */
export const WARM_WORKER_NAME = 'analysis-warm-up';

export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly id: number;
  /**
   * What the text-only stage depends on (revision, language, threshold,
   * locale): the worker keeps that stage's result under this key, so a
   * change of claims or decisions only re-runs the cheap completion.
   */
  readonly textKey: string;
  /** The interface language: flag messages are written in it. */
  readonly locale: Locale;
  readonly input: TextInput;
  readonly facts: WorkspaceFacts;
}

export interface AnalyzeReply {
  readonly analysis: ArticleAnalysis;
  /** How long the analysis took in the worker, in milliseconds (the text-only stage included only when it ran). */
  readonly ms: number;
}

export type WorkerReply =
  | ({ readonly type: 'done'; readonly id: number } & AnalyzeReply)
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

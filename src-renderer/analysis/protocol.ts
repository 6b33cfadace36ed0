/**
 * The messages between the renderer and the analysis worker: plain data
 * that survives structured cloning.
 *
 * The worker computes what depends on the revision text alone (sentences,
 * scores, duplicate and sourcing flags, suggestions, paragraph hashes); what
 * depends on the workspace (claims, evidence, the other articles of the
 * library) is layered on by the main thread (`./overlay.ts`), cheaply, so
 * that marking a claim or linking a source never re-runs the analysis.
 */
import type { AnalysisResult } from '../core/analysis/analyze';
import type { PassageKey } from '../core/analysis/cross-article';
import type { Locale } from '../core/i18n';
import type { Paragraph } from '../core/model';

/** The name of the first worker of a session, which warms itself up (see analysis.worker.ts). */
export const WARM_WORKER_NAME = 'analysis-warm-up';

export interface AnalyzeRequest {
  readonly type: 'analyze';
  readonly id: number;
  /** The interface language: flag messages are written in it. */
  readonly locale: Locale;
  readonly input: {
    readonly text: string;
    readonly paragraphs: readonly Paragraph[];
    readonly language: string;
    readonly suggestionThreshold: number;
  };
}

/** The text-only analysis of one revision. */
export interface BaseAnalysis {
  /** analyzeText without claims nor cross-article lookups. */
  readonly result: AnalysisResult;
  /** The paragraph hashes of the passage index (core `paragraphKeys`). */
  readonly keys: readonly PassageKey[];
  /** How long the analysis took, in milliseconds. */
  readonly ms: number;
}

export type WorkerReply =
  | { readonly type: 'done'; readonly id: number; readonly analysis: BaseAnalysis }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

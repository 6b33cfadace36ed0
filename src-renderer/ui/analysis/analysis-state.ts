/** What the panes know of the open article's analysis (see ui/analysis/AnalysisHost.tsx). */
import type { ArticleAnalysis } from '../../core/analysis/pipeline';

export interface AnalysisState {
  /** 'cancelled': the editor stopped it; it stays stopped for this text until `retry`. */
  readonly status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** The complete analysis of `revisionId` (claims, evidence, the library and the editor's decisions included). */
  readonly analysis?: ArticleAnalysis;
  /** The revision the analysis belongs to: offsets point into its text. */
  readonly revisionId?: string;
  readonly error?: string;
  /** How long the worker took, in milliseconds. */
  readonly ms?: number;
  /** Runs the analysis again after an error or a cancel. */
  readonly retry?: () => void;
}

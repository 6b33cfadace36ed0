/**
 * What a pane built on the analysis (Flags, Suggestions) shows while it has
 * no result to list: the failure with Retry, a cancelled analysis with
 * "Analyse again", or that it is still analysing.
 */
import { useT } from '../app/i18n';
import type { AnalysisState } from './analysis-state';

export function AnalysisPending({ analysis }: { analysis: AnalysisState }) {
  const t = useT();
  if (analysis.status === 'error') {
    return (
      <div className="flags-status flags-error" role="alert">
        <p>{t('flags.failed', { detail: analysis.error ?? '' })}</p>
        <button type="button" onClick={analysis.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (analysis.status === 'cancelled') {
    return (
      <div className="flags-status" role="status">
        <p>{t('flags.cancelled')}</p>
        <button type="button" onClick={analysis.retry}>
          {t('flags.analyseAgain')}
        </button>
      </div>
    );
  }
  return (
    <p className="flags-status" aria-busy="true">
      {t('flags.analysing')}
    </p>
  );
}

/**
 * The live analysis of the open article's current revision: the storage
 * loader's inputs, followed live, sent to the analysis scheduler. The text
 * is analysed in the worker when the article opens with no cached result,
 * on each new revision, and when the language, the suggestion threshold or
 * the interface language change; a change of claims, evidence, decisions or
 * other articles only re-runs the cheap completion there.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArticleAnalysis } from '../../core/analysis/pipeline';
import type { AnalysisState } from './analysis-state';
import { analysisScheduler } from '../../analysis/service';
import { SupersededError, textKeyOf } from '../../analysis/scheduler';
import { isCancelled } from '../../core/cancel';
import { runOperation } from '../common/progress';
import { useAnalysisInputs } from '../../storage/analysis-inputs';
import { useI18n } from '../app/i18n';
import { describeError } from '../common/errors';
import { publishOpenCount, useWorkbenchStore } from '../app/store';
import { indexIfNeeded, requestOf } from './requests';

const IDLE: AnalysisState = { status: 'idle' };
const RUNNING: AnalysisState = { status: 'running' };

/**
 * The open article's analysis as the panes read it: what `AnalysisHost`
 * published to the store, for this article (running until it has).
 */
export function useAnalysis(articleId: string | undefined): AnalysisState {
  return useWorkbenchStore((s) => (!articleId ? IDLE : s.analysis.articleId === articleId ? s.analysis.state : RUNNING));
}

/**
 * Runs the live analysis of an article and publishes it to the store:
 * mounted once, by AnalysisHost. Until `start` (see AnalysisHost) the
 * article's analysis is running but reads nothing yet.
 */
export function useLiveAnalysis(articleId: string | undefined, start = true): AnalysisState {
  const { locale, t } = useI18n();
  const label = t('progress.analysis');
  const inputs = useAnalysisInputs(start ? articleId : undefined);
  const request = useMemo(() => (inputs && inputs.articleId === articleId ? requestOf(inputs, locale, 'interactive') : null), [inputs, articleId, locale]);
  const [answer, setAnswer] = useState<{ revisionId: string; articleId: string; analysis?: ArticleAnalysis; ms?: number; error?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The text whose analysis the editor cancelled: not run again until asked (a claim edit must not restart it).
  const [paused, setPaused] = useState<string | null>(null);
  const pausedKey = request ? `${request.articleId}\u0000${textKeyOf(request)}` : null;
  const isPaused = pausedKey !== null && paused === pausedKey;

  useEffect(() => {
    if (!request || !inputs || isPaused) return;
    let live = true;
    const { articleId: id, revisionId } = request;
    const scheduler = analysisScheduler();
    // Listed as a long operation (shown with Cancel once it takes over a second).
    runOperation(label, ({ signal }) => {
      signal.addEventListener('abort', () => scheduler.cancel(id));
      return scheduler.request(request);
    })
      .then(
        (reply) => {
          if (!live) return;
          setAnswer({ articleId: id, revisionId, analysis: reply.analysis, ms: reply.ms });
          publishOpenCount(id, reply.analysis.flags.length);
          void indexIfNeeded(inputs, reply.analysis);
        },
        (error: unknown) => {
          if (!live || error instanceof SupersededError) return;
          if (isCancelled(error)) setPaused(`${id}\u0000${textKeyOf(request)}`);
          else setAnswer({ articleId: id, revisionId, error: describeError(error, t) });
        },
      );
    return () => {
      live = false;
    };
  }, [request, inputs, attempt, t, isPaused, label]);

  return useMemo<AnalysisState>(() => {
    if (!articleId) return IDLE;
    const retry = () => {
      setPaused(null);
      setAttempt((n) => n + 1);
    };
    if (!request) return { status: 'running' };
    // A result for this revision stays on screen while a change of claims or decisions is completed.
    const mine = answer && answer.articleId === request.articleId && answer.revisionId === request.revisionId ? answer : null;
    const cached = analysisScheduler().peek(request);
    if (cached) return { status: 'done', analysis: cached.analysis, revisionId: request.revisionId, ms: cached.ms };
    if (isPaused) return { status: 'cancelled', retry };
    if (mine?.error !== undefined) return { status: 'error', error: mine.error, retry };
    if (mine?.analysis) return { status: 'done', analysis: mine.analysis, revisionId: request.revisionId, ...(mine.ms !== undefined ? { ms: mine.ms } : {}) };
    return { status: 'running' };
  }, [articleId, request, answer, isPaused]);
}

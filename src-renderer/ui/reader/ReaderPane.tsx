/**
 * The reader (region "Article"): the open article's current revision with
 * its highlight layers, the annotation toolbar, and the "Edit text" and
 * "Compare revisions" modes.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useArticle, useRevision } from '../../storage/articles-repo';
import { useArticleClaims } from '../../storage/claims-repo';
import { useSettings } from '../../storage/settings-repo';
import { useCommand } from '../app/commands';
import { useT } from '../app/i18n';
import { useUndoState } from '../app/undo';
import { useWorkbench } from '../app/workbench-state';
import { claimSpans, orderClaims } from '../claims/claim-numbers';
import { useClaimActions } from '../claims/use-claim-actions';
import { useAnalysisLayers } from '../flags/reader-layer';
import { useAnalysis } from '../analysis/use-analysis';
import { ArticleView } from './ArticleView';
import { EditTextView } from './EditTextView';
import type { HighlightSpan } from './layers';
import './reader.css';

/** Comparing revisions (the word diff and its views) loads when first asked for. */
const CompareRevisions = lazy(() => import('./CompareRevisions').then((m) => ({ default: m.CompareRevisions })));

type Mode = 'read' | 'edit' | 'compare';
const NO_SPANS: readonly HighlightSpan[] = [];

export function ReaderPane() {
  const t = useT();
  const { articleId, claimId, selectClaim, skippedReopen } = useWorkbench();
  const article = useArticle(articleId);
  const revision = useRevision(article?.currentRevisionId);
  const claimsData = useArticleClaims(articleId);
  const analysis = useAnalysisLayers(articleId, revision);
  // Its layers may still change (suggestions and flags arrive with the analysis): the text says so to assistive technology.
  const analysing = useAnalysis(articleId).status === 'running';
  const verdicts = (useSettings() ?? DEFAULT_SETTINGS).verdicts;
  const actions = useClaimActions();
  const undoState = useUndoState();
  // The mode belongs to one article: opening another one shows it to read.
  const [modeOf, setModeOf] = useState<{ articleId: string | undefined; mode: Mode }>({ articleId: undefined, mode: 'read' });
  const mode: Mode = modeOf.articleId === articleId ? modeOf.mode : 'read';
  const setMode = (next: Mode) => setModeOf({ articleId, mode: next });

  const claims = claimsData && claimsData.articleId === articleId ? claimsData.claims : undefined;
  const order = useMemo(() => (claims && revision ? orderClaims(claims, revision.id) : null), [claims, revision]);
  const sourceCounts = claimsData && claimsData.articleId === articleId ? claimsData.sourceCounts : undefined;
  const claimLayer = useMemo(() => (order ? claimSpans(order, verdicts, t, selectClaim, sourceCounts) : NO_SPANS), [order, verdicts, t, selectClaim, sourceCounts]);
  const spans = useMemo(() => (analysis.length ? [...claimLayer, ...analysis] : claimLayer), [claimLayer, analysis]);

  const reading = mode === 'read' && !!order;
  useCommand('mark-claim', () => {
    if (reading) actions.markClaim(order);
  });

  const ready = !!article && !!revision && !!order;
  return (
    <main className="pane reader-pane" aria-label={t('reader.region')} data-pane tabIndex={-1}>
      {!article || !revision ? (
        <div className="empty-state reader-empty">
          {(article === undefined && articleId) || (article && revision === undefined) ? (
            // Still reading it (a long text takes a moment): not "No article open".
            <p className="reader-loading" aria-busy="true">
              {t('reader.opening')}
            </p>
          ) : (
            <>
              <h2>{t('reader.emptyTitle')}</h2>
              {skippedReopen && (
                <p className="start-guard-note warning" role="status">
                  {t('shell.startGuard')}
                </p>
              )}
              <p>{t('reader.emptyBody')}</p>
            </>
          )}
        </div>
      ) : (
        <>
          <div className="reader-toolbar" role="toolbar" aria-label={t('annotation.readerToolbar')}>
            <button type="button" className="primary" disabled={!reading} onClick={() => actions.markClaim(order)} aria-keyshortcuts="C">
              {t('annotation.markAsClaim')}
            </button>
            <button type="button" disabled={!reading || !claimId || !order?.byId.has(claimId)} onClick={() => actions.attachSelection(claimId, 'adjust')}>
              {t('annotation.adjustSpan')}
            </button>
            <span className="toolbar-sep" aria-hidden="true" />
            <button type="button" disabled={!undoState.canUndo} title={undoState.undoLabel} onClick={actions.undo} aria-keyshortcuts="Control+Z">
              {t('annotation.undo')}
            </button>
            <button type="button" disabled={!undoState.canRedo} title={undoState.redoLabel} onClick={actions.redo} aria-keyshortcuts="Control+Shift+Z">
              {t('annotation.redo')}
            </button>
            <span className="toolbar-spacer" />
            <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'read' : 'edit')}>
              {t('annotation.editText')}
            </button>
            <button type="button" aria-pressed={mode === 'compare'} onClick={() => setMode(mode === 'compare' ? 'read' : 'compare')}>
              {t('annotation.compareRevisions')}
            </button>
          </div>
          {mode === 'edit' ? (
            <EditTextView key={revision.id} article={article} revision={revision} onDone={() => setMode('read')} />
          ) : mode === 'compare' ? (
            <Suspense fallback={<div className="reader-scroll" aria-busy="true" />}>
              <CompareRevisions article={article} />
            </Suspense>
          ) : ready ? (
            <ArticleView key={`${article.id}:${revision.id}`} article={article} revision={revision} spans={spans} selectedClaimId={claimId} analysing={analysing} />
          ) : (
            <div className="reader-scroll" aria-busy="true" />
          )}
        </>
      )}
    </main>
  );
}

/**
 * The reader (region "Article"): the open article's current revision with
 * its highlight layers, the annotation toolbar, and the "Edit text" and
 * "Compare revisions" modes.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useArticle, useRevision } from '../../storage/articles-repo';
import { useArticleClaims } from '../../storage/claims-live';
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
import { OverflowToolbar, toggleItem } from '../common/OverflowToolbar';
import { toggleFocusView, useWorkbenchStore } from '../app/store';
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
  const markClaim = () => {
    if (reading) actions.markClaim(order);
  };
  useCommand('mark-claim', markClaim);
  const canAdjust = reading && !!claimId && !!order?.anchoredIds.has(claimId);
  const adjust = () => actions.attachSelection(claimId, 'adjust');
  const focusView = useWorkbenchStore((st) => st.focusView);

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
          <OverflowToolbar
            className="reader-toolbar"
            label={t('annotation.readerToolbar')}
            moreLabel={t('shell.more')}
            moreListLabel={t('annotation.moreTools')}
            items={[
              {
                key: 'mark',
                node: (
                  <button type="button" className="primary" disabled={!reading} onClick={markClaim} aria-keyshortcuts="C">
                    {t('annotation.markAsClaim')}
                  </button>
                ),
              },
              {
                key: 'adjust',
                priority: 3,
                node: (
                  <button type="button" disabled={!canAdjust} onClick={adjust}>
                    {t('annotation.adjustSpan')}
                  </button>
                ),
                action: { key: 'adjust', label: t('annotation.adjustSpan'), disabled: !canAdjust, run: adjust },
              },
              {
                key: 'undo',
                separated: true,
                node: (
                  <button type="button" className="tool-icon" disabled={!undoState.canUndo} title={undoState.undoLabel ? t('annotation.undoWhat', { what: undoState.undoLabel }) : t('annotation.undo')} aria-label={t('annotation.undo')} onClick={actions.undo} aria-keyshortcuts="Control+Z">
                    <span aria-hidden="true">↶</span>
                  </button>
                ),
              },
              {
                key: 'redo',
                priority: 4,
                node: (
                  <button type="button" className="tool-icon" disabled={!undoState.canRedo} title={undoState.redoLabel ? t('annotation.redoWhat', { what: undoState.redoLabel }) : t('annotation.redo')} aria-label={t('annotation.redo')} onClick={actions.redo} aria-keyshortcuts="Control+Shift+Z">
                    <span aria-hidden="true">↷</span>
                  </button>
                ),
                action: { key: 'redo', label: t('annotation.redo'), disabled: !undoState.canRedo, title: undoState.redoLabel ? t('annotation.redoWhat', { what: undoState.redoLabel }) : undefined, keyshortcuts: 'Control+Shift+Z', run: actions.redo },
              },
              toggleItem({
                key: 'focus',
                end: true,
                priority: 2,
                label: t('annotation.focusView'),
                title: t('annotation.focusViewHint'),
                pressed: focusView,
                disabled: mode !== 'read',
                run: toggleFocusView,
              }),
              toggleItem({ key: 'edit', priority: 1, label: t('annotation.editText'), pressed: mode === 'edit', run: () => setMode(mode === 'edit' ? 'read' : 'edit') }),
              toggleItem({ key: 'compare', priority: 0, label: t('annotation.compareRevisions'), pressed: mode === 'compare', run: () => setMode(mode === 'compare' ? 'read' : 'compare') }),
            ]}
          />
          {mode === 'edit' ? (
            <EditTextView key={revision.id} article={article} revision={revision} onDone={() => setMode('read')} />
          ) : mode === 'compare' ? (
            <Suspense fallback={<div className="reader-scroll" aria-busy="true" />}>
              <CompareRevisions article={article} />
            </Suspense>
          ) : ready ? (
            <ArticleView key={`${article.id}:${revision.id}`} articleId={article.id} title={article.title} language={article.language} revision={revision} spans={spans} selectedClaimId={claimId} analysing={analysing} focusView={focusView} />
          ) : (
            <div className="reader-scroll" aria-busy="true" />
          )}
        </>
      )}
    </main>
  );
}

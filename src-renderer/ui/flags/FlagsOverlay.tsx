/**
 * What the flags feature keeps on screen whatever tab the inspector shows:
 * the popover of the reader's suggestion and flag highlights (Accept /
 * Reject, or the flag's explanation and Dismiss), the announcement of each
 * new analysis to screen readers, and the background work (the analysis
 * worker warmed up early, one passage indexer for the window). Mounted once,
 * beside AnalysisHost; the Flags list itself renders only when shown.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { analysisScheduler } from '../../analysis/service';
import { watchPassageIndex } from '../../storage/passage-index-repo';
import { useI18n } from '../app/i18n';
import { closePopover, useWorkbenchStore } from '../app/store';
import { suggestionSpanId } from './reader-layer';
import { SpanPopover } from './SpanPopover';
import { isRemovableBlock, useAnalysedArticle } from './use-flag-actions';
import './flags.css';

export function FlagsOverlay() {
  const { t } = useI18n();
  const { articleId, revision, analysis, actions } = useAnalysedArticle();
  const popover = useWorkbenchStore((s) => s.popover);

  useEffect(() => {
    analysisScheduler().prewarm();
    const watch = watchPassageIndex((error) => console.warn('passage index', error));
    return () => watch.stop();
  }, []);

  const current = analysis.status === 'done' && revision && analysis.revisionId === revision.id ? analysis : undefined;
  const result = current?.analysis;

  // "Analysis done: 5 flags, 12 suggestions", once per analysed revision (not on every claim change).
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<string | null>(null);
  const summary = result
    ? t('flags.announce', { flags: t('flags.flagCount', { count: result.flags.length }), suggestions: t('flags.suggestionCount', { count: result.suggestions.length }) })
    : null;
  const announceKey = current ? `${current.revisionId}` : null;
  useEffect(() => {
    if (!summary || !announceKey || announced.current === announceKey) return;
    announced.current = announceKey;
    setAnnouncement(summary);
  }, [summary, announceKey]);

  // A popover of another article, or of a highlight that went away (accepted, dismissed, a new revision), closes.
  const popoverGone =
    !!popover &&
    (popover.articleId !== articleId ||
      (!!result &&
        (popover.kind === 'suggestion' ? !result.suggestions.some((s) => suggestionSpanId(s.start) === popover.id) : !result.flags.some((f) => f.fingerprint === popover.id))));
  useEffect(() => {
    if (popoverGone) closePopover();
  }, [popoverGone]);

  const popoverView = (() => {
    if (!popover || !result || !revision || popover.articleId !== articleId) return null;
    if (popover.kind === 'suggestion') {
      const s = result.suggestions.find((x) => suggestionSpanId(x.start) === popover.id);
      if (!s) return null;
      return (
        <SpanPopover
          key={`suggestion:${popover.id}`}
          anchorKey={`suggestion:${popover.id}`}
          onClose={closePopover}
          content={{ kind: 'suggestion', suggestion: s, onAccept: () => actions.accept(s, revision), onReject: () => actions.reject(s) }}
        />
      );
    }
    const f = result.flags.find((x) => x.fingerprint === popover.id);
    if (!f) return null;
    const remove = isRemovableBlock(f) ? { revisionNumber: revision.number, run: () => actions.removeBlock(f, revision) } : undefined;
    return (
      <SpanPopover
        key={`flag:${popover.id}`}
        anchorKey={`flag:${popover.id}`}
        onClose={closePopover}
        content={{ kind: 'flag', flag: f, onDismiss: (reason) => actions.dismiss(f, reason), ...(remove ? { removeBlock: remove } : {}) }}
      />
    );
  })();

  return createPortal(
    <>
      <div className="visually-hidden flags-live" role="status" aria-live="polite">
        {announcement}
      </div>
      {popoverView}
    </>,
    document.body,
  );
}

/**
 * The "Flags" region: the findings of the analysis of the open article,
 * grouped by kind with counts, each with its passage, its explanation, a
 * "Go to" that shows it in the reader, "Dismiss" with a reason, and for
 * repeated blocks "Remove repeated block"; the dismissed ones in a
 * collapsible group with "Restore". The ranked suggestions have their own
 * tab (ui/suggestions); the popovers of the reader's highlights and the
 * announcements are FlagsOverlay's.
 */
import { useMemo, useRef, useState } from 'react';
import type { Flag, FlagKind } from '../../core/model';
import { AnalysisPending } from '../analysis/AnalysisPending';
import { useI18n } from '../app/i18n';
import { DismissedItem, FlagItem, type RemoveBlock } from './FlagItem';
import { groupTitle, KIND_ORDER } from './flag-labels';
import { requestReveal, revealClaim, setActiveFlag } from '../app/store';
import { VirtualList } from '../common/VirtualList';
import { isRemovableBlock, useAnalysedArticle } from './use-flag-actions';
import './flags.css';

export function FlagsPanel() {
  const { t, formatNumber } = useI18n();
  const { articleId, article, revision, analysis, actions } = useAnalysedArticle();
  const [dismissedOpen, setDismissedOpen] = useState(false);

  const current = analysis.status === 'done' && revision && analysis.revisionId === revision.id ? analysis : undefined;
  const result = current?.analysis;
  const split = result ? { open: result.flags, dismissed: result.dismissed } : null;
  const suggestions = result ? result.suggestions : null;
  const groups = useMemo(() => {
    if (!result) return [];
    const byKind = new Map<FlagKind, Flag[]>();
    for (const f of result.flags) {
      const list = byKind.get(f.kind);
      if (list) list.push(f);
      else byKind.set(f.kind, [f]);
    }
    return KIND_ORDER.flatMap((kind) => {
      const flags = byKind.get(kind);
      return flags ? [{ kind, flags }] : [];
    });
  }, [result]);

  const summary =
    split && suggestions
      ? t('flags.announce', {
          flags: t('flags.flagCount', { count: split.open.length }),
          suggestions: t('flags.suggestionCount', { count: suggestions.length }),
        })
      : null;

  const goTo = (flag: Flag) => {
    setActiveFlag(flag.fingerprint);
    if (flag.kind === 'unsourced-claim' && flag.claimId) {
      revealClaim(flag.claimId, true);
      return;
    }
    requestReveal({ kind: 'span', start: flag.start, end: flag.end, focusKey: `flag:${flag.fingerprint}`, focus: true });
  };

  // When an item leaves a list (dismissed, restored), focus goes to its neighbour, never to the page.
  const sectionRef = useRef<HTMLElement>(null);
  const focusNeighbour = (list: readonly Flag[], gone: Flag) => {
    const i = list.findIndex((f) => f.fingerprint === gone.fingerprint);
    const next = list[i + 1] ?? list[i - 1];
    requestAnimationFrame(() => {
      const target = next ? sectionRef.current?.querySelector<HTMLElement>(`[data-flag="${CSS.escape(next.fingerprint)}"] button`) : null;
      (target ?? sectionRef.current)?.focus();
    });
  };
  const shownOpen = groups.flatMap((g) => g.flags);
  const dismiss = (flag: Flag, reason: string) => actions.dismiss(flag, reason).then(() => focusNeighbour(shownOpen, flag));
  const restore = (flag: Flag) =>
    void actions.restore(flag).then(
      () =>
        focusNeighbour(
          (split?.dismissed ?? []).map((d) => d.flag),
          flag,
        ),
      () => undefined,
    );

  const removeBlock = (flag: Flag): RemoveBlock | undefined =>
    revision && isRemovableBlock(flag) ? { revisionNumber: revision.number, run: () => actions.removeBlock(flag, revision) } : undefined;

  let body;
  if (!articleId || article === null) {
    body = <p className="empty-state">{t('flags.noArticle')}</p>;
  } else if (analysis.status === 'error' || analysis.status === 'cancelled' || !split || !suggestions) {
    body = <AnalysisPending analysis={analysis} />;
  } else {
    body = (
      <>
        <p className="flags-status">
          {summary}
          {current?.ms !== undefined && <span className="flags-timing"> · {t('flags.timing', { ms: formatNumber(Math.max(1, Math.round(current.ms))) })}</span>}
        </p>
        {groups.length === 0 && <p className="empty-state">{t('flags.none')}</p>}
        {groups.map(({ kind, flags }) => (
          <details key={kind} className="flag-group" open>
            <summary>{groupTitle(kind, flags.length, t)}</summary>
            <VirtualList
              className="flag-list"
              items={flags}
              itemKey={(flag) => flag.fingerprint}
              estimateSize={140}
              renderItem={(flag, row) => (
                <FlagItem
                  key={flag.fingerprint}
                  row={row}
                  flag={flag}
                  onGoTo={() => goTo(flag)}
                  onDismiss={(reason) => dismiss(flag, reason)}
                  {...(removeBlock(flag) ? { removeBlock: removeBlock(flag) } : {})}
                  {...(revision ? { revision } : {})}
                />
              )}
            />
          </details>
        ))}
        {split.dismissed.length > 0 && (
          <details className="flag-group flag-group-dismissed" open={dismissedOpen} onToggle={(e) => setDismissedOpen(e.currentTarget.open)}>
            <summary>{t('flags.dismissedGroup', { count: split.dismissed.length })}</summary>
            <VirtualList
              className="flag-list"
              items={split.dismissed}
              itemKey={(item) => item.flag.fingerprint}
              estimateSize={110}
              renderItem={(item, row) => <DismissedItem key={item.flag.fingerprint} row={row} item={item} onRestore={() => restore(item.flag)} />}
            />
          </details>
        )}
      </>
    );
  }

  return (
    <section ref={sectionRef} tabIndex={-1} aria-label={t('inspector.flags')} className="flags-panel">
      {body}
    </section>
  );
}

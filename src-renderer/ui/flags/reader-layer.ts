/**
 * The analysis layers of the reader: suggested claims (dotted, with their
 * score and reasons) at or above the suggestion threshold, except those the
 * editor rejected or already marked — only when the editor chose to show
 * them in the text (setting "Show suggestions in text", off by default; the
 * one gone to from the Suggestions list is drawn either way) — and the open
 * flags (wavy). Activating a highlight opens its popover (Accept / Reject,
 * or the flag's explanation and Dismiss), rendered by the Flags panel.
 */
import { useMemo } from 'react';
import { useAnalysis } from '../analysis/use-analysis';
import type { Revision } from '../../core/model';
import { useI18n } from '../app/i18n';
import type { HighlightSpan } from '../reader/layers';
import { formatScore, kindName, reasonList } from './flag-labels';
import { openPopover, useWorkbenchStore } from '../app/store';
import { useSettings } from '../../storage/settings-repo';

const NO_SPANS: HighlightSpan[] = [];

/** The id of a suggestion's highlight: its start offset (two suggestions never start at the same sentence). */
export const suggestionSpanId = (start: number): string => `s${start}`;

export interface AnalysisLayerOptions {
  /** Show suggested claims (default: the workspace setting "Show suggestions in text", itself off by default). */
  readonly suggestions?: boolean;
  /** Show flags (default true). */
  readonly flags?: boolean;
}

/** Suggested-claim and flag highlights for the reader. */
export function useAnalysisLayers(articleId: string | undefined, revision: Revision | null | undefined, options: AnalysisLayerOptions = {}): HighlightSpan[] {
  const { t, locale } = useI18n();
  const analysis = useAnalysis(articleId);
  const activeFlag = useWorkbenchStore((s) => s.activeFlag);
  const popover = useWorkbenchStore((s) => s.popover);
  const active = useWorkbenchStore((s) => s.activeSuggestion);
  const inText = useSettings()?.showSuggestionsInText ?? false;
  const showSuggestions = options.suggestions ?? inText;
  const activeId = active && active.articleId === articleId ? active.id : null;
  const showFlags = options.flags ?? true;

  return useMemo(() => {
    const result = analysis.analysis;
    if (!articleId || !revision || !result || analysis.revisionId !== revision.id) return NO_SPANS;
    const spans: HighlightSpan[] = [];
    if (showSuggestions || activeId) {
      for (const s of result.suggestions) {
        const id = suggestionSpanId(s.start);
        if (!showSuggestions && id !== activeId) continue;
        const label = t('flags.suggestionLabel', { score: formatScore(s.score, locale), reasons: reasonList(s.reasons, t) });
        spans.push({
          id,
          kind: 'suggestion',
          start: s.start,
          end: s.end,
          className: 'hl-suggested',
          label,
          title: label,
          onActivate: () => openPopover({ articleId, kind: 'suggestion', id }),
          selected: id === activeId || (popover?.kind === 'suggestion' && popover.id === id),
        });
      }
    }
    if (showFlags) {
      for (const f of result.flags) {
        // A claim without sources is the claim's own highlight: a second
        // mark on exactly the same words would take its clicks.
        if (f.kind === 'unsourced-claim') continue;
        const label = t('flags.flagLabel', { kind: kindName(f.kind, t), message: f.message });
        spans.push({
          id: f.fingerprint,
          kind: 'flag',
          start: f.start,
          end: f.end,
          className: `sev-${f.severity}`,
          label,
          title: label,
          onActivate: () => openPopover({ articleId, kind: 'flag', id: f.fingerprint }),
          selected: activeFlag === f.fingerprint || (popover?.kind === 'flag' && popover.id === f.fingerprint),
        });
      }
    }
    return spans;
  }, [analysis, articleId, revision, showSuggestions, activeId, showFlags, activeFlag, popover, t, locale]);
}

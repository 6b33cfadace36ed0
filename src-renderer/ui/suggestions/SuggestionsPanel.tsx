/**
 * The "Suggestions" region of the inspector: the sentences of the open
 * article most worth checking, in core's ranked order, to triage one by one
 * (Go to, Accept, Reject, by mouse or by keyboard alone) or several at once
 * ("Accept top N", confirmed, one undo step); and the switch that draws
 * them in the text as well.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Suggestion } from '../../core/model';
import { AnalysisPending } from '../analysis/AnalysisPending';
import { useI18n } from '../app/i18n';
import { requestReveal, setActiveSuggestion, useWorkbenchStore } from '../app/store';
import { suggestionSpanId } from '../flags/reader-layer';
import { useAnalysedArticle } from '../flags/use-flag-actions';
import { AcceptTopForm } from './AcceptTopForm';
import { ShowInTextToggle } from './ShowInTextToggle';
import { SuggestionsList } from './SuggestionsList';
import { rankedOrder, visibleSuggestions, type Hiding } from './ranking';
import '../flags/flags.css';
import './suggestions.css';

export function SuggestionsPanel() {
  const { t } = useI18n();
  const { articleId, article, revision, analysis, actions } = useAnalysedArticle();
  const active = useWorkbenchStore((s) => s.activeSuggestion);
  const sectionRef = useRef<HTMLElement>(null);

  const current = analysis.status === 'done' && revision && analysis.revisionId === revision.id ? analysis : undefined;
  const result = current?.analysis;
  const ranked = useMemo(() => (result ? rankedOrder(result.suggestions) : []), [result]);

  // What the editor acted on leaves the list at once, not when the analysis catches up (see ranking.ts `Hiding`).
  const [hiding, setHiding] = useState<ReadonlyMap<number, Hiding>>(new Map());
  const shown = useRef(result);
  useEffect(() => {
    shown.current = result;
    // Entries kept for an earlier answer are spent: forget them.
    setHiding((m) => ([...m.values()].some((h) => h.state === 'saved' && h.answer !== result) ? new Map([...m].filter(([, h]) => h.state === 'pending' || h.answer === result)) : m));
  }, [result]);
  const visible = useMemo(() => visibleSuggestions(ranked, hiding, result), [ranked, hiding, result]);

  const hideWhile = (list: readonly Suggestion[], work: Promise<boolean>): Promise<boolean> => {
    const starts = list.map((s) => s.start);
    setHiding((m) => new Map([...m, ...starts.map((start) => [start, { state: 'pending' } as const] as const)]));
    return work.then((saved) => {
      setHiding((m) => {
        const next = new Map(m);
        for (const start of starts) {
          if (saved) next.set(start, { state: 'saved', answer: shown.current });
          else next.delete(start);
        }
        return next;
      });
      return saved;
    });
  };

  const goTo = (s: Suggestion) => {
    if (!articleId) return;
    const spanId = suggestionSpanId(s.start);
    setActiveSuggestion({ articleId, id: spanId });
    // Focus stays in the list (the editor triages on); the reader scrolls to the sentence and marks it.
    requestReveal({ kind: 'span', start: s.start, end: s.end, focusKey: `suggestion:${spanId}`, focus: false });
  };

  const activeStart = active && active.articleId === articleId ? (visible.find((s) => suggestionSpanId(s.start) === active.id)?.start ?? null) : null;

  let body;
  if (!articleId || article === null) {
    body = <p className="empty-state">{t('suggestions.noArticle')}</p>;
  } else if (analysis.status === 'error' || analysis.status === 'cancelled' || !result || !revision) {
    body = <AnalysisPending analysis={analysis} />;
  } else if (visible.length === 0) {
    body = <p className="empty-state">{t('suggestions.none')}</p>;
  } else {
    body = (
      <>
        <AcceptTopForm key={revision.id} suggestions={visible} onAccept={(top) => hideWhile(top, actions.acceptMany(top, revision).then(() => true, () => false))} />
        <SuggestionsList
          suggestions={visible}
          activeStart={activeStart}
          onGoTo={goTo}
          onAccept={(s) => hideWhile([s], actions.accept(s, revision, true))}
          onReject={(s) => hideWhile([s], actions.reject(s))}
          onEmptied={() => sectionRef.current?.focus()}
        />
      </>
    );
  }

  return (
    <section ref={sectionRef} tabIndex={-1} aria-label={t('inspector.suggestions')} className="suggestions-panel">
      <ShowInTextToggle />
      {body}
    </section>
  );
}

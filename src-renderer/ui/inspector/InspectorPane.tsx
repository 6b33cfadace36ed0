/**
 * The inspector: tabs "Claims" (the selected claim and the list of claims),
 * "Flags" (the analysis findings) and "Suggestions" (the sentences most
 * worth checking, ranked, with their count in the tab). It is always on
 * screen, so it also owns the undo/redo commands of the workbench.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { recoverNoteDrafts } from '../../storage/claims-repo';
import { useT } from '../app/i18n';
import { useUndoCommands } from '../app/undo';
import { useWorkbench } from '../app/workbench-state';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { useToasts } from '../common/toasts';
import { FlagsPanel } from '../flags/FlagsPanel';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { useAnalysis } from '../analysis/use-analysis';
import { useActionFailed } from '../common/errors';

type Tab = 'claims' | 'flags' | 'suggestions';

/** Notes typed just before the app last closed are saved once per start. */
let draftsRecovered = false;
const TABS: readonly Tab[] = ['claims', 'flags', 'suggestions'];

export function InspectorPane() {
  const t = useT();
  const toasts = useToasts();
  const failed = useActionFailed();
  const id = useId();
  const { articleId, claimId, selectionSeq } = useWorkbench();
  const [tab, setTab] = useState<Tab>('claims');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ claims: null, flags: null, suggestions: null });
  // The count of the analysis shown (the panel hides an item it acts on a moment before the analysis drops it).
  const analysis = useAnalysis(articleId);
  const suggestionCount = analysis.status === 'done' ? analysis.analysis?.suggestions.length : undefined;

  useUndoCommands((error) => failed(error, (detail) => t('annotation.undoFailed', { detail })));

  useEffect(() => {
    if (draftsRecovered) return;
    draftsRecovered = true;
    void recoverNoteDrafts().catch((error: unknown) => failed(error));
  }, [toasts, t, failed]);

  // Selecting a claim (in the reader, with j/k, from a flag) shows it.
  useEffect(() => {
    if (claimId) setTab('claims');
  }, [claimId, selectionSeq]);

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS.at(-1) : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const tabButton = (which: Tab, label: string) => (
    <button
      className={`inspector-tab-${which}`}
      ref={(el) => {
        tabRefs.current[which] = el;
      }}
      type="button"
      role="tab"
      id={`${id}-${which}-tab`}
      aria-selected={tab === which}
      aria-controls={`${id}-${which}-panel`}
      tabIndex={tab === which ? 0 : -1}
      onClick={() => setTab(which)}
      onKeyDown={onTabKey}
    >
      {label}
    </button>
  );

  return (
    <aside className="pane inspector-pane" aria-label={t('inspector.region')} data-pane tabIndex={-1}>
      <div className="inspector-tabs" role="tablist" aria-label={t('inspector.region')}>
        {tabButton('claims', t('inspector.claims'))}
        {tabButton('flags', t('inspector.flags'))}
        {tabButton('suggestions', suggestionCount === undefined ? t('inspector.suggestions') : t('inspector.suggestionsCount', { count: suggestionCount }))}
      </div>
      <div className="inspector-panel" role="tabpanel" id={`${id}-claims-panel`} aria-labelledby={`${id}-claims-tab`} hidden={tab !== 'claims'}>
        {tab === 'claims' && <ClaimsPanel key={articleId ?? ''} />}
      </div>
      <div className="inspector-panel" role="tabpanel" id={`${id}-flags-panel`} aria-labelledby={`${id}-flags-tab`} hidden={tab !== 'flags'}>
        {tab === 'flags' && <FlagsPanel />}
      </div>
      <div className="inspector-panel" role="tabpanel" id={`${id}-suggestions-panel`} aria-labelledby={`${id}-suggestions-tab`} hidden={tab !== 'suggestions'}>
        {tab === 'suggestions' && <SuggestionsPanel key={articleId ?? ''} />}
      </div>
    </aside>
  );
}

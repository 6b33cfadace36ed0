/**
 * The inspector's "Claims" tab: the selected claim (region "Claim") above
 * the list of claims (region "Claims"); `j`/`k` move through the list in
 * its order (by position in the text, or by number) and show the claim in
 * the reader.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../core/model';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { replacedInPlace } from '../../core/in-place';
import { useArticle } from '../../storage/articles-repo';
import { useArticleClaims } from '../../storage/claims-live';
import { useSettings } from '../../storage/settings-repo';
import { dispatchCommand, useCommand } from '../app/commands';
import { useT } from '../app/i18n';
import { useWorkbench } from '../app/workbench-state';
import { revealClaim } from '../app/store';
import { ClaimInspector } from './ClaimInspector';
import { ClaimsList, filterClaims, NO_FILTERS, type ClaimFilters, type ClaimSort } from './ClaimsList';
import { orderClaims } from './claim-numbers';
import { RatingScaleDialog } from './lazy';
import { useClaimActions } from './use-claim-actions';
import './claims.css';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const NO_CLAIMS: readonly Claim[] = [];

/** The same claims, in the same places, with the same tags (the objects of those saved since may be new). */
const sameTags = (a: readonly Claim[], b: readonly Claim[]): boolean =>
  replacedInPlace(a, b, (x, y) => x.id === y.id && x.tags.length === y.tags.length && x.tags.every((tag, j) => tag === y.tags[j])) !== undefined;

export function ClaimsPanel() {
  const t = useT();
  const { articleId, claimId, selectClaim } = useWorkbench();
  const article = useArticle(articleId);
  const data = useArticleClaims(articleId);
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const actions = useClaimActions();
  const [filters, setFilters] = useState<ClaimFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ClaimSort>('position');
  const [scaleOpen, setScaleOpen] = useState(false);

  // Only the first screen's claims are read at first (claims-live HEAD_CHARS): the list waits for all of them.
  const claims = data && data.articleId === articleId && data.complete ? data : undefined;
  const order = useMemo(() => (claims && article ? orderClaims(claims.claims, article.currentRevisionId) : null), [claims, article]);
  const sourceCounts = claims?.sourceCounts ?? NO_COUNTS;
  const shown = useMemo(() => (order ? filterClaims(sort === 'number' ? order.byNumber : order.anchored, filters, sourceCounts) : []), [order, sort, filters, sourceCounts]);
  const lastTags = useRef<{ claims: readonly Claim[]; tags: readonly string[] } | null>(null);
  const allTags = useMemo(() => {
    const list = claims?.claims ?? NO_CLAIMS;
    const before = lastTags.current;
    // A claim saved with the same tags (a note, a verdict, a status) leaves the list as it was: not gathered again from every claim.
    if (before && sameTags(before.claims, list)) return before.tags;
    const tags = [...new Set(list.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b));
    lastTags.current = { claims: list, tags };
    return tags;
  }, [claims]);

  // `j`/`k` pressed while the claims are still being read (a long review, just
  // opened) moves once they are: the key is not lost.
  const queuedMove = useRef<1 | -1 | null>(null);
  const move = (delta: 1 | -1) => {
    if (!order) {
      if (articleId && article) queuedMove.current = delta;
      return;
    }
    if (!shown.length) return;
    const i = shown.findIndex((c) => c.claim.id === claimId);
    const next = i < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, i + delta));
    const target = shown[next]!.claim.id;
    selectClaim(target);
    revealClaim(target, true);
  };
  useCommand('next-claim', () => move(1));
  useCommand('previous-claim', () => move(-1));
  useEffect(() => {
    if (!order || queuedMove.current === null) return;
    const delta = queuedMove.current;
    queuedMove.current = null;
    move(delta);
  });
  useEffect(() => {
    queuedMove.current = null;
  }, [articleId]);

  const selected = claimId ? claims?.claims.find((c) => c.id === claimId) : undefined;

  // Deleting the selected claim removes the inspector and its focused button:
  // the focus goes to the claims list (its search box) rather than to nowhere.
  // The inspector goes in the same render that loses the selection, so the
  // focus is on <body> by the time this runs; when the list itself is not
  // there yet (its claims being read again), the move waits for the render
  // that brings it back instead of for a number of frames.
  const hadSelection = useRef(false);
  const focusPending = useRef(false);
  const hasSelection = !!selected;
  useEffect(() => {
    if (hadSelection.current && !hasSelection) focusPending.current = true;
    hadSelection.current = hasSelection;
    if (!focusPending.current || !order) return;
    focusPending.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) dispatchCommand('focus-claims');
  });

  if (!articleId || article === null) return <p className="empty-state">{t('inspector.noArticle')}</p>;
  if (!order)
    return data && data.articleId === articleId ? (
      <p className="empty-state" aria-busy="true">
        {t('inspector.loadingClaims')}
      </p>
    ) : null;
  return (
    <div className="claims-panel">
      {selected && article && (
        <ClaimInspector
          claim={selected}
          article={article}
          sourceCount={sourceCounts.get(selected.id) ?? 0}
          verdicts={settings.verdicts}
          allTags={allTags}
          actions={actions}
          onEditScale={() => setScaleOpen(true)}
        />
      )}
      <ClaimsList
        total={order.anchored.length}
        shown={shown}
        detached={order.detached}
        sourceCounts={sourceCounts}
        verdicts={settings.verdicts}
        allTags={allTags}
        filters={filters}
        onFilters={setFilters}
        sort={sort}
        onSort={setSort}
        selectedId={claimId}
        onSelect={(id) => {
          selectClaim(id);
          revealClaim(id, false);
        }}
        onReattach={(id) => actions.attachSelection(id, 'reattach')}
        onEditScale={() => setScaleOpen(true)}
      />
      {scaleOpen && <RatingScaleDialog verdicts={settings.verdicts} onClose={() => setScaleOpen(false)} />}
    </div>
  );
}

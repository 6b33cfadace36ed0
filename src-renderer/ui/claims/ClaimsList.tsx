/**
 * The claims list (region "Claims"): every claim, in reading order or by
 * number, with its number, excerpt, verdict, status and number of sources
 * (and a mark when its text changed since it was rated); filters and
 * search; and the claims that need re-anchoring, which the editor re-attaches
 * by selecting their new text. Virtualised: 2,000 rows cost what 20 do.
 *
 * A claim saved (its note, verdict or status) re-renders its own row only:
 * rows and the filter bar are memoised on what they show, and the
 * virtualiser keeps its measurements while the list holds the same claims
 * in the same order (issue 14: no work per save that grows with the list).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type CSSProperties, type Ref } from 'react';
import type { Translate } from '../../core/i18n';
import { replacedInPlace } from '../../core/in-place';
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Verdict } from '../../core/model';
import { useCommand } from '../app/commands';
import { useT } from '../app/i18n';
import { virtualRow } from '../common/VirtualList';
import { excerpt, type PlacedClaim } from './claim-numbers';
import { statusLabel, verdictFamily, verdictLabel, verdictLabelById } from './verdicts';

export interface ClaimFilters {
  query: string;
  /** '' for every verdict. */
  verdict: string;
  status: '' | ClaimStatus;
  tag: string;
  noSources: boolean;
}

export const NO_FILTERS: ClaimFilters = { query: '', verdict: '', status: '', tag: '', noSources: false };

/** The order of the list: by place in the text, or by claim number. */
export type ClaimSort = 'position' | 'number';

/** The claims that pass the filters, in the same order. */
export function filterClaims(claims: readonly PlacedClaim[], f: ClaimFilters, sourceCounts: ReadonlyMap<string, number>): readonly PlacedClaim[] {
  if (!f.query && !f.verdict && !f.status && !f.tag && !f.noSources) return claims;
  const q = f.query.trim().toLocaleLowerCase();
  return claims.filter(({ claim }) => {
    if (f.verdict && claim.verdict !== f.verdict) return false;
    if (f.status && claim.status !== f.status) return false;
    if (f.tag && !claim.tags.includes(f.tag)) return false;
    if (f.noSources && (sourceCounts.get(claim.id) ?? 0) > 0) return false;
    if (q && !`${claim.number}\n${claim.target.quote.exact}\n${claim.note}\n${claim.rationale ?? ''}\n${claim.claimant?.name ?? ''}\n${claim.tags.join('\n')}`.toLocaleLowerCase().includes(q)) return false;
    return true;
  });
}

export interface ClaimsListProps {
  total: number;
  shown: readonly PlacedClaim[];
  detached: readonly Claim[];
  sourceCounts: ReadonlyMap<string, number>;
  verdicts: readonly Verdict[];
  allTags: readonly string[];
  filters: ClaimFilters;
  onFilters: (f: ClaimFilters) => void;
  sort: ClaimSort;
  onSort: (sort: ClaimSort) => void;
  selectedId: string | undefined;
  onSelect: (claimId: string) => void;
  onReattach: (claimId: string) => void;
  onEditScale: () => void;
}

export function ClaimsList(props: ClaimsListProps) {
  const { total, shown, detached, sourceCounts, verdicts, allTags, filters, onFilters, sort, onSort, selectedId, onSelect, onReattach, onEditScale } = props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const families = useMemo(() => new Map(verdicts.map((v) => [v.id, verdictFamily(v)])), [verdicts]);
  const getItemKey = useSameKeys(shown);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    // Sizes are cached per claim, not per row: a new claim shifts the others down.
    getItemKey,
    overscan: 6,
    initialRect: { width: 340, height: 400 },
  });

  const selectedIndex = useMemo(() => shown.findIndex((c) => c.claim.id === selectedId), [shown, selectedId]);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const sectionRef = useRef<HTMLElement>(null);
  // The selected claim is gone (deleted): its row may still be on screen
  // until the claims are read again, so the focus goes to the search box,
  // which stays.
  useCommand('focus-claims', () => sectionRef.current?.querySelector<HTMLElement>('input[type="search"]')?.focus());

  // The rows call the latest handler, so that a new closure from the panel does not re-render them all.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });
  const select = useCallback((claimId: string) => onSelectRef.current(claimId), []);

  return (
    <section ref={sectionRef} className="claims-list" aria-label={t('inspector.claims')}>
      <div className="claims-head">
        <h2 className="pane-title">
          {t('inspector.claims')} <span className="claims-count">({total})</span>
        </h2>
        <button type="button" onClick={onEditScale}>
          {t('annotation.ratingScale')}
        </button>
      </div>
      <ClaimFilterBar total={total} shownCount={shown.length} verdicts={verdicts} allTags={allTags} filters={filters} onFilters={onFilters} sort={sort} onSort={onSort} />

      {detached.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">{t('annotation.needsReanchoring')}</h3>
          <p className="orphans-hint">{t('annotation.needsReanchoringHint')}</p>
          <ul>
            {detached.map((c) => (
              <li key={c.id} className="orphan" aria-current={c.id === selectedId ? 'true' : undefined}>
                <button type="button" className="orphan-text" onClick={() => onSelect(c.id)} aria-label={t('annotation.orphanLabel', { n: c.number, text: excerpt(c.target.quote.exact, 80) })}>
                  <span className="claim-num" aria-hidden="true">
                    {c.number}
                  </span>{' '}
                  <del dir="auto">{excerpt(c.target.quote.exact, 200)}</del>
                </button>
                <button type="button" onClick={() => onReattach(c.id)}>
                  {t('annotation.reattach')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="claims-scroll" ref={scrollRef}>
        {total === 0 && detached.length === 0 ? (
          <p className="empty-state">{t('inspector.noClaims')}</p>
        ) : shown.length === 0 && total > 0 ? (
          <p className="empty-state">{t('annotation.noMatch')}</p>
        ) : (
          <ul className="claim-rows" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const { claim, number } = shown[item.index]!;
              const row = virtualRow(virtualizer, item, shown.length);
              return (
                <ClaimRow
                  key={claim.id}
                  claim={claim}
                  number={number}
                  family={families.get(claim.verdict) ?? 'none'}
                  sources={sourceCounts.get(claim.id) ?? 0}
                  selected={claim.id === selectedId}
                  verdicts={verdicts}
                  t={t}
                  onSelect={select}
                  rowRef={row.ref}
                  index={item.index}
                  top={item.start}
                  setSize={row['aria-setsize']}
                />
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

/**
 * The virtualiser's `getItemKey`, kept while `shown` holds the same claims in
 * the same order (a claim saved is a new object with the same id): a new
 * function would make the virtualiser rebuild the measurements of every row.
 */
function useSameKeys(shown: readonly PlacedClaim[]): (index: number) => string | number {
  const last = useRef<{ shown: readonly PlacedClaim[]; getKey: (index: number) => string | number } | null>(null);
  const before = last.current;
  // The old list's ids are these ids: its function still answers right.
  if (before && replacedInPlace(before.shown, shown, (a, b) => a.claim.id === b.claim.id)) return before.getKey;
  const getKey = (i: number): string | number => shown[i]?.claim.id ?? i;
  last.current = { shown, getKey };
  return getKey;
}

type ClaimFilterBarProps = Pick<ClaimsListProps, 'total' | 'verdicts' | 'allTags' | 'filters' | 'onFilters' | 'sort' | 'onSort'> & {
  shownCount: number;
};

/** Sort, search and filters: re-rendered when they change, not when a claim is saved. */
const ClaimFilterBar = memo(function ClaimFilterBar({ total, shownCount, verdicts, allTags, filters, onFilters, sort, onSort }: ClaimFilterBarProps) {
  const t = useT();
  const set = (patch: Partial<ClaimFilters>) => onFilters({ ...filters, ...patch });
  const filtered = shownCount !== total;
  return (
    <div className="claims-filters">
      <select aria-label={t('review.sortClaims')} value={sort} onChange={(e) => onSort(e.target.value === 'number' ? 'number' : 'position')}>
        <option value="position">{t('review.sortPosition')}</option>
        <option value="number">{t('review.sortNumber')}</option>
      </select>
      <input type="search" aria-label={t('annotation.searchClaims')} placeholder={t('annotation.searchClaims')} value={filters.query} onChange={(e) => set({ query: e.target.value })} />
      <select aria-label={t('annotation.filterVerdict')} value={filters.verdict} onChange={(e) => set({ verdict: e.target.value })}>
        <option value="">{t('annotation.allVerdicts')}</option>
        {verdicts.map((v) => (
          <option key={v.id} value={v.id}>
            {verdictLabel(v, t)}
          </option>
        ))}
      </select>
      <select aria-label={t('annotation.filterStatus')} value={filters.status} onChange={(e) => set({ status: e.target.value as ClaimFilters['status'] })}>
        <option value="">{t('annotation.allStatuses')}</option>
        {CLAIM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s, t)}
          </option>
        ))}
      </select>
      <select aria-label={t('annotation.filterTag')} value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="">{t('annotation.allTags')}</option>
        {allTags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={filters.noSources} onChange={(e) => set({ noSources: e.target.checked })} />
        {t('annotation.filterNoSources')}
      </label>
      {filtered && (
        <p className="claims-filter-status">
          {t('annotation.showingOf', { shown: shownCount, total })}{' '}
          <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
            {t('annotation.clearFilters')}
          </button>
        </p>
      )}
    </div>
  );
});

interface ClaimRowProps {
  claim: Claim;
  number: number;
  family: string;
  sources: number;
  selected: boolean;
  verdicts: readonly Verdict[];
  t: Translate;
  onSelect: (claimId: string) => void;
  /** The virtual row's measuring ref, place and position in the set (common/VirtualList `virtualRow`). */
  rowRef: Ref<HTMLLIElement>;
  index: number;
  top: number;
  setSize: number;
}

/** One claim of the list; re-renders only when what it shows (or its place) changes. */
const ClaimRow = memo(function ClaimRow({ claim, number, family, sources, selected, verdicts, t, onSelect, rowRef, index, top, setSize }: ClaimRowProps) {
  const style: CSSProperties = { transform: `translateY(${top}px)` };
  return (
    <li className="claim-row-item" ref={rowRef} data-index={index} style={style} aria-setsize={setSize} aria-posinset={index + 1}>
      <button type="button" className="claim-row" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(claim.id)}>
        <span className={`claim-num v-${family}`}>{number}</span>
        <span className="claim-body">
          <span className="claim-excerpt" dir="auto">
            {excerpt(claim.target.quote.exact)}
          </span>
          <span className="claim-meta-line">
            <span className="claim-verdict">{verdictLabelById(claim.verdict, verdicts, t)}</span>
            <span aria-hidden="true"> · </span>
            <span>{statusLabel(claim.status, t)}</span>
            {claim.stale && (
              <>
                <span aria-hidden="true"> · </span>
                <span className="stale-mark">
                  <span aria-hidden="true">⚠ </span>
                  {t('review.staleShort')}
                </span>
              </>
            )}
            <span aria-hidden="true"> · </span>
            {sources > 0 ? (
              <span>{t('annotation.sourceCount', { count: sources })}</span>
            ) : (
              <span className="no-sources">
                <span aria-hidden="true">⚠ </span>
                {t('annotation.noSources')}
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  );
});

/**
 * The workspace source library, in the centre pane when "Sources" is on:
 * every source with its fields and the claims that cite it (each opens its
 * article with the claim selected); search, filters and sort orders; add,
 * edit, delete (a cited source only once the editor agrees to remove its
 * links, with undo); CSL-JSON import and export; pasting addresses in bulk.
 *
 * The list is virtualised (@tanstack/react-virtual): only the rows in view
 * are in the DOM, measured as they render, so 10,000 sources scroll and
 * filter without delay. Rows carry aria-setsize/aria-posinset so assistive
 * technology still announces the position in the whole list.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Source, SourceKind } from '../../core/model';
import { SOURCE_KIND_LABELS } from '../../core/sources/messages';
import { RELIABILITY_LEVELS, SOURCE_KINDS } from '../../core/sources/source-draft';
import { useActionFailed } from '../common/errors';
import { deleteSource, restoreSource, useSourceCitations, useSources, type Citation } from '../../storage/sources-repo';
import { useI18n } from '../app/i18n';
import { clip } from './clip';
import { useView } from '../app/view';
import { useWorkbench } from '../app/workbench-state';
import { useToasts } from '../common/toasts';
import { CslExchange } from './CslExchange';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { buildSearchIndex, filterSources, publishersOf, SOURCE_SORTS, type SourceSort } from './library-filter';
import { PasteUrlsDialog } from './PasteUrlsDialog';
import { describeRefusal } from './refusals';
import { reliabilityLabel } from './SourceFields';
import { SourceFormDialog } from './SourceFormDialog';
import { SourceRow } from './SourceRow';
import { RecordErrorBoundary } from '../common/ErrorBoundary';
import { useRawExport } from '../common/raw-export';
import { MessageOptions } from '../common/MessageOptions';
import { virtualRow } from '../common/VirtualList';
import './sources.css';

const SORT_LABELS = {
  title: 'sourcesUi.sortTitle',
  added: 'sourcesUi.sortAdded',
  published: 'sourcesUi.sortPublished',
  reliability: 'sourcesUi.sortReliability',
  cited: 'sourcesUi.sortCited',
} as const satisfies Record<SourceSort, string>;

const NO_CITATIONS: readonly Citation[] = [];
/** The publisher filter's "any" option; real publishers are prefixed so that '' (none) stays distinct. */
const ANY = '*';

export function SourcesView() {
  const { t, locale } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const exportRaw = useRawExport();
  const { openArticle, selectClaim } = useWorkbench();
  const { setView } = useView();
  const sources = useSources();
  const citations = useSourceCitations();
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);

  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SourceKind | ''>('');
  const [reliability, setReliability] = useState<number | ''>('');
  const [publisher, setPublisher] = useState<string | null>(null);
  const [sort, setSort] = useState<SourceSort>('title');
  const deferredQuery = useDeferredValue(query);

  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Source | null>(null);
  const [pasting, setPasting] = useState(false);

  const index = useMemo(() => buildSearchIndex(sources ?? []), [sources]);
  const publishers = useMemo(() => publishersOf(sources ?? [], collator), [sources, collator]);
  const visible = useMemo(
    () =>
      filterSources(sources ?? [], { query: deferredQuery, kind, reliability, publisher, sort }, index, (id) => citations?.get(id)?.length ?? 0, collator),
    [sources, deferredQuery, kind, reliability, publisher, sort, index, citations, collator],
  );
  const filtered = query.trim() !== '' || kind !== '' || reliability !== '' || publisher !== null;

  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 170,
    overscan: 6,
    getItemKey: (i) => visible[i]?.id ?? i,
  });

  /** After a delete, the list position that gets the focus once the list has updated. */
  const focusAfterDelete = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAfterDelete.current;
    if (at === null) return;
    focusAfterDelete.current = null;
    if (visible.length === 0) {
      searchRef.current?.focus();
      return;
    }
    const target = Math.min(at, visible.length - 1);
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`);
      (row ?? searchRef.current)?.focus();
    });
  }, [visible, virtualizer]);

  const remove = useCallback(
    async (source: Source, removeLinks: boolean) => {
      const position = visible.findIndex((s) => s.id === source.id);
      try {
        const result = await deleteSource(source.id, { removeLinks });
        if (!result.ok) {
          if (result.reason === 'cited') setDeleting(source);
          return;
        }
        setDeleting(null);
        focusAfterDelete.current = Math.max(position, 0);
        const { deleted } = result;
        const links = deleted.evidence.length;
        toasts.show(links > 0 ? t('sourcesUi.deletedWithLinks', { title: clip(source.title), count: links }) : t('sourcesUi.deleted', { title: clip(source.title) }), {
          action: {
            label: t('common.undo'),
            run: () =>
              void restoreSource(deleted).then(
                (r) => {
                  if (r.ok) toasts.show(t('sourcesUi.restored', { title: clip(source.title) }));
                  else toasts.show(describeRefusal(t, r), { tone: 'error' });
                },
                (err: unknown) => failed(err, (detail) => t('sourcesUi.saveFailed', { detail })),
              ),
          },
        });
      } catch (err) {
        failed(err, (detail) => t('sourcesUi.deleteFailed', { title: clip(source.title), detail }));
      }
    },
    [visible, toasts, t, failed],
  );

  const onDelete = useCallback(
    (source: Source) => {
      // A cited source is only deleted once the editor has seen which claims lose it.
      if ((citations?.get(source.id)?.length ?? 0) > 0) setDeleting(source);
      else void remove(source, false);
    },
    [citations, remove],
  );
  /** Deletes a source its row could not show, with its links (no dialog: it would show the same broken fields), with undo. */
  const deleteBroken = useCallback(
    async (id: string) => {
      try {
        const result = await deleteSource(id, { removeLinks: true });
        if (!result.ok) return;
        const { deleted } = result;
        toasts.show(t('sourcesUi.brokenDeleted'), {
          action: { label: t('common.undo'), run: () => void restoreSource(deleted).catch((err: unknown) => failed(err)) },
        });
      } catch (err) {
        failed(err);
      }
    },
    [toasts, t, failed],
  );
  const onEdit = useCallback((source: Source) => setEditing(source), []);
  const onOpenClaim = useCallback(
    (c: Citation) => {
      openArticle(c.articleId);
      selectClaim(c.claimId);
      setView('article');
    },
    [openArticle, selectClaim, setView],
  );

  const clearFilters = () => {
    setQuery('');
    setKind('');
    setReliability('');
    setPublisher(null);
    searchRef.current?.focus();
  };

  /** Back to the article; the focus goes to the toolbar's "Sources" button, which brings the library back. */
  const back = () => {
    setView('article');
    document.getElementById('toolbar-sources')?.focus();
  };
  // Escape leaves the library, unless a dialog or popup handles it, or it first clears a search.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || (e.target as Element).closest('dialog')) return;
    if (e.target === searchRef.current && query !== '') return setQuery('');
    e.preventDefault();
    back();
  };

  const total = sources?.length ?? 0;
  return (
    <main className="pane sources-view" aria-label={t('shell.sources')} data-pane tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="sources-header">
        <button type="button" className="sources-back" onClick={back} aria-keyshortcuts="Escape">
          <span aria-hidden="true">← </span>
          {t('sourcesUi.back')}
        </button>
        <h2 className="sources-heading">{t('sourcesUi.heading')}</h2>
        <div className="sources-actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('sourcesUi.addSource')}
          </button>
          <button type="button" onClick={() => setPasting(true)}>
            {t('sourcesUi.pasteUrls')}
          </button>
          <CslExchange sources={sources} collator={collator} />
        </div>
      </header>
      <div className="sources-filters" role="search" aria-label={t('sourcesUi.filters')}>
        {/* The selects name themselves by their first option ("All kinds", "Sort by title"): no
            visible labels, so that the filters take one line and the list keeps the room. */}
        <input
          ref={searchRef}
          className="sources-search"
          type="search"
          value={query}
          dir="auto"
          maxLength={500}
          aria-label={t('sourcesUi.search')}
          placeholder={t('sourcesUi.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label={t('sourcesUi.filterKind')} value={kind} onChange={(e) => setKind(e.target.value as SourceKind | '')}>
          <option value="">{t('sourcesUi.anyKind')}</option>
          <MessageOptions values={SOURCE_KINDS} labels={SOURCE_KIND_LABELS} />
        </select>
        <select
          aria-label={t('sourcesUi.filterReliability')}
          value={reliability}
          onChange={(e) => setReliability(e.target.value === '' ? '' : Number(e.target.value))}
        >
          <option value="">{t('sourcesUi.anyReliability')}</option>
          {[...RELIABILITY_LEVELS].reverse().map((r) => (
            <option key={r} value={r}>
              {reliabilityLabel(t, r)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('sourcesUi.filterPublisher')}
          value={publisher === null ? ANY : `=${publisher}`}
          onChange={(e) => setPublisher(e.target.value === ANY ? null : e.target.value.slice(1))}
        >
          <option value={ANY}>{t('sourcesUi.anyPublisher')}</option>
          {publishers.map((p) => (
            <option key={p} value={`=${p}`}>
              {p === '' ? t('sourcesUi.noPublisher') : p}
            </option>
          ))}
        </select>
        <select aria-label={t('sourcesUi.sortBy')} value={sort} onChange={(e) => setSort(e.target.value as SourceSort)}>
          <MessageOptions values={SOURCE_SORTS} labels={SORT_LABELS} />
        </select>
      </div>
      <p className="sources-count" aria-live="polite">
        {sources === undefined
          ? t('sourcesUi.loading')
          : filtered
            ? t('sourcesUi.countFiltered', { count: visible.length, total })
            : t('sourcesUi.count', { count: total })}
        {filtered && (
          <button type="button" className="link-button" onClick={clearFilters}>
            {t('sourcesUi.clearFilters')}
          </button>
        )}
      </p>
      <div className="sources-scroll" ref={scrollRef}>
        {sources !== undefined && total === 0 && <p className="empty-state sources-empty">{t('sourcesUi.empty')}</p>}
        {sources !== undefined && total > 0 && visible.length === 0 && <p className="empty-state sources-empty">{t('sourcesUi.noMatch')}</p>}
        {visible.length > 0 && (
          <ul className="sources-list" aria-label={t('sourcesUi.listLabel')} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const source = visible[item.index];
              if (!source) return null;
              return (
                <li key={item.key} className="sources-row" {...virtualRow(virtualizer, item, visible.length)}>
                  <RecordErrorBoundary
                    name={`Source row ${source.id}`}
                    resetKey={source}
                    message={(detail) => t('sourcesUi.brokenRow', { detail })}
                    onDelete={() => void deleteBroken(source.id)}
                    onExportRaw={() => void exportRaw('sources', source.id)}
                    frame={(content) => <div className="source-card source-card-broken">{content}</div>}
                  >
                    <SourceRow
                      source={source}
                      citations={citations?.get(source.id) ?? NO_CITATIONS}
                      onEdit={onEdit}
                      onDelete={onDelete}
                      onOpenClaim={onOpenClaim}
                    />
                  </RecordErrorBoundary>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {editing && <SourceFormDialog {...(editing === 'new' ? {} : { source: editing })} onClose={() => setEditing(null)} />}
      {pasting && <PasteUrlsDialog onClose={() => setPasting(false)} />}
      {deleting && (
        <DeleteSourceDialog
          source={deleting}
          citations={citations?.get(deleting.id) ?? NO_CITATIONS}
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting, true)}
        />
      )}
    </main>
  );
}

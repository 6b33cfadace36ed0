/**
 * Search, filters and sort orders of the source library. Plain functions over
 * the loaded sources: 10,000 sources filter in a few milliseconds once each
 * source's folded search text is computed (once per loaded list).
 */
import type { Source, SourceKind } from '../../core/model';
import { foldTitle } from '../../core/sources/match';

export type SourceSort = 'title' | 'added' | 'published' | 'reliability' | 'cited';
export const SOURCE_SORTS: readonly SourceSort[] = ['title', 'added', 'published', 'reliability', 'cited'];

export interface SourceFilter {
  /** Words that must all occur in the title, publisher, address or notes (folded). */
  readonly query: string;
  readonly kind: SourceKind | '';
  /** A reliability level, or '' for any. */
  readonly reliability: number | '';
  /** An exact publisher, or null for any ('' means "no publisher"). */
  readonly publisher: string | null;
  readonly sort: SourceSort;
}

/** The folded text a source is searched in. */
export function searchTextOf(source: Source): string {
  return foldTitle([source.title, source.publisher, source.url, source.notes].join('\n'));
}

/** One folded search text per source, computed once per loaded list. */
export function buildSearchIndex(sources: readonly Source[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, searchTextOf(s)]));
}

/** Sorted distinct publishers, for the filter ('' first when some sources have none). */
export function publishersOf(sources: readonly Source[], collator: Intl.Collator): string[] {
  // Only text: a damaged record must not break the filter bar (its row shows the damage).
  return [...new Set(sources.flatMap((s) => (typeof s.publisher === 'string' ? [s.publisher] : [])))].sort(collator.compare);
}

/**
 * The sources that pass `filter`, in its order. Titles compare with the
 * interface language's collation; the other orders put the most useful first
 * (newest, most reliable, most cited), ties by title.
 */
export function filterSources(
  sources: readonly Source[],
  filter: SourceFilter,
  index: ReadonlyMap<string, string>,
  citationCount: (id: string) => number,
  collator: Intl.Collator,
): Source[] {
  const terms = foldTitle(filter.query).split(' ').filter((w) => w !== '');
  const kept = sources.filter((s) => {
    if (filter.kind !== '' && s.kind !== filter.kind) return false;
    if (filter.reliability !== '' && s.reliability !== filter.reliability) return false;
    if (filter.publisher !== null && s.publisher !== filter.publisher) return false;
    if (terms.length === 0) return true;
    const text = index.get(s.id) ?? searchTextOf(s);
    return terms.every((term) => text.includes(term));
  });
  const byTitle = (a: Source, b: Source) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
  const compare: (a: Source, b: Source) => number = (() => {
    switch (filter.sort) {
      case 'title':
        return byTitle;
      case 'added':
        return (a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b);
      case 'published':
        // Newest first, undated sources last; a bare year "2024" comes after the dated days of 2024.
        return (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || byTitle(a, b);
      case 'reliability':
        return (a, b) => b.reliability - a.reliability || byTitle(a, b);
      case 'cited':
        return (a, b) => citationCount(b.id) - citationCount(a.id) || byTitle(a, b);
      default: {
        const never: never = filter.sort;
        throw new Error(`unknown sort ${String(never)}`);
      }
    }
  })();
  return kept.sort(compare);
}

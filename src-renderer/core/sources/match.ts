/**
 * Finding sources already in the library while the editor types a URL or a
 * title, so that the form can offer them instead of creating a duplicate.
 */
import type { Source } from '../model';
import { normalizeUrl } from './url';

export interface SourceQuery {
  readonly url?: string;
  readonly title?: string;
}

/** How many sources the form offers at most. */
export const MAX_MATCHES = 8;

/** Below this many characters a title query matches whole titles only, not prefixes or parts. */
export const MIN_TITLE_QUERY = 3;

const LIGATURES: Readonly<Record<string, string>> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/**
 * Folds a title for comparison: compatibility-decomposed, accents and other
 * marks removed, lower case, typographic quotes and dashes as ASCII, runs of
 * spaces as one. "Élysée’s  « report »" and "elysee's \"report\"" fold alike.
 */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[æœßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[‘’‚‛´`′]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// Folding 10,000 titles on every keystroke would cost more than the search:
// remember each source's folded title, checked against the title it came from
// since sources are edited in place.
const foldedTitles = new WeakMap<Source, { readonly title: string; readonly folded: string }>();

function foldedTitleOf(source: Source): string {
  const cached = foldedTitles.get(source);
  if (cached && cached.title === source.title) return cached.folded;
  const folded = foldTitle(source.title);
  foldedTitles.set(source, { title: source.title, folded });
  return folded;
}

/** 0 = same title, 1 = title starts with the query, 2 = a word starts with it, 3 = contains it. */
function titleRank(title: string, query: string): number | null {
  if (title === query) return 0;
  if (query.length < MIN_TITLE_QUERY) return null;
  if (title.startsWith(query)) return 1;
  const at = title.indexOf(query);
  if (at < 0) return null;
  // A word start: after a non-letter, non-digit.
  for (let i = at; i >= 0; i = title.indexOf(query, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(title[i - 1] ?? '')) return 2;
  }
  return 3;
}

/**
 * Existing sources that the editor may mean, best first, at most `limit`
 * (MAX_MATCHES): first those whose normalised URL equals the query URL's
 * (normalizeUrl), then those whose folded title (foldTitle) equals the query's,
 * starts with it, has a word starting with it, or contains it. Ties keep the
 * library's order. Each source appears once.
 */
export function findMatchingSources(query: SourceQuery, sources: readonly Source[], limit = MAX_MATCHES): Source[] {
  const found: Source[] = [];
  const taken = new Set<Source>();
  const key = query.url ? normalizeUrl(query.url) : '';
  if (key !== '') {
    for (const source of sources) {
      const sourceKey = source.normalizedUrl ?? (source.url === '' ? '' : normalizeUrl(source.url));
      if (sourceKey === key) {
        found.push(source);
        taken.add(source);
        if (found.length >= limit) return found;
      }
    }
  }
  const folded = query.title ? foldTitle(query.title) : '';
  if (folded === '') return found;
  // One bucket per rank keeps library order inside a rank without sorting 10,000 entries.
  const byRank: Source[][] = [[], [], [], []];
  for (const source of sources) {
    if (taken.has(source)) continue;
    const rank = titleRank(foldedTitleOf(source), folded);
    if (rank !== null) byRank[rank]?.push(source);
  }
  for (const bucket of byRank) {
    for (const source of bucket) {
      if (found.length >= limit) return found;
      found.push(source);
    }
  }
  return found;
}

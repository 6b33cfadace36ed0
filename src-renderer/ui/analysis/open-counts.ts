/**
 * Open-flag counts per article for the library: the open article's count is
 * live (published by every analysis of it); the others are computed once per
 * session in the background, in the worker, when the renderer is idle.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useArticles } from '../../storage/articles-repo';
import { useI18n } from '../app/i18n';
import { analyzeStoredArticle } from './requests';

let counts: ReadonlyMap<string, number> = new Map();
const listeners = new Set<() => void>();

/** Records an article's number of open flags. */
export function publishOpenCount(articleId: string, n: number): void {
  if (counts.get(articleId) === n) return;
  const next = new Map(counts);
  next.set(articleId, n);
  counts = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Articles whose count is being computed or was tried this session (a failure is not retried in a loop). */
const counting = new Set<string>();

/** Open (not dismissed) flags per article id; an article not counted yet has no entry. */
export function useOpenFlagCounts(): ReadonlyMap<string, number> {
  const snapshot = useSyncExternalStore(subscribe, () => counts);
  const articles = useArticles();
  const { locale } = useI18n();
  useEffect(() => {
    if (!articles) return;
    const todo = articles.map((a) => a.id).filter((id) => !counts.has(id) && !counting.has(id));
    if (todo.length === 0) return;
    let cancelled = false;
    let handle = 0;
    const idle = (fn: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : window.setTimeout(fn, 50);
    const stop = (h: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : window.clearTimeout(h));
    const next = () => {
      if (cancelled) return;
      const id = todo.shift();
      if (id === undefined) return;
      if (counts.has(id) || counting.has(id)) {
        next();
        return;
      }
      counting.add(id);
      analyzeStoredArticle(id, locale, 'background')
        .catch(() => undefined)
        .finally(() => {
          if (!cancelled) handle = idle(next);
        });
    };
    handle = idle(next);
    return () => {
      cancelled = true;
      stop(handle);
    };
  }, [articles, locale]);
  return snapshot;
}

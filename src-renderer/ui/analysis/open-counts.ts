/**
 * Open-flag counts per article for the library: the open article's count is
 * live (published by every analysis of it); the others are computed once per
 * session in the background, in the worker, when the renderer is idle.
 */
import { useEffect } from 'react';
import { useArticles } from '../../storage/articles-repo';
import { useI18n } from '../app/i18n';
import { useWorkbenchStore } from '../app/store';
import { analyzeStoredArticle } from './requests';

/** Articles whose count is being computed or was tried this session (a failure is not retried in a loop). */
const counting = new Set<string>();

/** Open (not dismissed) flags per article id; an article not counted yet has no entry. */
export function useOpenFlagCounts(): ReadonlyMap<string, number> {
  const snapshot = useWorkbenchStore((s) => s.openCounts);
  const articles = useArticles();
  const { locale } = useI18n();
  useEffect(() => {
    if (!articles) return;
    const counts = () => useWorkbenchStore.getState().openCounts;
    const todo = articles.map((a) => a.id).filter((id) => !counts().has(id) && !counting.has(id));
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
      if (counts().has(id) || counting.has(id)) {
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

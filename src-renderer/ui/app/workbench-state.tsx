/**
 * What the workbench is showing: the open article and the selected claim.
 * Remembered in the workspace (storage/settings-repo session state), so a
 * reload or a renderer crash reopens the same article and selection — unless
 * the previous start failed before the window was ready (start-guard.ts):
 * then the last article is not reopened, and `skippedReopen` says so.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { prefetchArticle } from '../../storage/articles-repo';
import { loadSession, saveSession } from '../../storage/settings-repo';
import { startGuard } from './start-guard';
import { afterArticleShown, READER_FIRST_MS } from './store';

interface WorkbenchState {
  articleId: string | undefined;
  claimId: string | undefined;
  /** Counts selections, so that re-selecting the selected claim can still show it. */
  selectionSeq: number;
  /** True once the remembered session has been restored. */
  ready: boolean;
  /** The previous start failed before it was ready, so the article open then was not reopened. */
  skippedReopen: boolean;
  openArticle(id: string | undefined): void;
  selectClaim(id: string | undefined): void;
}

const Context = createContext<WorkbenchState | null>(null);

export function WorkbenchStateProvider({ children }: { children: ReactNode }) {
  const [articleId, setArticleId] = useState<string | undefined>();
  const [claimId, setClaimId] = useState<string | undefined>();
  const [ready, setReady] = useState(false);
  const [skippedReopen, setSkippedReopen] = useState(false);
  const [selectionSeq, setSelectionSeq] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void loadSession()
      .then((s) => {
        if (cancelled) return;
        if (s.articleId && startGuard().previousStartFailed) {
          setSkippedReopen(true);
          return;
        }
        current.current = s;
        setArticleId(s.articleId);
        setClaimId(s.claimId);
      })
      .finally(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, []);

  // Nothing to reopen: the window is ready as soon as the session is read
  // (otherwise once the reader has rendered the article: ArticleView).
  useEffect(() => {
    if (ready && !articleId) startGuard().markReady();
  }, [ready, articleId]);

  // The session is written by the action itself, not by an effect after a
  // later render, so an article the editor has seen open is the one a reload
  // (or a crash right after) reopens. An article being opened is written as
  // soon as the reader has rendered its first screen (or after a second),
  // not before: the write must not hold up the reads that open it (a
  // durable write delays IndexedDB's other work by tens of milliseconds).
  // Each write stores the latest state, so writes that end out of order
  // cannot leave an older one. (A failure shows in the status bar.)
  const current = useRef<{ articleId?: string; claimId?: string }>({});
  const write = useCallback(() => {
    const now = current.current;
    void saveSession({ ...(now.articleId ? { articleId: now.articleId } : {}), ...(now.claimId ? { claimId: now.claimId } : {}) }).catch(() => undefined);
  }, []);
  const remember = useCallback(
    (next: { articleId?: string; claimId?: string }) => {
      const opening = next.articleId !== undefined && next.articleId !== current.current.articleId;
      current.current = next;
      if (opening) afterArticleShown(next.articleId!, write, READER_FIRST_MS);
      else write();
    },
    [write],
  );

  const openArticle = useCallback(
    (id: string | undefined) => {
      if (id) prefetchArticle(id);
      setArticleId(id);
      setClaimId(undefined);
      remember(id ? { articleId: id } : {});
    },
    [remember],
  );
  const selectClaim = useCallback(
    (id: string | undefined) => {
      setClaimId(id);
      setSelectionSeq((n) => n + 1);
      remember({ ...(current.current.articleId ? { articleId: current.current.articleId } : {}), ...(id ? { claimId: id } : {}) });
    },
    [remember],
  );

  const value = useMemo(
    () => ({ articleId, claimId, selectionSeq, ready, skippedReopen, openArticle, selectClaim }),
    [articleId, claimId, selectionSeq, ready, skippedReopen, openArticle, selectClaim],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkbench(): WorkbenchState {
  const v = useContext(Context);
  if (!v) throw new Error('useWorkbench outside WorkbenchStateProvider');
  return v;
}

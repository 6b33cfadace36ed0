/**
 * The analysis as the rest of the renderer asks for it.
 *
 * - `useAnalysis(articleId)`: the live analysis of the open article's current
 *   revision. The text-only part runs in the worker (`./scheduler.ts`) when
 *   the article opens with no cached result, on each new revision, and when
 *   the language, the suggestion threshold or the interface language change;
 *   claims, evidence and the other articles of the library are layered on by
 *   `completeAnalysis` on the main thread, so marking a claim or linking a
 *   source updates the flags at once without re-running the analysis.
 * - `getCurrentFlags(articleId, locale)`: the same, as a plain async function;
 *   `buildExportSnapshot` likewise computes a report's flags in the worker.
 * - Open-flag counts per article for the library (`useOpenFlagCounts`).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { AnalysisResult } from '../core/analysis/analyze';
import { createTranslator, type Locale } from '../core/i18n';
import type { FlagDecision, Paragraph } from '../core/model';
import type { ReviewSnapshot } from '../core/report';
import { useArticle, useArticles, useRevision } from '../storage/articles-repo';
import { useArticleClaims } from '../storage/claims-repo';
import { loadAnalysisContext, useFlagDecisions } from '../storage/flags-repo';
import { ensurePassageIndex, findCrossArticleHits, useCrossArticleHits } from '../storage/passage-index-repo';
import { completeSnapshot, readSnapshot } from '../storage/review-repo';
import { loadSettings, useSettings } from '../storage/settings-repo';
import { useI18n } from '../ui/app/i18n';
import { applyDecisions, completeAnalysis, indexEntries, type SplitFlags, type WorkspaceFacts } from './overlay';
import { baseKey, peekBase, requestBase, SupersededError, type BaseRequest } from './scheduler';
import type { BaseAnalysis } from './protocol';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error';

export interface AnalysisState {
  readonly status: AnalysisStatus;
  /** The complete analysis of `revisionId` (claims, evidence and the library included). */
  readonly result?: AnalysisResult;
  readonly error?: string;
  /** The revision the result belongs to: offsets point into its text. */
  readonly revisionId?: string;
  /** The editor's decisions on this article's findings (dismissed flags, rejected suggestions). */
  readonly decisions?: readonly FlagDecision[];
  /** The suggestion threshold the result was computed with. */
  readonly threshold?: number;
  /** How long the worker took, in milliseconds. */
  readonly ms?: number;
  /** Runs the analysis again after an error. */
  readonly retry?: () => void;
}

const IDLE: AnalysisState = { status: 'idle' };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The live analysis of an article's current revision. */
export function useAnalysis(articleId: string | undefined): AnalysisState {
  const { locale, t } = useI18n();
  const article = useArticle(articleId);
  const revision = useRevision(article?.currentRevisionId);
  const claimsData = useArticleClaims(articleId);
  const decisions = useFlagDecisions(articleId);
  const threshold = useSettings()?.suggestionThreshold;

  const currentArticleId = article?.id;
  const language = article?.language;
  const request = useMemo<BaseRequest | null>(() => {
    if (!currentArticleId || language === undefined || !revision || revision.articleId !== currentArticleId || threshold === undefined) return null;
    return baseRequestOf(currentArticleId, revision, language, threshold, locale, 'interactive');
  }, [currentArticleId, language, revision, threshold, locale]);
  const key = request ? baseKey(request) : undefined;

  const [answer, setAnswer] = useState<{ key: string; base?: BaseAnalysis; error?: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!request) return;
    const k = baseKey(request);
    let live = true;
    requestBase(request).then(
      (base) => live && setAnswer({ key: k, base }),
      (error: unknown) => live && !(error instanceof SupersededError) && setAnswer({ key: k, error: message(error) }),
    );
    return () => {
      live = false;
    };
  }, [request, attempt]);

  const base = key === undefined ? undefined : answer?.key === key && answer.base ? answer.base : peekBase(key);
  const error = key !== undefined && answer?.key === key ? answer.error : undefined;

  // The passage index follows the analysed revision (lazy backfill when an article is opened).
  useEffect(() => {
    if (!base || !request) return;
    void ensurePassageIndex(request.articleId, request.revisionId, indexEntries(request.articleId, request.revisionId, base.keys)).catch(() => undefined);
  }, [base, request]);

  const hashes = useMemo(() => (base ? [...new Set(base.keys.map((k) => k.hash))] : undefined), [base]);
  const hits = useCrossArticleHits(request?.articleId, hashes);
  const claims = claimsData && request && claimsData.articleId === request.articleId ? claimsData : undefined;

  const result = useMemo(() => {
    if (!base || !request || !claims || !hits) return undefined;
    return completeAnalysis(
      base.result,
      base.keys,
      {
        articleId: request.articleId,
        text: request.text,
        claims: claims.claims.filter((c) => c.revisionId === request.revisionId),
        evidenceCountByClaim: claims.sourceCounts,
        lookups: hits,
      },
      t,
    );
  }, [base, request, claims, hits, t]);

  const openCount = result && decisions ? applyDecisions(result.flags, decisions).open.length : undefined;
  useEffect(() => {
    if (articleId && openCount !== undefined) publishOpenCount(articleId, openCount);
  }, [articleId, openCount]);

  return useMemo<AnalysisState>(() => {
    if (!articleId) return IDLE;
    const retry = () => setAttempt((n) => n + 1);
    if (error !== undefined) return { status: 'error', error, retry };
    if (!request || !result || !decisions) return { status: 'running' };
    return { status: 'done', result, revisionId: request.revisionId, decisions, threshold: request.suggestionThreshold, ...(base ? { ms: base.ms } : {}) };
  }, [articleId, error, request, result, decisions, base]);
}

/**
 * The open and dismissed flags of an article's current revision, messages in
 * `locale`, computed like the app shows them (for the report export).
 * An article that no longer exists has none.
 */
export async function getCurrentFlags(articleId: string, locale: Locale, priority: BaseRequest['priority'] = 'export'): Promise<SplitFlags> {
  const settings = await loadSettings();
  const context = await loadAnalysisContext(articleId, settings.suggestionThreshold);
  if (!context) return { open: [], dismissed: [] };
  const { revision } = context;
  const base = await requestBase(baseRequestOf(articleId, revision, context.language, context.suggestionThreshold, locale, priority));
  await ensurePassageIndex(articleId, revision.id, indexEntries(articleId, revision.id, base.keys)).catch(() => false);
  const lookups = await findCrossArticleHits(articleId, base.keys.map((k) => k.hash));
  const split = splitFlags(base, { articleId, text: revision.text, claims: context.claims, evidenceCountByClaim: context.evidenceCountByClaim, lookups }, context.decisions, locale);
  publishOpenCount(articleId, split.open.length);
  return split;
}

/**
 * The review snapshot of an article for the export dialog (see storage
 * `readSnapshot`): everything read in one transaction, then the flags of
 * that very data computed in the worker (from its cache when the article is
 * open), so a long article never freezes the window while the dialog opens
 * or its report language changes. Equal to storage `buildSnapshot`, which
 * computes them on the calling thread. Null when the article is gone.
 */
export async function buildExportSnapshot(articleId: string, locale: Locale): Promise<ReviewSnapshot | null> {
  const draft = await readSnapshot(articleId, { locale });
  if (!draft) return null;
  const f = draft.flagInputs;
  const base = await requestBase(baseRequestOf(articleId, f.revision, f.language, f.suggestionThreshold, locale, 'export'));
  const facts = { articleId, text: f.revision.text, claims: f.claims, evidenceCountByClaim: f.evidenceCountByClaim, lookups: f.lookups };
  return completeSnapshot(draft, splitFlags(base, facts, f.decisions, locale));
}

/** The flags of a worker's text-only analysis completed with the workspace facts, split by the editor's decisions. */
function splitFlags(base: BaseAnalysis, facts: WorkspaceFacts, decisions: readonly FlagDecision[], locale: Locale): SplitFlags {
  return applyDecisions(completeAnalysis(base.result, base.keys, facts, createTranslator(locale)).flags, decisions);
}

function baseRequestOf(
  articleId: string,
  revision: { readonly id: string; readonly text: string; readonly paragraphs: readonly Paragraph[] },
  language: string,
  suggestionThreshold: number,
  locale: Locale,
  priority: BaseRequest['priority'],
): BaseRequest {
  return { articleId, revisionId: revision.id, text: revision.text, paragraphs: revision.paragraphs, language, suggestionThreshold, locale, priority };
}

// ---- Open-flag counts for the library ----

let counts: ReadonlyMap<string, number> = new Map();
const countListeners = new Set<() => void>();

function publishOpenCount(articleId: string, n: number): void {
  if (counts.get(articleId) === n) return;
  const next = new Map(counts);
  next.set(articleId, n);
  counts = next;
  for (const l of countListeners) l();
}

function subscribeCounts(listener: () => void): () => void {
  countListeners.add(listener);
  return () => countListeners.delete(listener);
}

/** Articles whose count is being computed or was tried this session (a failure is not retried in a loop). */
const counting = new Set<string>();

/**
 * Open (not dismissed) flags per article id. The open article's count is
 * live; the others are computed once per session in the background, in the
 * worker, when the renderer is idle, after whatever the editor is looking
 * at. An article not counted yet has no entry.
 */
export function useOpenFlagCounts(): ReadonlyMap<string, number> {
  const snapshot = useSyncExternalStore(subscribeCounts, () => counts);
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
      getCurrentFlags(id, locale, 'background')
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

/**
 * What the analysis of an article needs from the workspace, read in one
 * consistent view: the current revision, the language and the suggestion
 * threshold (the text-only stage), and the workspace facts (claims on that
 * revision, their evidence counts, repeats in other articles, the editor's
 * decisions). The report export (`readSnapshot`) reads them in one
 * transaction (`readAnalysisInputs`); the live view (`useAnalysisInputs`)
 * builds them from what the panes already follow. Both give them the one
 * shape of `assemble`, with the same claim and index readers.
 */
import { useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkspaceFacts } from '../core/analysis/pipeline';
import type { ClaimRef } from '../core/analysis/sourcing';
import type { Settings } from '../core/settings';
import type { Article, Claim, Id, Paragraph, Revision } from '../core/model';
import { useArticle, useRevision } from './articles-repo';
import { useArticleClaims } from './claims-live';
import { getDb } from './db';
import { countEvidenceByClaim } from './evidence-repo';
import { replacedInPlace } from '../core/in-place';
import { findCrossArticleHits } from './passage-index-repo';
import { loadSettings, useSettings } from './settings-repo';

export interface AnalysisInputs {
  readonly articleId: Id;
  readonly title: string;
  readonly language: string;
  readonly suggestionThreshold: number;
  readonly suggestionLimit: number;
  readonly revision: { readonly id: Id; readonly text: string; readonly paragraphs: readonly Paragraph[] };
  readonly facts: WorkspaceFacts & { readonly articleId: Id };
  /**
   * Whether the passage index holds this revision's paragraphs. Until it
   * does, repeats in other articles cannot be looked up (`facts.lookups` is
   * empty): the caller indexes the revision with the hashes the analysis
   * gives, and the inputs are read again.
   */
  readonly indexed: boolean;
}

/** The tables `readAnalysisInputs` reads (for callers that include it in a larger transaction). */
export const ANALYSIS_INPUT_TABLES = ['articles', 'revisions', 'claims', 'evidence', 'flagDecisions', 'passageIndex', 'settings'] as const;

/** The facts the passage index and the editor's decisions give (read apart: a claim saved does not change them). */
interface IndexFacts {
  readonly revisionId: Id;
  readonly indexed: boolean;
  readonly lookups: WorkspaceFacts['lookups'];
  readonly decisions: WorkspaceFacts['decisions'];
}

/** What the passage index and the decisions say of an article's revision `revisionId`. */
async function readIndexFacts(articleId: Id, revisionId: Id): Promise<IndexFacts> {
  const db = getDb();
  const own = await db.passageIndex.where('articleId').equals(articleId).toArray();
  const indexed = own.length > 0 && own.every((row) => row.revisionId === revisionId);
  return {
    revisionId,
    indexed,
    lookups: indexed ? await findCrossArticleHits(articleId, own.map((row) => row.hash)) : new Map(),
    decisions: await db.flagDecisions.where('articleId').equals(articleId).toArray(),
  };
}

/** The claims the analysis knows of: those anchored on the revision, by position. */
function claimRefs(claims: readonly Claim[], revisionId: Id): ClaimRef[] {
  return claims.filter((c) => c.revisionId === revisionId).map((c) => ({ id: c.id, target: c.target, ...(c.orphan && { orphan: c.orphan }) }));
}

/** The one shape of the inputs, however they were read. */
function assemble(article: Article, revision: Revision, settings: Settings, claims: readonly ClaimRef[], evidenceCountByClaim: WorkspaceFacts['evidenceCountByClaim'], index: IndexFacts): AnalysisInputs {
  return {
    articleId: article.id,
    title: article.title,
    language: article.language,
    suggestionThreshold: settings.suggestionThreshold,
    suggestionLimit: settings.suggestionLimit,
    revision: { id: revision.id, text: revision.text, paragraphs: revision.paragraphs },
    facts: { articleId: article.id, claims, evidenceCountByClaim, lookups: index.lookups, decisions: index.decisions },
    indexed: index.indexed,
  };
}

/** Reads an article's analysis inputs in one transaction (the export), or null when the article (or its current revision) is gone. */
export async function readAnalysisInputs(articleId: Id): Promise<AnalysisInputs | null> {
  const db = getDb();
  return db.transaction('r', ANALYSIS_INPUT_TABLES.map((name) => db.table(name)), async () => {
    const article = await db.articles.get(articleId);
    if (!article) return null;
    const revision = await db.revisions.get(article.currentRevisionId);
    if (!revision) return null;
    const claims = claimRefs(await db.claims.where('articleId').equals(articleId).toArray(), revision.id);
    const settings = await loadSettings();
    const evidence = await countEvidenceByClaim(claims.map((c) => c.id));
    return assemble(article, revision, settings, claims, evidence, await readIndexFacts(articleId, revision.id));
  });
}

/**
 * The same claims in the same places, anchored the same way: ids, spans,
 * quotes, orphan marks and (for claims) revisions — all the analysis reads
 * of them. Claims saved since (a note, a verdict) are new objects with the
 * same places; objects kept from before are passed over at once.
 */
function samePlaces(before: readonly (ClaimRef & Partial<Pick<Claim, 'revisionId'>>)[], after: readonly (ClaimRef & Partial<Pick<Claim, 'revisionId'>>)[]): boolean {
  return replacedInPlace(before, after, (a, b) => {
    if (a.id !== b.id || a.revisionId !== b.revisionId || !a.orphan !== !b.orphan) return false;
    const x = a.target;
    const y = b.target;
    return x === y || (x.position.start === y.position.start && x.position.end === y.position.end && x.quote.exact === y.quote.exact);
  }) !== undefined;
}

/**
 * Live analysis inputs of an article (undefined while loading, null when it
 * is gone), built from what the panes already follow: the article, its
 * text and the settings (shared live queries), the claims and their source
 * counts (the claims follower, which reads only what a write touched), and
 * a live query of the passage index and the decisions alone. A note, a
 * verdict or a status saved gives the same inputs object back (the claims'
 * spans did not move): nothing is analysed or re-rendered for it.
 */
export function useAnalysisInputs(articleId: Id | undefined): AnalysisInputs | null | undefined {
  const article = useArticle(articleId);
  const revision = useRevision(article?.currentRevisionId);
  const settings = useSettings();
  const claimsData = useArticleClaims(articleId);
  const revisionId = revision?.id;
  const index = useLiveQuery(async () => (articleId && revisionId ? readIndexFacts(articleId, revisionId) : undefined), [articleId, revisionId]);
  const complete = claimsData && claimsData.articleId === articleId && claimsData.complete ? claimsData : undefined;
  const lastRefs = useRef<ClaimRef[] | undefined>(undefined);
  const lastClaims = useRef<{ claims: readonly Claim[]; revisionId: Id } | undefined>(undefined);
  const refs = useMemo(() => {
    if (!complete || !revisionId) return undefined;
    const before = lastClaims.current;
    lastClaims.current = { claims: complete.claims, revisionId };
    // Claims saved in place (a note, a verdict, a status): the references are the same, not built again for every claim.
    if (lastRefs.current && before?.revisionId === revisionId && samePlaces(before.claims, complete.claims)) return lastRefs.current;
    const next = claimRefs(complete.claims, revisionId);
    return lastRefs.current && samePlaces(lastRefs.current, next) ? lastRefs.current : (lastRefs.current = next);
  }, [complete, revisionId]);
  const counts = complete?.sourceCounts;
  const last = useRef<AnalysisInputs | undefined>(undefined);
  return useMemo(() => {
    if (!articleId || article === null || revision === null) return null;
    if (!article || !revision || !settings || !refs || !counts || !index || index.revisionId !== revision.id) return undefined;
    const next = assemble(article, revision, settings, refs, counts, index);
    // The article and the settings matter by the fields the analysis reads (a claim saved bumps the article's version).
    const before = last.current;
    const same =
      before &&
      before.articleId === next.articleId &&
      before.title === next.title &&
      before.language === next.language &&
      before.suggestionThreshold === next.suggestionThreshold &&
      before.suggestionLimit === next.suggestionLimit &&
      before.revision.text === next.revision.text &&
      before.revision.id === next.revision.id &&
      before.facts.claims === refs &&
      before.facts.evidenceCountByClaim === counts &&
      before.facts.lookups === index.lookups &&
      before.facts.decisions === index.decisions;
    return same ? before : (last.current = next);
  }, [articleId, article, revision, settings, refs, counts, index]);
}

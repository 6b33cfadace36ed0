/**
 * What the analysis of an article needs from the workspace, read in one
 * consistent view: the current revision, the language and the suggestion
 * threshold (the text-only stage), and the workspace facts (claims on that
 * revision, their evidence counts, repeats in other articles, the editor's
 * decisions). The live view (`useAnalysisInputs`) and the report export
 * (`readSnapshot`) read it through this one function.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkspaceFacts } from '../core/analysis/pipeline';
import type { Id, Paragraph } from '../core/model';
import { getDb } from './db';
import { countEvidenceByClaim } from './evidence-repo';
import { findCrossArticleHits } from './passage-index-repo';
import { loadSettings } from './settings-repo';

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

/** Reads an article's analysis inputs, or null when the article (or its current revision) is gone. */
export async function readAnalysisInputs(articleId: Id): Promise<AnalysisInputs | null> {
  const db = getDb();
  return db.transaction('r', ANALYSIS_INPUT_TABLES.map((name) => db.table(name)), async () => {
    const article = await db.articles.get(articleId);
    if (!article) return null;
    const revision = await db.revisions.get(article.currentRevisionId);
    if (!revision) return null;
    const claims = (await db.claims.where('articleId').equals(articleId).toArray())
      .filter((c) => c.revisionId === revision.id)
      .map((c) => ({ id: c.id, target: c.target, ...(c.orphan && { orphan: c.orphan }) }));
    const own = await db.passageIndex.where('articleId').equals(articleId).toArray();
    const indexed = own.length > 0 && own.every((row) => row.revisionId === revision.id);
    const settings = await loadSettings();
    return {
      articleId,
      title: article.title,
      language: article.language,
      suggestionThreshold: settings.suggestionThreshold,
      suggestionLimit: settings.suggestionLimit,
      revision: { id: revision.id, text: revision.text, paragraphs: revision.paragraphs },
      facts: {
        articleId,
        claims,
        evidenceCountByClaim: await countEvidenceByClaim(claims.map((c) => c.id)),
        lookups: indexed ? await findCrossArticleHits(articleId, own.map((row) => row.hash)) : new Map(),
        decisions: await db.flagDecisions.where('articleId').equals(articleId).toArray(),
      },
      indexed,
    };
  });
}

/** Live analysis inputs of an article; undefined while loading, null when it is gone. */
export function useAnalysisInputs(articleId: Id | undefined): AnalysisInputs | null | undefined {
  return useLiveQuery(async () => (articleId ? readAnalysisInputs(articleId) : null), [articleId]);
}

/**
 * How the UI asks for the analysis of a stored article: the storage loader's
 * inputs become one scheduler request; the passage index follows the
 * analysed revision. The live view (`useAnalysis`), the library's flag
 * counts and the report export all go through here.
 */
import { passageEntries } from '../../core/analysis/cross-article';
import type { ArticleAnalysis } from '../../core/analysis/pipeline';
import type { Locale } from '../../core/i18n';
import { analysisScheduler } from '../../analysis/service';
import type { AnalysisRequest } from '../../analysis/scheduler';
import { readAnalysisInputs, type AnalysisInputs } from '../../storage/analysis-inputs';
import { ensurePassageIndex } from '../../storage/passage-index-repo';
import { publishOpenCount } from '../app/store';

/** The scheduler request for a stored article's inputs. */
export function requestOf(inputs: AnalysisInputs, locale: Locale, priority: AnalysisRequest['priority']): AnalysisRequest {
  const { articleId, title, revision, language, suggestionThreshold, suggestionLimit, facts } = inputs;
  return { articleId, revisionId: revision.id, text: revision.text, paragraphs: revision.paragraphs, title, language, suggestionThreshold, suggestionLimit, locale, facts, priority };
}

/**
 * Writes the revision's paragraph hashes to the passage index when the
 * inputs were read before it held them. Resolves true when it wrote: the
 * inputs are then stale (repeats in other articles can now be looked up).
 */
export async function indexIfNeeded(inputs: AnalysisInputs, analysis: ArticleAnalysis): Promise<boolean> {
  if (inputs.indexed || analysis.keys.length === 0) return false;
  return ensurePassageIndex(inputs.articleId, inputs.revision.id, passageEntries(inputs.articleId, inputs.revision.id, analysis.keys)).catch(() => false);
}

/**
 * The complete analysis of a stored article, with `read` as the loader of
 * its inputs (by default `readAnalysisInputs`; the export passes one that
 * reads the whole snapshot in the same transaction). Null when the article
 * is gone.
 */
export async function analyzeStored<T extends { readonly inputs: AnalysisInputs }>(
  articleId: string,
  locale: Locale,
  priority: AnalysisRequest['priority'],
  read: () => Promise<T | null>,
): Promise<(T & { readonly analysis: ArticleAnalysis }) | null> {
  let data = await read();
  if (!data) return null;
  let reply = await analysisScheduler().request(requestOf(data.inputs, locale, priority));
  if (await indexIfNeeded(data.inputs, reply.analysis)) {
    data = await read();
    if (!data) return null;
    reply = await analysisScheduler().request(requestOf(data.inputs, locale, priority));
  }
  publishOpenCount(articleId, reply.analysis.flags.length);
  return { ...data, analysis: reply.analysis };
}

/** The complete analysis of a stored article, inputs read by the one loader. */
export async function analyzeStoredArticle(articleId: string, locale: Locale, priority: AnalysisRequest['priority']) {
  return analyzeStored(articleId, locale, priority, async () => {
    const inputs = await readAnalysisInputs(articleId);
    return inputs ? { inputs } : null;
  });
}

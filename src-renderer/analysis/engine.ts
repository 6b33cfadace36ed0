/**
 * What runs an analysis request: core's `analyzeArticle`, with the
 * text-only stage kept per `textKey` (a revision's text never changes), so
 * marking a claim or dismissing a flag re-runs only the completion. The
 * worker runs one engine; tests run one in-process (`./in-process-runner.ts`).
 */
import { analyzeArticle, analyzeText, type TextAnalysis } from '../core/analysis/pipeline';
import { createTranslator, type Locale, type Translate } from '../core/i18n';
import type { AnalyzeReply, AnalyzeRequest } from './protocol';

/** Text analyses kept: the open article, the library's counts and a few recently opened. */
const TEXT_CACHE_SIZE = 16;

export interface AnalysisEngine {
  run(request: Pick<AnalyzeRequest, 'textKey' | 'locale' | 'input' | 'facts'>): AnalyzeReply;
}

export function createEngine(): AnalysisEngine {
  const texts = new Map<string, TextAnalysis>();
  const translators = new Map<Locale, Translate>();
  const translator = (locale: Locale): Translate => {
    let t = translators.get(locale);
    if (!t) translators.set(locale, (t = createTranslator(locale)));
    return t;
  };
  return {
    run(request) {
      const started = performance.now();
      const t = translator(request.locale);
      let base = texts.get(request.textKey);
      if (base) texts.delete(request.textKey);
      else base = analyzeText(request.input, t);
      texts.set(request.textKey, base);
      while (texts.size > TEXT_CACHE_SIZE) texts.delete(texts.keys().next().value as string);
      const analysis = analyzeArticle(request.input, request.facts, t, base);
      return { analysis, ms: performance.now() - started };
    },
  };
}

/**
 * The analysis the worker runs, as a plain function: the worker calls it on
 * its thread, and the client falls back to it where no Worker exists.
 */
import { analyzeText } from '../core/analysis/analyze';
import { paragraphKeys } from '../core/analysis/cross-article';
import { createTranslator, type Locale, type Translate } from '../core/i18n';
import type { AnalyzeRequest, BaseAnalysis } from './protocol';

const translators = new Map<Locale, Translate>();

function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale)));
  return t;
}

/** The text-only analysis of a revision (see `BaseAnalysis`). */
export function runAnalysis(request: Pick<AnalyzeRequest, 'locale' | 'input'>): BaseAnalysis {
  const started = performance.now();
  const { text, paragraphs, language, suggestionThreshold } = request.input;
  const result = analyzeText({ text, paragraphs, language, suggestionThreshold }, translator(request.locale));
  const keys = paragraphKeys(text, paragraphs);
  return { result, keys, ms: performance.now() - started };
}

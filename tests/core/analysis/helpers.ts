/** Shared inputs of the analysis tests: fixtures normalised the way the importer does it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeText, type NormalizedText } from '../../../src-renderer/core/text/normalize';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';
import { analyzeArticle, NO_WORKSPACE, type ArticleAnalysis, type TextInput, type WorkspaceFacts } from '../../../src-renderer/core/analysis/pipeline';
import type { Translate } from '../../../src-renderer/core/i18n';
import { expect } from 'vitest';
import {
  unattributedQuoteFlags,
  unconfirmedReportFlags,
  unsourcedPassageFlags,
  vagueAttributionFlags,
  type SourcingInput,
} from '../../../src-renderer/core/analysis/sourcing';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** A fixture, normalised (one paragraph per line or per blank-line block). */
export function fixture(name: string): NormalizedText {
  return normalizeText(readFileSync(fixturePath(name), 'utf8'));
}

/** Normalises `raw` and analyses it in `language`, with the workspace `facts` (none by default). */
export function analyze(
  raw: string,
  language: string,
  extra: Partial<Pick<TextInput, 'suggestionThreshold' | 'suggestionLimit'>> & Partial<WorkspaceFacts> = {},
  t?: Translate,
): ArticleAnalysis & NormalizedText {
  const n = normalizeText(raw);
  const { suggestionThreshold, suggestionLimit, ...facts } = extra;
  const input = { text: n.text, paragraphs: n.paragraphs, language, ...(suggestionThreshold !== undefined && { suggestionThreshold }), ...(suggestionLimit !== undefined && { suggestionLimit }) };
  return { ...n, ...analyzeArticle(input, { ...NO_WORKSPACE, ...facts }, t) };
}

/** The input of the sourcing rules for `raw` in `language`. */
export function sourcingInput(raw: string, language: string): SourcingInput {
  const n = normalizeText(raw);
  return { text: n.text, paragraphs: n.paragraphs, sentences: sentencesOf(n.text, n.paragraphs, language), language };
}

/**
 * The word-based sourcing flags of `raw` (vague attribution, unconfirmed
 * report, unattributed quote; with `withUnsourced`, unsourced passages too),
 * in text order, as "rule[flagged text]". Checks on the way that every span
 * is its flagged text, with no surrounding space.
 */
export function firedRules(language: string, raw: string, { withUnsourced = false }: { withUnsourced?: boolean } = {}): string[] {
  const input = sourcingInput(raw, language);
  return [
    ...vagueAttributionFlags(input),
    ...unconfirmedReportFlags(input),
    ...unattributedQuoteFlags(input),
    ...(withUnsourced ? unsourcedPassageFlags(input) : []),
  ]
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      expect(f.text).toBe(input.text.slice(f.start, f.end));
      expect(f.text).toBe(f.text.trim());
      return `${f.rule}[${f.text}]`;
    });
}

/** The sentences of `raw` flagged as unsourced passages. */
export function unsourcedSentences(language: string, raw: string): string[] {
  return unsourcedPassageFlags(sourcingInput(raw, language)).map((f) => f.text);
}

/**
 * The analysis client without the worker: the main-thread overlay gives
 * exactly what analyzeText gives with claims, evidence and cross-article
 * lookups (fingerprints included), suggestions are hidden by rejection and
 * threshold, and the scheduler caches and lets the latest request win.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeAnalysis, suggestionFingerprint, visibleSuggestions } from '../../src-renderer/analysis/overlay';
import { runAnalysis } from '../../src-renderer/analysis/run';
import { baseKey, clearAnalysisCache, peekBase, requestBase, SupersededError, type BaseRequest } from '../../src-renderer/analysis/scheduler';
import { analyzeText } from '../../src-renderer/core/analysis/analyze';
import type { CrossArticleHit } from '../../src-renderer/core/analysis/cross-article';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { createTranslator } from '../../src-renderer/core/i18n';
import type { Claim, FlagDecision } from '../../src-renderer/core/model';
import { normalizeText } from '../../src-renderer/core/text/normalize';

const fixture = (name: string) => normalizeText(readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8'));

function claimOn(text: string, quote: string, id: string, occurrence = 0): Pick<Claim, 'id' | 'target'> {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return { id, target: createTarget(text, at, at + quote.length) };
}

const cases = [
  {
    name: 'geneva-talks-fr.txt',
    language: 'fr',
    quotes: [
      ['Zelensky a déclaré être confronté à un choix difficile', 0],
      // A claim inside the repeated block, on the second copy.
      ['délégation ukrainienne était dirigée', 1],
      ['Samedi, les dirigeants de neuf pays européens', 0],
    ] as const,
  },
  {
    name: 'harbour-bridge-en.txt',
    language: 'en',
    quotes: [] as const,
  },
];

describe('completeAnalysis', () => {
  for (const c of cases) {
    it(`equals analyzeText with the workspace facts (${c.name})`, () => {
      const { text, paragraphs } = fixture(c.name);
      const t = createTranslator('fr');
      const base = runAnalysis({ locale: 'fr', input: { text, paragraphs, language: c.language, suggestionThreshold: 0.5 } });
      // Claims on the sentences the analysis suggests, or flags as unsourced, and a few quotes.
      const suggested = analyzeText({ text, paragraphs, language: c.language, suggestionThreshold: 0.5 }).suggestions.slice(0, 3);
      const claims = [
        ...c.quotes.map(([q, n], i) => claimOn(text, q, `q${i}`, n)),
        ...suggested.map((s, i) => ({ id: `s${i}`, target: createTarget(text, s.start, s.end) })),
      ];
      const evidence = new Map([['q0', 2]]);
      const firstKey = base.keys[0]!;
      const lookups = new Map<string, CrossArticleHit[]>([[firstKey.hash, [{ articleId: 'other', title: 'Autre', paragraphIndex: 3 }]]]);

      const expected = analyzeText(
        { text, paragraphs, language: c.language, suggestionThreshold: 0.5, claims, evidenceCountByClaim: evidence, crossArticle: { articleId: 'me', lookups } },
        t,
      );
      const actual = completeAnalysis(base.result, base.keys, { articleId: 'me', text, claims, evidenceCountByClaim: evidence, lookups }, t);
      expect(actual).toEqual(expected);
      expect(actual.flags.some((f) => f.kind === 'cross-article-duplicate')).toBe(true);
      expect(actual.suggestions.length).toBeLessThan(base.result.suggestions.length);

      // Without claims nor lookups it is the worker's result itself.
      expect(completeAnalysis(base.result, base.keys, { articleId: 'me', text, claims: [], evidenceCountByClaim: new Map(), lookups: new Map() }, t)).toEqual(
        analyzeText({ text, paragraphs, language: c.language, suggestionThreshold: 0.5, claims: [] }, t),
      );
    });
  }
});

describe('visible suggestions', () => {
  it('hides rejected sentences (by normalised text) and those under the threshold', () => {
    const { text, paragraphs } = fixture('geneva-talks-fr.txt');
    const { suggestions } = analyzeText({ text, paragraphs, language: 'fr', suggestionThreshold: 0.3 });
    const rejected = suggestions.find((s) => s.score >= 0.8)!;
    const decision: FlagDecision = {
      id: 'd1',
      articleId: 'a',
      fingerprint: suggestionFingerprint(rejected.text.toUpperCase().replace(/ /g, '  ')),
      decision: 'dismissed',
      reason: 'Suggestion rejected',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    const shown = visibleSuggestions(suggestions, [decision], 0.5);
    expect(shown.some((s) => s.text === rejected.text)).toBe(false);
    expect(shown.every((s) => s.score >= 0.5)).toBe(true);
    expect(shown.length).toBe(suggestions.filter((s) => s.score >= 0.5 && s.text !== rejected.text).length);
  });
});

describe('scheduler', () => {
  const { text, paragraphs } = fixture('geneva-talks-fr.txt');
  const request = (articleId: string, revisionId: string, priority: BaseRequest['priority'] = 'interactive'): BaseRequest => ({
    articleId,
    revisionId,
    text,
    paragraphs,
    language: 'fr',
    suggestionThreshold: 0.5,
    locale: 'en',
    priority,
  });

  it('caches by revision, language, threshold and locale, and shares identical requests', async () => {
    clearAnalysisCache();
    const a = requestBase(request('a', 'r1'));
    const b = requestBase(request('a', 'r1'));
    expect(b).toBe(a);
    const first = await a;
    expect(peekBase(baseKey(request('a', 'r1')))).toBe(first);
    expect(await requestBase(request('a', 'r1'))).toBe(first);
    expect(peekBase(baseKey({ ...request('a', 'r1'), locale: 'fr' }))).toBeUndefined();
    expect(first.result.flags.some((f) => f.rule === 'duplicate-passage/paragraphs')).toBe(true);
  });

  it('lets the latest interactive request of an article win; export and background requests are kept', async () => {
    clearAnalysisCache();
    const busy = requestBase(request('other', 'x1'));
    const background = requestBase(request('a', 'r0', 'background'));
    const older = requestBase(request('a', 'r1'));
    const exporting = requestBase(request('a', 'r2', 'export'));
    const newer = requestBase(request('a', 'r3'));
    await expect(older).rejects.toBeInstanceOf(SupersededError);
    await Promise.all([busy, background, exporting, newer]);
    expect(peekBase(baseKey(request('a', 'r1')))).toBeUndefined();
    expect(peekBase(baseKey(request('a', 'r3')))).toBeDefined();
  });
});
